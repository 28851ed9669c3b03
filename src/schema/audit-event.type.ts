import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { PartyCode } from '../domain/parties';
import { Connection } from './connection';
import { PartyCodeEnum } from './enums';

@ObjectType('AuditEvent', { description: 'One mutation, recorded in its own transaction' })
export class AuditEventType {
  @Field(() => ID, { description: 'The audit event' })
  id: string;

  @Field({ description: 'When the mutation committed' })
  occurredAt: Date;

  @Field(() => ID, { description: 'The user who made it; null for system changes', nullable: true })
  actorUserId: string | null;

  @Field(() => PartyCodeEnum, { description: "The user's party" })
  actorParty: PartyCode;

  @Field({ description: 'What was done, e.g. "recordNotice", "scheduleObligation"' })
  operation: string;

  @Field({ description: 'The kind of record changed, e.g. "Notice", "Obligation"' })
  entity: string;

  @Field(() => ID, { description: 'The id of the record changed' })
  entityId: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields before' })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields after' })
  after: Record<string, unknown> | null;
}

@ObjectType('AuditEventConnection', {
  description: "A page of your party's audit trail, newest first",
})
export class AuditEventConnection extends Connection(AuditEventType, 'AuditEvent') {}

import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { PartyCode } from '../domain/parties';
import { Connection } from './connection';
import { PartyCodeEnum } from './enums';

@ObjectType('AuditEvent', { description: 'One mutation, recorded in its own transaction' })
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => PartyCodeEnum)
  actorParty: PartyCode;

  @Field()
  operation: string;

  @Field()
  entity: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields before' })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields after' })
  after: Record<string, unknown> | null;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends Connection(AuditEventType, 'AuditEvent') {}

import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Allow } from '../auth/allow';
import type { ObligationStatus } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { Connection } from './connection';
import { ObligationStatusEnum, PartyCodeEnum } from './enums';

@ObjectType('Obligation', { description: 'Who owes whom what, under which article, by when' })
export class ObligationType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field({ description: 'Stable key, e.g. TIC-6.3-associated-expenses#<invoice>' })
  code: string;

  @Field(() => PartyCodeEnum, {
    nullable: true,
    description: 'Null on a standing obligation whose obligor the event decides',
  })
  obligorParty: PartyCode | null;

  @Field(() => [PartyCodeEnum])
  beneficiaryParties: PartyCode[];

  @Field()
  description: string;

  @Field()
  article: string;

  @Field({ description: 'The due-date rule in the words of the contract' })
  dueRule: string;

  @Field(() => String, {
    nullable: true,
    description: 'The event that starts (or started) the clock',
  })
  triggerKind: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Null until the triggering event is recorded',
  })
  dueOn: string | null;

  @Field(() => ObligationStatusEnum)
  status: ObligationStatus;

  @Field({ description: 'A standing obligation: each triggering event creates a dated copy' })
  perEvent: boolean;

  @Field(() => String, { nullable: true })
  recurrence: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  metOn: string | null;

  // VIEWER sees deadlines, not the evidence behind them (TIC 8.1(i); JVC Art. 96).
  @Field(() => String, {
    nullable: true,
    description: 'The evidence of performance; LEGAL, COMPLIANCE and ENGINEER only',
  })
  @Allow('readContractRecords')
  evidence: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The waiver's reason (the waiving letter); LEGAL, COMPLIANCE and ENGINEER only",
  })
  @Allow('readContractRecords')
  waiverReason: string | null;

  @Field(() => String, { nullable: true })
  closedReason: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'After termination, a surviving obligation stays open until this date',
  })
  survivesUntil: string | null;
}

@ObjectType('ObligationConnection')
export class ObligationConnection extends Connection(ObligationType, 'Obligation') {}

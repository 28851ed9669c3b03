import { GraphQLLocalDate } from './local-date';
import { Field, ID, ObjectType } from 'type-graphql';
import { Allow } from '../auth/allow';
import type { ObligationStatus } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { Connection } from './connection';
import type {
  EventKind,
  ObligationNature,
  PerformanceVerdict,
  Recurrence,
  TriggerKind,
} from '../domain/contracts';
import {
  EventKindEnum,
  ObligationNatureEnum,
  ObligationStatusEnum,
  PartyCodeEnum,
  PerformanceVerdictEnum,
  RecurrenceEnum,
  TriggerKindEnum,
} from './enums';

@ObjectType('ObligationBeneficiary', {
  description:
    'Where an obligation stands with one beneficiary: a waiver binds only the party that gives it (TIC 13.7; JVC Art. 120)',
})
export class ObligationBeneficiaryType {
  @Field(() => PartyCodeEnum, { description: 'The beneficiary: a party the obligation is owed to' })
  party: PartyCode;

  @Field({ description: 'Whether this beneficiary expressly waived it (TIC 13.7; JVC Art. 120)' })
  waived: boolean;

  @Field({ description: 'Still owed to this beneficiary: not waived by it' })
  stillOwed: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it waived it' })
  waivedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The express waiver it relied on' })
  waiverReason: string | null;

  @Field(() => PerformanceVerdictEnum, {
    nullable: true,
    description: 'Its acknowledgement or dispute of the recorded performance',
  })
  performanceVerdict: PerformanceVerdict | null;

  @Field(() => String, { nullable: true, description: 'Why it disputes (or how it acknowledged)' })
  verdictReason: string | null;
}

@ObjectType('Obligation', { description: 'Who owes whom what, under which article, by when' })
export class ObligationType {
  @Field(() => ID, { description: 'The obligation' })
  id: string;

  @Field(() => ID, { description: 'The contract that creates it' })
  contractId: string;

  @Field({ description: 'Stable key, e.g. TIC-6.3-associated-expenses#<invoice>' })
  code: string;

  @Field(() => PartyCodeEnum, {
    nullable: true,
    description: 'Null on a standing obligation whose obligor the event decides',
  })
  obligorParty: PartyCode | null;

  @Field(() => [PartyCodeEnum], { description: 'The parties it is owed to' })
  beneficiaryParties: PartyCode[];

  @Field({ description: 'What is owed, in words' })
  description: string;

  @Field({ description: 'The article that creates it, e.g. "TIC 7.1(b)"' })
  article: string;

  @Field({ description: 'The due-date rule in the words of the contract' })
  dueRule: string;

  @Field(() => TriggerKindEnum, {
    nullable: true,
    description: 'The event that starts (or started) the clock',
  })
  triggerKind: TriggerKind | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Null until the triggering event is recorded',
  })
  dueOn: string | null;

  @Field(() => ObligationStatusEnum, {
    description: 'Where it stands as of the date asked (default: today)',
  })
  status: ObligationStatus;

  @Field({ description: 'A standing obligation: each triggering event creates a dated copy' })
  perEvent: boolean;

  @Field(() => RecurrenceEnum, {
    nullable: true,
    description: 'A recurring duty: how often it falls due (JVC Art. 58, 88); null otherwise',
  })
  recurrence: Recurrence | null;

  @Field(() => GraphQLLocalDate, {
    description: 'The day performance was recorded; null unless MET',
    nullable: true,
  })
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

  @Field(() => String, {
    description:
      'Why it closed: its contract ended and it does not survive (TIC 11.6; JVC Art. 96, 100)',
    nullable: true,
  })
  closedReason: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'After termination, a surviving obligation stays open until this date',
  })
  survivesUntil: string | null;

  @Field(() => PartyCodeEnum, {
    nullable: true,
    description:
      'Who recorded the performance: the obligor, or a beneficiary recording receipt (TIC 13.7; JVC Art. 120)',
  })
  performanceRecordedParty: PartyCode | null;

  @Field(() => String, {
    nullable: true,
    description: 'The period a recurring instance covers, e.g. "2026-03" (JVC Art. 58, 88)',
  })
  periodLabel: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day of that period' })
  periodStartsOn: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of that period' })
  periodEndsOn: string | null;

  @Field(() => ObligationNatureEnum, {
    description: 'DUTY, or OPTION: a window the holders may use, never missed (JVC Art. 103)',
  })
  nature: ObligationNature;

  @Field(() => EventKindEnum, {
    nullable: true,
    description:
      'The event without which it cannot fall due, e.g. EXPORT_APPROVAL; SUSPENDED until it is recorded',
  })
  conditionEventKind: EventKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'The article that makes it conditional, e.g. TIC 4.1',
  })
  conditionArticle: string | null;
}

@ObjectType('ObligationConnection', {
  description: 'A page of the obligations your party owes or is owed, by due date',
})
export class ObligationConnection extends Connection(ObligationType, 'Obligation') {}

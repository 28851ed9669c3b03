import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { NoticeKind, NoticeState, ObligationStatus } from '../domain/contracts';
import {
  EXPORT_CHECK_GROUP_FIELDS,
  type ExportCheckGroupField,
  NOTICE_GROUP_FIELDS,
  OBLIGATION_GROUP_FIELDS,
  type NoticeGroupField,
  type ObligationGroupField,
} from '../domain/ordering';
import type { PartyCode } from '../domain/parties';
import { ExportDecisionEnum } from './export.types';
import { NoticeKindEnum, NoticeStateEnum, ObligationStatusEnum, PartyCodeEnum } from './enums';

export const ObligationGroupFieldEnum = Object.fromEntries(
  OBLIGATION_GROUP_FIELDS.map((value) => [value, value]),
) as { [K in ObligationGroupField]: K };
registerEnumType(ObligationGroupFieldEnum, {
  name: 'ObligationGroupField',
  description: 'What obligations may be counted by',
  valuesConfig: {
    STATUS: { description: 'The status as of the filter’s date (MISSED, SUSPENDED … computed)' },
    OBLIGOR: { description: 'The party that owes it' },
    CONTRACT: { description: 'The contract that imposes it' },
  },
});

@ObjectType('ObligationCount', {
  description:
    'How many obligations of `obligations(filter)` fall in one group; a field not grouped by is null',
})
export class ObligationCountType {
  @Field(() => ObligationStatusEnum, { nullable: true, description: 'The status of the group' })
  status: ObligationStatus | null;

  @Field(() => PartyCodeEnum, {
    nullable: true,
    description: 'The obligor of the group (null also for standing obligations with none yet)',
  })
  obligor: PartyCode | null;

  @Field(() => ID, { nullable: true, description: 'The contract of the group' })
  contractId: string | null;

  @Field(() => Int, { description: 'How many obligations the group holds' })
  count: number;
}

export const NoticeGroupFieldEnum = Object.fromEntries(
  NOTICE_GROUP_FIELDS.map((value) => [value, value]),
) as { [K in NoticeGroupField]: K };
registerEnumType(NoticeGroupFieldEnum, {
  name: 'NoticeGroupField',
  description: 'What notices may be counted by',
  valuesConfig: {
    STATE: { description: 'Where the notice stands as of the filter’s date (NoticeState)' },
    KIND: { description: 'The kind of notice' },
    CONTRACT: { description: 'The contract it is given under' },
  },
});

@ObjectType('NoticeCount', {
  description:
    'How many notices of `notices(filter)` fall in one group; a field not grouped by is null',
})
export class NoticeCountType {
  @Field(() => NoticeStateEnum, { nullable: true, description: 'The state of the group' })
  state: NoticeState | null;

  @Field(() => NoticeKindEnum, { nullable: true, description: 'The kind of the group' })
  kind: NoticeKind | null;

  @Field(() => ID, { nullable: true, description: 'The contract of the group' })
  contractId: string | null;

  @Field(() => Int, { description: 'How many notices the group holds' })
  count: number;
}

export const ExportCheckGroupFieldEnum = Object.fromEntries(
  EXPORT_CHECK_GROUP_FIELDS.map((value) => [value, value]),
) as { [K in ExportCheckGroupField]: K };
registerEnumType(ExportCheckGroupFieldEnum, {
  name: 'ExportCheckGroupField',
  description: 'What export checks may be counted by',
  valuesConfig: {
    DECISION: { description: 'The current decision, after reviews' },
    DESTINATION: { description: 'The destination country' },
    RUN_PARTY: { description: 'The party that ran the check' },
  },
});

@ObjectType('ExportCheckCount', {
  description:
    'How many checks of `exportChecks(filter)` fall in one group; a field not grouped by is null',
})
export class ExportCheckCountType {
  @Field(() => ExportDecisionEnum, {
    nullable: true,
    description: 'The current decision of the group, after reviews',
  })
  decision: string | null;

  @Field(() => String, { nullable: true, description: 'The destination of the group' })
  destination: string | null;

  @Field(() => PartyCodeEnum, { nullable: true, description: 'The party that ran the checks' })
  runParty: string | null;

  @Field(() => Int, { description: 'How many checks the group holds' })
  count: number;
}

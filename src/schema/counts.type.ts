import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ObligationStatus } from '../domain/contracts';
import { OBLIGATION_GROUP_FIELDS, type ObligationGroupField } from '../domain/ordering';
import type { PartyCode } from '../domain/parties';
import { ObligationStatusEnum, PartyCodeEnum } from './enums';

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

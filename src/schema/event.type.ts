import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { EventKind } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { EventKindEnum, PartyCodeEnum } from './enums';

@ObjectType('ContractEvent', { description: 'An event that starts contractual clocks' })
export class ContractEventType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => EventKindEnum)
  kind: EventKind;

  @Field(() => GraphQLLocalDate)
  occurredOn: string;

  @Field()
  description: string;

  @Field(() => PartyCodeEnum, { nullable: true })
  concernsParty: PartyCode | null;

  @Field(() => String, { nullable: true })
  amount: string | null;

  @Field(() => String, { nullable: true })
  currency: string | null;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The period of a recurring duty it discharges (JVC Art. 58, 88)',
  })
  periodLabel: string | null;

  @Field(() => PartyCodeEnum)
  recordedParty: PartyCode;

  @Field(() => PartyCodeEnum, {
    nullable: true,
    description: 'The party that disputes it (TIC 13.7; JVC Art. 120); null while undisputed',
  })
  disputedParty: PartyCode | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was disputed' })
  disputedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why the event is disputed' })
  disputeReason: string | null;
}

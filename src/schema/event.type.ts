import { GraphQLLocalDate } from './local-date';
import { Field, ID, ObjectType } from 'type-graphql';
import type { EventKind } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { EventKindEnum, PartyCodeEnum } from './enums';

@ObjectType('ContractEvent', { description: 'An event that starts contractual clocks' })
export class ContractEventType {
  @Field(() => ID, { description: 'The event' })
  id: string;

  @Field(() => ID, { description: 'The contract it is recorded under' })
  contractId: string;

  @Field(() => EventKindEnum, { description: 'What happened' })
  kind: EventKind;

  @Field(() => GraphQLLocalDate, {
    description: 'The day it happened: the clocks it starts count from it',
  })
  occurredOn: string;

  @Field({ description: 'What happened, in words' })
  description: string;

  @Field(() => PartyCodeEnum, {
    description: 'The party it concerns, where the event names one',
    nullable: true,
  })
  concernsParty: PartyCode | null;

  @Field(() => String, {
    description: 'Invoices: the amount, as a decimal string (TIC 6.3)',
    nullable: true,
  })
  amount: string | null;

  @Field(() => String, {
    description: 'Invoices: ISO 4217 currency code; USD under the TIC (TIC 6.2)',
    nullable: true,
  })
  currency: string | null;

  @Field(() => String, {
    description: 'Invoices: the invoice number, unique per contract (TIC 6.3)',
    nullable: true,
  })
  reference: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The period of a recurring duty it discharges (JVC Art. 58, 88)',
  })
  periodLabel: string | null;

  @Field(() => PartyCodeEnum, { description: 'The party that recorded it' })
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

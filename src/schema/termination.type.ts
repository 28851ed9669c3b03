import { GraphQLLocalDate } from './local-date';
import { Field, ID, ObjectType } from 'type-graphql';
import type { PartyCode } from '../domain/parties';
import { PartyCodeEnum } from './enums';
import { PartySignatureType } from './notice.type';

@ObjectType('MutualTermination', {
  description: 'TIC 11.1: a termination by mutual agreement, effective when every party signed',
})
export class MutualTerminationType {
  @Field(() => ID, { description: 'The mutual termination (TIC 11.1)' })
  id: string;

  @Field(() => ID, { description: 'The contract it would terminate' })
  contractId: string;

  @Field({ description: 'Why the parties end the contract' })
  reason: string;

  @Field(() => PartyCodeEnum, { description: 'The party that proposed it (TIC 11.1)' })
  proposedParty: PartyCode;

  @Field(() => [PartySignatureType], {
    description: "Each party's signature through its own LEGAL (TIC 11.1, 13.8)",
  })
  signatures: PartySignatureType[];

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day the last party signed: the contract terminates on it',
  })
  effectiveOn: string | null;
}

@ObjectType('InsolvencyProceeding', {
  description: "TIC 11.3(a): the Licensee's bankruptcy, insolvency or receivership proceeding",
})
export class InsolvencyProceedingType {
  @Field(() => ID, { description: 'The proceeding (TIC 11.3(a))' })
  id: string;

  @Field(() => ID, { description: 'The contract under which it was recorded' })
  contractId: string;

  @Field(() => PartyCodeEnum, { description: 'The Licensee (TIC 11.3(a))' })
  debtorParty: PartyCode;

  @Field(() => GraphQLLocalDate, {
    description: 'Its commencement: the 60 calendar days of TIC 11.3(a) run from it',
  })
  commencedOn: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Not dismissed within 60 calendar days, it lets Valence terminate',
  })
  dismissedOn: string | null;

  @Field({ description: 'Bankruptcy, dissolution, insolvency, assignment or receivership' })
  description: string;

  @Field(() => PartyCodeEnum, { description: 'The party that put it on record' })
  recordedParty: PartyCode;
}

import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { PartyCode } from '../domain/parties';
import { PartyCodeEnum } from './enums';
import { PartySignatureType } from './notice.type';

@ObjectType('MutualTermination', {
  description: 'TIC 11.1: a termination by mutual agreement, effective when every party signed',
})
export class MutualTerminationType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field({ description: 'Why the parties end the contract' })
  reason: string;

  @Field(() => PartyCodeEnum)
  proposedParty: PartyCode;

  @Field(() => [PartySignatureType])
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
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => PartyCodeEnum, { description: 'The Licensee (TIC 11.3(a))' })
  debtorParty: PartyCode;

  @Field(() => GraphQLLocalDate)
  commencedOn: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Not dismissed within 60 calendar days, it lets Valence terminate',
  })
  dismissedOn: string | null;

  @Field()
  description: string;

  @Field(() => PartyCodeEnum)
  recordedParty: PartyCode;
}

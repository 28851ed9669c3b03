import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ContractKind, ContractStatus, TerminationBasis } from '../domain/contracts';
import { ContractKindEnum, ContractStatusEnum, TerminationBasisEnum } from './enums';
import { Connection } from './connection';
import { PartyType } from './party.type';

@ObjectType('ContractParty', { description: "A party's role in one contract" })
export class ContractPartyType {
  @Field(() => PartyType)
  party: PartyType;

  @Field({ description: 'e.g. LICENSOR, LICENSEE, PARTY_A, PARTY_B' })
  role: string;
}

@ObjectType('Contract')
export class ContractType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Short code used in citations: TIC, JVC' })
  code: string;

  @Field()
  title: string;

  @Field(() => ContractKindEnum)
  kind: ContractKind;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of signature' })
  signedOn: string | null;

  @Field(() => ContractStatusEnum)
  status: ContractStatus;

  @Field(() => GraphQLLocalDate, { nullable: true })
  effectiveOn: string | null;

  @Field(() => Int, { nullable: true })
  termYears: number | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "When the term runs from: the TIC's Effective Date, the JV's Establishment Date",
  })
  termStartsOn: string | null;

  @Field(() => String, { nullable: true })
  governingLaw: string | null;

  @Field(() => String, { nullable: true, description: 'Dispute resolution forum' })
  forum: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  terminatedOn: string | null;

  @Field(() => String, { nullable: true })
  terminationGround: string | null;

  @Field(() => String, { nullable: true })
  terminationArticle: string | null;

  @Field(() => TerminationBasisEnum, {
    nullable: true,
    description: 'The kind of record the termination rests on (TIC 11.1-11.3; JVC Art. 104, 105)',
  })
  terminationBasis: TerminationBasis | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The id of that record: a mutual termination, a notice or an insolvency proceeding',
  })
  terminationBasisId: string | null;

  parentId: string | null;
}

@ObjectType('ContractStatusChange', { description: 'A status change and the article allowing it' })
export class ContractStatusChangeType {
  @Field(() => ContractStatusEnum)
  fromStatus: ContractStatus;

  @Field(() => ContractStatusEnum)
  toStatus: ContractStatus;

  @Field(() => GraphQLLocalDate)
  changedOn: string;

  @Field()
  article: string;

  @Field()
  reason: string;
}

@ObjectType('ContractConnection')
export class ContractConnection extends Connection(ContractType, 'Contract') {}

import { GraphQLLocalDate } from './local-date';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  ContractKind,
  ContractPartyRole,
  ContractStatus,
  TerminationBasis,
} from '../domain/contracts';
import {
  ContractKindEnum,
  ContractPartyRoleEnum,
  ContractStatusEnum,
  TerminationBasisEnum,
} from './enums';
import { Connection } from './connection';
import { PartyType } from './party.type';

@ObjectType('ContractParty', {
  description: "A party's role in one contract",
  simpleResolvers: true,
})
export class ContractPartyType {
  @Field(() => PartyType, { description: 'The party' })
  party: PartyType;

  @Field(() => ContractPartyRoleEnum, { description: 'Its role, as the contract names it' })
  role: ContractPartyRole;
}

@ObjectType('Contract', {
  description: 'A contract between the parties, as signed, with its term and status',
  // Its column fields are plain values; its computed and nested fields keep their resolvers.
  simpleResolvers: true,
})
export class ContractType {
  @Field(() => ID, { description: 'The contract' })
  id: string;

  @Field({ description: 'Short code used in citations: TIC, JVC' })
  code: string;

  @Field({ description: 'Its title, as signed' })
  title: string;

  @Field(() => ContractKindEnum, { description: 'What kind of contract it is' })
  kind: ContractKind;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of signature' })
  signedOn: string | null;

  @Field(() => ContractStatusEnum, {
    description: 'Its status today, or as of the date a query gives (TIC 11.1; JVC Art. 103)',
  })
  status: ContractStatus;

  @Field(() => GraphQLLocalDate, {
    description: 'The day it took effect (TIC 1.4, 4.1; JVC Art. 10, 126); null until then',
    nullable: true,
  })
  effectiveOn: string | null;

  @Field(() => Int, {
    description:
      'The length of its term in years (TIC 11.1: 10; JVC Art. 103: 50); null when open-ended',
    nullable: true,
  })
  termYears: number | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "When the term runs from: the TIC's Effective Date, the JV's Establishment Date",
  })
  termStartsOn: string | null;

  @Field(() => String, {
    description: 'The law that governs it (TIC 13.4; JVC Art. 118)',
    nullable: true,
  })
  governingLaw: string | null;

  @Field(() => String, { nullable: true, description: 'Dispute resolution forum' })
  forum: string | null;

  @Field(() => GraphQLLocalDate, {
    description: 'The day it was terminated; null unless TERMINATED',
    nullable: true,
  })
  terminatedOn: string | null;

  @Field(() => String, {
    description: "The terminating party's own words, or the rule's reason",
    nullable: true,
  })
  terminationGround: string | null;

  @Field(() => String, {
    description: 'The article the termination rests on, e.g. "TIC 11.2"',
    nullable: true,
  })
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
  @Field(() => ContractStatusEnum, { description: 'The status before' })
  fromStatus: ContractStatus;

  @Field(() => ContractStatusEnum, { description: 'The status after' })
  toStatus: ContractStatus;

  @Field(() => GraphQLLocalDate, { description: 'The day it changed' })
  changedOn: string;

  @Field({ description: 'The article that allows the change' })
  article: string;

  @Field({ description: 'Why it changed, in words' })
  reason: string;
}

@ObjectType('ContractConnection', {
  description: 'A page of the contracts your party is a party to',
})
export class ContractConnection extends Connection(ContractType, 'Contract') {}

import { Field, ID, ObjectType } from 'type-graphql';
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

  @Field()
  kind: string;

  @Field(() => String, { nullable: true, description: 'Date of signature (ISO 8601)' })
  signedOn: string | null;

  parentId: string | null;
}

@ObjectType('ContractConnection')
export class ContractConnection extends Connection(ContractType, 'Contract') {}

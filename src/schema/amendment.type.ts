import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { PartyCode } from '../domain/parties';
import { PartyCodeEnum } from './enums';
import { FindingType } from './finding.type';

@ObjectType('AmendmentSignature')
export class AmendmentSignatureType {
  @Field(() => PartyCodeEnum)
  party: PartyCode;

  @Field(() => GraphQLLocalDate)
  signedOn: string;
}

@ObjectType('Amendment', {
  description: 'Binding only when signed by every party (TIC 13.8; JVC Art. 122)',
})
export class AmendmentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field()
  title: string;

  @Field()
  text: string;

  @Field(() => PartyCodeEnum)
  proposedParty: PartyCode;

  @Field()
  proposedAt: Date;

  @Field(() => GraphQLLocalDate, { nullable: true })
  approvalAuthorityApprovedOn: string | null;

  @Field()
  effective: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true })
  effectiveOn: string | null;

  @Field(() => [AmendmentSignatureType])
  signatures: AmendmentSignatureType[];

  @Field(() => [PartyCodeEnum])
  missingSignatures: PartyCode[];

  @Field(() => [FindingType])
  findings: FindingType[];
}

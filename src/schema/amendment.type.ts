import { GraphQLLocalDate } from './local-date';
import { Field, ID, ObjectType } from 'type-graphql';
import type { PartyCode } from '../domain/parties';
import { PartyCodeEnum } from './enums';
import { FindingType } from './finding.type';

@ObjectType('AmendmentSignature', {
  description:
    "One party's signature of an amendment, through its own LEGAL user (TIC 13.8; JVC Art. 122)",
})
export class AmendmentSignatureType {
  @Field(() => PartyCodeEnum, { description: 'The party that signed' })
  party: PartyCode;

  @Field(() => GraphQLLocalDate, { description: 'The day it signed' })
  signedOn: string;
}

@ObjectType('Amendment', {
  description: 'Binding only when signed by every party (TIC 13.8; JVC Art. 122)',
})
export class AmendmentType {
  @Field(() => ID, { description: 'The amendment' })
  id: string;

  @Field(() => ID, { description: 'The contract it amends' })
  contractId: string;

  @Field({ description: 'Its title' })
  title: string;

  @Field({ description: 'Its full text, as proposed' })
  text: string;

  @Field(() => PartyCodeEnum, { description: 'The party that proposed it' })
  proposedParty: PartyCode;

  @Field({ description: 'When it was proposed' })
  proposedAt: Date;

  @Field(() => GraphQLLocalDate, {
    description:
      'JVC amendments: the day the Examination and Approval Authority approved it (JVC Art. 122); null until then',
    nullable: true,
  })
  approvalAuthorityApprovedOn: string | null;

  @Field({
    description:
      'True once every party signed (and, under the JVC, the Approval Authority approved) (TIC 13.8; JVC Art. 122)',
  })
  effective: boolean;

  @Field(() => GraphQLLocalDate, {
    description: 'The day it took effect; null until then',
    nullable: true,
  })
  effectiveOn: string | null;

  @Field(() => [AmendmentSignatureType], { description: 'The signatures given so far' })
  signatures: AmendmentSignatureType[];

  @Field(() => [PartyCodeEnum], {
    description: 'The parties whose signature is still needed (TIC 13.8; JVC Art. 122)',
  })
  missingSignatures: PartyCode[];

  @Field(() => [FindingType], {
    description: 'What the rules found about it, each with its article',
  })
  findings: FindingType[];
}

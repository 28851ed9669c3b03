import { GraphQLLocalDate } from '../local-date';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  ConfidentialCategory,
  ConfidentialityBasis,
  ConfidentialStatus,
  DisclosureRecipientKind,
  DisclosureStatus,
  ExceptionGround,
  ExceptionStatus,
} from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';
import { Connection } from '../connection';
import {
  ConfidentialCategoryEnum,
  ConfidentialityBasisEnum,
  ConfidentialStatusEnum,
  DisclosureRecipientKindEnum,
  DisclosureStatusEnum,
  ExceptionGroundEnum,
  ExceptionStatusEnum,
  PartyCodeEnum,
} from '../enums';

@ObjectType('ConfidentialItem', {
  description:
    'A piece of confidential information in the registers (TIC 1.3, Art. 8; JVC Art. 96): who disclosed it to whom, under which article, and until when it is protected. Its content is read only through revealConfidentialContent',
  simpleResolvers: true,
})
export class ConfidentialItemType {
  @Field(() => ID, { description: 'The item' })
  id: string;

  @Field({ description: 'Its title' })
  title: string;

  @Field({ description: 'A non-confidential summary' })
  summary: string;

  @Field(() => PartyCodeEnum, { description: 'The party that disclosed it' })
  disclosingParty: PartyCode;

  @Field(() => PartyCodeEnum, { description: 'The party that received it' })
  receivingParty: PartyCode;

  @Field(() => ID, { description: 'The contract it was disclosed under' })
  contractId: string;

  @Field({ description: 'The article it was disclosed under, e.g. "TIC 7.1(b)"' })
  article: string;

  @Field(() => ConfidentialityBasisEnum, { description: 'How it became confidential (TIC 1.3)' })
  basis: ConfidentialityBasis;

  @Field(() => GraphQLLocalDate, { description: 'The day it was disclosed' })
  disclosedOn: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day the receiver was advised of its confidential nature (TIC 1.3(ii))',
  })
  advisedOn: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'For oral advice: the day it was confirmed in writing',
  })
  confirmedInWritingOn: string | null;

  @Field(() => ConfidentialCategoryEnum, { description: 'What it is about' })
  category: ConfidentialCategory;

  @Field({ description: "Whether it is Valence's Technology (never seen by Fengfan, TIC 2.8)" })
  valenceTechnology: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Its Export Control Classification Number, where it has one (TIC 12.2)',
  })
  eccn: string | null;

  @Field(() => ConfidentialStatusEnum, { description: 'PROTECTED, or RELEASED by an exception' })
  status: ConfidentialStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The SHA-256 of the protected text, when it has one',
  })
  contentSha256: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'The last day it is protected; null while protection has no end (TIC 8.7) or its end is not known yet (a JVC term not started)',
  })
  protectedUntil: string | null;

  @Field({
    description: 'The rule and article that set protectedUntil (TIC 8.7; JVC Art. 96, 100)',
  })
  protectionRule: string;

  @Field({ description: 'When it was registered' })
  registeredAt: Date;
}

@ObjectType('ConfidentialDocument', {
  description: 'A document of an item: its name, size and fingerprint (the content is encrypted)',
  simpleResolvers: true,
})
export class ConfidentialDocumentType {
  @Field(() => ID, { description: 'The document' })
  id: string;

  @Field({ description: 'Its file name' })
  fileName: string;

  @Field({ description: 'Its media type, e.g. application/pdf' })
  mediaType: string;

  @Field(() => Int, { description: 'Its size in bytes' })
  byteSize: number;

  @Field({ description: 'The SHA-256 of its content, in hex' })
  sha256: string;
}

@ObjectType('NeedToKnowGrant', {
  description: 'Access of one user to one item, needed to perform the contract (TIC 8.1(i))',
})
export class NeedToKnowGrantType {
  @Field(() => ID, { description: 'The grant' })
  id: string;

  @Field(() => ID, { description: 'The item' })
  itemId: string;

  @Field(() => ID, { description: 'The user given access' })
  userId: string;

  @Field({ description: 'Why the user needs it' })
  purpose: string;

  @Field({ description: 'When it was granted' })
  grantedAt: Date;

  @Field(() => GraphQLLocalDate, { description: 'The last day it gives access' })
  expiresOn: string;

  @Field(() => Date, { nullable: true, description: 'When it was revoked, if it was' })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked' })
  revokeReason: string | null;
}

@ObjectType('DisclosureRequest', {
  description:
    "A disclosure beyond the receiving party: a request for the disclosing party's written authorization (TIC 8.1), or a disclosure compelled by law (TIC 8.3(d))",
})
export class DisclosureRequestType {
  @Field(() => ID, { description: 'The request' })
  id: string;

  @Field(() => ID, { description: 'The item' })
  itemId: string;

  @Field({ description: 'True for a disclosure compelled by law (TIC 8.3(d))' })
  compelled: boolean;

  @Field(() => DisclosureRecipientKindEnum, { description: 'Who the recipient is' })
  recipientKind: DisclosureRecipientKind;

  @Field({ description: 'The recipient' })
  recipientName: string;

  @Field(() => PartyCodeEnum, { nullable: true, description: 'The recipient, when it is a party' })
  recipientParty: PartyCode | null;

  @Field({ description: 'Whether the request states the recipient is a Fengfan Affiliate' })
  fengfanAffiliate: boolean;

  @Field({ description: 'The destination country (ISO 3166-1 alpha-2)' })
  country: string;

  @Field({ description: 'Why it is disclosed' })
  purpose: string;

  @Field({ description: 'What the recipient will use it for' })
  endUse: string;

  @Field(() => DisclosureStatusEnum, { description: 'Where it stands' })
  status: DisclosureStatus;

  @Field({ description: 'When it was requested or recorded' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the disclosing party decided' })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The reason of the decision' })
  decisionReason: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The reference of Valence's written consent (TIC 2.4, 2.8; JVC Art. 45)",
  })
  valenceConsentReference: string | null;

  @Field(() => ID, { nullable: true, description: 'The export check that cleared the release' })
  exportCheckId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Compelled: the law, regulation or order requiring it',
  })
  authority: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Compelled: the day of the written notice to the disclosing party',
  })
  noticeGivenOn: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Compelled: the day disclosed' })
  disclosedOn: string | null;
}

@ObjectType('ExceptionClaim', {
  description: 'An exception claimed by the receiving party (TIC 8.3(a)-(c); JVC Art. 96)',
})
export class ExceptionClaimType {
  @Field(() => ID, { description: 'The claim' })
  id: string;

  @Field(() => ID, { description: 'The item' })
  itemId: string;

  @Field(() => ExceptionGroundEnum, { description: 'The exception claimed' })
  ground: ExceptionGround;

  @Field({ description: 'The evidence offered' })
  evidence: string;

  @Field(() => ExceptionStatusEnum, { description: 'Where it stands' })
  status: ExceptionStatus;

  @Field({ description: 'When it was claimed' })
  claimedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the disclosing party decided' })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The reason of the decision' })
  decisionReason: string | null;
}

@ObjectType('ConfidentialItemConnection', { description: 'A page of confidential items' })
export class ConfidentialItemConnection extends Connection(
  ConfidentialItemType,
  'ConfidentialItem',
) {}

@ObjectType('DisclosureRequestConnection', { description: 'A page of disclosure requests' })
export class DisclosureRequestConnection extends Connection(
  DisclosureRequestType,
  'DisclosureRequest',
) {}

@ObjectType('ConfidentialItemCount', {
  description:
    'How many items of `confidentialItems(filter)` fall in one group; a field not grouped by is null',
})
export class ConfidentialItemCountType {
  @Field(() => PartyCodeEnum, { nullable: true, description: 'The disclosing party of the group' })
  disclosingParty: PartyCode | null;

  @Field(() => PartyCodeEnum, { nullable: true, description: 'The receiving party of the group' })
  receivingParty: PartyCode | null;

  @Field(() => ConfidentialCategoryEnum, { nullable: true, description: 'The category' })
  category: ConfidentialCategory | null;

  @Field(() => ConfidentialStatusEnum, { nullable: true, description: 'The status' })
  status: ConfidentialStatus | null;

  @Field(() => Int, { description: 'How many items the group holds' })
  count: number;
}

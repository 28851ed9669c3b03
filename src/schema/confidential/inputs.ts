import { ArrayMaxSize, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from '../local-date';
import { Field, InputType } from 'type-graphql';
import type {
  ConfidentialCategory,
  ConfidentialityBasis,
  ConfidentialRegister,
  ConfidentialStatus,
  DisclosureRecipientKind,
  ExceptionGround,
  NdaKind,
} from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';
import {
  ConfidentialCategoryEnum,
  ConfidentialityBasisEnum,
  ConfidentialRegisterEnum,
  ConfidentialStatusEnum,
  DisclosureRecipientKindEnum,
  ExceptionGroundEnum,
  NdaKindEnum,
  PartyCodeEnum,
} from '../enums';
import { IdField } from '../id';
import { IdempotencyKey } from '../idempotency-key';

const COUNTRY = /^[A-Za-z]{2}$/;

@InputType({ description: 'A document of an item, as base64 (size capped; stored encrypted)' })
export class ConfidentialDocumentInput {
  @Field({ description: 'Its file name' })
  @Length(1, 300)
  fileName: string;

  @Field({ description: 'Its media type, e.g. application/pdf' })
  @Length(1, 200)
  mediaType: string;

  @Field({ description: 'Its content, base64 (CONFIDENTIAL_MAX_DOCUMENT_BYTES once decoded)' })
  @Length(1, 2_000_000)
  contentBase64: string;
}

@InputType({ description: 'What your party disclosed, to register it (TIC 1.3; JVC Art. 96)' })
export class RegisterConfidentialItemInput {
  @Field({ description: 'Its title' })
  @Length(1, 300)
  title: string;

  @Field({ description: 'A non-confidential summary, shown to the receiving LEGAL and COMPLIANCE' })
  @Length(1, 2000)
  summary: string;

  @Field(() => PartyCodeEnum, { description: 'The party that received it' })
  receivingParty: PartyCode;

  @IdField({ description: 'The contract it was disclosed under' })
  contractId: string;

  @Field({ description: 'The article it was disclosed under, e.g. "TIC 7.1(b)"' })
  @Length(1, 100)
  article: string;

  @Field(() => ConfidentialityBasisEnum, { description: 'How it became confidential (TIC 1.3)' })
  basis: ConfidentialityBasis;

  @Field(() => GraphQLLocalDate, { description: 'The day it was disclosed' })
  disclosedOn: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Advised: the day the receiver was advised of its confidential nature',
  })
  advisedOn?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Advised orally: the day the advice was confirmed in writing',
  })
  confirmedInWritingOn?: string | null;

  @Field(() => ConfidentialCategoryEnum, { description: 'What it is about' })
  category: ConfidentialCategory;

  @Field({
    nullable: true,
    defaultValue: false,
    description: "Whether it is Valence's Technology (TIC 1.3); only Valence discloses it",
  })
  valenceTechnology?: boolean;

  @Field(() => String, { nullable: true, description: 'Its ECCN, where it has one (TIC 12.2)' })
  @IsOptional()
  @Length(1, 40)
  eccn?: string | null;

  @Field(() => String, { nullable: true, description: 'The protected text (stored encrypted)' })
  @IsOptional()
  @Length(1, 200_000)
  content?: string | null;

  @Field(() => [ConfidentialDocumentInput], {
    nullable: true,
    description: 'The protected documents (stored encrypted, with their SHA-256)',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  documents?: ConfidentialDocumentInput[] | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Which confidential items to list or count' })
export class ConfidentialItemFilterInput {
  @Field(() => ConfidentialRegisterEnum, {
    nullable: true,
    description: 'Only what your party disclosed, or only what it received',
  })
  register?: ConfidentialRegister | null;

  @Field(() => ConfidentialCategoryEnum, { nullable: true, description: 'Only this category' })
  category?: ConfidentialCategory | null;

  @Field(() => ConfidentialStatusEnum, { nullable: true, description: 'Only this status' })
  status?: ConfidentialStatus | null;

  @IdField({ nullable: true, description: 'Only items disclosed under this contract' })
  contractId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words of the title or summary (never the protected content)',
  })
  @IsOptional()
  @Length(0, 200)
  search?: string | null;
}

@InputType({ description: 'Access for one of your users to an item they need (TIC 8.1(i))' })
export class GrantNeedToKnowInput {
  @IdField({ description: 'The item your party received' })
  itemId: string;

  @IdField({ description: 'The user of your party; must have a covering NDA (TIC 8.1(ii))' })
  userId: string;

  @Field({ description: 'Why they need it to perform the contract' })
  @Length(1, 1000)
  purpose: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The last day of access; default and longest: CONFIDENTIAL_GRANT_DAYS from today',
  })
  expiresOn?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Ends a need-to-know grant now' })
export class RevokeNeedToKnowInput {
  @IdField({ description: 'The grant' })
  grantId: string;

  @Field({ description: 'Why it ends' })
  @Length(1, 1000)
  reason: string;
}

@InputType({ description: 'A form your staff sign (TIC 8.1(ii); JVC Art. 98)' })
export class RegisterNdaFormInput {
  @Field(() => NdaKindEnum, { description: 'An NDA, or (JV only) the undertaking' })
  kind: NdaKind;

  @Field({ description: 'Its title' })
  @Length(1, 300)
  title: string;

  @Field({ description: 'Its own reference (version, file number)' })
  @Length(1, 200)
  reference: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'One of your users executed an agreement on one of your forms' })
export class RecordNondisclosureAgreementInput {
  @IdField({ description: 'The user of your party' })
  userId: string;

  @IdField({ description: "The form, one of the user's party" })
  formId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day it was executed' })
  executedOn: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Who an item would be disclosed to, where and why' })
export class RequestDisclosureInput {
  @IdField({ description: 'The item your party received' })
  itemId: string;

  @Field(() => DisclosureRecipientKindEnum, { description: 'Who the recipient is' })
  recipientKind: DisclosureRecipientKind;

  @Field({ description: 'The recipient' })
  @Length(1, 300)
  recipientName: string;

  @Field(() => PartyCodeEnum, { nullable: true, description: 'The recipient, when it is a party' })
  recipientParty?: PartyCode | null;

  @IdField({
    nullable: true,
    description:
      'The recipient in the supplier register, when it is there (otherwise matched by name): the Fengfan gate judges it by ownership and control (TIC 1.1; JVC Art. 2)',
  })
  recipientSupplierId?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'True when the recipient is an Affiliate of Fengfan (TIC 1.1)',
  })
  fengfanAffiliate?: boolean;

  @Field({ description: 'The destination country (ISO 3166-1 alpha-2)' })
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 code' })
  country: string;

  @Field({ description: 'Why it would be disclosed' })
  @Length(1, 1000)
  purpose: string;

  @Field({ description: 'What the recipient will use it for (15 C.F.R. Part 744)' })
  @Length(1, 1000)
  endUse: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: "The disclosing party's answer to a disclosure request (TIC 8.1)" })
export class DecideDisclosureInput {
  @IdField({ description: 'The request' })
  requestId: string;

  @Field({ description: 'True to authorize in writing, false to refuse' })
  approve: boolean;

  @Field({ description: 'The reason' })
  @Length(1, 2000)
  reason: string;

  @Field(() => String, {
    nullable: true,
    description:
      "For the Technology or Valence's information to Fengfan or its Affiliate: the reference of Valence's written consent (TIC 2.4, 2.8; JVC Art. 45)",
  })
  @IsOptional()
  @Length(1, 300)
  valenceConsentReference?: string | null;
}

@InputType({ description: 'A disclosure compelled by law, with its prior notice (TIC 8.3(d))' })
export class RecordCompelledDisclosureInput extends RequestDisclosureInput {
  @Field({ description: 'The law, regulation or governmental order requiring it' })
  @Length(1, 1000)
  authority: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day of the written notice to the disclosing party; before the disclosure',
  })
  noticeGivenOn?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'The day it was disclosed' })
  disclosedOn: string;
}

@InputType({ description: 'An exception to claim, with its evidence (TIC 8.3(a)-(c))' })
export class ClaimExceptionInput {
  @IdField({ description: 'The item your party received' })
  itemId: string;

  @Field(() => ExceptionGroundEnum, { description: 'The exception' })
  ground: ExceptionGround;

  @Field({ description: 'The evidence: the written records, the publication, the source' })
  @Length(1, 4000)
  evidence: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: "The disclosing party's answer to a claimed exception" })
export class DecideExceptionInput {
  @IdField({ description: 'The claim' })
  claimId: string;

  @Field({ description: 'True to accept (the item is RELEASED), false to reject' })
  accept: boolean;

  @Field({ description: 'The reason' })
  @Length(1, 2000)
  reason: string;
}

import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraphQLLocalDate } from '../local-date';
import { Field, Float, InputType } from 'type-graphql';
import type { ItemKind, ReviewOutcome } from '../../domain/export';
import type { PartyCode } from '../../domain/parties';
import type { SublicensePurpose, SublicenseStatus, SupplyRecipient } from '../../domain/suppliers';
import {
  PartyCodeEnum,
  SublicensePurposeEnum,
  SublicenseStatusEnum,
  SupplyRecipientEnum,
} from '../enums';
import { ItemKindEnum, ReviewOutcomeEnum } from '../export.types';
import { IdField } from '../id';
import { IdempotencyKey } from '../idempotency-key';

const COUNTRY = /^[A-Za-z]{2}$/;
const SHA256 = /^[0-9a-fA-F]{64}$/;

@InputType({ description: 'A supplier, or a company in its ownership, to register' })
export class CreateSupplierInput {
  @Field({ description: 'Its legal name' })
  @Length(1, 300)
  legalName: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Its other names, the name in Chinese among them: each is screened',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 300, { each: true })
  otherNames?: string[] | null;

  @Field({ description: 'ISO 3166-1 alpha-2; any country, the United States included' })
  @Matches(COUNTRY, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country: string;

  @Field({ description: 'Its registered address' })
  @Length(1, 500)
  address: string;

  @Field(() => String, { nullable: true, description: 'Its registration number' })
  @IsOptional()
  @Length(1, 100)
  registrationNumber?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({
  description: 'A holding in a company, and its appointing powers (TIC 1.1; JVC Art. 2)',
})
export class RecordOwnershipLinkInput {
  @IdField({ nullable: true, description: 'The holder, a company of the register' })
  holderId?: string | null;

  @Field(() => PartyCodeEnum, {
    nullable: true,
    description: 'Or one of the parties as the holder',
  })
  @IsOptional()
  holderParty?: PartyCode | null;

  @IdField({ description: 'The company held' })
  heldId: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The share of registered capital or voting stock held, in percent (0-100]',
  })
  @IsOptional()
  @Min(0.01)
  @Max(100)
  sharePercent?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The holder may appoint the general manager',
  })
  @IsOptional()
  appointsGeneralManager?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The holder may appoint a board majority' })
  @IsOptional()
  appointsBoardMajority?: boolean | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'In effect from this day' })
  @IsOptional()
  from?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'No longer in effect from this day',
  })
  @IsOptional()
  endedOn?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A material the supplier provides, and to whom' })
export class SuppliedMaterialInput {
  @Field({ description: 'The material, e.g. "vanadium pentoxide"' })
  @Length(1, 200)
  material: string;

  @Field(() => [SupplyRecipientEnum], {
    description: 'To whom (TIC 2.4: the Licensee and Valence only)',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  recipients: SupplyRecipient[];
}

@InputType({ description: 'The terms of a supplier sublicence; a field left out is left as it is' })
export class SublicenseTermsInput {
  @Field(() => SublicensePurposeEnum, { nullable: true, description: 'Its purpose (TIC 2.1(iii))' })
  @IsOptional()
  purpose?: SublicensePurpose | null;

  @Field(() => String, { nullable: true, description: 'Its purpose in the words of the agreement' })
  @IsOptional()
  @Length(1, 1000)
  purposeText?: string | null;

  @Field(() => [SuppliedMaterialInput], {
    nullable: true,
    description: 'The materials and to whom',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  materials?: SuppliedMaterialInput[] | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The agreement was executed on (TIC 2.4)',
  })
  @IsOptional()
  agreementExecutedOn?: string | null;

  @Field(() => String, { nullable: true, description: "The agreement's document reference" })
  @IsOptional()
  @Length(1, 200)
  documentReference?: string | null;

  @Field(() => String, { nullable: true, description: "The agreement's SHA-256, 64 hex digits" })
  @IsOptional()
  @Matches(SHA256, { message: 'documentSha256 must be 64 hexadecimal digits' })
  documentSha256?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The agreement denies any further sublicensing (TIC 2.4)',
  })
  @IsOptional()
  noFurtherSublicensing?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The agreement forbids offering Powder(P1a) or Powder(LVP) to Third Parties or Fengfan (TIC 2.4; JVC Art. 47)',
  })
  @IsOptional()
  noPowderOffer?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The agreement gives Valence the terms of TIC 5.6, the indemnity included',
  })
  @IsOptional()
  valenceTerms?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A confidentiality undertaking is executed (TIC 8.1)',
  })
  @IsOptional()
  confidentialityUndertaking?: boolean | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Valid from this day' })
  @IsOptional()
  validFrom?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Valid until this day, included' })
  @IsOptional()
  validTo?: string | null;

  @Field(() => SublicenseStatusEnum, {
    nullable: true,
    description: 'Its status (new: DRAFT or ACTIVE, default DRAFT)',
  })
  @IsOptional()
  status?: SublicenseStatus | null;

  @Field(() => String, { nullable: true, description: 'Why, when the status becomes SUSPENDED' })
  @IsOptional()
  @Length(1, 1000)
  statusReason?: string | null;
}

@InputType({ description: 'A new sublicence of the Licensee to a supplier (TIC 2.1(iii), 2.4)' })
export class CreateSupplierSublicenseInput extends SublicenseTermsInput {
  @IdField({ description: 'The supplier' })
  supplierId: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'An item transferred' })
export class TransferItemInput {
  @Field({ description: 'Its ECCN (e.g. 1E001) or EAR99' })
  @Length(1, 40)
  eccn: string;

  @Field(() => ItemKindEnum, { nullable: true, description: 'What it is (default: by its ECCN)' })
  @IsOptional()
  itemKind?: ItemKind | null;
}

@InputType({ description: 'Technology or confidential items transferred to a supplier (TIC 12.2)' })
export class RecordSublicenseTransferInput {
  @IdField({ description: 'The sublicence' })
  sublicenseId: string;

  @Field({ description: 'What was transferred, in words' })
  @Length(1, 500)
  description: string;

  @Field(() => [TransferItemInput], { description: 'The items, as classified' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items: TransferItemInput[];

  @Field({ description: 'The end use, as declared in the export check' })
  @Length(1, 500)
  endUse: string;

  @Field(() => GraphQLLocalDate, { description: 'The day of the transfer' })
  transferredOn: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: "A reviewer's answer on a match of a supplier's latest screening" })
export class ReviewSupplierScreeningMatchInput {
  @IdField({ description: 'The supplier' })
  supplierId: string;

  @Field({ description: "The match's key (SupplierScreeningMatch.key)" })
  @Length(1, 1000)
  matchKey: string;

  @Field(() => ReviewOutcomeEnum, { description: 'CLEARED (another party) or CONFIRMED' })
  outcome: ReviewOutcome;

  @Field({ description: 'Why, in words' })
  @Length(1, 1000)
  reason: string;
}

@InputType({ description: 'Which companies of the register to list' })
export class SupplierFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Part of a name (legal or other), case aside',
  })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: the parties only; false: suppliers and their holders only',
  })
  @IsOptional()
  parties?: boolean | null;
}

@InputType({ description: 'Which supplier sublicences to list' })
export class SupplierSublicenseFilterInput {
  @Field(() => SublicenseStatusEnum, { nullable: true, description: 'Only this status' })
  @IsOptional()
  status?: SublicenseStatus | null;

  @IdField({ nullable: true, description: "Only this supplier's" })
  supplierId?: string | null;
}

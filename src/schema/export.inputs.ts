import { IdempotencyKey } from './idempotency-key';
import { IdField } from './id';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { GraphQLLocalDate } from './local-date';
import { Field, InputType, Int } from 'type-graphql';
import type { PartyCode } from '../domain/parties';
import { PartyCodeEnum } from './enums';
import {
  EndUseFlagEnum,
  ExportDecisionEnum,
  ItemKindEnum,
  LicenceAgencyEnum,
  ReleaseKindEnum,
  ResidencyBasisEnum,
  ReviewOutcomeEnum,
  TransactionRoleEnum,
} from './export.types';

const COUNTRY = /^[A-Za-z]{2}$/;

@InputType({ description: 'An item of the transfer: a classified item by id, or described here' })
export class CheckItemInput {
  @IdField({ nullable: true, description: 'A classified item' })
  @IsOptional()
  classificationId?: string | null;

  @Field(() => ItemKindEnum, {
    nullable: true,
    description:
      'For an item given by ECCN: what it is (TECHNOLOGY, DOCUMENT or CONFIDENTIAL_INFORMATION make the check visible to Valence); default TECHNOLOGY for a D or E ECCN, else PRODUCT',
  })
  @IsOptional()
  itemKind?: keyof typeof ItemKindEnum | null;

  @Field(() => String, { nullable: true, description: 'Or an ECCN (e.g. 3E001) or EAR99' })
  @IsOptional()
  @Length(1, 40)
  eccn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For software/technology: the ECCN of the item it is for',
  })
  @IsOptional()
  @Length(1, 40)
  relatedEccn?: string | null;

  @Field(() => String, { description: 'What the item is, in words', nullable: true })
  @IsOptional()
  @Length(1, 500)
  description?: string | null;
}

@InputType({ description: 'A party to the transfer, to be screened (15 C.F.R. 748.5)' })
export class CheckPartyInput {
  @Field({ description: 'Its name, as on the transaction documents' })
  @Length(1, 300)
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 code' })
  country?: string | null;

  @Field(() => String, {
    description: 'Its address, which helps tell it from listed entries',
    nullable: true,
  })
  @IsOptional()
  @Length(1, 500)
  address?: string | null;

  @Field(() => TransactionRoleEnum, { description: 'Its role in the transaction' })
  role: keyof typeof TransactionRoleEnum;
}

@InputType({
  description: 'A citizenship or permanent residency of the person technology is released to',
})
export class ResidencyStatusInput {
  @Field({ description: 'The country (ISO 3166-1 alpha-2)' })
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 code' })
  country: string;

  @Field(() => ResidencyBasisEnum, { description: 'Citizenship or permanent residency' })
  basis: keyof typeof ResidencyBasisEnum;

  @Field(() => GraphQLLocalDate, { description: 'Since when it holds' })
  since: string;
}

@InputType({ description: 'A transfer to check before it happens (TIC 12.2)' })
export class ExportCheckInput {
  @Field(() => [CheckItemInput], { description: 'The items transferred; at least one' })
  @ArrayMinSize(1, { message: 'must name at least one item' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items: CheckItemInput[];

  @Field(() => ReleaseKindEnum, { description: 'What the transfer is (15 C.F.R. 734.13-734.16)' })
  releaseKind: keyof typeof ReleaseKindEnum;

  @Field({
    description: 'ISO 3166-1 alpha-2 destination (for a deemed export: where the release happens)',
  })
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 code' })
  destination: string;

  @Field(() => String, { nullable: true, description: 'REEXPORT: the country it leaves' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 code' })
  from?: string | null;

  @Field(() => [ResidencyStatusInput], {
    nullable: true,
    description: "DEEMED_EXPORT: the recipient's citizenships and residencies",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  recipientStatuses?: ResidencyStatusInput[] | null;

  @Field(() => [CheckPartyInput], { description: 'The parties to the transfer; at least one' })
  @ArrayMinSize(1, { message: 'must name every party to the transaction' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  parties: CheckPartyInput[];

  @Field({ description: 'What the items will be used for, as declared (15 C.F.R. Part 744)' })
  @Length(1, 2000)
  declaredEndUse: string;

  @Field(() => [EndUseFlagEnum], {
    description: 'End uses of concern known or suspected (15 C.F.R. Part 744)',
    nullable: true,
  })
  @IsOptional()
  @ArrayMaxSize(20)
  endUseFlags?: Array<keyof typeof EndUseFlagEnum> | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Default: today' })
  @IsOptional()
  transferOn?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A reviewer’s decision on a possible match' })
export class ReviewScreeningMatchInput {
  @IdField({ description: 'The export check' })
  checkId: string;

  @Field({ description: 'ScreeningMatch.key of the match' })
  @Length(1, 1000)
  matchKey: string;

  @Field(() => ReviewOutcomeEnum, { description: 'Cleared (not the listed party) or confirmed' })
  outcome: keyof typeof ReviewOutcomeEnum;

  @Field({ description: 'Why, for the record' })
  @Length(1, 2000)
  reason: string;
}

@InputType({ description: 'An item to classify on the Commerce Control List (TIC 4.1)' })
export class ClassifyItemInput {
  @Field(() => ItemKindEnum, { description: 'What the item is' })
  itemKind: keyof typeof ItemKindEnum;

  @Field({ description: 'Your reference for the item, unique per kind' })
  @Length(1, 200)
  itemRef: string;

  @Field({ description: 'What the item is, in words' })
  @Length(1, 1000)
  description: string;

  @Field({ description: 'An ECCN (e.g. 3E001, 3A001.e.1.b) or EAR99' })
  @Length(1, 40)
  eccn: string;

  @Field({ description: 'Why it is classified so' })
  @Length(1, 4000)
  rationale: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType('ExportLicenseInput', {
  description: 'An export license on file, as issued (TIC 4.1)',
})
export class ExportLicenceInput {
  @Field({ description: 'The number the agency gave it, unique on file however spelled' })
  @Length(1, 100)
  number: string;

  @Field(() => LicenceAgencyEnum, { description: 'The agency that issued it' })
  agency: keyof typeof LicenceAgencyEnum;

  @Field(() => [String], { description: 'The ECCNs it covers' })
  @ArrayMaxSize(100)
  @Length(1, 40, { each: true })
  eccns: string[];

  @Field(() => [String], {
    description: 'The destination countries it covers (ISO 3166-1 alpha-2)',
  })
  @ArrayMaxSize(250)
  @Length(1, 10, { each: true })
  destinations: string[];

  @Field(() => [String], { description: 'The consignees it names', defaultValue: [] })
  @ArrayMaxSize(100)
  @Length(1, 300, { each: true })
  consignees: string[];

  @Field(() => [String], { description: 'The end users it names', defaultValue: [] })
  @ArrayMaxSize(100)
  @Length(1, 300, { each: true })
  endUsers: string[];

  @Field(() => [PartyCodeEnum], {
    description: 'The parties whose transfers it covers',
    defaultValue: [],
  })
  @ArrayMaxSize(3)
  coveredParties: PartyCode[];

  @Field(() => GraphQLLocalDate, { description: 'The first day it is valid' })
  validFrom: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day it is valid; not before validFrom' })
  validTo: string;

  @Field({ description: 'The conditions it is issued under, as written', defaultValue: '' })
  @Length(0, 4000)
  conditions: string;
}

@InputType({ description: 'Narrows a list of export checks; every field given must match' })
export class ExportCheckFilterInput {
  @Field(() => String, { description: 'Only checks for this destination country', nullable: true })
  @IsOptional()
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 code' })
  destination?: string | null;

  @Field(() => ExportDecisionEnum, {
    nullable: true,
    description:
      "The current decision, after the reviews of the check's screening matches (15 C.F.R. 744.15, 764.3)",
  })
  @IsOptional()
  decision?: keyof typeof ExportDecisionEnum | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only the checks whose current decision is NEEDS_REVIEW (a match or a finding waits for a reviewer); false: only the others',
  })
  @IsOptional()
  needsReview?: boolean | null;

  @Field(() => Date, { description: 'Only checks run at or after this instant', nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { description: 'Only checks run before this instant', nullable: true })
  @IsOptional()
  to?: Date | null;
}

@InputType({ description: 'A name to screen against the Consolidated Screening List' })
export class ScreenNameInput {
  @Field({ description: 'The party or person' })
  @Length(1, 300)
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 (US allowed)' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 code' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Street, city, country' })
  @IsOptional()
  @Length(1, 500)
  address?: string | null;
}

@InputType({ description: 'Withdraws a remembered review: later checks ask about the match again' })
export class RevokeScreeningClearanceInput {
  @IdField({
    description: 'ScreeningMatch.clearanceId or RememberedReview.clearanceId',
  })
  clearanceId: string;

  @Field({ description: 'Why it no longer holds' })
  @Length(1, 2000)
  reason: string;
}

@InputType('CreateExportLicenseInput', {
  description: 'An export license to put on file (TIC 4.1), retried safely with a key',
})
export class CreateExportLicenceInput extends ExportLicenceInput {
  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType('ExportLicenseFilterInput', {
  description: 'Narrows `exportLicenses`; every field given must hold',
})
export class ExportLicenceFilterInput {
  @Field(() => Int, {
    nullable: true,
    description:
      'Only the licenses in force on `asOf` whose validity ends within this many days of it (TIC 4.1)',
  })
  @IsOptional()
  expiringWithinDays?: number | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day the validity window is judged on (default today)',
  })
  @IsOptional()
  asOf?: string | null;
}

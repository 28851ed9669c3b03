import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { GraphQLLocalDate, GraphQLUUID } from 'graphql-scalars';
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

@InputType()
export class CheckItemInput {
  @Field(() => GraphQLUUID, { nullable: true, description: 'A classified item' })
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  description?: string | null;
}

@InputType()
export class CheckPartyInput {
  @Field()
  @Length(1, 300)
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 code' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  address?: string | null;

  @Field(() => TransactionRoleEnum)
  role: keyof typeof TransactionRoleEnum;
}

@InputType()
export class ResidencyStatusInput {
  @Field()
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 code' })
  country: string;

  @Field(() => ResidencyBasisEnum)
  basis: keyof typeof ResidencyBasisEnum;

  @Field(() => GraphQLLocalDate)
  since: string;
}

@InputType()
export class ExportCheckInput {
  @Field(() => [CheckItemInput])
  @ArrayMinSize(1, { message: 'must name at least one item' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items: CheckItemInput[];

  @Field(() => ReleaseKindEnum)
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

  @Field(() => [CheckPartyInput])
  @ArrayMinSize(1, { message: 'must name every party to the transaction' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  parties: CheckPartyInput[];

  @Field()
  @Length(1, 2000)
  declaredEndUse: string;

  @Field(() => [EndUseFlagEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  endUseFlags?: Array<keyof typeof EndUseFlagEnum> | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Default: today' })
  @IsOptional()
  transferOn?: string | null;
}

@InputType()
export class ReviewScreeningMatchInput {
  @Field(() => GraphQLUUID)
  @IsUUID()
  checkId: string;

  @Field()
  @Length(1, 1000)
  matchKey: string;

  @Field(() => ReviewOutcomeEnum)
  outcome: keyof typeof ReviewOutcomeEnum;

  @Field()
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class ClassifyItemInput {
  @Field(() => ItemKindEnum)
  itemKind: keyof typeof ItemKindEnum;

  @Field()
  @Length(1, 200)
  itemRef: string;

  @Field()
  @Length(1, 1000)
  description: string;

  @Field({ description: 'An ECCN (e.g. 3E001, 3A001.e.1.b) or EAR99' })
  @Length(1, 40)
  eccn: string;

  @Field()
  @Length(1, 4000)
  rationale: string;
}

@InputType()
export class ExportLicenceInput {
  @Field()
  @Length(1, 100)
  number: string;

  @Field(() => LicenceAgencyEnum)
  agency: keyof typeof LicenceAgencyEnum;

  @Field(() => [String])
  @ArrayMaxSize(100)
  @Length(1, 40, { each: true })
  eccns: string[];

  @Field(() => [String])
  @ArrayMaxSize(250)
  @Length(1, 10, { each: true })
  destinations: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @Length(1, 300, { each: true })
  consignees: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @Length(1, 300, { each: true })
  endUsers: string[];

  @Field(() => [PartyCodeEnum], { defaultValue: [] })
  @ArrayMaxSize(3)
  coveredParties: PartyCode[];

  @Field(() => GraphQLLocalDate)
  validFrom: string;

  @Field(() => GraphQLLocalDate)
  validTo: string;

  @Field({ defaultValue: '' })
  @Length(0, 4000)
  conditions: string;
}

@InputType()
export class ExportCheckFilterInput {
  @Field(() => String, { nullable: true })
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

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
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
  @Field(() => GraphQLUUID, {
    description: 'ScreeningMatch.clearanceId or RememberedReview.clearanceId',
  })
  @IsUUID()
  clearanceId: string;

  @Field({ description: 'Why it no longer holds' })
  @Length(1, 2000)
  reason: string;
}

@InputType({ description: 'Narrows `exportLicences`; every field given must hold' })
export class ExportLicenceFilterInput {
  @Field(() => Int, {
    nullable: true,
    description:
      'Only the licences in force on `asOf` whose validity ends within this many days of it (TIC 4.1)',
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

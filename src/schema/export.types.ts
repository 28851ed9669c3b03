import { GraphQLJSONObject } from 'graphql-scalars';
import { GraphQLLocalDate } from './local-date';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PartyCode } from '../domain/parties';
import { Connection } from './connection';
import {
  EXPORT_DECISIONS,
  ITEM_KINDS,
  LICENCE_AGENCIES,
  RELEASE_KINDS,
  MATCH_LEVELS,
  REVIEW_OUTCOMES,
  TRANSACTION_ROLES,
  TRANSFER_KINDS,
  type ExportDecision,
  type ItemKind,
  type LicenceAgency,
  type ReleaseKind,
  type MatchLevel,
  type ReviewOutcome,
  type TransactionRole,
  type TransferKind,
} from '../domain/export';
import * as D from '../domain/export-descriptions';
import type { ExportEffect, ExportStep } from '../rules/export/types';
import { enumObject, FindingStatusEnum, PartyCodeEnum } from './enums';

export const ExportDecisionEnum = enumObject<ExportDecision>(EXPORT_DECISIONS);
export const ItemKindEnum = enumObject<ItemKind>(ITEM_KINDS);
export const LicenceAgencyEnum = enumObject<LicenceAgency>(LICENCE_AGENCIES);
export const ReleaseKindEnum = enumObject<ReleaseKind>(RELEASE_KINDS);
export const TransferKindEnum = enumObject<TransferKind>(TRANSFER_KINDS);
export const TransactionRoleEnum = enumObject<TransactionRole>(TRANSACTION_ROLES);
export const EndUseFlagEnum = {
  NUCLEAR: 'NUCLEAR',
  MISSILE: 'MISSILE',
  CHEMICAL_BIOLOGICAL: 'CHEMICAL_BIOLOGICAL',
  MILITARY: 'MILITARY',
} as const;
export const ReviewOutcomeEnum = enumObject<ReviewOutcome>(REVIEW_OUTCOMES);
export const MatchLevelEnum = enumObject<MatchLevel>(MATCH_LEVELS);
export const ResidencyBasisEnum = {
  CITIZENSHIP: 'CITIZENSHIP',
  PERMANENT_RESIDENCY: 'PERMANENT_RESIDENCY',
} as const;

/**
 * The steps of a check as GraphQL names them: the EAR's spelling of "license" across the
 * schema, whatever the rules call the step inside.
 */
export const ExportStepEnum = {
  CLASSIFICATION: 'CLASSIFICATION',
  DESTINATION: 'DESTINATION',
  COUNTRY_CHART: 'COUNTRY_CHART',
  SCREENING: 'SCREENING',
  END_USE: 'END_USE',
  LICENSE: 'LICENCE',
} as const satisfies Record<string, ExportStep>;
export const ExportEffectEnum = enumObject<ExportEffect>([
  'STOP',
  'LICENSE_REQUIRED',
  'REVIEW',
  'NONE',
]);

function register(
  values: Record<string, string>,
  name: string,
  description: string,
  valueDescriptions: Readonly<Record<string, string>>,
): void {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(values).map(([key, value]) => [
        key,
        { description: valueDescriptions[value] },
      ]),
    ),
  });
}

register(
  ExportDecisionEnum,
  'ExportDecision',
  'What an export check decides (TIC 12.2; 15 C.F.R. 732)',
  D.EXPORT_DECISION_DESCRIPTIONS,
);
register(
  ItemKindEnum,
  'ItemKind',
  'What an item of a check is (TIC 1.3, 1.15)',
  D.ITEM_KIND_DESCRIPTIONS,
);
register(
  LicenceAgencyEnum,
  'LicenseAgency',
  'The U.S. agency that issued a license',
  D.LICENCE_AGENCY_DESCRIPTIONS,
);
register(
  ReleaseKindEnum,
  'ReleaseKind',
  'What the client says a transfer is (15 C.F.R. 734.13-734.16)',
  D.RELEASE_KIND_DESCRIPTIONS,
);
register(
  TransactionRoleEnum,
  'TransactionRole',
  'A party to a transaction (15 C.F.R. 748.5)',
  D.TRANSACTION_ROLE_DESCRIPTIONS,
);
register(
  TransferKindEnum,
  'TransferKind',
  'What the EAR makes of a transfer: a release becomes DEEMED_EXPORT, DEEMED_REEXPORT or NOT_AN_EXPORT (15 C.F.R. 734.13-734.18)',
  D.TRANSFER_KIND_DESCRIPTIONS,
);
register(
  EndUseFlagEnum,
  'EndUseFlag',
  'An end use of concern (15 C.F.R. Part 744)',
  D.END_USE_FLAG_DESCRIPTIONS,
);
register(
  MatchLevelEnum,
  'MatchLevel',
  'How close a screened name is to a listed one',
  D.MATCH_LEVEL_DESCRIPTIONS,
);
register(
  ReviewOutcomeEnum,
  'ReviewOutcome',
  "A reviewer's answer on a possible match",
  D.REVIEW_OUTCOME_DESCRIPTIONS,
);
register(
  ResidencyBasisEnum,
  'ResidencyBasis',
  'Why a country counts for a person (15 C.F.R. 734.13(b))',
  D.RESIDENCY_BASIS_DESCRIPTIONS,
);
register(
  ExportStepEnum,
  'ExportStep',
  "A step of a check, in the EAR's order (15 C.F.R. 732.1-732.5)",
  D.EXPORT_STEP_DESCRIPTIONS,
);
register(
  ExportEffectEnum,
  'ExportEffect',
  'What a finding does to the decision',
  D.EXPORT_EFFECT_DESCRIPTIONS,
);

@ObjectType('ItemClassification', {
  description: 'An ECCN or EAR99, set by Valence COMPLIANCE (TIC 4.1)',
})
export class ItemClassificationType {
  @Field(() => ID, { description: 'The classification' })
  id: string;

  @Field(() => ItemKindEnum, { description: 'What the item is' })
  itemKind: keyof typeof ItemKindEnum;

  @Field({ description: 'Your reference for the item, unique per kind' })
  itemRef: string;

  @Field({ description: 'What the item is, in words' })
  description: string;

  @Field({
    description:
      'Its Export Control Classification Number on the Commerce Control List, or EAR99 (15 C.F.R. 774)',
  })
  eccn: string;

  @Field({ description: 'Why it is classified so' })
  rationale: string;

  @Field(() => ID, { description: 'The Valence COMPLIANCE user who classified it' })
  classifiedBy: string;

  @Field({ description: 'When it was classified' })
  classifiedAt: Date;
}

@ObjectType('ItemClassificationConnection', {
  description: 'A page of the item classifications you may see',
})
export class ItemClassificationConnection extends Connection(
  ItemClassificationType,
  'ItemClassification',
) {}

@ObjectType('ExportLicense', { description: 'A U.S. export license on file (TIC 4.1)' })
export class ExportLicenceType {
  @Field(() => ID, { description: 'The license on file' })
  id: string;

  @Field({ description: 'The number the agency gave it, unique on file' })
  number: string;

  @Field(() => LicenceAgencyEnum, { description: 'The agency that issued it' })
  agency: keyof typeof LicenceAgencyEnum;

  @Field(() => [String], { description: 'The ECCNs it covers' })
  eccns: string[];

  @Field(() => [String], {
    description: 'The destination countries it covers (ISO 3166-1 alpha-2)',
  })
  destinations: string[];

  @Field(() => [String], { description: 'The consignees it names' })
  consignees: string[];

  @Field(() => [String], { description: 'The end users it names' })
  endUsers: string[];

  @Field(() => [PartyCodeEnum], { description: 'The parties whose transfers it covers' })
  coveredParties: PartyCode[];

  @Field(() => GraphQLLocalDate, { description: 'The first day it is valid' })
  validFrom: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day it is valid' })
  validTo: string;

  @Field({ description: 'The conditions it is issued under, as written' })
  conditions: string;
}

@ObjectType('ExportLicenseConnection', {
  description: 'A page of the export licenses on file that cover your party',
})
export class ExportLicenceConnection extends Connection(ExportLicenceType, 'ExportLicense') {}

@ObjectType('ExportFinding', { description: 'One step of the check, with its citation' })
export class ExportFindingType {
  @Field(() => ExportStepEnum, { description: 'The step of the check it belongs to' })
  step: ExportStep;

  @Field({ description: 'What was checked, as a stable code' })
  code: string;

  @Field(() => FindingStatusEnum, { description: 'The outcome of the step' })
  status: 'PASS' | 'INFO' | 'WARN' | 'FAIL';

  @Field(() => ExportEffectEnum, { description: 'What it does to the decision' })
  effect: ExportEffect;

  @Field({ description: 'The provision the step applies, e.g. "15 C.F.R. 738.4"' })
  citation: string;

  @Field({ description: 'The finding in a sentence' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The item it concerns' })
  item: string | null;
}

@ObjectType('ScreeningMatch', { description: 'A possible restricted-party match' })
export class ScreeningMatchType {
  @Field({ description: 'Pass to reviewScreeningMatch' })
  key: string;

  @Field({ description: 'The name screened, as given' })
  queryName: string;

  @Field({ description: 'The list the entry is on, e.g. EL (Entity List), SDN' })
  listCode: string;

  @Field({ description: 'The CSL source: the list and its agency' })
  source: string;

  @Field({ description: 'The id of the entry on the list' })
  entryId: string;

  @Field({ description: 'The name of the listed entry' })
  entryName: string;

  @Field({ description: 'The name or alias of the entry that matched' })
  matchedName: string;

  @Field({ description: 'True when an alias of the entry matched rather than its name' })
  alias: boolean;

  @Field(() => [String], { description: 'The programmes the entry is listed under' })
  programs: string[];

  @Field(() => [String], { description: 'The countries of the entry’s addresses' })
  countries: string[];

  @Field(() => Float, { description: 'How close the names are, from 0 to 1' })
  score: number;

  @Field(() => Int, { description: 'Character edits between the normalised names (fuzzystrmatch)' })
  edits: number;

  @Field(() => MatchLevelEnum, {
    description: 'STRONG (treated as confirmed until cleared) or POSSIBLE (to review)',
  })
  level: MatchLevel;

  @Field(() => [String], { description: 'Why it matched, in words' })
  reasons: string[];

  @Field(() => ReviewOutcomeEnum, { nullable: true, description: 'The review in this check' })
  review: ReviewOutcome | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A remembered review of an earlier check that decides this match (cleared-match suppression); revokeScreeningClearance withdraws it',
  })
  clearanceId: string | null;
}

@ObjectType('ExportCheck', { description: 'An export check, stored immutably (TIC 12.2)' })
export class ExportCheckType {
  @Field(() => ID, { description: 'The export check' })
  id: string;

  @Field(() => PartyCodeEnum, { description: 'The party that ran it' })
  runParty: PartyCode;

  @Field(() => ID, { description: 'The user who ran it' })
  runBy: string;

  @Field({ description: 'When it was run' })
  runAt: Date;

  @Field(() => TransferKindEnum, { description: 'What the EAR makes of the transfer' })
  releaseKind: TransferKind;

  @Field({ description: 'The destination country (ISO 3166-1 alpha-2)' })
  destination: string;

  @Field(() => ExportDecisionEnum, { description: 'The decision when it ran' })
  decisionAtRun: keyof typeof ExportDecisionEnum;

  @Field(() => ExportDecisionEnum, { description: 'The decision with the reviews applied' })
  decision: keyof typeof ExportDecisionEnum;

  @Field(() => String, {
    name: 'license',
    nullable: true,
    description: 'The number of the license that covers it, when LICENSED',
  })
  licence: string | null;

  @Field(() => [ExportFindingType], {
    description: 'Every step’s finding, in the EAR’s order (15 C.F.R. 732.1-732.5)',
  })
  findings: ExportFindingType[];

  @Field(() => [ScreeningMatchType], {
    description: 'The possible restricted-party matches and their reviews',
  })
  matches: ScreeningMatchType[];

  @Field(() => GraphQLJSONObject, { description: 'The inputs, as given' })
  input: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { description: 'The screening list and data files it used' })
  referenceVersions: Record<string, unknown>;
}

@ObjectType('ExportCheckConnection', {
  description: 'A page of the export checks you may see, newest first',
})
export class ExportCheckConnection extends Connection(ExportCheckType, 'ExportCheck') {}

@ObjectType('ScreeningList', {
  description:
    'The Consolidated Screening List screened against (imported with import:screening-list)',
})
export class ScreeningListType {
  @Field(() => ID, { description: 'The list version' })
  id: string;

  @Field({ description: 'The file or URL it was imported from' })
  source: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The list's publication date" })
  listDate: string | null;

  @Field({ description: 'When it was imported' })
  importedAt: Date;

  @Field(() => Int, { description: 'Entries on the list' })
  entries: number;

  @Field(() => Int, { description: 'Names and aliases screened against' })
  names: number;

  @Field({ description: 'SHA-256 of the file as imported' })
  sha256: string;

  @Field({
    description:
      'Older than SCREENING_LIST_MAX_AGE_DAYS: every check is NEEDS_REVIEW until a newer list is imported',
  })
  stale: boolean;

  @Field(() => Int, { description: 'SCREENING_LIST_MAX_AGE_DAYS' })
  maxAgeDays: number;
}

@ObjectType('RememberedReview', {
  description: 'A review of an earlier check that decides this match until the entry changes',
})
export class RememberedReviewType {
  @Field(() => ID, { description: 'Pass to revokeScreeningClearance' })
  clearanceId: string;

  @Field(() => ReviewOutcomeEnum, { description: 'What the reviewer decided' })
  outcome: ReviewOutcome;

  @Field({ description: 'Why, in the reviewer’s words' })
  reason: string;

  @Field({ description: 'The e-mail of the reviewer' })
  decidedBy: string;

  @Field({ description: 'When it was decided' })
  decidedAt: string;
}

@ObjectType('ScreenedMatch', { description: 'A listed entry a screened name matched' })
export class ScreenedMatchType {
  @Field({ description: 'The list the entry is on, e.g. EL (Entity List), SDN' })
  listCode: string;

  @Field({ description: 'The CSL source: the list and its agency' })
  source: string;

  @Field({ description: 'The id of the entry on the list' })
  entryId: string;

  @Field({ description: 'The name of the listed entry' })
  entryName: string;

  @Field({ description: 'The name or alias of the entry that matched' })
  matchedName: string;

  @Field(() => Float, { description: 'How close the names are, from 0 to 1' })
  score: number;

  @Field(() => MatchLevelEnum, { description: 'STRONG or POSSIBLE' })
  level: MatchLevel;

  @Field(() => [String], { description: 'Why it matched, in words' })
  reasons: string[];

  @Field(() => RememberedReviewType, {
    nullable: true,
    description: "Your party's remembered review of this match, if one holds",
  })
  clearance: RememberedReviewType | null;
}

@ObjectType('ScreenedNameResult', { description: 'One screened name and its matches' })
export class ScreenedNameResultType {
  @Field({ description: 'The name screened' })
  name: string;

  @Field(() => [ScreenedMatchType], { description: 'The listed entries it matched' })
  matches: ScreenedMatchType[];
}

@ObjectType('ScreeningRun', {
  description: 'A screenNames call, kept as a screening record (15 C.F.R. 762.6)',
})
export class ScreeningRunType {
  @Field(() => ID, { description: 'The screening record' })
  recordId: string;

  @Field({ description: 'When the names were screened' })
  runAt: Date;

  @Field(() => ID, { nullable: true, description: 'The list version screened against' })
  listVersionId: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "That list's date" })
  listDate: string | null;

  @Field(() => ExportFindingType, {
    nullable: true,
    description: 'No list, or a stale one: the results cannot be relied on',
  })
  listWarning: ExportFindingType | null;

  @Field(() => [ScreenedNameResultType], { description: 'Each name and its matches' })
  results: ScreenedNameResultType[];
}

@ObjectType('ScreeningClearanceRevocation', { description: 'A remembered review withdrawn' })
export class ScreeningClearanceRevocationType {
  @Field(() => ID, { description: 'The remembered review withdrawn' })
  clearanceId: string;

  @Field({ description: 'When it was withdrawn' })
  revokedAt: Date;
}

import { GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PartyCode } from '../domain/parties';
import { Connection } from './connection';
import {
  EXPORT_DECISIONS,
  ITEM_KINDS,
  LICENCE_AGENCIES,
  RELEASE_KINDS,
  REVIEW_OUTCOMES,
  TRANSACTION_ROLES,
  TRANSFER_KINDS,
  type ExportDecision,
  type ItemKind,
  type LicenceAgency,
  type ReleaseKind,
  type ReviewOutcome,
  type TransactionRole,
  type TransferKind,
} from '../domain/export';
import { enumObject, PartyCodeEnum } from './enums';

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
export const ResidencyBasisEnum = {
  CITIZENSHIP: 'CITIZENSHIP',
  PERMANENT_RESIDENCY: 'PERMANENT_RESIDENCY',
} as const;

registerEnumType(ExportDecisionEnum, { name: 'ExportDecision' });
registerEnumType(ItemKindEnum, { name: 'ItemKind' });
registerEnumType(LicenceAgencyEnum, { name: 'LicenceAgency' });
registerEnumType(ReleaseKindEnum, {
  name: 'ReleaseKind',
  description: 'DEEMED_EXPORT: a release of technology to a foreign person (15 C.F.R. 734.13(b))',
});
registerEnumType(TransactionRoleEnum, { name: 'TransactionRole' });
registerEnumType(TransferKindEnum, {
  name: 'TransferKind',
  description:
    'What the EAR makes of a transfer: a release becomes DEEMED_EXPORT, DEEMED_REEXPORT or NOT_AN_EXPORT (15 C.F.R. 734.13-734.18)',
});
registerEnumType(EndUseFlagEnum, { name: 'EndUseFlag', description: '15 C.F.R. Part 744' });
registerEnumType(ReviewOutcomeEnum, { name: 'ReviewOutcome' });
registerEnumType(ResidencyBasisEnum, { name: 'ResidencyBasis' });

@ObjectType('ItemClassification', {
  description: 'An ECCN or EAR99, set by Valence COMPLIANCE (TIC 4.1)',
})
export class ItemClassificationType {
  @Field(() => ID)
  id: string;

  @Field(() => ItemKindEnum)
  itemKind: keyof typeof ItemKindEnum;

  @Field()
  itemRef: string;

  @Field()
  description: string;

  @Field()
  eccn: string;

  @Field()
  rationale: string;

  @Field(() => ID, { description: 'The Valence COMPLIANCE user who classified it' })
  classifiedBy: string;

  @Field()
  classifiedAt: Date;
}

@ObjectType('ItemClassificationConnection')
export class ItemClassificationConnection extends Connection(
  ItemClassificationType,
  'ItemClassification',
) {}

@ObjectType('ExportLicence', { description: 'A U.S. export licence on file (TIC 4.1)' })
export class ExportLicenceType {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field(() => LicenceAgencyEnum)
  agency: keyof typeof LicenceAgencyEnum;

  @Field(() => [String])
  eccns: string[];

  @Field(() => [String])
  destinations: string[];

  @Field(() => [String])
  consignees: string[];

  @Field(() => [String])
  endUsers: string[];

  @Field(() => [PartyCodeEnum])
  coveredParties: PartyCode[];

  @Field(() => GraphQLLocalDate)
  validFrom: string;

  @Field(() => GraphQLLocalDate)
  validTo: string;

  @Field()
  conditions: string;
}

@ObjectType('ExportLicenceConnection')
export class ExportLicenceConnection extends Connection(ExportLicenceType, 'ExportLicence') {}

@ObjectType('ExportFinding', { description: 'One step of the check, with its citation' })
export class ExportFindingType {
  @Field({ description: 'CLASSIFICATION, DESTINATION, COUNTRY_CHART, SCREENING, END_USE, LICENCE' })
  step: string;

  @Field()
  code: string;

  @Field()
  status: string;

  @Field({ description: 'What it does to the decision: STOP, LICENSE_REQUIRED, REVIEW or NONE' })
  effect: string;

  @Field()
  citation: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'The item it concerns' })
  item: string | null;
}

@ObjectType('ScreeningMatch', { description: 'A possible restricted-party match' })
export class ScreeningMatchType {
  @Field({ description: 'Pass to reviewScreeningMatch' })
  key: string;

  @Field()
  queryName: string;

  @Field()
  listCode: string;

  @Field({ description: 'The CSL source: the list and its agency' })
  source: string;

  @Field()
  entryId: string;

  @Field()
  entryName: string;

  @Field()
  matchedName: string;

  @Field()
  alias: boolean;

  @Field(() => [String])
  programs: string[];

  @Field(() => [String])
  countries: string[];

  @Field(() => Float)
  score: number;

  @Field(() => Int, { description: 'Character edits between the normalised names (fuzzystrmatch)' })
  edits: number;

  @Field({ description: 'STRONG (treated as confirmed until cleared) or POSSIBLE (to review)' })
  level: string;

  @Field(() => [String])
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
  @Field(() => ID)
  id: string;

  @Field(() => PartyCodeEnum)
  runParty: PartyCode;

  @Field(() => ID, { description: 'The user who ran it' })
  runBy: string;

  @Field()
  runAt: Date;

  @Field(() => TransferKindEnum, { description: 'What the EAR makes of the transfer' })
  releaseKind: TransferKind;

  @Field()
  destination: string;

  @Field(() => ExportDecisionEnum, { description: 'The decision when it ran' })
  decisionAtRun: keyof typeof ExportDecisionEnum;

  @Field(() => ExportDecisionEnum, { description: 'The decision with the reviews applied' })
  decision: keyof typeof ExportDecisionEnum;

  @Field(() => String, { nullable: true, description: 'The licence that covers it, when LICENSED' })
  licence: string | null;

  @Field(() => [ExportFindingType])
  findings: ExportFindingType[];

  @Field(() => [ScreeningMatchType])
  matches: ScreeningMatchType[];

  @Field(() => GraphQLJSONObject, { description: 'The inputs, as given' })
  input: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { description: 'The screening list and data files it used' })
  referenceVersions: Record<string, unknown>;
}

@ObjectType('ExportCheckConnection')
export class ExportCheckConnection extends Connection(ExportCheckType, 'ExportCheck') {}

@ObjectType('ScreeningList', {
  description:
    'The Consolidated Screening List screened against (imported with import:screening-list)',
})
export class ScreeningListType {
  @Field(() => ID)
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

  @Field(() => ReviewOutcomeEnum)
  outcome: ReviewOutcome;

  @Field()
  reason: string;

  @Field({ description: 'The e-mail of the reviewer' })
  decidedBy: string;

  @Field()
  decidedAt: string;
}

@ObjectType('ScreenedMatch', { description: 'A listed entry a screened name matched' })
export class ScreenedMatchType {
  @Field()
  listCode: string;

  @Field({ description: 'The CSL source: the list and its agency' })
  source: string;

  @Field()
  entryId: string;

  @Field()
  entryName: string;

  @Field({ description: 'The name or alias of the entry that matched' })
  matchedName: string;

  @Field(() => Float)
  score: number;

  @Field({ description: 'STRONG or POSSIBLE' })
  level: string;

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
  @Field()
  name: string;

  @Field(() => [ScreenedMatchType])
  matches: ScreenedMatchType[];
}

@ObjectType('ScreeningRun', {
  description: 'A screenNames call, kept as a screening record (15 C.F.R. 762.6)',
})
export class ScreeningRunType {
  @Field(() => ID, { description: 'The screening record' })
  recordId: string;

  @Field()
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

  @Field(() => [ScreenedNameResultType])
  results: ScreenedNameResultType[];
}

@ObjectType('ScreeningClearanceRevocation', { description: 'A remembered review withdrawn' })
export class ScreeningClearanceRevocationType {
  @Field(() => ID)
  clearanceId: string;

  @Field()
  revokedAt: Date;
}

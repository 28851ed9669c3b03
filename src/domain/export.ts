/**
 * The export-control vocabulary (TIC 4.1, 12.2; 15 C.F.R. Parts 730–774), once: entities, rules
 * and the GraphQL enums (schema/export.types.ts) are built from these closed sets.
 */

/** What an item of a check is (TIC 1.3, 1.15: Technology and confidential information). */
export const ITEM_KINDS = [
  'TECHNOLOGY',
  'DOCUMENT',
  'PRODUCT',
  'CONFIDENTIAL_INFORMATION',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** How close a screened name is to a listed one (rules/export/screening-score.ts). */
export const MATCH_LEVELS = ['STRONG', 'POSSIBLE'] as const;
export type MatchLevel = (typeof MATCH_LEVELS)[number];

/** A reviewer's answer on a possible restricted-party match. */
export const REVIEW_OUTCOMES = ['CLEARED', 'CONFIRMED'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** The decision of an export check (rules/export/decision.ts). */
export const EXPORT_DECISIONS = [
  'NO_LICENSE_REQUIRED',
  'LICENSED',
  'LICENSE_REQUIRED',
  'PROHIBITED',
  'NEEDS_REVIEW',
] as const;
export type ExportDecision = (typeof EXPORT_DECISIONS)[number];

/** What the client says a transfer is (15 C.F.R. 734.13–734.16). */
export const RELEASE_KINDS = [
  'EXPORT',
  'REEXPORT',
  'TRANSFER_IN_COUNTRY',
  'DEEMED_EXPORT',
] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

/** What the EAR makes of it, the kind stored with a check (rules/export/release.ts). */
export const TRANSFER_KINDS = [
  'EXPORT',
  'REEXPORT',
  'TRANSFER_IN_COUNTRY',
  'DEEMED_EXPORT',
  'DEEMED_REEXPORT',
  'NOT_AN_EXPORT',
] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** The parties to a transaction (15 C.F.R. 748.5). */
export const TRANSACTION_ROLES = [
  'CONSIGNEE',
  'END_USER',
  'INTERMEDIATE_CONSIGNEE',
  'PURCHASER',
  'RECIPIENT',
] as const;
export type TransactionRole = (typeof TRANSACTION_ROLES)[number];

/** The agencies whose licences are on file. */
export const LICENCE_AGENCIES = ['BIS', 'DDTC', 'OFAC'] as const;
export type LicenceAgency = (typeof LICENCE_AGENCIES)[number];

/** The screening list version a check or a screening record used. */
export interface ScreeningListVersionRef {
  id: string;
  list_date: string | null;
  sha256: string;
}

/** One name given to screenNames. */
export interface ScreenedName {
  name: string;
  country?: string | null;
  address?: string | null;
}

/** One listed entry a screened name matched, as kept in a screening record. */
export interface ScreenedMatch {
  listCode: string;
  source: string;
  entryId: string;
  entryName: string;
  matchedName: string;
  score: number;
  level: 'STRONG' | 'POSSIBLE';
  reasons: string[];
  /** A remembered review of this match for the party, when one holds. */
  clearance: RememberedReview | null;
}

export interface ScreenedNameResult {
  name: string;
  matches: ScreenedMatch[];
}

/** A review remembered from an earlier check (screening_clearance). */
export interface RememberedReview {
  clearanceId: string;
  outcome: ReviewOutcome;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

/** Part 744 end uses a client can flag on a check. */
export const END_USE_FLAGS = ['NUCLEAR', 'MISSILE', 'CHEMICAL_BIOLOGICAL', 'MILITARY'] as const;
export type EndUseFlag = (typeof END_USE_FLAGS)[number];

/** How a person holds a country (15 C.F.R. 734.13(b): citizenship or permanent residency). */
export const RESIDENCY_BASES = ['CITIZENSHIP', 'PERMANENT_RESIDENCY'] as const;
export type ResidencyBasis = (typeof RESIDENCY_BASES)[number];

export interface ResidencyStatus {
  country: string;
  basis: ResidencyBasis;
  /** When the person acquired it ('YYYY-MM-DD'); the latest one is the "most recent". */
  since: string;
}

export interface CheckItemInput {
  classificationId?: string | null;
  /** What an item given by ECCN is; TECHNOLOGY, DOCUMENT and CONFIDENTIAL_INFORMATION make
   * the check visible to Valence, and so does an E (technology) ECCN whatever its kind. */
  itemKind?: ItemKind | null;
  eccn?: string | null;
  /** For software or technology: the ECCN of the commodity it is for. */
  relatedEccn?: string | null;
  description?: string | null;
}

export interface CheckPartyInput {
  name: string;
  country?: string | null;
  address?: string | null;
  role: TransactionRole;
}

export interface ExportCheckInput {
  items: CheckItemInput[];
  releaseKind: ReleaseKind;
  destination: string;
  /** REEXPORT: where the item is; DEEMED_EXPORT: where the release happens. */
  from?: string | null;
  /** DEEMED_EXPORT: the recipient's citizenships and permanent residencies (15 C.F.R. 734.13(b)). */
  recipientStatuses?: ResidencyStatus[] | null;
  parties: CheckPartyInput[];
  declaredEndUse: string;
  endUseFlags?: EndUseFlag[] | null;
  transferOn?: string | null;
}

/** A match of a screened name on the list, as a check stores it (export_check.matches). */
export interface StoredScreeningMatch {
  /** Stable within a check: the list entry and the name matched, for reviews. */
  key: string;
  queryName: string;
  /** The screened name normalised: a remembered review is found again by it. */
  screenedKey: string;
  /** The entry's content (md5): a remembered review holds only while it is unchanged. */
  fingerprint: string;
  partyId: string;
  entryId: string;
  source: string;
  listCode: string;
  entryName: string;
  matchedName: string;
  alias: boolean;
  programs: string[];
  countries: string[];
  addresses: string[];
  licenseRequirement: string | null;
  licensePolicy: string | null;
  federalRegisterNotice: string | null;
  score: number;
  /** Character edits between the normalised names (fuzzystrmatch levenshtein, 9 = 9 or more). */
  edits: number;
  level: 'STRONG' | 'POSSIBLE';
  reasons: string[];
}

/** A reference-data file (data/export-control) as loaded, for a check's record. */
export interface ReferenceVersion {
  file: string;
  sha256: string;
}

import type {
  ExportDecision,
  ItemKind,
  LicenceAgency,
  MatchLevel,
  ReleaseKind,
  ReviewOutcome,
  TransactionRole,
  TransferKind,
} from './export';

/**
 * What each value of the export-control vocabulary means, with the provision that governs it;
 * typed by the vocabulary so that a new value does not compile until it is described.
 */
type Described<T extends string> = Readonly<Record<T, string>>;

export const ITEM_KIND_DESCRIPTIONS: Described<ItemKind> = {
  TECHNOLOGY: 'The Technology Valence licenses (TIC 1.15)',
  DOCUMENT: 'A document carrying technology or technical data',
  PRODUCT: 'A product made with the Technology (TIC 1.13)',
  CONFIDENTIAL_INFORMATION: "Valence's confidential information (TIC 1.3)",
};

export const MATCH_LEVEL_DESCRIPTIONS: Described<MatchLevel> = {
  STRONG:
    'Close enough to be treated as the listed party until a reviewer clears it (15 C.F.R. 744.11, 764.3)',
  POSSIBLE: 'Close enough that a compliance officer must review it before the transfer (TIC 12.2)',
};

export const REVIEW_OUTCOME_DESCRIPTIONS: Described<ReviewOutcome> = {
  CLEARED: 'Not the listed party: the match no longer holds the check back',
  CONFIRMED: 'The listed party: its list’s consequence applies',
};

export const EXPORT_DECISION_DESCRIPTIONS: Described<ExportDecision> = {
  NO_LICENSE_REQUIRED:
    'No license needed: EAR99 or no Country Chart control for the destination (15 C.F.R. 738.4)',
  LICENSED: 'A license on file covers the item, destination and parties (TIC 4.1)',
  LICENSE_REQUIRED: 'A license is required and none on file covers it (15 C.F.R. 738.4, 744)',
  PROHIBITED:
    'It may not go: an embargo, a denied or blocked party, or a prohibited end use (TIC 12.2)',
  NEEDS_REVIEW: 'A person must resolve something first, e.g. a possible screening match',
};

export const RELEASE_KIND_DESCRIPTIONS: Described<ReleaseKind> = {
  EXPORT: 'Shipment or transmission out of the United States (15 C.F.R. 734.13)',
  REEXPORT: 'From one foreign country to another (15 C.F.R. 734.14)',
  TRANSFER_IN_COUNTRY:
    'A change of end use or end user within one foreign country (15 C.F.R. 734.16)',
  DEEMED_EXPORT: 'A release of technology to a foreign person (15 C.F.R. 734.13(b))',
};

export const TRANSFER_KIND_DESCRIPTIONS: Described<TransferKind> = {
  ...RELEASE_KIND_DESCRIPTIONS,
  DEEMED_REEXPORT: 'A release abroad to a national of a third country (15 C.F.R. 734.14(b))',
  NOT_AN_EXPORT:
    'A release to a U.S. citizen or permanent resident: not an export (15 C.F.R. 734.13(b))',
};

export const TRANSACTION_ROLE_DESCRIPTIONS: Described<TransactionRole> = {
  CONSIGNEE: 'The party that receives the item (15 C.F.R. 748.5(d))',
  END_USER: 'The party that uses the item (15 C.F.R. 748.5(e))',
  INTERMEDIATE_CONSIGNEE: 'A party that takes the item on its way (15 C.F.R. 748.5(c))',
  PURCHASER: 'The party that buys it (15 C.F.R. 748.5(b))',
  RECIPIENT: 'The person technology is released to (15 C.F.R. 734.13(b))',
};

export const LICENCE_AGENCY_DESCRIPTIONS: Described<LicenceAgency> = {
  BIS: 'Bureau of Industry and Security: the EAR (15 C.F.R. Parts 730-774)',
  DDTC: 'Directorate of Defense Trade Controls: the ITAR (22 C.F.R. Parts 120-130)',
  OFAC: 'Office of Foreign Assets Control: sanctions (31 C.F.R. Chapter V)',
};

export const END_USE_FLAG_DESCRIPTIONS = {
  NUCLEAR: 'Nuclear end use (15 C.F.R. 744.2)',
  MISSILE: 'Rocket systems or unmanned air vehicles (15 C.F.R. 744.3)',
  CHEMICAL_BIOLOGICAL: 'Chemical or biological weapons (15 C.F.R. 744.4)',
  MILITARY: 'Military end use or end user (15 C.F.R. 744.21)',
} as const;

export const RESIDENCY_BASIS_DESCRIPTIONS = {
  CITIZENSHIP: 'A citizenship the person holds',
  PERMANENT_RESIDENCY: 'A country where the person has permanent residency (15 C.F.R. 734.13(b))',
} as const;

export const EXPORT_STEP_DESCRIPTIONS = {
  CLASSIFICATION: 'The item’s ECCN or EAR99 (15 C.F.R. 732.3)',
  DESTINATION: 'Embargoes and the destination’s country groups (15 C.F.R. 740 Supp. 1)',
  COUNTRY_CHART: 'The reasons for control crossed with the destination (15 C.F.R. 738 Supp. 1)',
  SCREENING: 'The parties screened against the restricted-party lists (15 C.F.R. 744, 764)',
  END_USE: 'The declared end use (15 C.F.R. Part 744)',
  LICENCE: 'A license on file that covers the transfer (TIC 4.1)',
} as const;

export const EXPORT_EFFECT_DESCRIPTIONS = {
  STOP: 'Makes the transfer prohibited',
  LICENSE_REQUIRED: 'Needs a license on file',
  REVIEW: 'Needs a person to resolve it',
  NONE: 'Leaves the decision alone',
} as const;

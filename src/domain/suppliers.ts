/**
 * The vocabulary of the supplier register and its sublicences (TIC 2.1(iii), 2.4, 5.6; JVC
 * Art. 47), once: entities, rules and GraphQL enums are built from these closed sets.
 */

/** Where a supplier sublicence stands, as the sublicensor (the JV) records it. */
export const SUBLICENSE_STATUSES = ['DRAFT', 'ACTIVE', 'SUSPENDED', 'TERMINATED'] as const;
export type SublicenseStatus = (typeof SUBLICENSE_STATUSES)[number];

/** Why a supplier holds the sublicence, as its agreement states it (TIC 2.1(iii)). */
export const SUBLICENSE_PURPOSES = ['SUPPLY_MATERIALS_FOR_PRODUCTS', 'OTHER'] as const;
export type SublicensePurpose = (typeof SUBLICENSE_PURPOSES)[number];

/** To whom a supplier provides its materials (TIC 2.4: the Licensee and Valence only). */
export const SUPPLY_RECIPIENTS = ['LICENSEE', 'VALENCE', 'FENGFAN', 'THIRD_PARTY'] as const;
export type SupplyRecipient = (typeof SUPPLY_RECIPIENTS)[number];

/** The verdict of the validity check of one sublicence. */
export const SUBLICENSE_VERDICTS = ['VALID', 'INVALID', 'NEEDS_REVIEW'] as const;
export type SublicenseVerdict = (typeof SUBLICENSE_VERDICTS)[number];

/** The outcome of one condition of the check. */
export const CONDITION_STATUSES = ['PASS', 'FAIL', 'UNKNOWN'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

/** The conditions a supplier sublicence must meet (DOMAIN.md "Sublicensed suppliers"). */
export const SUBLICENSE_CONDITIONS = [
  'LICENCE_IN_FORCE',
  'SUBLICENCE_IN_EFFECT',
  'PURPOSE',
  'SUPPLY_RECIPIENTS',
  'WRITTEN_AGREEMENT',
  'NO_FURTHER_SUBLICENSING',
  'NO_POWDER_OFFER',
  'VALENCE_TERMS',
  'CONFIDENTIALITY',
  'NOT_FENGFAN_AFFILIATE',
  'EXPORT_CONTROL',
  'SCREENING',
] as const;
export type SublicenseCondition = (typeof SUBLICENSE_CONDITIONS)[number];

/** How a supplier stands to Fengfan (TIC 1.1; JVC Art. 2). */
export const AFFILIATIONS = [
  'IS_FENGFAN',
  'CONTROLLED_BY_FENGFAN',
  'CONTROLS_FENGFAN',
  'COMMON_CONTROL',
  'NONE',
  'UNKNOWN',
] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];

/** What changed for a sublicence since a date, in the report. */
export const SUBLICENSE_CHANGES = [
  'NEW_SCREENING_HIT',
  'AGREEMENT_LAPSED',
  'LICENCE_ENDED',
  'NEW_OWNERSHIP_LINK',
] as const;
export type SublicenseChange = (typeof SUBLICENSE_CHANGES)[number];

/** Why a supplier was screened. */
export const SCREENING_TRIGGERS = ['REGISTERED', 'ON_DEMAND', 'LIST_IMPORT'] as const;
export type ScreeningTrigger = (typeof SCREENING_TRIGGERS)[number];

/** The fields the supplier list may be ordered by. */
export const SUPPLIER_ORDER_FIELDS = ['LEGAL_NAME', 'RECORDED_ON'] as const;
export type SupplierOrderField = (typeof SUPPLIER_ORDER_FIELDS)[number];

/** The fields the sublicence list may be ordered by. */
export const SUBLICENSE_ORDER_FIELDS = ['CREATED_AT', 'VALID_TO'] as const;
export type SublicenseOrderField = (typeof SUBLICENSE_ORDER_FIELDS)[number];

import type {
  Affiliation,
  ConditionStatus,
  ScreeningTrigger,
  SublicenseChange,
  SublicenseCondition,
  SublicensePurpose,
  SublicenseStatus,
  SublicenseVerdict,
  SupplyRecipient,
} from './suppliers';

/**
 * What each value of the supplier vocabularies means, with its article: the GraphQL enums show
 * these. Typed by the vocabulary, so a new value does not compile until it is described.
 */
type Described<T extends string> = Readonly<Record<T, string>>;

export const SUBLICENSE_STATUS_DESCRIPTIONS: Described<SublicenseStatus> = {
  DRAFT: 'Being prepared: not yet a sublicence (TIC 2.4)',
  ACTIVE: 'In effect between its validity dates, if every condition holds',
  SUSPENDED: 'Suspended, with its reason (by Valence, or by the Licensee)',
  TERMINATED: 'Ended for good: a new agreement makes a new sublicence',
};

export const SUBLICENSE_PURPOSE_DESCRIPTIONS: Described<SublicensePurpose> = {
  SUPPLY_MATERIALS_FOR_PRODUCTS:
    'Solely to let the supplier provide materials to the Licensee for making Products (TIC 2.1(iii))',
  OTHER: 'Any other purpose: not one the TIC allows (TIC 2.1(iii))',
};

export const SUPPLY_RECIPIENT_DESCRIPTIONS: Described<SupplyRecipient> = {
  LICENSEE: 'The Licensee, the JV (TIC 2.4)',
  VALENCE: 'Valence (TIC 2.4)',
  FENGFAN: 'Fengfan: not allowed (TIC 2.4)',
  THIRD_PARTY: 'Anyone else (TIC 1.16): not allowed (TIC 2.4)',
};

export const SUBLICENSE_VERDICT_DESCRIPTIONS: Described<SublicenseVerdict> = {
  VALID: 'Every condition holds on the day',
  INVALID: 'At least one condition fails',
  NEEDS_REVIEW: 'None fails, but a fact needed to judge one is missing or a match is unreviewed',
};

export const CONDITION_STATUS_DESCRIPTIONS: Described<ConditionStatus> = {
  PASS: 'The condition holds',
  FAIL: 'The condition fails: the sublicence is INVALID',
  UNKNOWN: 'A fact needed to judge it is missing: the sublicence NEEDS_REVIEW',
};

export const SUBLICENSE_CONDITION_DESCRIPTIONS: Described<SublicenseCondition> = {
  LICENCE_IN_FORCE:
    'The TIC is in force: every sublicence lapses with the licence (TIC 2.6, 11.1); the Licensee sublicenses',
  SUBLICENCE_IN_EFFECT: 'The sublicence is ACTIVE and within its validity dates (TIC 2.4)',
  PURPOSE: 'Its sole purpose is supplying materials to the Licensee for Products (TIC 2.1(iii))',
  SUPPLY_RECIPIENTS: 'The supplier supplies the Licensee and Valence only (TIC 2.4)',
  WRITTEN_AGREEMENT:
    'The supplier executed a written agreement, on record with its SHA-256 (TIC 2.4)',
  NO_FURTHER_SUBLICENSING: 'The supplier has no right to sublicense further (TIC 2.4)',
  NO_POWDER_OFFER:
    'The supplier may not offer Powder(P1a) or Powder(LVP) to Third Parties or Fengfan (TIC 2.4; JVC Art. 47)',
  VALENCE_TERMS: 'The supplier gives Valence the terms of TIC 5.6, the indemnity included',
  CONFIDENTIALITY: 'The supplier executed a confidentiality undertaking (TIC 8.1)',
  NOT_FENGFAN_AFFILIATE:
    'The supplier is neither Fengfan nor a Fengfan Affiliate (TIC 2.4; TIC 1.1; JVC Art. 2)',
  EXPORT_CONTROL:
    'Every transfer of Technology or confidential items passed the release gate (TIC 12.2)',
  SCREENING:
    'The supplier, under all its names, matches no restricted-party entry not cleared (TIC 12.2)',
};

export const AFFILIATION_DESCRIPTIONS: Described<Affiliation> = {
  IS_FENGFAN: 'The company is Fengfan',
  CONTROLLED_BY_FENGFAN: 'Fengfan controls it, directly or through a chain (JVC Art. 2)',
  CONTROLS_FENGFAN: 'It controls Fengfan, directly or through a chain (JVC Art. 2)',
  COMMON_CONTROL: 'It and Fengfan are controlled by the same company (TIC 1.1)',
  NONE: 'Not a Fengfan Affiliate on the day',
  UNKNOWN: 'No holder of the company is on record: it cannot be judged',
};

export const SUBLICENSE_CHANGE_DESCRIPTIONS: Described<SublicenseChange> = {
  NEW_SCREENING_HIT: 'A screening match first seen in the period, not cleared',
  AGREEMENT_LAPSED: "The sublicence's validity ended in the period",
  LICENCE_ENDED: 'The TIC was terminated in the period (TIC 2.6)',
  NEW_OWNERSHIP_LINK:
    'A holder of the supplier, or of one of its holders, was recorded in the period',
};

export const SCREENING_TRIGGER_DESCRIPTIONS: Described<ScreeningTrigger> = {
  REGISTERED: 'Screened when registered',
  ON_DEMAND: 'Screened on request (rescreenSupplier)',
  LIST_IMPORT: 'Screened again after a new list was imported (or by the nightly job)',
};

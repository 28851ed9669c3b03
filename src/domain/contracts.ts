/** Closed vocabularies of the contract lifecycle, shared by entities, rules and the schema. */
export const CONTRACT_KINDS = [
  'JOINT_VENTURE_CONTRACT',
  'TECHNOLOGY_INVESTMENT',
  'EQUIPMENT_INVESTMENT',
  'EXPORT_SALES',
  'TRADEMARK_LICENCE',
  'SUPPLIER_SUBLICENCE',
  'NONDISCLOSURE_AGREEMENT',
] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export const CONTRACT_STATUSES = ['DRAFT', 'SIGNED', 'EFFECTIVE', 'TERMINATED', 'EXPIRED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const NOTICE_KINDS = [
  'BREACH',
  'TERMINATION',
  'FORCE_MAJEURE',
  'CONSULTATION_REQUEST',
  'GENERAL',
  'NONCONFORMITY',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_METHODS = ['COURIER', 'POST', 'FAX', 'EMAIL'] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];

/** Events that fix the due dates of the obligations they trigger. */
export const EVENT_KINDS = [
  'EFFECTIVE_DATE',
  'ESTABLISHMENT_DATE',
  'PRODUCTION_STARTUP',
  'INVOICE',
  'TECHNOLOGY_INFORMATION_RECEIVED',
  'NONCONFORMITY_NOTIFIED',
  'TECHNOLOGY_INFORMATION_CONFORMED',
  'CAPITAL_VERIFICATION_REPORT',
  'BOARD_MEETING',
  'INTERIM_MEETING_REQUESTED',
  'MONTHLY_REPORT_FURNISHED',
  'QUARTERLY_REPORT_FURNISHED',
  'LICENSEE_RATIFICATION',
  'APPROVAL_AUTHORITY_APPROVAL',
  'EXPORT_APPROVAL',
  'CELL_PRODUCTION_STARTUP',
  'POWDER_PRODUCTION_STARTUP',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Triggers of obligations: the events above, and notices once deemed received. */
export type TriggerKind =
  | EventKind
  | 'BREACH_NOTICE_RECEIVED'
  | 'TERMINATION_NOTICE_RECEIVED'
  | 'FORCE_MAJEURE_NOTIFIED'
  | 'NONCONFORMITY_NOTICE_RECEIVED';

export const OBLIGATION_STATUSES = [
  'OPEN',
  'SUSPENDED',
  'MET',
  'MISSED',
  'LAPSED',
  'WAIVED',
  'CLOSED',
] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];
/**
 * Computed, never stored: MISSED is an OPEN duty whose due date has passed; SUSPENDED an OPEN
 * one whose condition is not fulfilled yet (TIC 4.1); LAPSED an option window that closed
 * unused (JVC Art. 103).
 */
export type StoredObligationStatus = Exclude<ObligationStatus, 'MISSED' | 'SUSPENDED' | 'LAPSED'>;

/** A duty is owed and can be missed; an option may be exercised within its window. */
export const OBLIGATION_NATURES = ['DUTY', 'OPTION'] as const;
export type ObligationNature = (typeof OBLIGATION_NATURES)[number];

/** A beneficiary's answer to the performance the obligor recorded. */
export const PERFORMANCE_VERDICTS = ['ACKNOWLEDGED', 'DISPUTED'] as const;
export type PerformanceVerdict = (typeof PERFORMANCE_VERDICTS)[number];

/**
 * Where a recorded performance stands with the beneficiaries: UNREVIEWED until one answers,
 * DISPUTED as soon as one disputes it, ACKNOWLEDGED once every beneficiary still owed has.
 */
export const PERFORMANCE_STATUSES = ['UNREVIEWED', 'ACKNOWLEDGED', 'DISPUTED'] as const;
export type PerformanceStatus = (typeof PERFORMANCE_STATUSES)[number];

export const KEY_TERM_KINDS = ['MONEY', 'PERCENTAGE', 'PERIOD', 'COUNT', 'DATE'] as const;
export type KeyTermKind = (typeof KEY_TERM_KINDS)[number];

export const PERIOD_UNITS = ['DAYS', 'WORKING_DAYS', 'MONTHS', 'YEARS'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export const RECURRENCES = ['CALENDAR_YEAR', 'CALENDAR_QUARTER', 'CALENDAR_MONTH'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

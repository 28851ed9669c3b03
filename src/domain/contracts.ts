import type { PartyCode } from './parties';

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

/** Notices that start obligations once deemed received. */
export const NOTICE_TRIGGER_KINDS = [
  'BREACH_NOTICE_RECEIVED',
  'TERMINATION_NOTICE_RECEIVED',
  'FORCE_MAJEURE_NOTIFIED',
  'NONCONFORMITY_NOTICE_RECEIVED',
] as const;

/** Triggers of obligations: the events above, and notices once deemed received. */
export const TRIGGER_KINDS = [...EVENT_KINDS, ...NOTICE_TRIGGER_KINDS] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** A party's role in one contract, as the contract names it. */
export const CONTRACT_PARTY_ROLES = [
  'PARTY_A',
  'PARTY_B',
  'JOINT_VENTURE_COMPANY',
  'LICENSOR',
  'LICENSEE',
  'PARTY',
  'DISCLOSING_PARTY',
  'RECEIVING_PARTY',
] as const;
export type ContractPartyRole = (typeof CONTRACT_PARTY_ROLES)[number];

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

/** The sender's answer to a cure the breaching party claims (TIC 11.2; JVC Art. 104(2)). */
export const CURE_ANSWERS = ['ACCEPTED', 'DISPUTED'] as const;
export type CureAnswer = (typeof CURE_ANSWERS)[number];

/** One party's signature of a written instrument, through its own LEGAL user. */
export interface PartySignature {
  party: PartyCode;
  signedBy: string;
  signedOn: string;
}

/**
 * What a termination rests on, each a record the rule can check:
 * - MUTUAL_AGREEMENT: a mutual termination every party signed (TIC 11.1);
 * - UNCURED_BREACH: a breach notice whose cure period lapsed without an accepted cure
 *   (TIC 11.2);
 * - INSOLVENCY: the Licensee's insolvency proceeding not dismissed within 60 days (TIC 11.3(a));
 * - PROTECTED_ARTICLE_BREACH: Valence's breach notice for a breach of TIC Art. 2, 8 or 10 by
 *   Fengfan or the Licensee (TIC 11.3(b));
 * - JVC_DISSOLUTION: a JVC termination notice, its Art. 105 window lapsed without an agreement
 *   to continue, and the dissolution approved by the Approval Authority (JVC Art. 104, 105).
 */
export const TERMINATION_BASES = [
  'MUTUAL_AGREEMENT',
  'UNCURED_BREACH',
  'INSOLVENCY',
  'PROTECTED_ARTICLE_BREACH',
  'JVC_DISSOLUTION',
] as const;
export type TerminationBasis = (typeof TERMINATION_BASES)[number];

/**
 * Where a JVC termination notice stands in the procedure of JVC Art. 104–112: the Art. 105
 * negotiation; continued by written agreement; deemed agreed to terminate (the application is
 * due forthwith); the application submitted to the Examination and Approval Authority; the
 * dissolution approved; the contract terminated and the Joint Venture Company in liquidation
 * (Arts. 106–112).
 */
export const DISSOLUTION_STAGES = [
  'NEGOTIATION',
  'CONTINUED',
  'DEEMED_AGREED_TO_TERMINATE',
  'APPLICATION_SUBMITTED',
  'APPROVED',
  'LIQUIDATION',
] as const;
export type DissolutionStage = (typeof DISSOLUTION_STAGES)[number];

export const DISSOLUTION_STEPS = ['APPLICATION_SUBMITTED', 'APPROVED'] as const;
export type DissolutionStep = (typeof DISSOLUTION_STEPS)[number];

/**
 * Where a notice stands as of a date, from the clock it starts (rules/notice-state.ts):
 * OPEN (given; its clock not started, or force majeure evidence still due), CURE_RUNNING
 * (TIC 11.2; JVC Art. 104(2)), TERMINATION_RIGHT_AVAILABLE (the cure period lapsed uncured, or
 * JVC Art. 105's window closed without an agreement to continue), WINDOW_RUNNING (JVC Art.
 * 105), SETTLED (cured, continued, evidence time over, or a notice that starts no clock).
 */
export const NOTICE_STATES = [
  'OPEN',
  'CURE_RUNNING',
  'TERMINATION_RIGHT_AVAILABLE',
  'WINDOW_RUNNING',
  'SETTLED',
] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

/** The clock a notice starts (rules/notice-clocks.ts), stored with its dates when recorded. */
export const NOTICE_CLOCKS = ['CURE', 'NEGOTIATION', 'EVIDENCE'] as const;
export type NoticeClockKind = (typeof NOTICE_CLOCKS)[number];

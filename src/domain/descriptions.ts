import type {
  ContractKind,
  ContractPartyRole,
  ContractStatus,
  CureAnswer,
  DissolutionStage,
  DissolutionStep,
  EventKind,
  KeyTermKind,
  NoticeKind,
  NoticeMethod,
  ObligationNature,
  ObligationStatus,
  PerformanceStatus,
  PerformanceVerdict,
  PeriodUnit,
  Recurrence,
  TerminationBasis,
  TriggerKind,
} from './contracts';
import type { PartyCode, Role, UserKind } from './parties';

/**
 * What each value of the domain's closed vocabularies means, and the article that governs it:
 * the GraphQL enums show these to clients. Typed by the vocabulary, so a value added to it
 * does not compile until it is described here.
 */
type Described<T extends string> = Readonly<Record<T, string>>;

export const PARTY_CODE_DESCRIPTIONS: Described<PartyCode> = {
  VALENCE: 'Valence Technology, Inc.: licensor of the Technology (TIC 10.1), Party B of the JVC',
  FENGFAN:
    'Baoding Fengfan Group: Party A of the JVC (JVC Art. 1); no rights to the Technology (TIC 2.8)',
  JV: 'The joint-venture company the JVC creates: the only licensee (TIC 2.8)',
};

export const ROLE_DESCRIPTIONS: Described<Role> = {
  ADMIN: 'Manages the users of its own party',
  LEGAL: 'Acts for its party under the contracts: notices, events, signatures, terminations',
  COMPLIANCE: 'Runs export checks and keeps the export records (TIC 12.2)',
  ENGINEER: 'Works with the Technology; reads what its party may see',
  VIEWER: 'Reads what its party may see',
};

export const USER_KIND_DESCRIPTIONS: Described<UserKind> = {
  PERSON: "A person: signs in through the party's identity provider",
  SERVICE: "A script's account: signs in only with a service token an administrator minted",
};

export const CONTRACT_KIND_DESCRIPTIONS: Described<ContractKind> = {
  JOINT_VENTURE_CONTRACT: 'The Joint Venture Contract between Fengfan and Valence (JVC)',
  TECHNOLOGY_INVESTMENT: 'The Contract for Technology Investment, Appendix 2 of the JVC (TIC)',
  EQUIPMENT_INVESTMENT: 'The Contract for Equipment Investment and Purchase (JVC Appendix 3)',
  EXPORT_SALES: 'The Export Sales Contract (JVC Appendix 4)',
  TRADEMARK_LICENCE: 'A written trademark license contract with a party (JVC Art. 50)',
  SUPPLIER_SUBLICENCE: 'The Licensee’s sublicense to a supplier of materials (TIC 2.1(iii), 2.4)',
  NONDISCLOSURE_AGREEMENT: 'A nondisclosure agreement required before access (TIC 8.1)',
};

export const CONTRACT_STATUS_DESCRIPTIONS: Described<ContractStatus> = {
  DRAFT: 'Not signed yet',
  SIGNED: 'Signed by every party, not yet in effect (TIC 1.4, 4.1; JVC Art. 10, 126)',
  EFFECTIVE: 'In effect: its term runs (TIC 11.1; JVC Art. 103)',
  TERMINATED: 'Ended before its term on a recorded basis (TIC 11.1-11.3; JVC Art. 104, 105)',
  EXPIRED: 'Its term ran out (TIC 11.1; JVC Art. 103)',
};

export const CONTRACT_PARTY_ROLE_DESCRIPTIONS: Described<ContractPartyRole> = {
  PARTY_A: 'Party A of the JVC (JVC Art. 1)',
  PARTY_B: 'Party B of the JVC (JVC Art. 1)',
  JOINT_VENTURE_COMPANY: 'The company the JVC establishes (JVC Art. 13, 23)',
  LICENSOR: 'The party that grants the license (TIC 2.1)',
  LICENSEE: 'The party licensed (TIC 2.1)',
  PARTY: 'A party bound without a named role (the TIC binds Fengfan so)',
  DISCLOSING_PARTY: 'The party disclosing confidential information (TIC 8.1)',
  RECEIVING_PARTY: 'The party receiving confidential information (TIC 8.1)',
};

export const NOTICE_KIND_DESCRIPTIONS: Described<NoticeKind> = {
  BREACH: 'A notice of material breach: opens the cure period (TIC 11.2; JVC Art. 104(2))',
  TERMINATION: 'A notice of termination: under the JVC opens 30 days of negotiation (JVC Art. 105)',
  FORCE_MAJEURE: 'A claim of force majeure: evidence due within 15 days (JVC Art. 115)',
  CONSULTATION_REQUEST: 'A request to consult before arbitration (JVC Art. 116)',
  GENERAL: 'Any other written notice (TIC 13.3; JVC Art. 127)',
  NONCONFORMITY: 'The Licensee’s notice that Technology Information does not conform (TIC 7.1)',
};

export const NOTICE_METHOD_DESCRIPTIONS: Described<NoticeMethod> = {
  COURIER: 'By courier: deemed received 14 days after handing over (TIC 13.3; JVC Art. 127)',
  POST: 'By post: deemed received 14 days after posting (TIC 13.3; JVC Art. 127)',
  FAX: 'By fax with confirmation: deemed received 1 working day after (TIC 13.3; JVC Art. 127)',
  EMAIL:
    'By e-mail with confirmation: 1 working day under the JVC (JVC Art. 127); not a TIC method',
};

export const EVENT_KIND_DESCRIPTIONS: Described<EventKind> = {
  EFFECTIVE_DATE:
    'The contract takes effect on ratification (TIC) or approval (JVC) (TIC 1.4; JVC Art. 10, 126)',
  ESTABLISHMENT_DATE: 'The JV company’s Business License is issued (JVC Art. 8, 103)',
  PRODUCTION_STARTUP:
    'The equipment is installed and debugged in the Licensee’s facility (TIC 1.8)',
  INVOICE: 'Valence invoices Associated Expenses, due within 30 days (TIC 6.3)',
  TECHNOLOGY_INFORMATION_RECEIVED: 'The Licensee receives the Technology Information (TIC 7.1)',
  NONCONFORMITY_NOTIFIED:
    'The Licensee notifies a non-conformity; Valence cures within 20 days (TIC 7.1)',
  TECHNOLOGY_INFORMATION_CONFORMED: 'The Technology Information conforms (TIC 7.1)',
  CAPITAL_VERIFICATION_REPORT:
    'The JV company receives the capital verification report (JVC Art. 35)',
  BOARD_MEETING: 'The Board of Directors of the JV company meets (JVC Art. 58, 61)',
  INTERIM_MEETING_REQUESTED:
    'The Chairman receives a written request for an interim board meeting (JVC Art. 58)',
  MONTHLY_REPORT_FURNISHED: 'The monthly financial report is furnished (JVC Art. 88)',
  QUARTERLY_REPORT_FURNISHED: 'The quarterly financial report is furnished (JVC Art. 88)',
  LICENSEE_RATIFICATION:
    'The Licensee ratifies the TIC after its establishment (TIC 1.4; JVC Art. 42)',
  APPROVAL_AUTHORITY_APPROVAL:
    'The Examination and Approval Authority approves the contract (JVC Art. 10, 42, 126)',
  EXPORT_APPROVAL: 'The US export licenses and approvals are obtained (TIC 4.1)',
  CELL_PRODUCTION_STARTUP: 'Cell production starts (TIC 1.8, 7.3)',
  POWDER_PRODUCTION_STARTUP: 'Powder production starts (TIC 1.8, 7.4)',
};

export const TRIGGER_KIND_DESCRIPTIONS: Described<TriggerKind> = {
  ...EVENT_KIND_DESCRIPTIONS,
  BREACH_NOTICE_RECEIVED: 'A breach notice is deemed received (TIC 11.2; JVC Art. 104(2))',
  TERMINATION_NOTICE_RECEIVED: 'A termination notice is deemed received (JVC Art. 105)',
  FORCE_MAJEURE_NOTIFIED: 'A force majeure claim is notified (JVC Art. 115)',
  NONCONFORMITY_NOTICE_RECEIVED: 'A non-conformity notice is deemed received (TIC 7.1)',
};

export const OBLIGATION_STATUS_DESCRIPTIONS: Described<ObligationStatus> = {
  OPEN: 'Owed and not yet due, or undated',
  SUSPENDED: 'Dated, but its condition is not fulfilled yet (e.g. export approval, TIC 4.1)',
  MET: 'Performance recorded by the obligor or a beneficiary',
  MISSED: 'A duty still open after its due date',
  LAPSED: 'An option whose window closed unused (JVC Art. 103)',
  WAIVED: 'Every beneficiary expressly waived it (TIC 13.7; JVC Art. 120)',
  CLOSED: 'Ended with its contract and not surviving it (TIC 11.6; JVC Art. 96, 100)',
};

export const OBLIGATION_NATURE_DESCRIPTIONS: Described<ObligationNature> = {
  DUTY: 'Owed: MISSED once overdue',
  OPTION: 'A window a party may use: LAPSED once closed (JVC Art. 103)',
};

export const PERFORMANCE_VERDICT_DESCRIPTIONS: Described<PerformanceVerdict> = {
  ACKNOWLEDGED: 'The beneficiary acknowledges the performance (TIC 13.7; JVC Art. 120)',
  DISPUTED: 'The beneficiary disputes the performance (TIC 13.7; JVC Art. 120)',
};

export const PERFORMANCE_STATUS_DESCRIPTIONS: Described<PerformanceStatus> = {
  UNREVIEWED: 'No beneficiary has answered yet',
  ACKNOWLEDGED: 'Every beneficiary still owed acknowledged it',
  DISPUTED: 'A beneficiary disputes it',
};

export const KEY_TERM_KIND_DESCRIPTIONS: Described<KeyTermKind> = {
  MONEY: 'An amount in a currency',
  PERCENTAGE: 'A percentage',
  PERIOD: 'A period: a number of units',
  COUNT: 'A number of things',
  DATE: 'A calendar date',
};

export const PERIOD_UNIT_DESCRIPTIONS: Described<PeriodUnit> = {
  DAYS: 'Calendar days',
  WORKING_DAYS: 'Working days of the governing calendar',
  MONTHS: 'Calendar months',
  YEARS: 'Calendar years',
};

export const RECURRENCE_DESCRIPTIONS: Described<Recurrence> = {
  CALENDAR_YEAR: 'Once a calendar year (JVC Art. 58, 88)',
  CALENDAR_QUARTER: 'Once a calendar quarter (JVC Art. 88)',
  CALENDAR_MONTH: 'Once a calendar month (JVC Art. 88)',
};

export const CURE_ANSWER_DESCRIPTIONS: Described<CureAnswer> = {
  ACCEPTED: 'The sender accepts the cure: no right to terminate arises (TIC 11.2; JVC Art. 104(2))',
  DISPUTED:
    'The sender disputes the cure: the termination right stands (TIC 11.2; JVC Art. 104(2))',
};

export const TERMINATION_BASIS_DESCRIPTIONS: Described<TerminationBasis> = {
  MUTUAL_AGREEMENT: 'A mutual termination every party signed (TIC 11.1)',
  UNCURED_BREACH: 'A breach not cured within the cure period (TIC 11.2; JVC Art. 104(2))',
  INSOLVENCY: 'The Licensee’s proceeding not dismissed within 60 days (TIC 11.3(a))',
  PROTECTED_ARTICLE_BREACH:
    'A breach of TIC Art. 2, 8 or 10 by Fengfan or the Licensee (TIC 11.3(b))',
  JVC_DISSOLUTION: 'The JV company’s dissolution after a termination notice (JVC Art. 104, 105)',
};

export const DISSOLUTION_STAGE_DESCRIPTIONS: Described<DissolutionStage> = {
  NEGOTIATION: 'The 30 days of negotiation after the notice run (JVC Art. 105)',
  CONTINUED: 'Both parties signed a written agreement to continue (JVC Art. 105)',
  DEEMED_AGREED_TO_TERMINATE:
    'The window passed without agreement: termination is deemed agreed (JVC Art. 105)',
  APPLICATION_SUBMITTED: 'The application to dissolve is submitted (JVC Art. 105)',
  APPROVED: 'The Examination and Approval Authority approved the dissolution (JVC Art. 105)',
  LIQUIDATION: 'The JV company is in liquidation (JVC Art. 106-112)',
};

export const DISSOLUTION_STEP_DESCRIPTIONS: Described<DissolutionStep> = {
  APPLICATION_SUBMITTED: 'The application to dissolve is submitted forthwith (JVC Art. 105)',
  APPROVED: 'The Examination and Approval Authority approved it (JVC Art. 105)',
};

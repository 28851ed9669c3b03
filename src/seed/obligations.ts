/**
 * The obligations the contracts state with a time limit. Each waits for the event that
 * starts its clock; recording that event fixes its due date (services/events.service.ts).
 * `perEvent` ones are standing: each invoice, breach notice, ... creates its own dated copy.
 */
import type { EventKind, ObligationNature, Recurrence, TriggerKind } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import type { Offset } from '../rules/calendar';

export interface SeedObligation {
  contract: 'TIC' | 'JVC';
  code: string;
  /** null: decided by the event (the breaching party, the notice's recipient, ...). */
  obligor: PartyCode | null;
  beneficiaries: PartyCode[];
  description: string;
  article: string;
  dueRule: string;
  trigger: TriggerKind;
  offset: Offset;
  perEvent?: boolean;
  recurrence?: Recurrence;
  metByEvent?: EventKind;
  /** An event without which it cannot fall due (TIC 4.1), and the article. */
  condition?: { event: EventKind; article: string };
  /** OPTION: a window that lapses, never missed (JVC Art. 103). Default DUTY. */
  nature?: ObligationNature;
}

export const OBLIGATIONS: readonly SeedObligation[] = [
  {
    contract: 'TIC',
    code: 'TIC-6.3-associated-expenses',
    obligor: 'JV',
    beneficiaries: ['VALENCE'],
    description: "Pay Valence's invoiced Associated Expenses, in U.S. Dollars",
    article: 'TIC 6.3',
    dueRule: 'within 30 days from the date of the invoice',
    trigger: 'INVOICE',
    offset: { days: 30 },
    perEvent: true,
  },
  {
    contract: 'TIC',
    code: 'TIC-7.1a-design-documents',
    obligor: 'VALENCE',
    beneficiaries: ['JV'],
    description: 'Provide all design documents necessary for factory establishment (Exhibit E)',
    article: 'TIC 7.1(a)',
    dueRule:
      'within a month after the Effective Date, and not before the U.S. export approval (TIC 4.1)',
    trigger: 'EFFECTIVE_DATE',
    offset: { months: 1 },
    condition: { event: 'EXPORT_APPROVAL', article: 'TIC 4.1' },
  },
  {
    contract: 'TIC',
    code: 'TIC-7.1b-technology-information',
    obligor: 'VALENCE',
    beneficiaries: ['JV'],
    description: 'Provide disk copies of all the Technology Information (Exhibit D)',
    article: 'TIC 7.1(b)',
    dueRule:
      'within a month and a half after the Effective Date, and not before the U.S. export approval (TIC 4.1)',
    trigger: 'EFFECTIVE_DATE',
    offset: { months: 1, days: 15 },
    metByEvent: 'TECHNOLOGY_INFORMATION_RECEIVED',
    condition: { event: 'EXPORT_APPROVAL', article: 'TIC 4.1' },
  },
  {
    contract: 'TIC',
    code: 'TIC-7.1-examination',
    obligor: 'JV',
    beneficiaries: ['VALENCE'],
    description: 'Examine the Technology Information against Exhibit D and notify Valence',
    article: 'TIC 7.1',
    dueRule: 'within three days after receiving all of the Technology Information',
    trigger: 'TECHNOLOGY_INFORMATION_RECEIVED',
    offset: { days: 3 },
  },
  {
    contract: 'TIC',
    code: 'TIC-7.1-nonconformity-cure',
    obligor: 'VALENCE',
    beneficiaries: ['JV'],
    description: 'Explain, supplement or replace non-conforming Technology Information',
    article: 'TIC 7.1',
    dueRule: "within 20 days from receipt of the Licensee's notice (its deemed receipt, TIC 13.3)",
    trigger: 'NONCONFORMITY_NOTICE_RECEIVED',
    offset: { days: 20 },
    perEvent: true,
  },
  {
    contract: 'TIC',
    code: 'TIC-7.1-verification-certificate',
    obligor: 'JV',
    beneficiaries: ['VALENCE'],
    description: 'Issue and send the Verification Certificate to Valence',
    article: 'TIC 7.1',
    dueRule: 'within 20 days after the Technology Information conforms to requirements',
    trigger: 'TECHNOLOGY_INFORMATION_CONFORMED',
    offset: { days: 20 },
  },
  {
    contract: 'TIC',
    code: 'TIC-7.3-cell-verification',
    obligor: 'JV',
    beneficiaries: ['VALENCE'],
    description:
      'Verify the Bellcore(LCO) and Bellcore(P1a) Cells at the factory (1,000 cells, 130 selected)',
    article: 'TIC 7.3',
    dueRule: 'within six months after Production Startup of the Bellcore Cell line (TIC 1.8)',
    trigger: 'CELL_PRODUCTION_STARTUP',
    offset: { months: 6 },
  },
  {
    contract: 'TIC',
    code: 'TIC-7.3-valence-verification-personnel',
    obligor: 'VALENCE',
    beneficiaries: ['JV'],
    description: "Dispatch personnel to the Licensee's factory for the verification of cells",
    article: 'TIC 7.3',
    dueRule: 'within six months after Production Startup of the Bellcore Cell line (TIC 1.8)',
    trigger: 'CELL_PRODUCTION_STARTUP',
    offset: { months: 6 },
  },
  {
    contract: 'TIC',
    code: 'TIC-7.4-powder-verification',
    obligor: 'JV',
    beneficiaries: ['VALENCE'],
    description: 'Verify Powder(P1a), Powder(LVP) and P1a Cathode Film at the factory',
    article: 'TIC 7.4',
    dueRule: 'within six months after Production Startup of Powder production (TIC 1.8)',
    trigger: 'POWDER_PRODUCTION_STARTUP',
    offset: { months: 6 },
  },
  {
    // TIC 7.4 binds "the Licensee and Valence": each dispatches personnel.
    contract: 'TIC',
    code: 'TIC-7.4-valence-verification-personnel',
    obligor: 'VALENCE',
    beneficiaries: ['JV'],
    description:
      "Dispatch personnel to the Licensee's factory for the verification of Powder and Film",
    article: 'TIC 7.4',
    dueRule: 'within six months after Production Startup of Powder production (TIC 1.8)',
    trigger: 'POWDER_PRODUCTION_STARTUP',
    offset: { months: 6 },
  },
  {
    contract: 'TIC',
    code: 'TIC-11.2-cure-breach',
    obligor: null,
    beneficiaries: [],
    description: 'Cure the material breach or default described in the breach notice',
    article: 'TIC 11.2',
    dueRule: 'within 60 days after the written breach notice (counted from deemed receipt)',
    trigger: 'BREACH_NOTICE_RECEIVED',
    offset: { days: 60 },
    perEvent: true,
  },
  {
    contract: 'JVC',
    code: 'JVC-35-investment-certificate',
    obligor: 'JV',
    beneficiaries: [],
    description: 'Issue an investment certificate to the contributing Party',
    article: 'JVC Art. 35',
    dueRule: 'within 60 days from receipt of the capital verification report',
    trigger: 'CAPITAL_VERIFICATION_REPORT',
    offset: { days: 60 },
    perEvent: true,
  },
  {
    contract: 'JVC',
    code: 'JVC-58-first-board-meeting',
    obligor: 'JV',
    beneficiaries: ['FENGFAN', 'VALENCE'],
    description: 'Hold the first meeting of the Board of Directors',
    article: 'JVC Art. 58',
    dueRule: 'within one month from the Company Establishment Date',
    trigger: 'ESTABLISHMENT_DATE',
    offset: { months: 1 },
    metByEvent: 'BOARD_MEETING',
  },
  {
    contract: 'JVC',
    code: 'JVC-58-annual-board-meeting',
    obligor: 'JV',
    beneficiaries: ['FENGFAN', 'VALENCE'],
    description: 'Hold at least one regular meeting of the Board of Directors',
    article: 'JVC Art. 58',
    dueRule:
      'at least once in each calendar year: by 31 December of every year from the Establishment Date',
    trigger: 'ESTABLISHMENT_DATE',
    offset: {},
    recurrence: 'CALENDAR_YEAR',
    metByEvent: 'BOARD_MEETING',
  },
  {
    contract: 'JVC',
    code: 'JVC-58-interim-board-meeting',
    obligor: 'JV',
    beneficiaries: ['FENGFAN', 'VALENCE'],
    description:
      'The Chairman convenes the interim board meeting requested by two or more directors',
    article: 'JVC Art. 58',
    dueRule: 'within 30 days of receipt of the written request',
    trigger: 'INTERIM_MEETING_REQUESTED',
    offset: { days: 30 },
    perEvent: true,
  },
  {
    contract: 'JVC',
    code: 'JVC-61-draft-minutes',
    obligor: 'JV',
    beneficiaries: ['FENGFAN', 'VALENCE'],
    description: 'Distribute the draft minutes of the board meeting to all directors',
    article: 'JVC Art. 61',
    dueRule: 'not later than 30 days from the date of the meeting',
    trigger: 'BOARD_MEETING',
    offset: { days: 30 },
    perEvent: true,
  },
  {
    contract: 'JVC',
    code: 'JVC-61-final-minutes',
    obligor: 'JV',
    beneficiaries: ['FENGFAN', 'VALENCE'],
    description: 'Distribute the final minutes to each director and each Party',
    article: 'JVC Art. 61',
    dueRule: 'not later than 60 days after the meeting',
    trigger: 'BOARD_MEETING',
    offset: { days: 60 },
    perEvent: true,
  },
  {
    contract: 'JVC',
    code: 'JVC-88-monthly-financial-report',
    obligor: 'JV',
    beneficiaries: ['FENGFAN', 'VALENCE'],
    description: 'Furnish the unaudited monthly financial report to the Parties',
    article: 'JVC Art. 88',
    dueRule:
      'for every calendar month from the Establishment Date, within one month after the month ends (the contract names no day: a report follows the close of its period and keeps the Parties continuously informed)',
    trigger: 'ESTABLISHMENT_DATE',
    offset: { months: 1 },
    recurrence: 'CALENDAR_MONTH',
    metByEvent: 'MONTHLY_REPORT_FURNISHED',
  },
  {
    contract: 'JVC',
    code: 'JVC-88-quarterly-financial-report',
    obligor: 'JV',
    beneficiaries: ['FENGFAN', 'VALENCE'],
    description: 'Furnish the unaudited quarterly financial report to the Parties',
    article: 'JVC Art. 88',
    dueRule:
      'for every calendar quarter from the Establishment Date, within one month after the quarter ends (the contract names no day: a report follows the close of its period and keeps the Parties continuously informed)',
    trigger: 'ESTABLISHMENT_DATE',
    offset: { months: 1 },
    recurrence: 'CALENDAR_QUARTER',
    metByEvent: 'QUARTERLY_REPORT_FURNISHED',
  },
  {
    contract: 'JVC',
    code: 'JVC-103-extension-application',
    // "Upon the agreement of all Parties and the unanimous consent of the Board of Directors, an
    // application ... may be made": a window the Parties may use, no one's duty. It lapses
    // unused; it is never missed.
    obligor: null,
    beneficiaries: ['FENGFAN', 'VALENCE'],
    description:
      'The Parties may, by agreement of all and with the unanimous consent of the Board, apply to the Examination and Approval Authority to extend the Contract Term (an option)',
    article: 'JVC Art. 103',
    dueRule:
      'the application may be made until six months before the 50-year Contract Term expires',
    trigger: 'ESTABLISHMENT_DATE',
    offset: { years: 50, months: -6 },
    nature: 'OPTION',
  },
  {
    contract: 'JVC',
    code: 'JVC-104-cure-breach',
    obligor: null,
    beneficiaries: [],
    description: 'Cure the material breach or violation described in the breach notice',
    article: 'JVC Art. 104(2)',
    dueRule: 'within 60 days of the written notice (counted from deemed receipt)',
    trigger: 'BREACH_NOTICE_RECEIVED',
    offset: { days: 60 },
    perEvent: true,
  },
  {
    contract: 'JVC',
    code: 'JVC-105-termination-negotiation',
    obligor: null,
    beneficiaries: [],
    description:
      'Negotiate after the termination notice; without written agreement to continue, the Parties are deemed to agree to terminate and dissolve',
    article: 'JVC Art. 105',
    dueRule: 'within 30 days of receipt of the termination notice',
    trigger: 'TERMINATION_NOTICE_RECEIVED',
    offset: { days: 30 },
    perEvent: true,
  },
  {
    contract: 'JVC',
    code: 'JVC-115-force-majeure-evidence',
    obligor: null,
    beneficiaries: [],
    description: 'Furnish sufficient evidence of the occurrence and duration of the Force Majeure',
    article: 'JVC Art. 115',
    dueRule: 'within 15 days after informing the other Party',
    trigger: 'FORCE_MAJEURE_NOTIFIED',
    offset: { days: 15 },
    perEvent: true,
  },
];

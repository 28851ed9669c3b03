import type { ContractStatus, EventKind, Recurrence, TriggerKind } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import type { GoverningContract } from './citation';
import { statusTransition } from './contract-status';
import { eventRecorders } from './event-recorders';
import { periodContaining, periodLabelExample, periodOfLabel } from './recurrence';
import { refuse, type Ruling } from './refusal';
import { ticEffectiveness } from './tic-effectiveness';

/** Events that happen once in a contract's life; recording one twice is a conflict. */
const ONCE: readonly EventKind[] = [
  'EFFECTIVE_DATE',
  'ESTABLISHMENT_DATE',
  'PRODUCTION_STARTUP',
  'CELL_PRODUCTION_STARTUP',
  'POWDER_PRODUCTION_STARTUP',
  'TECHNOLOGY_INFORMATION_RECEIVED',
  'TECHNOLOGY_INFORMATION_CONFORMED',
  'LICENSEE_RATIFICATION',
  'APPROVAL_AUTHORITY_APPROVAL',
  'EXPORT_APPROVAL',
];

/** The events that make the TIC take effect (TIC 1.4, 4.1; JVC Art. 42). */
const TIC_CONDITIONS: readonly EventKind[] = [
  'LICENSEE_RATIFICATION',
  'APPROVAL_AUTHORITY_APPROVAL',
  'EXPORT_APPROVAL',
];

export interface EventContract {
  code: string;
  /** The stored status, from which a transition starts. */
  status: ContractStatus;
  /** The status as of today (EXPIRED computed from the term). */
  statusToday: ContractStatus;
  signedOn: string | null;
  termStartsOn: string | null;
}

export interface RecurringDuty {
  code: string;
  recurrence: Recurrence;
  metByEventKind: EventKind | null;
  /** When its recurrence started (null: its trigger is not recorded yet). */
  startsOn: string | null;
}

export interface EventEffects {
  concernedParties: PartyCode[];
  /** The period of a recurring duty the event discharges (JVC Art. 58, 88). */
  periodLabel: string | null;
  /** Changes to the contract row, with the status change to record, if any. */
  contract: { status?: 'EFFECTIVE'; effectiveOn?: string; termStartsOn?: string } | null;
  statusChange: {
    from: ContractStatus;
    to: ContractStatus;
    on: string;
    article: string;
    reason: string;
  } | null;
  /** The obligations the event starts are owed to this party alone (JVC Art. 35). */
  beneficiaries: PartyCode[] | null;
  /** Clocks the event starts besides its own kind, e.g. the TIC's derived Effective Date. */
  derivedTriggers: Array<{ kind: TriggerKind; on: string }>;
  /** Conditions fulfilled (and when), for dating conditional obligations (TIC 4.1). */
  conditionsMet: Partial<Record<EventKind, string>>;
  /** The condition this event fulfils: obligations suspended on it fall due (TIC 4.1). */
  fulfils: { kind: EventKind; on: string } | null;
}

/**
 * What recording an event does, or why it is refused: the contract must still be running
 * (nothing starts a new clock under a contract that has ended, except an invoice: payment of
 * the Associated Expenses survives termination, TIC 11.6, 6.3); the date real and not in the
 * future; the event one of this contract's (rules/event-recorders); a one-off event recorded
 * once; the party it concerns a contributor of capital (JVC Art. 31, 35); and an event that
 * discharges a recurring duty names the period it discharges (JVC Art. 58, 88). Who may record
 * it is the row policy's question (auth/row-policy.ts, `event.record`).
 */
export function eventEffects({
  governing,
  contract,
  parties,
  kind,
  occurredOn,
  concernsParty,
  period,
  today,
  recordedKinds,
  recurring,
  establishedOn,
}: {
  governing: GoverningContract;
  contract: EventContract;
  parties: ReadonlyArray<{ party: PartyCode; role: string }>;
  kind: EventKind;
  occurredOn: string;
  concernsParty: PartyCode | null;
  period: string | null;
  today: string;
  /** The kinds already recorded on this contract, with the date each first happened. */
  recordedKinds: Partial<Record<EventKind, string>>;
  recurring: readonly RecurringDuty[];
  /** The JV's Establishment Date (the JVC's term start), for the TIC's ratification. */
  establishedOn: string | null;
}): Ruling<EventEffects> {
  const status = contract.statusToday;
  if ((status === 'TERMINATED' || status === 'EXPIRED') && kind !== 'INVOICE') {
    return refuse({
      kind: 'state',
      field: 'contractId',
      reason: `${contract.code} is ${status.toLowerCase()}: no event starts a new deadline`,
      article: 'TIC 11.6; JVC Art. 100',
    });
  }
  if (occurredOn > today) {
    return refuse({
      kind: 'input',
      field: 'occurredOn',
      reason: 'cannot be in the future',
      article: 'TIC 13.3',
    });
  }
  // A contract takes effect after it is signed (TIC 1.4, 13.6; JVC Art. 124, 126).
  const effecting = kind === 'EFFECTIVE_DATE' || TIC_CONDITIONS.includes(kind);
  if (effecting && contract.signedOn && occurredOn < contract.signedOn) {
    return refuse({
      kind: 'input',
      field: 'occurredOn',
      reason: `cannot be before ${contract.signedOn}, the signing`,
      article: 'TIC 1.4; JVC Art. 126',
    });
  }
  const derived = derivedEffectiveDate({ contract, kind });
  if (!derived.ok) return derived;
  const recorders = eventRecorders({ governingContract: governing, kind });
  if (!recorders.relevant) {
    return refuse({
      kind: 'input',
      field: 'kind',
      reason: recorders.reason,
      article: recorders.article,
    });
  }
  const partyCodes = parties.map((p) => p.party);
  const beneficiaries = concernsPartyRuling({ kind, concernsParty, parties });
  if (!beneficiaries.ok) return beneficiaries;
  if (ONCE.includes(kind) && recordedKinds[kind] !== undefined) {
    return refuse({
      kind: 'state',
      field: 'kind',
      reason: `${kind} is already recorded for ${contract.code}`,
      article: recorders.article,
    });
  }
  const discharged = dischargedPeriod({ kind, occurredOn, period, recurring });
  if (!discharged.ok) return discharged;

  let contractChange: EventEffects['contract'] = null;
  let statusChange: EventEffects['statusChange'] = null;
  const derivedTriggers: EventEffects['derivedTriggers'] = [];
  const conditionsMet: EventEffects['conditionsMet'] = { ...recordedKinds, [kind]: occurredOn };
  if (contract.code === 'TIC' && TIC_CONDITIONS.includes(kind)) {
    if (kind === 'LICENSEE_RATIFICATION') {
      // TIC 1.4: "the Licensee's ratification of the Contract following the establishment of
      // the Licensee"; JVC Art. 42: its Board ratifies it at the first meeting.
      if (establishedOn === null) {
        return refuse({
          kind: 'state',
          field: 'kind',
          reason: "the Licensee is not established yet: record the JVC's Establishment Date first",
          article: 'TIC 1.4; JVC Art. 8',
        });
      }
      if (occurredOn < establishedOn) {
        return refuse({
          kind: 'input',
          field: 'occurredOn',
          reason: `the ratification follows the Licensee's establishment on ${establishedOn}`,
          article: 'TIC 1.4',
        });
      }
    }
    const conditions = (on: Partial<Record<EventKind, string>>) =>
      ticEffectiveness({
        establishedOn,
        ratifiedOn: on.LICENSEE_RATIFICATION ?? null,
        authorityApprovedOn: on.APPROVAL_AUTHORITY_APPROVAL ?? null,
        exportApprovedOn: on.EXPORT_APPROVAL ?? null,
      });
    const before = conditions(recordedKinds);
    const after = conditions(conditionsMet);
    if (before.effectiveDate === null && after.effectiveDate !== null) {
      // The term runs from the Effective Date (TIC 11.1), and so do TIC 7.1(a)/(b).
      contractChange = { effectiveOn: after.effectiveDate, termStartsOn: after.effectiveDate };
      derivedTriggers.push({ kind: 'EFFECTIVE_DATE', on: after.effectiveDate });
    }
    if (before.takesEffectOn === null && after.takesEffectOn !== null) {
      const transition = statusTransition({
        governingContract: governing,
        from: contract.status,
        to: 'EFFECTIVE',
      });
      if (!transition.allowed) {
        return refuse({
          kind: 'state',
          field: 'kind',
          reason: transition.reason,
          article: transition.article,
        });
      }
      contractChange = { ...contractChange, status: 'EFFECTIVE' };
      statusChange = {
        from: contract.status,
        to: 'EFFECTIVE',
        on: after.takesEffectOn,
        article: transition.article,
        reason: transition.reason,
      };
    }
  }
  const approvesJvc = kind === 'APPROVAL_AUTHORITY_APPROVAL' && contract.code === 'JVC';
  if (kind === 'EFFECTIVE_DATE' || approvesJvc) {
    const transition = statusTransition({
      governingContract: governing,
      from: contract.status,
      to: 'EFFECTIVE',
    });
    if (!transition.allowed) {
      return refuse({
        kind: 'state',
        field: 'kind',
        reason: transition.reason,
        article: transition.article,
      });
    }
    // The TIC's ten years run from its Effective Date (TIC 11.1); the JVC's fifty from the
    // Establishment Date (JVC Art. 103).
    contractChange = {
      status: 'EFFECTIVE',
      effectiveOn: occurredOn,
      ...(governing === 'TIC' ? { termStartsOn: occurredOn } : {}),
    };
    statusChange = {
      from: contract.status,
      to: 'EFFECTIVE',
      on: occurredOn,
      article: transition.article,
      reason: transition.reason,
    };
  }
  if (kind === 'ESTABLISHMENT_DATE') {
    // JVC Art. 103: the term runs from the date the Business License is issued.
    contractChange = { termStartsOn: occurredOn };
  }
  return {
    ok: true,
    value: {
      concernedParties: recorders.concerns ?? partyCodes,
      periodLabel: discharged.value,
      contract: contractChange,
      statusChange,
      beneficiaries: beneficiaries.value,
      derivedTriggers,
      conditionsMet,
      fulfils: kind === 'EXPORT_APPROVAL' ? { kind, on: occurredOn } : null,
    },
  };
}

/**
 * The TIC's and the JVC's Effective Dates follow from the events the texts name, so neither is
 * recorded directly: the TIC's from the Licensee's ratification, the Authority's approval and
 * the export approval (TIC 1.4, 4.1; JVC Art. 42, rules/tic-effectiveness.ts); the JVC's is
 * the day the Examination and Approval Authority approves it (JVC Art. 10, 126). Production
 * Startup is two dates, one per line (TIC 1.8), and an event names which.
 */
function derivedEffectiveDate({
  contract,
  kind,
}: {
  contract: EventContract;
  kind: EventKind;
}): Ruling<null> {
  if (kind === 'EFFECTIVE_DATE' && (contract.code === 'TIC' || contract.code === 'JVC')) {
    return refuse({
      kind: 'input',
      field: 'kind',
      reason:
        contract.code === 'TIC'
          ? "the TIC's Effective Date follows from LICENSEE_RATIFICATION, APPROVAL_AUTHORITY_APPROVAL and EXPORT_APPROVAL: record those"
          : "the JVC takes effect on the Authority's approval: record APPROVAL_AUTHORITY_APPROVAL",
      article: contract.code === 'TIC' ? 'TIC 1.4, 4.1; JVC Art. 42' : 'JVC Art. 10, 126',
    });
  }
  if (kind === 'NONCONFORMITY_NOTIFIED') {
    return refuse({
      kind: 'input',
      field: 'kind',
      reason:
        "a nonconformity is notified by notice, and Valence's 20 days run from its deemed receipt: record a NONCONFORMITY notice",
      article: 'TIC 7.1, 13.3',
    });
  }
  if (kind === 'PRODUCTION_STARTUP') {
    return refuse({
      kind: 'input',
      field: 'kind',
      reason:
        'Production Startup is a date per line: record CELL_PRODUCTION_STARTUP or POWDER_PRODUCTION_STARTUP',
      article: 'TIC 1.8',
    });
  }
  if ((kind === 'LICENSEE_RATIFICATION' || kind === 'EXPORT_APPROVAL') && contract.code !== 'TIC') {
    return refuse({
      kind: 'input',
      field: 'kind',
      reason: `${kind} is a condition of the TIC itself (TIC 1.4, 4.1), not of ${contract.code}`,
      article: 'TIC 1.4, 4.1',
    });
  }
  return { ok: true, value: null };
}

function concernsPartyRuling({
  kind,
  concernsParty,
  parties,
}: {
  kind: EventKind;
  concernsParty: PartyCode | null;
  parties: ReadonlyArray<{ party: PartyCode; role: string }>;
}): Ruling<PartyCode[] | null> {
  if (kind === 'CAPITAL_VERIFICATION_REPORT' && !concernsParty) {
    return refuse({
      kind: 'input',
      field: 'concernsParty',
      reason: 'name the Party whose contribution was verified',
      article: 'JVC Art. 35',
    });
  }
  if (!concernsParty) return { ok: true, value: null };
  const role = parties.find((p) => p.party === concernsParty)?.role;
  if (!role) {
    return refuse({
      kind: 'input',
      field: 'concernsParty',
      reason: `${concernsParty} is not a party to the contract`,
      article: 'TIC preamble; JVC Art. 1',
    });
  }
  if (kind !== 'CAPITAL_VERIFICATION_REPORT') return { ok: true, value: null };
  // JVC Art. 31, 35: Party A and Party B contribute the registered capital and receive the
  // investment certificate; the Joint Venture Company issues it and cannot owe it to itself.
  if (role !== 'PARTY_A' && role !== 'PARTY_B') {
    return refuse({
      kind: 'input',
      field: 'concernsParty',
      reason: 'only Party A or Party B contributes to the registered capital',
      article: 'JVC Art. 31, 35',
    });
  }
  return { ok: true, value: [concernsParty] };
}

/**
 * The period an event discharges. A board meeting is the regular meeting of the calendar year
 * it is held in (JVC Art. 58: "in each calendar year"); a report names the month or quarter it
 * reports on (JVC Art. 88), which must have begun by the day it is furnished and not precede
 * the start of the duty.
 */
function dischargedPeriod({
  kind,
  occurredOn,
  period,
  recurring,
}: {
  kind: EventKind;
  occurredOn: string;
  period: string | null;
  recurring: readonly RecurringDuty[];
}): Ruling<string | null> {
  const duty = recurring.find((d) => d.metByEventKind === kind);
  if (!duty) {
    if (period === null) return { ok: true, value: null };
    return refuse({
      kind: 'input',
      field: 'period',
      reason: `${kind} discharges no recurring obligation: name no period`,
      article: 'JVC Art. 58, 88',
    });
  }
  const article = 'JVC Art. 58, 88';
  if (duty.recurrence === 'CALENDAR_YEAR') {
    const year = periodContaining({ date: occurredOn, recurrence: duty.recurrence });
    if (period !== null && period !== year.label) {
      return refuse({
        kind: 'input',
        field: 'period',
        reason: `a meeting held on ${occurredOn} is the regular meeting of ${year.label}, not of ${period}`,
        article: 'JVC Art. 58',
      });
    }
    return { ok: true, value: year.label };
  }
  const example = periodLabelExample(duty.recurrence);
  if (period === null) {
    return refuse({
      kind: 'input',
      field: 'period',
      reason: `name the period it covers, e.g. ${example}`,
      article,
    });
  }
  const named = periodOfLabel({ label: period, recurrence: duty.recurrence });
  if (!named) {
    return refuse({
      kind: 'input',
      field: 'period',
      reason: `must be written like ${example}`,
      article,
    });
  }
  if (named.startsOn > occurredOn) {
    return refuse({
      kind: 'input',
      field: 'period',
      reason: `${period} had not begun on ${occurredOn}: no report on it could be furnished`,
      article,
    });
  }
  if (duty.startsOn !== null) {
    const first = periodContaining({ date: duty.startsOn, recurrence: duty.recurrence });
    if (named.startsOn < first.startsOn) {
      return refuse({
        kind: 'input',
        field: 'period',
        reason: `the duty began in ${first.label}: ${period} precedes it`,
        article,
      });
    }
  }
  return { ok: true, value: named.label };
}

import type { NoticeKind } from '../domain/contracts';
import { addOffset } from './calendar';
import type { GoverningContract } from './citation';
import { curePeriod, terminationRight } from './cure-period';
import { forceMajeureEvidenceDue } from './force-majeure';
import { assertIsoDate } from './iso-date';
import { rollPeriodEnd, type PeriodEnd } from './period-end';
import { negotiationWindow } from './termination-negotiation';

/** What a notice's clocks depend on: all stored on the notice when it is recorded. */
export interface NoticeClockFacts {
  governingContract: GoverningContract;
  kind: NoticeKind;
  /**
   * The date of the notice: the sender's calendar date when it was handed to the courier or
   * post, or sent by fax or e-mail (the hand-over happens where the sender is).
   */
  sentOn: string;
  /** The deemed date of receipt (TIC 13.3; JVC Art. 127); null when none is deemed. */
  deemedReceivedOn: string | null;
  /** For a breach notice: the day the breach was cured, once the sender accepted the cure. */
  acceptedCureOn: string | null;
  /** For a JVC termination notice: the day both Parties had signed an agreement to continue. */
  continuationAgreedOn: string | null;
}

/**
 * The cure period of a breach notice. TIC 11.2 counts "sixty (60) days after the date of the
 * non-breaching Party's written notice", which reads either as the day the notice bears (it
 * was sent) or as the day TIC 13.3 deems it received: both are given. The breaching party is
 * safe only by curing before the earlier end (`deadline`); the non-breaching party may
 * terminate only after the later one (`terminationFrom`). JVC Art. 104(2) counts "within sixty
 * (60) days of written notice to the breaching Party", a notice given when received (Art. 127):
 * one reading. Each end is rolled to a working day by the governing law (rules/period-end.ts).
 */
export interface CureClock {
  byNoticeDate: PeriodEnd | null;
  byReceipt: PeriodEnd;
  /** The last day the breaching party may cure: the earlier of the readings. */
  deadline: string;
  /** The first day the non-breaching party may terminate if uncured: after the later reading. */
  terminationFrom: string;
  article: string;
  reading: string;
}

export interface NoticeClocks {
  cure: CureClock | null;
  terminationRight: ReturnType<typeof terminationRight> | null;
  negotiationWindow: ReturnType<typeof negotiationWindow> | null;
  /** JVC Art. 115: the last day to furnish evidence of the force majeure. */
  evidenceDue: { dueOn: string; end: PeriodEnd; article: string } | null;
}

function cureClock(facts: NoticeClockFacts, receivedOn: string): CureClock {
  const { governingContract } = facts;
  const fromReceipt = curePeriod({ governingContract, deemedReceivedOn: receivedOn });
  const byReceipt = rollPeriodEnd({ date: fromReceipt.cureDeadline, governingContract });
  const byNoticeDate =
    governingContract === 'TIC'
      ? rollPeriodEnd({
          date: curePeriod({ governingContract, deemedReceivedOn: facts.sentOn }).cureDeadline,
          governingContract,
        })
      : null;
  const ends = [byReceipt.rolledOn, ...(byNoticeDate ? [byNoticeDate.rolledOn] : [])].sort();
  const deadline = ends[0];
  const later = ends[ends.length - 1];
  return {
    byNoticeDate,
    byReceipt,
    deadline,
    terminationFrom: addOffset({ from: later, offset: { days: 1 } }),
    article: fromReceipt.article,
    reading:
      governingContract === 'TIC'
        ? `TIC 11.2 counts 60 days "after the date of the notice": from the notice's date ` +
          `(${facts.sentOn}) the period ends ${byNoticeDate!.rolledOn}; from its deemed receipt ` +
          `(${receivedOn}, TIC 13.3) it ends ${byReceipt.rolledOn}. The breaching party must cure ` +
          `by ${deadline}; termination is available only after ${later}`
        : `JVC Art. 104(2) counts 60 days of written notice, given on its deemed receipt ` +
          `(${receivedOn}, JVC Art. 127): the period ends ${byReceipt.rolledOn}`,
  };
}

/**
 * Every clock a notice starts, decided in one place for the write (the due dates of the
 * obligations it opens) and for the read (the clocks shown on the notice, as of `asOf`):
 * - a breach notice deemed received: the cure period (TIC 11.2; JVC Art. 104(2)) and the
 *   right to terminate after it, closed only by a cure the sender accepted that was made by
 *   `asOf`;
 * - a JVC termination notice deemed received: the 30-day negotiation window (JVC Art. 105);
 * - a force majeure notice: evidence within 15 days after informing (JVC Art. 115).
 */
export function noticeClocks(facts: NoticeClockFacts & { asOf: string }): NoticeClocks {
  assertIsoDate({ field: 'sentOn', value: facts.sentOn });
  assertIsoDate({ field: 'asOf', value: facts.asOf });
  const receivedOn = facts.deemedReceivedOn;
  const cure = facts.kind === 'BREACH' && receivedOn ? cureClock(facts, receivedOn) : null;
  const right = cure
    ? terminationRight({
        governingContract: facts.governingContract,
        // terminationRight opens the day after the date it is given.
        cureDeadline: addOffset({ from: cure.terminationFrom, offset: { days: -1 } }),
        cured: facts.acceptedCureOn !== null && facts.acceptedCureOn <= facts.asOf,
        today: facts.asOf,
      })
    : null;
  const window =
    facts.kind === 'TERMINATION' && facts.governingContract === 'JVC' && receivedOn
      ? negotiationWindow({
          deemedReceivedOn: receivedOn,
          agreedToContinue: facts.continuationAgreedOn !== null,
          today: facts.asOf,
        })
      : null;
  let evidenceDue: NoticeClocks['evidenceDue'] = null;
  if (facts.kind === 'FORCE_MAJEURE' && facts.governingContract === 'JVC') {
    const due = forceMajeureEvidenceDue({ informedOn: facts.sentOn });
    const end = rollPeriodEnd({ date: due.dueOn, governingContract: 'JVC' });
    evidenceDue = { dueOn: end.rolledOn, end, article: due.article };
  }
  return { cure, terminationRight: right, negotiationWindow: window, evidenceDue };
}

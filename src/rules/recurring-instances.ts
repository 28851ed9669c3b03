import type { Recurrence } from '../domain/contracts';
import { addOffset, type Offset } from './calendar';
import { nextPeriod, periodContaining, type Period } from './recurrence';

export interface RecurringInstance extends Period {
  dueOn: string;
}

/** At most this many periods are produced in one call: 50 years of months (JVC Art. 103). */
const MAX_PERIODS = 50 * 12 + 1;

/**
 * Every period of a recurring obligation from the one its recurrence starts in to the one that
 * contains `through`, each due `lag` after the period ends, whether or not earlier periods were
 * met: "at least one (1) regular meeting in each calendar year" (JVC Art. 58) and reports "on a
 * monthly and quarterly basis" (JVC Art. 88) are owed for every period, not only for the one
 * after the last that was met.
 *
 * How the lag reads (stated on each obligation, rules in words in its `dueRule`):
 * - JVC Art. 58: the regular meeting is held *in* the calendar year, so it is due on 31
 *   December of that year (no lag).
 * - JVC Art. 88 names no day. A report on a period can be made only once the period has ended,
 *   and the Parties are to be "continuously" informed, so each report is read as owed within one
 *   month after its period ends (the March 2026 report by 30 April 2026; the first quarter's by
 *   30 April 2026).
 *
 * A period that starts after `endsOn` (the contract's end: expiry or termination) is not owed.
 * `after` skips the periods that start on or before it (those already recorded).
 */
export function recurringInstances({
  recurrence,
  startsOn,
  through,
  lag,
  endsOn = null,
  after = null,
}: {
  recurrence: Recurrence;
  startsOn: string;
  through: string;
  lag: Offset;
  endsOn?: string | null;
  after?: string | null;
}): RecurringInstance[] {
  const limit = endsOn !== null && endsOn < through ? endsOn : through;
  const instances: RecurringInstance[] = [];
  let period = periodContaining({ date: startsOn, recurrence });
  while (period.startsOn <= limit && instances.length < MAX_PERIODS) {
    if (after === null || period.startsOn > after) {
      instances.push({ ...period, dueOn: addOffset({ from: period.endsOn, offset: lag }) });
    }
    period = nextPeriod({ date: period.startsOn, recurrence });
  }
  return instances;
}

import { isIsoDate } from '../iso-date';
import { refuse, type Ruling } from '../refusal';

/** A span of calendar days, both ends included, with the words that name it. */
export interface Period {
  from: string;
  to: string;
  label: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

/**
 * A calendar quarter written '2026-Q3' as its first and last days. The JVC reckons the JV's
 * reports by calendar quarter (JVC Art. 88), so the board report does too.
 */
export function quarterPeriod({ quarter }: { quarter: string }): Ruling<Period> {
  const match = QUARTER.exec(quarter);
  if (!match) {
    return refuse({
      field: 'quarter',
      reason: `expected a calendar quarter written 'YYYY-Qn' (n from 1 to 4), got ${quarter}`,
      article: 'JVC Art. 88',
    });
  }
  const [year, n] = [match[1], Number(match[2])];
  const firstMonth = String(3 * (n - 1) + 1).padStart(2, '0');
  return {
    ok: true,
    value: { from: `${year}-${firstMonth}-01`, to: `${year}-${LAST_DAY[n - 1]}`, label: quarter },
  };
}

/** The last quarter that has ended on `today`: what a board reviews when none is named. */
export function lastEndedQuarter({ today }: { today: string }): string {
  const year = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return current === 1 ? `${year - 1}-Q4` : `${year}-Q${current - 1}`;
}

/**
 * The period of an export, from its `from` and `to` query parameters: two calendar dates, the
 * first not after the second. Both are required, so that a file always says what it covers.
 */
export function exportPeriod({ from, to }: { from: unknown; to: unknown }): Ruling<Period> {
  const article = 'TIC 8.2; 15 C.F.R. 762.6';
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isIsoDate(value)) {
      return refuse({
        field,
        reason: `expected a calendar date 'YYYY-MM-DD', got ${value === undefined ? 'nothing' : String(value)}`,
        article,
      });
    }
  }
  const [first, last] = [from as string, to as string];
  if (first > last) {
    return refuse({ field: 'to', reason: `${last} is before ${first}`, article });
  }
  return { ok: true, value: { from: first, to: last, label: `${first} to ${last}` } };
}

import type { Recurrence } from '../domain/contracts';
import { assertIsoDate } from './iso-date';

export interface Period {
  /** e.g. "2026", "2026-Q4", "2026-11". */
  label: string;
  startsOn: string;
  endsOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The calendar period that contains `date`: a recurring obligation such as "at least one
 * regular board meeting in each calendar year" (JVC Art. 58) falls due at the period's end.
 */
export function periodContaining({
  date,
  recurrence,
}: {
  date: string;
  recurrence: Recurrence;
}): Period {
  const [year, month] = assertIsoDate({ field: 'date', value: date }).split('-').map(Number);
  switch (recurrence) {
    case 'CALENDAR_YEAR':
      return { label: String(year), startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
    case 'CALENDAR_QUARTER': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      const last = quarter * 3;
      return {
        label: `${year}-Q${quarter}`,
        startsOn: `${year}-${pad(last - 2)}-01`,
        endsOn: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
      };
    }
    case 'CALENDAR_MONTH':
      return {
        label: `${year}-${pad(month)}`,
        startsOn: `${year}-${pad(month)}-01`,
        endsOn: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`,
      };
  }
}

/** The period after the one containing `date`. */
export function nextPeriod({ date, recurrence }: { date: string; recurrence: Recurrence }): Period {
  const current = periodContaining({ date, recurrence });
  const [year, month, day] = current.endsOn.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return periodContaining({ date: next.toISOString().slice(0, 10), recurrence });
}

const LABELS: Record<Recurrence, { pattern: RegExp; example: string }> = {
  CALENDAR_YEAR: { pattern: /^(\d{4})$/, example: '2026' },
  CALENDAR_QUARTER: { pattern: /^(\d{4})-Q([1-4])$/, example: '2026-Q1' },
  CALENDAR_MONTH: { pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, example: '2026-03' },
};

/** The period a label names ("2026", "2026-Q1", "2026-03"), or null when it names none. */
export function periodOfLabel({
  label,
  recurrence,
}: {
  label: string;
  recurrence: Recurrence;
}): Period | null {
  const match = LABELS[recurrence].pattern.exec(label);
  if (!match) return null;
  const year = match[1];
  const month =
    recurrence === 'CALENDAR_YEAR'
      ? '01'
      : recurrence === 'CALENDAR_QUARTER'
        ? pad((Number(match[2]) - 1) * 3 + 1)
        : match[2];
  return periodContaining({ date: `${year}-${month}-01`, recurrence });
}

/** How a period of this recurrence is written, for error messages. */
export function periodLabelExample(recurrence: Recurrence): string {
  return LABELS[recurrence].example;
}

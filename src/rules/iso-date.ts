import { BadInputError } from '../errors';

/**
 * Calendar dates are ISO strings 'YYYY-MM-DD'. Internally they become JS Dates at local noon,
 * so that date-fns arithmetic (which works in the process's local time) can never slip to the
 * previous or next day through a daylight-saving change, whatever the server's time zone.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written 'YYYY-MM-DD' ('2026-02-30' is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 12);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** Throws BAD_USER_INPUT naming `field` unless `value` is a calendar date 'YYYY-MM-DD'. */
export function assertIsoDate({ field, value }: { field: string; value: unknown }): string {
  if (!isIsoDate(value)) {
    throw new BadInputError(field, `expected a calendar date 'YYYY-MM-DD', got ${String(value)}`);
  }
  return value;
}

/** The local-noon Date of an ISO calendar date (see the note above). */
export function parseIsoDate({ field, value }: { field: string; value: unknown }): Date {
  const iso = assertIsoDate({ field, value });
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

/** The ISO calendar date of a Date built by `parseIsoDate` (its local year, month and day). */
export function formatIsoDate({ date }: { date: Date }): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** The latest of ISO calendar dates (they sort as strings); null for none. */
export function latestIsoDate({ dates }: { dates: readonly string[] }): string | null {
  return dates.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
}

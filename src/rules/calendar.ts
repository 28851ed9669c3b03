import { addDays, addMonths, addYears } from 'date-fns';
import Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { BadInputError } from '../errors';
import { formatIsoDate, parseIsoDate } from './iso-date';

/**
 * Calendar arithmetic for contract deadlines. Dates are ISO calendar dates 'YYYY-MM-DD';
 * instants are JS Dates. Nothing here reads the clock.
 *
 * Working days ("one (1) working day after sending", TIC 13.3, JVC Art. 127) are the days that
 * are neither a Saturday/Sunday nor a public holiday of the recipient's country, per the data of
 * the date-holidays package. Not modelled: the make-up working weekends (调休) that China's State
 * Council announces each year to build the long holidays — a Saturday or Sunday designated a
 * working day still counts as a day off here, and the days borrowed around a holiday (e.g. the
 * rest of the National Day "Golden Week" beyond 1–3 October) still count as working days.
 */

export type CalendarCountry = 'CN' | 'US';

/**
 * A signed offset, applied in this order: years, then months (end of month clamped:
 * 2026-01-31 + 1 month = 2026-02-28), then calendar days, then working days (which need a
 * country). "A month and a half" (TIC 7.1(b)) is { months: 1, days: 15 }.
 */
export interface Offset {
  years?: number;
  months?: number;
  days?: number;
  workingDays?: number;
}

const TIME_ZONES: Record<CalendarCountry, string> = {
  CN: 'Asia/Shanghai',
  // Valence's notice address is in Henderson, Nevada (JVC Art. 127), which keeps Pacific time.
  US: 'America/Los_Angeles',
};

/** The IANA time zone in which a party in `country` reckons its calendar dates. */
export function timeZoneOf(country: CalendarCountry): string {
  assertCountry(country);
  return TIME_ZONES[country];
}

/** The calendar date ('YYYY-MM-DD') of `instant` in the IANA zone `timeZone`. */
export function localDate({ instant, timeZone }: { instant: Date; timeZone: string }): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new BadInputError('instant', 'expected a valid Date');
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  } catch {
    throw new BadInputError('timeZone', `unknown IANA time zone ${timeZone}`);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}`;
}

/**
 * China's statutory days off for the whole population (全体公民放假的节日: New Year's Day,
 * Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day).
 *
 * date-holidays marks as type 'public' some CN observances that are not days off for everyone:
 * Women's Day (3-8), Youth Day (5-4) and Army Day (8-1) are half-days for some groups only and
 * start at 12:00; Children's Day (6-1) is a day off for children only. The selection below is
 * independent of the holiday names and of the display language:
 *  1. the holiday must be a full day, i.e. start at 00:00 local time (drops the half-days);
 *  2. its `rule` (the data's own date formula, e.g. '10-01', 'chinese 08-0-15',
 *     'chinese 5-01 solarterm') must be one of the statutory dates: 01-01; the first days of the
 *     first lunar month, from its eve ('chinese 01-0-00'); the Qingming solar term
 *     ('chinese 5-01 solarterm'); 05-01..05; the 5th day of the 5th lunar month; the 15th day
 *     of the 8th lunar month; 10-01..07. This drops Children's Day ('06-01') and any other
 *     observance the data may add, while still accepting more statutory days written the same
 *     way (e.g. '05-02' or 'chinese 01-0-03', statutory since 2025 but absent from the data of
 *     date-holidays 3.37).
 */
const CN_STATUTORY_RULE =
  /^(01-01|chinese 01-0-0\d|chinese 5-01 solarterm|05-0[1-5]|chinese 05-0-05|chinese 08-0-15|10-0[1-7])(\s|$)/;

function isFullDay(holiday: HolidaysTypes.Holiday): boolean {
  // `date` is "YYYY-MM-DD hh:mm:ss[ ±hh:mm]" in the country's own time.
  return holiday.date.slice(11, 19) === '00:00:00';
}

function isDayOffForEveryone(holiday: HolidaysTypes.Holiday, country: CalendarCountry): boolean {
  if (holiday.type !== 'public' || !isFullDay(holiday)) return false;
  return country !== 'CN' || CN_STATUTORY_RULE.test(holiday.rule);
}

const holidayInstances = new Map<string, Holidays>();
const daysOffByYear = new Map<string, ReadonlySet<string>>();

function assertCountry(country: unknown): asserts country is CalendarCountry {
  if (country !== 'CN' && country !== 'US') {
    throw new BadInputError('country', `expected 'CN' or 'US', got ${String(country)}`);
  }
}

function holidaysOf(country: CalendarCountry, region: string | undefined): Holidays {
  const key = region === undefined ? country : `${country}-${region}`;
  let instance = holidayInstances.get(key);
  if (!instance) {
    if (region !== undefined) {
      const states = new Holidays().getStates(country) ?? {};
      if (!Object.prototype.hasOwnProperty.call(states, region)) {
        throw new BadInputError('region', `no holiday data for region ${region} of ${country}`);
      }
    }
    instance = region === undefined ? new Holidays(country) : new Holidays(country, region);
    holidayInstances.set(key, instance);
  }
  return instance;
}

/** The calendar dates (in the country's own time) that are days off in `year`. */
function daysOff(country: CalendarCountry, region: string | undefined, year: number) {
  const key = `${country}-${region ?? ''}-${year}`;
  let dates = daysOffByYear.get(key);
  if (!dates) {
    const set = new Set<string>();
    for (const holiday of holidaysOf(country, region).getHolidays(year)) {
      if (!isDayOffForEveryone(holiday, country)) continue;
      // A rule may span several days ("10-01 P3D"): count each of them.
      const span = Math.max(
        1,
        Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000),
      );
      const first = parseIsoDate({ field: 'holiday', value: holiday.date.slice(0, 10) });
      for (let i = 0; i < span; i += 1) set.add(formatIsoDate({ date: addDays(first, i) }));
    }
    dates = set;
    daysOffByYear.set(key, dates);
  }
  return dates;
}

/**
 * Whether `date` is a working day in `country` (and `region`, e.g. 'NV' for Nevada's state
 * holidays): not a Saturday or Sunday and not a public holiday (for CN: a statutory day off of
 * the whole population, see CN_STATUTORY_RULE). Make-up working weekends are not modelled.
 */
export function isWorkingDay({
  date,
  country,
  region,
}: {
  date: string;
  country: CalendarCountry;
  region?: string;
}): boolean {
  assertCountry(country);
  const day = parseIsoDate({ field: 'date', value: date });
  const weekday = day.getDay();
  if (weekday === 0 || weekday === 6) return false;
  return !daysOff(country, region, day.getFullYear()).has(date);
}

function assertWhole(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new BadInputError(field, `expected a whole number, got ${String(value)}`);
  }
  return value;
}

/**
 * `days` working days after (or, negative, before) `from`: steps one calendar day at a time and
 * counts only working days, so Friday + 1 working day is the next Monday (absent a holiday).
 * `from` itself never counts; 0 returns `from` unchanged even if it is not a working day.
 */
export function addWorkingDays({
  from,
  days,
  country,
  region,
}: {
  from: string;
  days: number;
  country: CalendarCountry;
  region?: string;
}): string {
  assertCountry(country);
  const count = assertWhole('days', days);
  let date = parseIsoDate({ field: 'from', value: from });
  const step = count < 0 ? -1 : 1;
  for (let remaining = Math.abs(count); remaining > 0;) {
    date = addDays(date, step);
    if (isWorkingDay({ date: formatIsoDate({ date }), country, region })) remaining -= 1;
  }
  return formatIsoDate({ date });
}

/** `from` moved by `offset` (years, then months, then days, then working days; see Offset). */
export function addOffset({
  from,
  offset,
  country,
  region,
}: {
  from: string;
  offset: Offset;
  country?: CalendarCountry;
  region?: string;
}): string {
  let date = parseIsoDate({ field: 'from', value: from });
  if (offset.years !== undefined) date = addYears(date, assertWhole('years', offset.years));
  if (offset.months !== undefined) date = addMonths(date, assertWhole('months', offset.months));
  if (offset.days !== undefined) date = addDays(date, assertWhole('days', offset.days));
  const iso = formatIsoDate({ date });
  if (offset.workingDays === undefined || offset.workingDays === 0) return iso;
  if (country === undefined) {
    throw new BadInputError('country', 'working days can only be counted in a given country');
  }
  return addWorkingDays({ from: iso, days: offset.workingDays, country, region });
}

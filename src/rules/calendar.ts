import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import { addDays, addMonths, addYears } from 'date-fns';
import Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { BadInputError } from '../errors';
import { formatIsoDate, parseIsoDate } from './iso-date';

/**
 * Calendar arithmetic for contract deadlines. Dates are ISO calendar dates 'YYYY-MM-DD';
 * instants are JS Dates. Nothing here reads the clock.
 *
 * Working days ("one (1) working day after sending", TIC 13.3, JVC Art. 127) are reckoned in the
 * recipient's country:
 * - China: the days the State Council's yearly holiday arrangement (部分节假日安排的通知) makes
 *   working days, per the data of the chinese-days package: Monday to Friday unless the
 *   arrangement gives the day off (the statutory holidays and the weekdays borrowed to build
 *   the long holidays, e.g. 1–7 October 2026 for National Day and Mid-Autumn), plus the
 *   Saturdays and Sundays it declares make-up working days (调休, e.g. Sunday 20 September and
 *   Saturday 10 October 2026). For a year the data does not cover (an arrangement the State
 *   Council has not published yet, or one the package release in use predates; and years
 *   before its data begins), see CN_STATUTE: only the statutory days off are known then.
 * - Elsewhere (the US): neither a Saturday/Sunday nor a public holiday, per the data of the
 *   date-holidays package (federal holidays, plus a state's with a region such as 'NV').
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

/**
 * One formatter per time zone for the life of the process: building an Intl.DateTimeFormat
 * costs far more than using one, and `localDate` runs for every contract status shown.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
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
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date ('YYYY-MM-DD') of `instant` in the IANA zone `timeZone`. */
export function localDate({ instant, timeZone }: { instant: Date; timeZone: string }): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new BadInputError('instant', 'expected a valid Date');
  }
  // Every request asks for today: within one minute of one zone the answer cannot change
  // (zones are offset by whole minutes), so the last minute's answer is kept per zone.
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastDates.get(timeZone);
  if (last?.minute === minute) return last.date;
  const format = dateFormatIn(timeZone);
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}`;
  lastDates.set(timeZone, { minute, date });
  return date;
}

const lastDates = new Map<string, { minute: number; date: string }>();

/**
 * The State Council's published arrangements, as shipped by chinese-days in its data file
 * (dist/chinese-days.json, documented by the package): `holidays` lists every day off of an
 * arrangement, weekends within a holiday included, and `workdays` the make-up working days, each
 * keyed by its 'YYYY-MM-DD' date. The data file is read rather than the package's functions
 * (isWorkday, …): those build and read their tables through the process's local time and, in
 * a time zone west of UTC (e.g. America/Los_Angeles), answer for the wrong day.
 */
interface ChineseArrangements {
  holidays: Readonly<Record<string, string>>;
  workdays: Readonly<Record<string, string>>;
}
const CN_ARRANGEMENTS: ChineseArrangements = chineseDaysData;

/**
 * The years whose arrangement the data holds: those listing both 1 January and 1 October as days
 * off, as every arrangement does (chinese-days 1.5.7: 2004–2026). Derived from the data, so a
 * newer release of the package extends it without a change here.
 */
const CN_ARRANGEMENT_YEARS: ReadonlySet<number> = new Set(
  Object.keys(CN_ARRANGEMENTS.holidays)
    .map((date) => Number(date.slice(0, 4)))
    .filter(
      (year) =>
        Object.hasOwn(CN_ARRANGEMENTS.holidays, `${year}-01-01`) &&
        Object.hasOwn(CN_ARRANGEMENTS.holidays, `${year}-10-01`),
    ),
);
if (CN_ARRANGEMENT_YEARS.size === 0) {
  throw new Error('chinese-days: no State Council arrangement found in its data file');
}

// Statutory holidays in date-holidays' rule grammar (see CN_STATUTE).
const NEW_YEAR = '01-01';
const SPRING_EVE = 'chinese 01-0-00';
const SPRING_1ST_TO_3RD = ['chinese 01-0-01', 'chinese 01-0-02', 'chinese 01-0-03'];
const QINGMING_DRAGON_BOAT_MID_AUTUMN = [
  'chinese 5-01 solarterm',
  'chinese 05-0-05',
  'chinese 08-0-15',
];
const NATIONAL_DAY = ['10-01', '10-02', '10-03'];

/**
 * A year without a published arrangement (one the data does not cover): the statutory days off
 * of the whole population under the 全国年节及纪念日放假办法 in force that year, dated by
 * date-holidays' lunar calendar and solar terms ('chinese MM-L-DD' is the DDth day of the MMth
 * lunar month, day 00 its eve; 'chinese 5-01 solarterm' is Qingming). Saturdays and Sundays stay
 * days off. What the arrangement will add cannot be known yet and is not guessed: the borrowed
 * weekdays and make-up weekends (so a deadline around a long holiday may come out a few days
 * early, or a day late where a make-up weekend would have counted), nor a weekday given in lieu
 * of a statutory day that falls on a weekend. Once a chinese-days release carries the
 * arrangement, the year is counted by it instead.
 */
const CN_STATUTE: ReadonlyArray<{ since: number; rules: readonly string[] }> = [
  // State Council Decree No. 270 (1999): Spring Festival 1st–3rd days of the 1st lunar month,
  // Labour Day 1–3 May.
  {
    since: 1999,
    rules: [NEW_YEAR, ...SPRING_1ST_TO_3RD, '05-01', '05-02', '05-03', ...NATIONAL_DAY],
  },
  // Decree No. 513 (2008): Spring Festival its eve, 1st and 2nd days; Labour Day 1 May; adds
  // Qingming, Dragon Boat (5th day of the 5th month) and Mid-Autumn (15th of the 8th).
  {
    since: 2008,
    rules: [
      NEW_YEAR,
      SPRING_EVE,
      ...SPRING_1ST_TO_3RD.slice(0, 2),
      '05-01',
      ...QINGMING_DRAGON_BOAT_MID_AUTUMN,
      ...NATIONAL_DAY,
    ],
  },
  // Decree No. 644 (2014): Spring Festival back to the 1st–3rd days.
  {
    since: 2014,
    rules: [
      NEW_YEAR,
      ...SPRING_1ST_TO_3RD,
      '05-01',
      ...QINGMING_DRAGON_BOAT_MID_AUTUMN,
      ...NATIONAL_DAY,
    ],
  },
  // Decree No. 795 (2025): Spring Festival 4 days (its eve and 1st–3rd), Labour Day 1–2 May.
  {
    since: 2025,
    rules: [
      NEW_YEAR,
      SPRING_EVE,
      ...SPRING_1ST_TO_3RD,
      '05-01',
      '05-02',
      ...QINGMING_DRAGON_BOAT_MID_AUTUMN,
      ...NATIONAL_DAY,
    ],
  },
];

const statuteInstances = new Map<number, Holidays>();
const holidayInstances = new Map<string, Holidays>();
const daysOffByYear = new Map<string, ReadonlySet<string>>();

function assertCountry(country: unknown): asserts country is CalendarCountry {
  if (country !== 'CN' && country !== 'US') {
    throw new BadInputError('country', `expected 'CN' or 'US', got ${String(country)}`);
  }
}

/** date-holidays with exactly the statutory days off of China in force in `year`. */
function cnStatuteOf(year: number): Holidays {
  const statute = CN_STATUTE.filter(({ since }) => since <= year).at(-1);
  if (!statute) {
    throw new BadInputError('date', `no Chinese holiday data before ${CN_STATUTE[0].since}`);
  }
  let instance = statuteInstances.get(statute.since);
  if (!instance) {
    // 'CN' for its time zone (Asia/Shanghai) and lunar calendar; its own rules are replaced.
    const created = new Holidays('CN');
    // getRules() gives the rule objects ({ rule, name, type, … }); its typings omit `rule`.
    const own = created.getRules() as unknown as HolidaysTypes.HolidayRule[];
    for (const { rule } of own) created.unsetRule(rule);
    for (const rule of statute.rules) {
      if (!created.setHoliday(rule, { name: rule, type: 'public' })) {
        throw new Error(`date-holidays cannot date the statutory holiday rule ${rule}`);
      }
    }
    instance = created;
    statuteInstances.set(statute.since, instance);
  }
  return instance;
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

/** The calendar dates (in the country's own time) of the public holidays of `holidays` in `year`. */
function publicHolidayDates(holidays: Holidays, year: number): ReadonlySet<string> {
  const set = new Set<string>();
  for (const holiday of holidays.getHolidays(year)) {
    // Only full days off: `date` is "YYYY-MM-DD hh:mm:ss[ ±hh:mm]" in the country's own time.
    if (holiday.type !== 'public' || holiday.date.slice(11, 19) !== '00:00:00') continue;
    // A rule may span several days ("10-01 P3D"): count each of them.
    const span = Math.max(
      1,
      Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000),
    );
    const first = parseIsoDate({ field: 'holiday', value: holiday.date.slice(0, 10) });
    for (let i = 0; i < span; i += 1) set.add(formatIsoDate({ date: addDays(first, i) }));
  }
  return set;
}

/** The weekdays that are days off in `year`: public holidays (for CN, see CN_STATUTE). */
function daysOff(country: CalendarCountry, region: string | undefined, year: number) {
  const key = `${country}-${region ?? ''}-${year}`;
  let dates = daysOffByYear.get(key);
  if (!dates) {
    dates = publicHolidayDates(
      country === 'CN' ? cnStatuteOf(year) : holidaysOf(country, region),
      year,
    );
    daysOffByYear.set(key, dates);
  }
  return dates;
}

function isChineseWorkingDay(date: string, day: Date): boolean {
  const year = day.getFullYear();
  const weekday = day.getDay();
  if (CN_ARRANGEMENT_YEARS.has(year)) {
    if (Object.hasOwn(CN_ARRANGEMENTS.workdays, date)) return true;
    if (weekday === 0 || weekday === 6) return false;
    return !Object.hasOwn(CN_ARRANGEMENTS.holidays, date);
  }
  if (weekday === 0 || weekday === 6) return false;
  return !daysOff('CN', undefined, year).has(date);
}

/**
 * Whether `date` is a working day in `country` (and `region`, e.g. 'NV' for Nevada's state
 * holidays; China has no regional data). In China: per the State Council's arrangement for the
 * year, make-up working Saturdays and Sundays included (see the note at the top). Elsewhere: not
 * a Saturday or Sunday and not a public holiday.
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
  if (country === 'CN') {
    if (region !== undefined) {
      throw new BadInputError('region', `no holiday data for region ${region} of ${country}`);
    }
    return isChineseWorkingDay(date, day);
  }
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

import {
  addOffset,
  addWorkingDays,
  isWorkingDay,
  localDate,
  timeZoneOf,
  type CalendarCountry,
  type Offset,
} from '../../../src/rules/calendar';

describe('addOffset: years, then months (end of month clamped), then days, then working days', () => {
  it.each<{ input: { from: string; offset: Offset; country?: CalendarCountry }; expected: string }>(
    [
      { input: { from: '2026-01-31', offset: { months: 1 } }, expected: '2026-02-28' },
      { input: { from: '2028-01-31', offset: { months: 1 } }, expected: '2028-02-29' },
      // TIC 7.1(b): "within a month and a half after the Effective Date"
      { input: { from: '2026-01-31', offset: { months: 1, days: 15 } }, expected: '2026-03-15' },
      { input: { from: '2026-03-15', offset: { months: 1, days: 15 } }, expected: '2026-04-30' },
      // months before days: 2026-01-30 → 2026-02-28 → 2026-03-01 (days first would give 02-28)
      { input: { from: '2026-01-30', offset: { months: 1, days: 1 } }, expected: '2026-03-01' },
      { input: { from: '2024-02-29', offset: { years: 10 } }, expected: '2034-02-28' },
      { input: { from: '2003-08-20', offset: { years: 50 } }, expected: '2053-08-20' },
      { input: { from: '2053-08-31', offset: { months: -6 } }, expected: '2053-02-28' },
      { input: { from: '2026-03-01', offset: { days: -1 } }, expected: '2026-02-28' },
      { input: { from: '2026-12-25', offset: { days: 14 } }, expected: '2027-01-08' },
      { input: { from: '2026-03-16', offset: {} }, expected: '2026-03-16' },
      { input: { from: '2026-03-16', offset: { workingDays: 0 } }, expected: '2026-03-16' },
      // days before working days: Fri 2026-09-25 + 5 days = Wed 09-30, + 1 working day in CN
      // skips the National Day holiday, which the State Council's 2026 arrangement runs from
      // Thursday 1 to Wednesday 7 October (3 statutory days, a weekend, 2 borrowed weekdays)
      {
        input: { from: '2026-09-25', offset: { days: 5, workingDays: 1 }, country: 'CN' },
        expected: '2026-10-08',
      },
      {
        input: { from: '2026-10-08', offset: { workingDays: -1 }, country: 'CN' },
        expected: '2026-09-30',
      },
      // Monday 12 October - 1 working day: Saturday 10 October, a make-up working day (调休)
      {
        input: { from: '2026-10-12', offset: { workingDays: -1 }, country: 'CN' },
        expected: '2026-10-10',
      },
      {
        input: { from: '2026-10-05', offset: { workingDays: -1 }, country: 'US' },
        expected: '2026-10-02',
      },
    ],
  )('$input.from + $input.offset ($input.country) = $expected', ({ input, expected }) => {
    expect(addOffset(input)).toBe(expected);
  });

  it('needs a country to count working days', () => {
    expect(() => addOffset({ from: '2026-03-06', offset: { workingDays: 1 } })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/^country:/),
      }),
    );
  });

  it.each([
    { from: '2026-02-30', offset: { days: 1 } },
    { from: '2026-3-1', offset: { days: 1 } },
    { from: '2026-03-01', offset: { days: 1.5 } },
    { from: '2026-03-01', offset: { months: Number.NaN } },
  ])('rejects $from + $offset', (input) => {
    expect(() => addOffset(input)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

/**
 * The State Council's arrangement for 2026 (国办发明电〔2025〕7号), as published in November 2025:
 * - New Year's Day: Thu 1 – Sat 3 January off; Sunday 4 January a working day;
 * - Spring Festival: Sun 15 – Mon 23 February off (9 days, of which the 4 statutory days since
 *   2025: the eve, Mon 16, and the 1st–3rd days, Tue 17 – Thu 19); Saturdays 14 and 28 February
 *   working days;
 * - Qingming: Sat 4 – Mon 6 April off;
 * - Labour Day: Fri 1 – Tue 5 May off (statutory since 2025: 1 and 2 May); Saturday 9 May a
 *   working day;
 * - Dragon Boat: Fri 19 – Sun 21 June off;
 * - Mid-Autumn: Fri 25 – Sun 27 September off;
 * - National Day: Thu 1 – Wed 7 October off; Sunday 20 September and Saturday 10 October working
 *   days.
 */
describe("isWorkingDay: China, a year with a published arrangement (the State Council's)", () => {
  it.each<{ date: string; expected: boolean; why: string }>([
    { date: '2026-01-01', expected: false, why: "New Year's Day (Thursday)" },
    { date: '2026-01-02', expected: false, why: "New Year's holiday, borrowed Friday" },
    { date: '2026-01-04', expected: true, why: 'a make-up working Sunday' },
    { date: '2026-02-13', expected: true, why: 'an ordinary Friday' },
    {
      date: '2026-02-14',
      expected: true,
      why: 'a make-up working Saturday before Spring Festival',
    },
    { date: '2026-02-15', expected: false, why: 'Spring Festival holiday (Sunday)' },
    { date: '2026-02-16', expected: false, why: 'Spring Festival eve (Monday)' },
    { date: '2026-02-17', expected: false, why: 'Spring Festival (Tuesday)' },
    { date: '2026-02-18', expected: false, why: 'Spring Festival, 2nd day (Wednesday)' },
    {
      date: '2026-02-19',
      expected: false,
      why: 'Spring Festival, 3rd day (Thursday): the 4th statutory day since 2025',
    },
    { date: '2026-02-20', expected: false, why: 'Spring Festival holiday, borrowed Friday' },
    { date: '2026-02-23', expected: false, why: 'Spring Festival holiday, borrowed Monday' },
    { date: '2026-02-24', expected: true, why: 'the first working day after Spring Festival' },
    { date: '2026-02-28', expected: true, why: 'a make-up working Saturday after Spring Festival' },
    { date: '2025-04-04', expected: false, why: 'Qingming (Friday)' },
    { date: '2026-04-06', expected: false, why: 'Qingming holiday (Monday; Qingming is Sunday)' },
    { date: '2026-05-01', expected: false, why: 'Labour Day (Friday)' },
    { date: '2026-05-04', expected: false, why: 'Labour Day holiday (Monday; also Youth Day)' },
    { date: '2026-05-09', expected: true, why: 'a make-up working Saturday after Labour Day' },
    {
      date: '2025-05-02',
      expected: false,
      why: 'Labour Day, 2nd day (Friday): statutory since 2025',
    },
    { date: '2026-06-19', expected: false, why: 'Dragon Boat Festival (Friday)' },
    { date: '2026-09-19', expected: false, why: 'an ordinary Saturday' },
    { date: '2026-09-20', expected: true, why: 'a make-up working Sunday before National Day' },
    { date: '2026-09-25', expected: false, why: 'Mid-Autumn Festival (Friday)' },
    { date: '2026-10-01', expected: false, why: 'National Day (Thursday)' },
    { date: '2026-10-02', expected: false, why: 'National Day (Friday)' },
    { date: '2026-10-03', expected: false, why: 'National Day (Saturday)' },
    { date: '2026-10-05', expected: false, why: 'National Day holiday (Monday)' },
    { date: '2026-10-06', expected: false, why: 'National Day holiday, borrowed Tuesday' },
    { date: '2026-10-07', expected: false, why: 'National Day holiday, borrowed Wednesday' },
    { date: '2026-10-08', expected: true, why: 'the first working day after National Day' },
    { date: '2026-10-10', expected: true, why: 'a make-up working Saturday after National Day' },
    { date: '2026-10-11', expected: false, why: 'an ordinary Sunday' },
    { date: '2025-10-08', expected: false, why: 'National Day and Mid-Autumn 2025: 1–8 October' },
    { date: '2025-10-11', expected: true, why: 'a make-up working Saturday in 2025' },
    { date: '2026-03-07', expected: false, why: 'a Saturday' },
    { date: '2026-03-08', expected: false, why: "a Sunday (also Women's Day)" },
    { date: '2026-03-09', expected: true, why: 'an ordinary Monday' },
    {
      date: '2023-05-04',
      expected: true,
      why: 'Youth Day on a Thursday: a half-day for some only',
    },
    { date: '2026-06-01', expected: true, why: "Children's Day on a Monday: children only" },
    { date: '2026-12-24', expected: true, why: 'Christmas Eve is no holiday in China' },
  ])('$date is a working day: $expected ($why)', ({ date, expected }) => {
    expect(isWorkingDay({ date, country: 'CN' })).toBe(expected);
  });

  it('has no regional data for China', () => {
    expect(() => isWorkingDay({ date: '2026-03-09', country: 'CN', region: 'BJ' })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/^region:/),
      }),
    );
  });
});

/**
 * A year whose arrangement the holiday data does not hold (with chinese-days 1.5.7: after 2026,
 * and before 2004): only the statutory days off of the law in force that year are known —
 * 2025 on: 1 January, Spring Festival eve and 1st–3rd days, Qingming, 1–2 May, Dragon Boat,
 * Mid-Autumn, 1–3 October. The 2027 dates below are statutory days, which any arrangement keeps.
 */
describe('isWorkingDay: China, a year without a published arrangement (statutory days off)', () => {
  it.each<{ date: string; expected: boolean; why: string }>([
    { date: '2027-01-01', expected: false, why: "New Year's Day (Friday)" },
    { date: '2027-02-05', expected: false, why: 'Spring Festival eve (Friday)' },
    { date: '2027-02-08', expected: false, why: 'Spring Festival, 3rd day (Monday)' },
    { date: '2027-04-05', expected: false, why: 'Qingming (Monday)' },
    { date: '2027-06-09', expected: false, why: 'Dragon Boat Festival (Wednesday)' },
    { date: '2027-09-15', expected: false, why: 'Mid-Autumn Festival (Wednesday)' },
    { date: '2027-10-01', expected: false, why: 'National Day (Friday)' },
    { date: '2035-05-02', expected: false, why: 'Labour Day, 2nd day (Wednesday)' },
    { date: '2035-02-07', expected: false, why: 'Spring Festival eve (Wednesday)' },
    { date: '2035-03-10', expected: false, why: 'a Saturday' },
    {
      date: '2027-03-08',
      expected: true,
      why: "Women's Day on a Monday: a half-day for some only",
    },
    { date: '2030-08-01', expected: true, why: 'Army Day on a Thursday: active servicemen only' },
    { date: '2035-06-01', expected: true, why: "Children's Day on a Friday: children only" },
    { date: '2035-03-12', expected: true, why: 'an ordinary Monday' },
    // Before 2008 (the law of 1999): Labour Day 1–3 May, Spring Festival 1st–3rd days, no
    // Qingming, Dragon Boat or Mid-Autumn.
    { date: '2003-05-02', expected: false, why: 'Labour Day, 2nd day in 2003 (Friday)' },
    { date: '2003-02-03', expected: false, why: 'Spring Festival, 3rd day in 2003 (Monday)' },
    { date: '2003-06-04', expected: true, why: 'Dragon Boat in 2003 (Wednesday): no holiday yet' },
  ])('$date is a working day: $expected ($why)', ({ date, expected }) => {
    expect(isWorkingDay({ date, country: 'CN' })).toBe(expected);
  });

  it('knows no Chinese holidays before the law of 1999', () => {
    expect(() => isWorkingDay({ date: '1998-10-01', country: 'CN' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('isWorkingDay: United States (federal, plus state holidays with a region)', () => {
  it.each<{ date: string; where: 'US' | 'US-NV'; expected: boolean; why: string }>([
    {
      date: '2026-07-03',
      where: 'US',
      expected: false,
      why: 'Independence Day observed (Friday)',
    },
    { date: '2026-11-26', where: 'US', expected: false, why: 'Thanksgiving Day' },
    {
      date: '2026-11-27',
      where: 'US',
      expected: true,
      why: 'day after Thanksgiving: no federal holiday',
    },
    { date: '2026-11-27', where: 'US-NV', expected: false, why: 'Family Day in Nevada' },
    { date: '2026-10-12', where: 'US', expected: false, why: 'Columbus Day (federal)' },
    {
      date: '2026-10-12',
      where: 'US-NV',
      expected: true,
      why: 'Nevada does not observe Columbus Day',
    },
    { date: '2026-10-30', where: 'US-NV', expected: false, why: 'Nevada Day' },
    { date: '2026-10-30', where: 'US', expected: true, why: 'Nevada Day is not federal' },
    {
      date: '2026-12-24',
      where: 'US',
      expected: true,
      why: 'Christmas Eve is only optional',
    },
    { date: '2026-12-25', where: 'US-NV', expected: false, why: 'Christmas Day' },
    {
      date: '2026-10-01',
      where: 'US',
      expected: true,
      why: "China's National Day is a US working day",
    },
  ])('$date ($where) is a working day: $expected ($why)', ({ date, where, expected }) => {
    const region = where === 'US-NV' ? 'NV' : undefined;
    expect(isWorkingDay({ date, country: 'US', region })).toBe(expected);
  });

  it('rejects a region date-holidays does not know, and a country other than CN or US', () => {
    expect(() => isWorkingDay({ date: '2026-03-09', country: 'US', region: 'XX' })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/^region:/),
      }),
    );
    expect(() =>
      isWorkingDay({ date: '2026-03-09', country: 'FR' as unknown as CalendarCountry }),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('addWorkingDays', () => {
  it.each<{
    input: { from: string; days: number; country: CalendarCountry; region?: string };
    expected: string;
    why: string;
  }>([
    {
      input: { from: '2026-03-06', days: 1, country: 'CN' },
      expected: '2026-03-09',
      why: 'Fri → Mon',
    },
    {
      input: { from: '2026-09-30', days: 1, country: 'CN' },
      expected: '2026-10-08',
      why: 'over the National Day holiday, 1–7 October',
    },
    {
      input: { from: '2026-02-13', days: 1, country: 'CN' },
      expected: '2026-02-14',
      why: 'Fri → the make-up working Saturday before Spring Festival',
    },
    {
      input: { from: '2026-02-14', days: 1, country: 'CN' },
      expected: '2026-02-24',
      why: 'over the Spring Festival holiday, 15–23 February',
    },
    {
      input: { from: '2026-09-18', days: 1, country: 'CN' },
      expected: '2026-09-20',
      why: 'Fri → over an ordinary Saturday to the make-up working Sunday',
    },
    {
      input: { from: '2026-10-09', days: 1, country: 'CN' },
      expected: '2026-10-10',
      why: 'Fri → the make-up working Saturday',
    },
    {
      input: { from: '2026-09-30', days: 3, country: 'CN' },
      expected: '2026-10-10',
      why: 'Thu 8, Fri 9 and the make-up Saturday 10 October',
    },
    {
      input: { from: '2026-12-31', days: 1, country: 'CN' },
      expected: '2027-01-04',
      why: "into 2027: New Year's Day (Friday) and a weekend",
    },
    {
      input: { from: '2026-03-09', days: 5, country: 'CN' },
      expected: '2026-03-16',
      why: 'a week',
    },
    { input: { from: '2026-03-09', days: -1, country: 'CN' }, expected: '2026-03-06', why: 'back' },
    {
      input: { from: '2026-10-01', days: 0, country: 'CN' },
      expected: '2026-10-01',
      why: 'zero leaves even a holiday unchanged',
    },
    {
      input: { from: '2026-07-02', days: 1, country: 'US' },
      expected: '2026-07-06',
      why: 'over Independence Day observed and a weekend',
    },
    {
      input: { from: '2026-11-25', days: 1, country: 'US' },
      expected: '2026-11-27',
      why: 'federal',
    },
    {
      input: { from: '2026-11-25', days: 1, country: 'US', region: 'NV' },
      expected: '2026-11-30',
      why: 'Nevada adds Family Day',
    },
  ])(
    '$input.from + $input.days working days in $input.country = $expected: $why',
    ({ input, expected }) => {
      expect(addWorkingDays(input)).toBe(expected);
    },
  );

  it('rejects a fractional number of days', () => {
    expect(() => addWorkingDays({ from: '2026-03-09', days: 0.5, country: 'CN' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('localDate and timeZoneOf', () => {
  it.each<{ instant: string; timeZone: string; expected: string }>([
    // Thursday evening in Henderson, Nevada is already Friday in Baoding
    { instant: '2026-07-03T03:00:00Z', timeZone: 'America/Los_Angeles', expected: '2026-07-02' },
    { instant: '2026-07-03T03:00:00Z', timeZone: 'Asia/Shanghai', expected: '2026-07-03' },
    { instant: '2026-09-30T16:30:00Z', timeZone: 'Asia/Shanghai', expected: '2026-10-01' },
    { instant: '2026-01-01T07:59:59Z', timeZone: 'America/Los_Angeles', expected: '2025-12-31' },
    { instant: '2026-01-01T08:00:00Z', timeZone: 'America/Los_Angeles', expected: '2026-01-01' },
  ])('$instant in $timeZone is $expected', ({ instant, timeZone, expected }) => {
    expect(localDate({ instant: new Date(instant), timeZone })).toBe(expected);
  });

  it('answers each instant for itself when asked again within a minute and across midnight', () => {
    // Shanghai is UTC+8: 15:59 UTC is the last minute of the day there, 16:00 the next day's.
    const ask = (instant: string, timeZone = 'Asia/Shanghai') =>
      localDate({ instant: new Date(instant), timeZone });
    expect(ask('2026-01-01T15:59:00.000Z')).toBe('2026-01-01');
    expect(ask('2026-01-01T15:59:59.999Z')).toBe('2026-01-01');
    expect(ask('2026-01-01T16:00:00.000Z')).toBe('2026-01-02');
    expect(ask('2026-01-01T16:00:00.000Z', 'America/Los_Angeles')).toBe('2026-01-01');
    expect(ask('2026-01-01T15:59:30.000Z')).toBe('2026-01-01');
    expect(ask('2026-01-01T16:00:30.000Z')).toBe('2026-01-02');
  });

  it('rejects an unknown zone and an invalid instant', () => {
    expect(() => localDate({ instant: new Date(), timeZone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => localDate({ instant: new Date('nope'), timeZone: 'Asia/Shanghai' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });

  it.each<{ country: CalendarCountry; expected: string }>([
    { country: 'CN', expected: 'Asia/Shanghai' },
    { country: 'US', expected: 'America/Los_Angeles' },
  ])('timeZoneOf($country) = $expected', ({ country, expected }) => {
    expect(timeZoneOf(country)).toBe(expected);
  });
});

describe("calendar arithmetic does not depend on the server's time zone", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  // America/Santiago switches to summer time at midnight (2026-09-06 00:00 does not exist);
  // Pacific/Kiritimati is UTC+14.
  it.each(['America/Santiago', 'Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('%s', (tz) => {
    process.env.TZ = tz;
    expect(addOffset({ from: '2026-09-05', offset: { days: 1 } })).toBe('2026-09-06');
    expect(addOffset({ from: '2026-09-06', offset: { days: -1 } })).toBe('2026-09-05');
    expect(addOffset({ from: '2026-01-31', offset: { months: 1, days: 15 } })).toBe('2026-03-15');
    expect(isWorkingDay({ date: '2026-10-01', country: 'CN' })).toBe(false);
    expect(isWorkingDay({ date: '2026-10-07', country: 'CN' })).toBe(false);
    expect(isWorkingDay({ date: '2026-10-10', country: 'CN' })).toBe(true);
    expect(isWorkingDay({ date: '2026-09-19', country: 'CN' })).toBe(false);
    expect(isWorkingDay({ date: '2027-01-01', country: 'CN' })).toBe(false);
    expect(isWorkingDay({ date: '2027-02-08', country: 'CN' })).toBe(false);
    expect(isWorkingDay({ date: '2026-10-12', country: 'US' })).toBe(false);
    expect(addWorkingDays({ from: '2026-03-06', days: 1, country: 'CN' })).toBe('2026-03-09');
    expect(addWorkingDays({ from: '2026-09-30', days: 1, country: 'CN' })).toBe('2026-10-08');
  });
});

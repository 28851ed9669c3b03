import type { Recurrence } from '../../../src/domain/contracts';
import { nextPeriod, periodContaining, type Period } from '../../../src/rules/recurrence';

describe('periodContaining: the calendar year, quarter or month of a date', () => {
  it.each<{ date: string; recurrence: Recurrence; expected: Period }>([
    {
      date: '2026-07-15',
      recurrence: 'CALENDAR_YEAR',
      expected: { label: '2026', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    },
    {
      date: '2026-01-01',
      recurrence: 'CALENDAR_YEAR',
      expected: { label: '2026', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    },
    {
      date: '2026-02-10',
      recurrence: 'CALENDAR_QUARTER',
      expected: { label: '2026-Q1', startsOn: '2026-01-01', endsOn: '2026-03-31' },
    },
    {
      date: '2026-05-31',
      recurrence: 'CALENDAR_QUARTER',
      expected: { label: '2026-Q2', startsOn: '2026-04-01', endsOn: '2026-06-30' },
    },
    {
      date: '2026-09-30',
      recurrence: 'CALENDAR_QUARTER',
      expected: { label: '2026-Q3', startsOn: '2026-07-01', endsOn: '2026-09-30' },
    },
    {
      date: '2026-10-01',
      recurrence: 'CALENDAR_QUARTER',
      expected: { label: '2026-Q4', startsOn: '2026-10-01', endsOn: '2026-12-31' },
    },
    {
      date: '2026-11-20',
      recurrence: 'CALENDAR_MONTH',
      expected: { label: '2026-11', startsOn: '2026-11-01', endsOn: '2026-11-30' },
    },
    {
      date: '2026-02-14',
      recurrence: 'CALENDAR_MONTH',
      expected: { label: '2026-02', startsOn: '2026-02-01', endsOn: '2026-02-28' },
    },
    {
      date: '2028-02-14',
      recurrence: 'CALENDAR_MONTH',
      expected: { label: '2028-02', startsOn: '2028-02-01', endsOn: '2028-02-29' },
    },
    {
      date: '2100-02-14',
      recurrence: 'CALENDAR_MONTH',
      expected: { label: '2100-02', startsOn: '2100-02-01', endsOn: '2100-02-28' },
    },
    {
      date: '2026-12-31',
      recurrence: 'CALENDAR_MONTH',
      expected: { label: '2026-12', startsOn: '2026-12-01', endsOn: '2026-12-31' },
    },
  ])('$date, $recurrence: $expected.label', ({ date, recurrence, expected }) => {
    expect(periodContaining({ date, recurrence })).toEqual(expected);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-5', 'today'])('rejects the date %s', (date) => {
    expect(() => periodContaining({ date, recurrence: 'CALENDAR_YEAR' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^date:/) }),
    );
  });
});

describe('nextPeriod: the period after the one containing a date', () => {
  it.each<{ date: string; recurrence: Recurrence; expected: Period }>([
    {
      date: '2026-03-05',
      recurrence: 'CALENDAR_YEAR',
      expected: { label: '2027', startsOn: '2027-01-01', endsOn: '2027-12-31' },
    },
    {
      date: '2026-12-31',
      recurrence: 'CALENDAR_YEAR',
      expected: { label: '2027', startsOn: '2027-01-01', endsOn: '2027-12-31' },
    },
    {
      date: '2026-02-10',
      recurrence: 'CALENDAR_QUARTER',
      expected: { label: '2026-Q2', startsOn: '2026-04-01', endsOn: '2026-06-30' },
    },
    {
      date: '2026-12-15',
      recurrence: 'CALENDAR_QUARTER',
      expected: { label: '2027-Q1', startsOn: '2027-01-01', endsOn: '2027-03-31' },
    },
    {
      date: '2028-01-31',
      recurrence: 'CALENDAR_MONTH',
      expected: { label: '2028-02', startsOn: '2028-02-01', endsOn: '2028-02-29' },
    },
    {
      date: '2026-12-01',
      recurrence: 'CALENDAR_MONTH',
      expected: { label: '2027-01', startsOn: '2027-01-01', endsOn: '2027-01-31' },
    },
  ])('after $date, $recurrence: $expected.label', ({ date, recurrence, expected }) => {
    expect(nextPeriod({ date, recurrence })).toEqual(expected);
  });
});

describe("periods do not depend on the server's time zone", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  // America/Santiago starts summer time at midnight; Pacific/Kiritimati is UTC+14.
  it.each(['America/Santiago', 'Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('%s', (tz) => {
    process.env.TZ = tz;
    expect(periodContaining({ date: '2026-09-06', recurrence: 'CALENDAR_MONTH' })).toEqual({
      label: '2026-09',
      startsOn: '2026-09-01',
      endsOn: '2026-09-30',
    });
    expect(nextPeriod({ date: '2026-08-31', recurrence: 'CALENDAR_MONTH' }).label).toBe('2026-09');
    expect(nextPeriod({ date: '2026-12-31', recurrence: 'CALENDAR_QUARTER' }).label).toBe(
      '2027-Q1',
    );
  });
});

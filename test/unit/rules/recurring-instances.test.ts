import { periodOfLabel } from '../../../src/rules/recurrence';
import { recurringInstances } from '../../../src/rules/recurring-instances';

/**
 * JVC Art. 58 ("at least one (1) regular meeting in each calendar year") and Art. 88 (reports
 * "on a monthly and quarterly basis", no day named: read as due one month after the period
 * ends). The Establishment Date in these examples is 10 February 2026.
 */
describe('recurringInstances: every period from the start to the as-of date', () => {
  it('monthly reports (JVC Art. 88): February to May 2026, each due a month after its month ends', () => {
    const instances = recurringInstances({
      recurrence: 'CALENDAR_MONTH',
      startsOn: '2026-02-10',
      through: '2026-05-01',
      lag: { months: 1 },
    });
    expect(instances.map((i) => [i.label, i.startsOn, i.endsOn, i.dueOn])).toEqual([
      // 28 February + 1 month = 28 March
      ['2026-02', '2026-02-01', '2026-02-28', '2026-03-28'],
      // 31 March + 1 month = 30 April (April has 30 days)
      ['2026-03', '2026-03-01', '2026-03-31', '2026-04-30'],
      ['2026-04', '2026-04-01', '2026-04-30', '2026-05-30'],
      // May has begun on 1 May: its report is already tracked
      ['2026-05', '2026-05-01', '2026-05-31', '2026-06-30'],
    ]);
  });

  it('quarterly reports (JVC Art. 88): the first quarter is owed though the JV was established in February', () => {
    const instances = recurringInstances({
      recurrence: 'CALENDAR_QUARTER',
      startsOn: '2026-02-10',
      through: '2026-12-31',
      lag: { months: 1 },
    });
    expect(instances.map((i) => [i.label, i.dueOn])).toEqual([
      ['2026-Q1', '2026-04-30'],
      ['2026-Q2', '2026-07-30'],
      ['2026-Q3', '2026-10-30'],
      ['2026-Q4', '2027-01-31'],
    ]);
  });

  it('the regular board meeting (JVC Art. 58) is due on 31 December of each year, met or not', () => {
    const instances = recurringInstances({
      recurrence: 'CALENDAR_YEAR',
      startsOn: '2026-02-10',
      through: '2028-01-01',
      lag: {},
    });
    expect(instances.map((i) => [i.label, i.dueOn])).toEqual([
      ['2026', '2026-12-31'],
      ['2027', '2027-12-31'],
      ['2028', '2028-12-31'],
    ]);
  });

  it('skips the periods already recorded (after) and stops at the end of the contract', () => {
    const instances = recurringInstances({
      recurrence: 'CALENDAR_MONTH',
      startsOn: '2026-02-10',
      through: '2026-12-31',
      lag: { months: 1 },
      after: '2026-03-01',
      endsOn: '2026-05-15',
    });
    expect(instances.map((i) => i.label)).toEqual(['2026-04', '2026-05']);
  });

  it('owes nothing before the recurrence starts', () => {
    expect(
      recurringInstances({
        recurrence: 'CALENDAR_YEAR',
        startsOn: '2026-02-10',
        through: '2025-12-31',
        lag: {},
      }),
    ).toEqual([]);
  });
});

describe('periodOfLabel: the period an event names', () => {
  it.each([
    ['2026', 'CALENDAR_YEAR', '2026-01-01', '2026-12-31'],
    ['2026-Q3', 'CALENDAR_QUARTER', '2026-07-01', '2026-09-30'],
    ['2026-02', 'CALENDAR_MONTH', '2026-02-01', '2026-02-28'],
  ] as const)('%s (%s) runs from %s to %s', (label, recurrence, startsOn, endsOn) => {
    expect(periodOfLabel({ label, recurrence })).toEqual({ label, startsOn, endsOn });
  });

  it.each([
    ['2026-13', 'CALENDAR_MONTH'],
    ['2026-Q5', 'CALENDAR_QUARTER'],
    ['2026-03', 'CALENDAR_QUARTER'],
    ['26', 'CALENDAR_YEAR'],
  ] as const)('%s names no %s period', (label, recurrence) => {
    expect(periodOfLabel({ label, recurrence })).toBeNull();
  });
});

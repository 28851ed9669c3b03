import { exportRequest } from '../../../src/rules/desk/export-request';
import {
  exportPeriod,
  lastEndedQuarter,
  quarterPeriod,
} from '../../../src/rules/desk/report-period';

describe('quarterPeriod: calendar quarters, as the JV reports (JVC Art. 88)', () => {
  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
  ])('%s runs from %s to %s', (quarter, from, to) => {
    expect(quarterPeriod({ quarter })).toEqual({ ok: true, value: { from, to, label: quarter } });
  });

  it.each(['2026-Q5', '2026-Q0', '2026Q1', 'Q1-2026', ''])(
    'refuses %p, naming the field',
    (quarter) => {
      const ruling = quarterPeriod({ quarter });
      expect(ruling).toMatchObject({
        ok: false,
        refusal: { field: 'quarter', article: 'JVC Art. 88' },
      });
    },
  );
});

describe('lastEndedQuarter: what a board reviews when none is named', () => {
  it.each([
    ['2026-01-05', '2025-Q4'],
    ['2026-03-31', '2025-Q4'],
    ['2026-04-01', '2026-Q1'],
    ['2026-12-06', '2026-Q3'],
  ])('on %s it is %s', (today, quarter) => {
    expect(lastEndedQuarter({ today })).toBe(quarter);
  });
});

describe('exportPeriod and exportRequest', () => {
  it('takes two dates, the first not after the second (a single day included)', () => {
    expect(exportPeriod({ from: '2026-05-01', to: '2026-05-01' })).toEqual({
      ok: true,
      value: { from: '2026-05-01', to: '2026-05-01', label: '2026-05-01 to 2026-05-01' },
    });
  });

  it.each([
    [{ from: undefined, to: '2026-05-01' }, 'from'],
    [{ from: '2026-05-01', to: '2026-13-01' }, 'to'],
    [{ from: '2026-05-02', to: '2026-05-01' }, 'to'],
    [{ from: ['2026-05-01'], to: '2026-05-02' }, 'from'],
  ])('refuses %p on %s', (input, field) => {
    expect(exportPeriod(input)).toMatchObject({ ok: false, refusal: { field } });
  });

  it('reads the dataset and the format from the file name', () => {
    expect(
      exportRequest({ file: 'export-checks.jsonl', from: '2026-01-01', to: '2026-03-31' }),
    ).toEqual({
      ok: true,
      value: {
        dataset: 'export-checks',
        format: 'jsonl',
        period: { from: '2026-01-01', to: '2026-03-31', label: '2026-01-01 to 2026-03-31' },
      },
    });
  });

  it.each([
    ['users.csv', 'dataset'],
    ['obligations', 'format'],
    ['obligations.csv.gz', 'dataset'],
    ['obligations.pdf', 'format'],
  ])('refuses %s on %s', (file, field) => {
    expect(exportRequest({ file, from: '2026-01-01', to: '2026-01-02' })).toMatchObject({
      ok: false,
      refusal: { field },
    });
  });
});

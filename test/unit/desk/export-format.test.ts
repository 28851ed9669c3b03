import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { formatter } from '../../../src/services/desk/export-stream';

const COLUMNS = ['id', 'parties', 'reviews', 'note', 'technology', 'met_on'];
const ROWS = [
  {
    id: 'a',
    parties: ['FENGFAN', 'VALENCE'],
    reviews: [{ outcome: 'CLEARED', reason: 'Not the listed entity, "a reseller"' }],
    note: '=HYPERLINK("http://example.invalid","click")',
    technology: true,
    met_on: null,
  },
  {
    id: 'b',
    parties: [],
    reviews: [],
    note: 'line one\nline two, with a comma',
    technology: false,
    met_on: '2026-06-01',
  },
];

const run = (format: 'csv' | 'jsonl') =>
  text(Readable.from(ROWS, { objectMode: true }).pipe(formatter(format, COLUMNS)));

describe('the export formats', () => {
  it('CSV: a header, lists joined, structures as JSON, nothing and empty lists as empty cells, formulas defused', async () => {
    const parsed = parse(await run('csv'), { columns: true });
    expect(parsed).toEqual([
      {
        id: 'a',
        parties: 'FENGFAN; VALENCE',
        reviews: JSON.stringify([
          { outcome: 'CLEARED', reason: 'Not the listed entity, "a reseller"' },
        ]),
        // A spreadsheet shows the text instead of running it (csv-stringify escape_formulas).
        note: `'=HYPERLINK("http://example.invalid","click")`,
        technology: 'true',
        met_on: '',
      },
      {
        id: 'b',
        // An empty list is an empty cell, whatever it would have held.
        parties: '',
        reviews: '',
        note: 'line one\nline two, with a comma',
        technology: 'false',
        met_on: '2026-06-01',
      },
    ]);
  });

  it('JSON lines: one object a line, lists and structures kept', async () => {
    const lines = (await run('jsonl')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual(ROWS);
  });
});

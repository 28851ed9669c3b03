import { parseCsv, csvRecords } from '../../../src/rules/export/csv';
import {
  parseConditionalControls,
  parseCountryChart,
  parseCountryGroups,
  parseEccnTable,
} from '../../../src/rules/export/reference-data';
import {
  exportReferenceData,
  loadExportReferenceData,
} from '../../../src/services/export/reference-files';

const CHART_HEADER =
  'country_name_ear,iso2,footnotes,CB1,CB2,CB3,NP1,NP2,NS1,NS2,MT1,RS1,RS2,FC1,CC1,CC2,CC3,AT1,AT2';
const GROUPS_HEADER = 'country_name_ear,iso2,A1,A2,A3,A4,A5,A6,B,D1,D2,D3,D4,D5,E1,E2';
const ECCN_HEADER =
  'designation,description,reasons_for_control,chart_columns,conditional_controls,' +
  'license_exceptions,provenance,citation,notes';

describe('parseCsv: RFC 4180 fields, quotes and line ends', () => {
  it.each<{ text: string; expected: string[][] }>([
    {
      text: 'a,b\n1,2\n',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      text: 'a,b\r\n1,2',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      text: 'a,b\n"x, y","say ""hi"""\n',
      expected: [
        ['a', 'b'],
        ['x, y', 'say "hi"'],
      ],
    },
    {
      text: 'a,b\n,\n',
      expected: [
        ['a', 'b'],
        ['', ''],
      ],
    },
    { text: '\uFEFFa\n"multi\nline"\n', expected: [['a'], ['multi\nline']] },
  ])('$text', ({ text, expected }) => {
    expect(parseCsv({ text })).toEqual(expected);
  });

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv({ text: 'a\n"open\n' })).toThrow(/not closed/i);
  });

  it('csvRecords refuses a header that is not exactly the expected one', () => {
    expect(() => csvRecords({ text: 'a,c\n1,2\n', columns: ['a', 'b'], name: 't.csv' })).toThrow(
      /t\.csv: expected the header a,b/,
    );
    expect(() => csvRecords({ text: 'a,b\n1\n', columns: ['a', 'b'], name: 't.csv' })).toThrow(
      /t\.csv line 2: expected 2 fields, got 1/,
    );
  });
});

describe('parsers: typed, validated tables from hand-made CSV', () => {
  it('parseCountryChart keeps the columns with an X and the footnotes', () => {
    const text = `${CHART_HEADER}\nTestland,TL,2;3,X,,,,,X,,,,,,,,,X,\n`;
    expect(parseCountryChart({ text })).toEqual([
      { name: 'Testland', iso2: 'TL', footnotes: ['2', '3'], columns: ['CB1', 'NS1', 'AT1'] },
    ]);
  });

  it.each([
    [
      'a cell that is not X or blank',
      `${CHART_HEADER}\nT,TL,,Y,,,,,,,,,,,,,,,\n`,
      /expected X or blank/,
    ],
    ['a code that is not ISO alpha-2', `${CHART_HEADER}\nT,TLX,,,,,,,,,,,,,,,,,\n`, /not an ISO/],
    [
      'a destination twice',
      `${CHART_HEADER}\nT,TL,,,,,,,,,,,,,,,,,\nT,TL,,,,,,,,,,,,,,,,,\n`,
      /TL appears twice/,
    ],
  ])('parseCountryChart rejects %s', (_what, text, error) => {
    expect(() => parseCountryChart({ text })).toThrow(error);
  });

  it('parseCountryGroups writes the groups as the regulation does (E:1, D:4)', () => {
    const text = `${GROUPS_HEADER}\nTestland,TL,,,,,,,,X,,,X,,X,\n`;
    expect(parseCountryGroups({ text })).toEqual([
      { name: 'Testland', iso2: 'TL', groups: ['D:1', 'D:4', 'E:1'] },
    ]);
  });

  it('parseConditionalControls reads columns, items and exceptions', () => {
    expect(
      parseConditionalControls({ value: 'NS1=3A001|3B|!3B002.c;OUTSIDE_CHART=3A090', where: 't' }),
    ).toEqual([
      { column: 'NS1', appliesTo: ['3A001', '3B'], except: ['3B002.c'] },
      { column: 'OUTSIDE_CHART', appliesTo: ['3A090'], except: [] },
    ]);
    expect(() => parseConditionalControls({ value: 'XX9=3A001', where: 't' })).toThrow(
      /unknown value XX9/,
    );
    expect(() => parseConditionalControls({ value: 'NS1=3a001e1', where: 't' })).toThrow(
      /not an ECCN written in its normal form/,
    );
  });

  it('parseEccnTable validates designations, reasons, columns and provenance', () => {
    const row = '3E001,Tech,NS;AT,AT1,NS1=3A001,TSR,CFR_TEXT,15 C.F.R. Part 774,';
    expect(parseEccnTable({ text: `${ECCN_HEADER}\n${row}\n` })).toEqual([
      {
        designation: '3E001',
        description: 'Tech',
        reasonsForControl: ['NS', 'AT'],
        chartColumns: ['AT1'],
        conditionalControls: [{ column: 'NS1', appliesTo: ['3A001'], except: [] }],
        licenseExceptions: 'TSR',
        provenance: 'CFR_TEXT',
        citation: '15 C.F.R. Part 774',
        notes: '',
      },
    ]);
    expect(() =>
      parseEccnTable({ text: `${ECCN_HEADER}\n3E001,T,NS;ZZ,AT1,,,CFR_TEXT,c,\n` }),
    ).toThrow(/reason: unknown value ZZ/);
    expect(() => parseEccnTable({ text: `${ECCN_HEADER}\n3E001,T,NS,AT1,,,GUESSED,c,\n` })).toThrow(
      /provenance: unknown value GUESSED/,
    );
    expect(() =>
      parseEccnTable({ text: `${ECCN_HEADER}\n3e001,T,NS,AT1,,,CFR_TEXT,c,\n` }),
    ).toThrow(/normal form/);
  });
});

describe('the files in data/export-control load and pass validation', () => {
  const data = loadExportReferenceData();

  it('holds 200 chart rows, 200 group rows and the eleven ECCN rows', () => {
    expect(data.chart).toHaveLength(200);
    expect(data.groups).toHaveLength(200);
    expect(data.eccns.map((e) => [e.designation, e.provenance])).toEqual([
      ['3A001', 'CCL_EXTRACT'],
      ['3A001.e.1.a', 'CCL_EXTRACT'],
      ['3A001.e.1.b', 'CCL_EXTRACT'],
      ['3A991', 'CCL_EXTRACT'],
      ['3A991.j.1', 'CCL_EXTRACT'],
      ['3A991.j.2', 'CCL_EXTRACT'],
      ['3D001', 'CFR_TEXT'],
      ['3D991', 'CCL_EXTRACT'],
      ['3E001', 'CFR_TEXT'],
      ['3E991', 'CFR_TEXT'],
      ['EAR99', 'CCL_EXTRACT'],
    ]);
  });

  it('the chart and groups files are the shared 2026-09-24 editions, unchanged', () => {
    // SHA-256 of ../shared/data/export-control/ear/*_2026-09-24.csv (data/export-control/README.md)
    expect(data.versions).toEqual([
      { file: 'eccns.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      {
        file: 'country-chart.csv',
        sha256: '4b41454a2ec469f3669a343b027262f246ce7d174420aca66ae55c9a1c0a6afd',
      },
      {
        file: 'country-groups.csv',
        sha256: 'fe96d06b33893814f45071f48eb5fd1477ac102f3c85928a0d72f060eeb214bd',
      },
    ]);
  });

  it('every AT cell of the chart is empty, as the source says (Part 746 governs instead)', () => {
    expect(data.chart.filter((row) => row.columns.some((c) => c.startsWith('AT')))).toEqual([]);
  });

  it('exportReferenceData() reads the files once and caches them', () => {
    expect(exportReferenceData()).toBe(exportReferenceData());
    expect(exportReferenceData().eccns).toEqual(data.eccns);
  });

  it('a missing directory is an error, not empty tables', () => {
    expect(() => loadExportReferenceData({ directory: '/nonexistent/export-control' })).toThrow(
      /ENOENT/,
    );
  });
});

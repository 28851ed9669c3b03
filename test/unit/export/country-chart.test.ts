import { licenceRequirements } from '../../../src/rules/export/country-chart';
import { loadExportReferenceData } from '../../../src/services/export/reference-files';
import type { ChartColumn, CountryChartRow, EccnEntry } from '../../../src/rules/export/types';

const { eccns, chart } = loadExportReferenceData();
const CITATION = '15 C.F.R. 738.4 and Supplement No. 1 to Part 738';

describe('Commerce Country Chart rows of the destinations the parties deal with', () => {
  // The X cells are written out from Supp. No. 1 to Part 738 (eCFR 2026-09-24), not derived from
  // the data file, so that a changed file shows up here. Hong Kong is read on China's row since
  // 23 December 2020; the United States is not a destination of the chart.
  it.each<{ destination: string; row: string | null; name: string | null; x: ChartColumn[] }>([
    {
      destination: 'CN',
      row: 'CN',
      name: 'China',
      x: ['CB1', 'CB2', 'CB3', 'NP1', 'NP2', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC3'],
    },
    {
      destination: 'HK',
      row: 'CN',
      name: 'China',
      x: ['CB1', 'CB2', 'CB3', 'NP1', 'NP2', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC3'],
    },
    {
      destination: 'SG',
      row: 'SG',
      name: 'Singapore',
      x: ['CB1', 'CB2', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC3'],
    },
    { destination: 'DE', row: 'DE', name: 'Germany', x: ['CB1', 'NS1', 'MT1', 'RS1'] },
    {
      destination: 'RU',
      row: 'RU',
      name: 'Russia',
      x: ['CB1', 'CB2', 'CB3', 'NP1', 'NP2', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC2'],
    },
    { destination: 'IR', row: 'IR', name: 'Iran', x: ['CB1'] },
    { destination: 'KP', row: 'KP', name: 'Korea, North', x: ['CB1'] },
    { destination: 'US', row: null, name: null, x: [] },
  ])('$destination → row $row: $x', ({ destination, row, name, x }) => {
    const read = destination === 'HK' ? 'CN' : destination;
    const found = chart.find((r: CountryChartRow) => r.iso2 === read) ?? null;
    expect(found?.iso2 ?? null).toBe(row);
    expect(found?.name ?? null).toBe(name);
    expect(found?.columns ?? []).toEqual(x);
    expect(chart.some((r) => r.iso2 === 'HK')).toBe(false);
  });

  it('Russia carries footnote 6 (Part 746 sanctions), Iran and North Korea footnote 1', () => {
    const footnotes = (iso2: string) => chart.find((r) => r.iso2 === iso2)?.footnotes;
    expect(footnotes('RU')).toEqual(['6']);
    expect(footnotes('IR')).toEqual(['1']);
    expect(footnotes('KP')).toEqual(['1']);
    expect(footnotes('CN')).toEqual([]);
  });
});

describe('licenceRequirements: the ECCN crossed with the destination row (15 C.F.R. 738.4)', () => {
  it.each<{
    name: string;
    eccn: string;
    relatedEccn?: string;
    destination: string;
    required: boolean;
    x: Record<string, 'YES' | 'NO' | 'UNDETERMINED'>;
    why: string;
  }>([
    {
      name: '3E001 technology for 3A001.e.1.b cells to China',
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      destination: 'CN',
      required: true,
      x: { NS1: 'YES', MT1: 'NO', NP1: 'NO', RS2: 'NO' },
      why:
        '3E001: "NS applies to technology for commodities controlled by 3A001 …: NS Column 1"; ' +
        'China has an X in NS1. MT1/NP1/RS2 apply only to other 3A items.',
    },
    {
      name: 'the same to Hong Kong, read on the China row',
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      destination: 'HK',
      required: true,
      x: { NS1: 'YES', MT1: 'NO', NP1: 'NO', RS2: 'NO' },
      why: 'Hong Kong has been governed by the China row since 2020-12-23.',
    },
    {
      name: 'the same to Germany',
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      destination: 'DE',
      required: true,
      x: { NS1: 'YES', MT1: 'NO', NP1: 'NO', RS2: 'NO' },
      why: 'Germany has an X in NS1 (its only NS column); licence exceptions are not evaluated.',
    },
    {
      name: '3A001.e.1.b cells to China',
      eccn: '3A001.e.1.b',
      destination: 'CN',
      required: true,
      x: {},
      why: 'NS Column 2: China has an X in NS2.',
    },
    {
      name: '3A001.e.1.b cells to Germany',
      eccn: '3A001.e.1.b',
      destination: 'DE',
      required: false,
      x: {},
      why: 'NS2 and AT1: Germany has no X in either.',
    },
    {
      name: '3A991.j.2 ordinary Li-ion cells to China',
      eccn: '3A991.j.2',
      destination: 'CN',
      required: false,
      x: {},
      why: 'AT Column 1 only, and no row has an X in AT1.',
    },
    {
      name: '3E991 technology for 3A991 cells to China',
      eccn: '3E991',
      destination: 'CN',
      required: false,
      x: {},
      why: '3E991: AT applies to entire entry, AT Column 1; China has no X in AT1.',
    },
    {
      name: '3D001 software for 3A001.e.1 cells to Singapore',
      eccn: '3D001',
      relatedEccn: '3A001.e.1.b',
      destination: 'SG',
      required: true,
      x: { NS1: 'YES' },
      why: '3D001: NS1 for software for 3A001.b to 3A001.h; Singapore has an X in NS1.',
    },
    {
      name: '3A001.e.2 capacitors to China, governed by the 3A001 entry row',
      eccn: '3A001.e.2',
      destination: 'CN',
      required: true,
      x: { NS1: 'NO', RS1: 'NO', MT1: 'NO', NP1: 'YES' },
      why: 'NS2 for the entire entry; NP1 for e.2; China has X in both.',
    },
  ])('$name → licence required: $required', ({ eccn, relatedEccn, destination, required, x }) => {
    const result = licenceRequirements({ eccn, relatedEccn, destination, eccns, chart });
    expect(result.licenceRequired).toBe(required);
    const parts = Object.fromEntries(
      result.requirements.filter((r) => r.scope === 'PART').map((r) => [r.column, r.applies]),
    );
    expect(parts).toEqual(x);
    for (const f of result.findings.filter((f) => f.effect === 'LICENSE_REQUIRED')) {
      expect(f.citation).toBe(CITATION);
    }
  });

  it('3E001 to China: the NS1 X is the finding that requires a licence', () => {
    const result = licenceRequirements({
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      destination: 'CN',
      eccns,
      chart,
    });
    expect(result.findings.filter((f) => f.effect === 'LICENSE_REQUIRED')).toEqual([
      {
        step: 'COUNTRY_CHART',
        code: 'CHART_NS1',
        status: 'FAIL',
        effect: 'LICENSE_REQUIRED',
        citation: CITATION,
        message: expect.stringMatching(/an X in NS1 for China \(CN\): a licence is required$/),
      },
    ]);
    expect(result.findings.find((f) => f.code === 'CHART_AT1')).toEqual(
      expect.objectContaining({ status: 'PASS', effect: 'NONE' }),
    );
  });

  it('3E001 without the item it is for: NS1 cannot be decided for China → REVIEW', () => {
    const result = licenceRequirements({ eccn: '3E001', destination: 'CN', eccns, chart });
    expect(result.licenceRequired).toBe(false);
    expect(result.findings.find((f) => f.code === 'CHART_NS1_UNDETERMINED')).toEqual(
      expect.objectContaining({ effect: 'REVIEW', status: 'WARN' }),
    );
    expect(result.findings.find((f) => f.code === 'CHART_OUTSIDE_CHART_CONTROL')).toEqual(
      expect.objectContaining({ effect: 'REVIEW' }),
    );
  });

  it('EAR99 → no chart requirement anywhere, citing 734.3(c) and 738.4', () => {
    for (const destination of ['CN', 'RU', 'IR', 'KP']) {
      const result = licenceRequirements({ eccn: 'EAR99', destination, eccns, chart });
      expect(result.licenceRequired).toBe(false);
      expect(result.findings).toEqual([
        expect.objectContaining({
          code: 'CHART_EAR99',
          effect: 'NONE',
          citation: '15 C.F.R. 734.3(c) and 738.4',
          message: expect.stringMatching(/Part 744.*Part 746.*Part 764/),
        }),
      ]);
    }
  });

  it('the United States is not on the chart: not an export', () => {
    const result = licenceRequirements({ eccn: '3E001', destination: 'us', eccns, chart });
    expect(result.chartDestination).toBeNull();
    expect(result.findings.map((f) => [f.code, f.effect])).toEqual([
      ['CHART_NOT_AN_EXPORT', 'NONE'],
    ]);
  });

  it('Hong Kong says that it was read as China', () => {
    const result = licenceRequirements({ eccn: '3A001.e.1.b', destination: 'HK', eccns, chart });
    expect(result.chartDestination).toBe('CN');
    expect(result.findings[0]).toEqual(
      expect.objectContaining({ code: 'CHART_HONG_KONG_AS_CHINA', effect: 'NONE' }),
    );
  });

  it('an ECCN the table lacks, or a destination the chart lacks → REVIEW', () => {
    expect(
      licenceRequirements({ eccn: '5A002', destination: 'CN', eccns, chart }).findings,
    ).toEqual([expect.objectContaining({ code: 'CHART_ECCN_NOT_IN_TABLE', effect: 'REVIEW' })]);
    expect(
      licenceRequirements({ eccn: '3A001.e.1.b', destination: 'ZZ', eccns, chart }).findings,
    ).toEqual([
      expect.objectContaining({ code: 'CHART_DESTINATION_NOT_ON_CHART', effect: 'REVIEW' }),
    ]);
  });

  it('a malformed destination or related ECCN → BAD_USER_INPUT', () => {
    expect(() =>
      licenceRequirements({ eccn: '3E001', relatedEccn: 'cells', destination: 'CN', eccns, chart }),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/^relatedEccn:/),
      }),
    );
    expect(() =>
      licenceRequirements({ eccn: '3E001', destination: 'China', eccns, chart }),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('works on hand-made tables: a conditional column with an exception', () => {
    const table: EccnEntry[] = [
      {
        designation: '9E001',
        description: 'test',
        reasonsForControl: ['NS', 'AT'],
        chartColumns: [],
        conditionalControls: [{ column: 'NS1', appliesTo: ['9A'], except: ['9A012.a'] }],
        licenseExceptions: '',
        provenance: 'CFR_TEXT',
        citation: 'test citation',
        notes: '',
      },
    ];
    const rows: CountryChartRow[] = [
      { name: 'Testland', iso2: 'TL', footnotes: [], columns: ['NS1'] },
    ];
    const run = (relatedEccn: string) =>
      licenceRequirements({
        eccn: '9E001',
        relatedEccn,
        destination: 'TL',
        eccns: table,
        chart: rows,
      });
    expect(run('9A001.b').licenceRequired).toBe(true);
    expect(run('9A012.a.1').licenceRequired).toBe(false);
    expect(run('9B001').licenceRequired).toBe(false);
  });
});

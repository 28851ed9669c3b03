import {
  assertEccn,
  classificationFindings,
  eccnFallsUnder,
  lookupEccn,
  parseEccn,
  reasonsForControl,
} from '../../../src/rules/export/eccn';
import { loadExportReferenceData } from '../../../src/services/export/reference-files';
import type { EccnEntry } from '../../../src/rules/export/types';

const { eccns } = loadExportReferenceData();

const row = (designation: string, over: Partial<EccnEntry> = {}): EccnEntry => ({
  designation,
  description: designation,
  reasonsForControl: ['NS', 'AT'],
  chartColumns: ['NS2', 'AT1'],
  conditionalControls: [],
  licenseExceptions: '',
  provenance: 'CFR_TEXT',
  citation: `15 C.F.R. Part 774, Supp. No. 1, ECCN ${designation}`,
  notes: '',
  ...over,
});

describe('parseEccn: the CCL structure (15 C.F.R. 738.2) or EAR99', () => {
  it.each<{
    value: string;
    eccn: string;
    entry: string;
    group: string | null;
    paragraphs: string[];
  }>([
    { value: '3A001', eccn: '3A001', entry: '3A001', group: 'A', paragraphs: [] },
    {
      value: '3A001.e.1.b',
      eccn: '3A001.e.1.b',
      entry: '3A001',
      group: 'A',
      paragraphs: ['e', '1', 'b'],
    },
    {
      value: ' 3a001.E.1.B ',
      eccn: '3A001.e.1.b',
      entry: '3A001',
      group: 'A',
      paragraphs: ['e', '1', 'b'],
    },
    { value: '3E001', eccn: '3E001', entry: '3E001', group: 'E', paragraphs: [] },
    { value: '0A606.y.4', eccn: '0A606.y.4', entry: '0A606', group: 'A', paragraphs: ['y', '4'] },
    {
      value: '3A001.a.15',
      eccn: '3A001.a.15',
      entry: '3A001',
      group: 'A',
      paragraphs: ['a', '15'],
    },
    { value: 'ear99', eccn: 'EAR99', entry: 'EAR99', group: null, paragraphs: [] },
  ])('$value → $eccn', ({ value, eccn, entry, group, paragraphs }) => {
    expect(parseEccn({ value })).toEqual({
      valid: true,
      eccn,
      entry,
      category: entry === 'EAR99' ? null : entry[0],
      productGroup: group,
      paragraphs,
    });
  });

  it.each<{ value: unknown; reason: RegExp }>([
    { value: '3A001e1', reason: /separate the paragraphs with dots/ },
    { value: '3F001', reason: /product group A–E/ },
    { value: '3A01', reason: /not an ECCN/ },
    { value: '3A001.', reason: /not an ECCN/ },
    { value: '3A001.e..1', reason: /not an ECCN/ },
    { value: 'EAR-99', reason: /not an ECCN/ },
    { value: '', reason: /expected an ECCN/ },
    { value: 42, reason: /expected an ECCN/ },
  ])('$value is not an ECCN', ({ value, reason }) => {
    const parsed = parseEccn({ value });
    expect(parsed.valid).toBe(false);
    expect(parsed.valid ? '' : parsed.reason).toMatch(reason);
  });

  it('assertEccn throws BAD_USER_INPUT naming the field', () => {
    expect(() => assertEccn({ field: 'eccn', value: '3A001e1' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^eccn:/) }),
    );
    expect(assertEccn({ field: 'eccn', value: '3e991' })).toBe('3E991');
  });
});

describe('eccnFallsUnder: an ECCN, its paragraphs, or a whole product group', () => {
  it.each<[string, string, boolean]>([
    ['3A001.e.1.b', '3A001', true],
    ['3A001.e.1.b', '3A001.e.1', true],
    ['3A001.e.1.b', '3A001.e.1.b', true],
    ['3A001.e.1', '3A001.e.1.b', false],
    ['3A001.e.12', '3A001.e.1', false],
    ['3A0011', '3A001', false],
    ['3B001.c.1', '3B', true],
    ['3A001', '3B', false],
    ['EAR99', '3A001', false],
  ])('%s under %s → %s', (designation, pattern, expected) => {
    expect(eccnFallsUnder({ designation, pattern })).toBe(expected);
  });
});

describe('lookupEccn and reasonsForControl on the project table', () => {
  it.each<{ eccn: string; row: string | null; exact: boolean; reasons: string[] | null }>([
    // Rows of the shared extract (15 C.F.R. Part 774, Supp. No. 1).
    { eccn: '3A001.e.1.a', row: '3A001.e.1.a', exact: true, reasons: ['NS', 'AT'] },
    { eccn: '3A001.e.1.b', row: '3A001.e.1.b', exact: true, reasons: ['NS', 'AT'] },
    { eccn: '3A991.j.2', row: '3A991.j.2', exact: true, reasons: ['AT'] },
    { eccn: '3D991', row: '3D991', exact: true, reasons: ['AT'] },
    // Rows built from the CCL text: 3E001 "Reason for Control: NS, MT, NP, RS, AT".
    { eccn: '3E001', row: '3E001', exact: true, reasons: ['NS', 'MT', 'NP', 'RS', 'AT'] },
    { eccn: '3D001', row: '3D001', exact: true, reasons: ['NS', 'RS', 'AT'] },
    { eccn: '3E991', row: '3E991', exact: true, reasons: ['AT'] },
    // A paragraph without its own row is governed by the entry's row.
    { eccn: '3A001.e.2', row: '3A001', exact: false, reasons: ['NS', 'RS', 'MT', 'NP', 'AT'] },
    { eccn: '3A991.j', row: '3A991', exact: false, reasons: ['AT'] },
    { eccn: 'EAR99', row: 'EAR99', exact: true, reasons: [] },
    { eccn: '5A002', row: null, exact: false, reasons: null },
  ])('$eccn → row $row', ({ eccn, row: expectedRow, exact, reasons }) => {
    const found = lookupEccn({ eccn, eccns });
    expect(found.entry?.designation ?? null).toBe(expectedRow);
    expect(found.exact).toBe(exact);
    expect(reasonsForControl({ eccn, eccns })).toEqual(reasons);
  });

  it('3E001 applies AT1 to the whole entry and NS1 only for technology for 3A001, 3A002 …', () => {
    const e = lookupEccn({ eccn: '3E001', eccns }).entry;
    expect(e?.chartColumns).toEqual(['AT1']);
    expect(e?.conditionalControls.map((c) => c.column)).toEqual([
      'NS1',
      'MT1',
      'NP1',
      'RS2',
      'OUTSIDE_CHART',
    ]);
    expect(e?.conditionalControls[0].appliesTo).toEqual([
      '3A001',
      '3A002',
      '3A003',
      '3B001',
      '3B002',
      '3C001',
      '3C002',
      '3C003',
      '3C004',
      '3C005',
      '3C006',
    ]);
  });

  it('the battery cells of 3A001.e.1 are NS2 and AT1 (NS Column 2, AT Column 1)', () => {
    expect(lookupEccn({ eccn: '3A001.e.1.b', eccns }).entry?.chartColumns).toEqual(['NS2', 'AT1']);
  });

  it('works on a hand-made table too', () => {
    const table = [row('9A001'), row('9A001.b', { chartColumns: ['MT1'] })];
    expect(lookupEccn({ eccn: '9A001.b.2', eccns: table }).entry?.chartColumns).toEqual(['MT1']);
    expect(lookupEccn({ eccn: '9A001.c', eccns: table }).entry?.designation).toBe('9A001');
  });
});

describe('classificationFindings: step 1 of the check', () => {
  it('EAR99 → INFO under 15 C.F.R. 734.3(c), end-use rules still apply', () => {
    expect(classificationFindings({ eccn: 'EAR99', eccns })).toEqual([
      expect.objectContaining({
        step: 'CLASSIFICATION',
        code: 'CLASSIFICATION_EAR99',
        effect: 'NONE',
        citation: '15 C.F.R. 734.3(c)',
        message: expect.stringMatching(/Parts 744, 746, 764/),
      }),
    ]);
  });

  it('a known ECCN → its reasons and columns, citing the CCL entry', () => {
    const [f] = classificationFindings({ eccn: '3E001', relatedEccn: '3A001.e.1.b', eccns });
    expect(f).toEqual(
      expect.objectContaining({
        code: 'CLASSIFICATION_ECCN',
        effect: 'NONE',
        citation: '15 C.F.R. Part 774, Supp. No. 1, ECCN 3E001 (License Requirements)',
      }),
    );
    expect(f.message).toMatch(
      /^3E001: reasons for control NS, MT, NP, RS, AT; Country Chart columns AT1/,
    );
    expect(f.message).toMatch(/it is technology for 3A001\.e\.1\.b/);
    expect(f.message).toMatch(/built by hand from the text of the CCL entry/);
  });

  it('an ECCN the table does not hold → REVIEW, never a silent pass', () => {
    expect(classificationFindings({ eccn: '5A002.a', eccns })).toEqual([
      expect.objectContaining({
        code: 'CLASSIFICATION_NOT_IN_TABLE',
        effect: 'REVIEW',
        status: 'WARN',
      }),
    ]);
  });

  it('a malformed ECCN or related ECCN → BAD_USER_INPUT', () => {
    expect(() => classificationFindings({ eccn: '3A1', eccns })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => classificationFindings({ eccn: '3E001', relatedEccn: 'cells', eccns })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/^relatedEccn:/),
      }),
    );
  });
});

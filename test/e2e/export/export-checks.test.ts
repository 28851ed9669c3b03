import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PartyCode, Role } from '../../../src/domain/parties';
import { AuditEventEntity } from '../../../src/entities';
import { requirePassingCheck } from '../../../src/services/export/release-gate.service';
import {
  importScreeningList,
  type ImportReport,
} from '../../../src/services/export/screening-import';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
} from '../../support/test-app';

/**
 * Export checks through GraphQL (TIC 4.1, 12.2; 15 C.F.R. Parts 730-774), against 336 real
 * entries of the Consolidated Screening List (test/fixtures/csl-slice.csv, list of 2022-05).
 * The expected decisions are derived from the regulation, not from the code: each worked case
 * says why, with the section it rests on.
 */
const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');

type Caller = { party: PartyCode; role: Role };
const VALENCE_COMPLIANCE: Caller = { party: 'VALENCE', role: 'COMPLIANCE' };
const VALENCE_ENGINEER: Caller = { party: 'VALENCE', role: 'ENGINEER' };
const JV_ENGINEER: Caller = { party: 'JV', role: 'ENGINEER' };
const JV_COMPLIANCE: Caller = { party: 'JV', role: 'COMPLIANCE' };

// The seeded parties, as the TIC preamble names them.
const VALENCE_NAME = 'Valence Technology, Inc.';
const FENGFAN_NAME = 'Baoding Fengfan Group Limited Liability Company';
const JV_NAME = 'Baoding Fengfan-Valence Battery Co., Ltd.';
const JV_ADDRESS =
  'Baoding National High Technology Industrial Development Zone, Baoding City, Hebei Province, PRC';

interface Finding {
  step: string;
  code: string;
  status: string;
  effect: string;
  citation: string;
  message: string;
  item: string | null;
}

interface Match {
  key: string;
  queryName: string;
  listCode: string;
  source: string;
  entryId: string;
  entryName: string;
  matchedName: string;
  alias: boolean;
  programs: string[];
  countries: string[];
  score: number;
  level: string;
  reasons: string[];
  review: string | null;
  clearanceId: string | null;
}

interface ReferenceVersions {
  screeningList: { id: string; list_date: string; sha256: string } | null;
  files: Array<{ file: string; sha256: string }>;
}

interface Check {
  id: string;
  runParty: PartyCode;
  runAt: string;
  releaseKind: string;
  destination: string;
  decisionAtRun: string;
  decision: string;
  license: string | null;
  findings: Finding[];
  matches: Match[];
  input: Record<string, unknown>;
  referenceVersions: ReferenceVersions;
}

const CHECK_FIELDS = `
  id runParty runAt releaseKind destination decisionAtRun decision license
  findings { step code status effect citation message item }
  matches {
    key queryName listCode source entryId entryName matchedName alias programs countries
    score level reasons review clearanceId
  }
  input referenceVersions
`;
const RUN = `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { ${CHECK_FIELDS} } }`;
const GET = `query($id: ID!) { exportCheck(id: $id) { ${CHECK_FIELDS} } }`;
const LIST = `query($filter: ExportCheckFilterInput) {
  exportChecks(first: 100, filter: $filter) {
    edges { node { id decision decisionAtRun destination runParty } }
  }
}`;
const REVIEW = `mutation($input: ReviewScreeningMatchInput!) {
  reviewScreeningMatch(input: $input) { ${CHECK_FIELDS} }
}`;
const CREATE_LICENCE = `mutation($input: CreateExportLicenseInput!) {
  createExportLicense(input: $input) {
    id number agency eccns destinations consignees endUsers coveredParties validFrom validTo
  }
}`;
const UPDATE_LICENCE = `mutation($id: ID!, $input: ExportLicenseInput!) {
  updateExportLicense(id: $id, input: $input) { id number validFrom validTo }
}`;
const LICENCES = `{
  exportLicenses(first: 50) { edges { node { id number validFrom validTo coveredParties } } }
}`;
const CLASSIFY = `mutation($input: ClassifyItemInput!) {
  classifyItem(input: $input) { id itemKind itemRef description eccn rationale }
}`;
const CLASSIFICATIONS = `{
  classifications(first: 50) { edges { node { id itemKind itemRef eccn } } }
}`;

// The slice is from 2022: imported as today's list, or every check would fail closed.
const TODAY = new Date().toISOString().slice(0, 10);

let t: TestApp;
let list: ImportReport;

beforeAll(async () => {
  t = await startTestApp();
  list = await importScreeningList(t.db, SLICE, { listDate: TODAY });
});
afterAll(() => t.close());

async function must<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  if (errors || !data) throw new Error(`call failed: ${JSON.stringify(errors)}`);
  return data;
}

async function run(input: Record<string, unknown>, caller: Caller = VALENCE_COMPLIANCE) {
  return (await must(t.gql<{ runExportCheck: Check }>(RUN, { input }, caller))).runExportCheck;
}

async function get(id: string, caller: Caller = VALENCE_COMPLIANCE) {
  return (await must(t.gql<{ exportCheck: Check }>(GET, { id }, caller))).exportCheck;
}

async function count(table: string): Promise<number> {
  const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

/** A date `days` from today (UTC), as YYYY-MM-DD. */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const JV_CONSIGNEE = { name: JV_NAME, country: 'CN', address: JV_ADDRESS, role: 'CONSIGNEE' };
const JV_END_USER = { name: JV_NAME, country: 'CN', address: JV_ADDRESS, role: 'END_USER' };
const CIVIL_END_USE = 'Manufacture of lithium-ion battery cells for electric buses';

/** An export from the U.S. to the JV in China, the JV as consignee and end user. */
function toJv(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    items: [{ eccn: 'EAR99', description: 'LVP cell assembly work instructions' }],
    releaseKind: 'EXPORT',
    destination: 'CN',
    parties: [JV_CONSIGNEE, JV_END_USER],
    declaredEndUse: CIVIL_END_USE,
    ...overrides,
  };
}

/** 3E001 "technology" for the "production" of 3A001.e.1.b secondary cells (> 350 Wh/kg). */
const CELL_TECHNOLOGY = {
  eccn: '3E001',
  relatedEccn: '3A001.e.1.b',
  description: 'Production technology for LVP secondary cells above 350 Wh/kg',
};

/** A finding the check must contain: step, code, effect and the exact citation. */
type Expected = [step: string, code: string, effect: string, citation: string];

function expectFindings(check: Check, expected: readonly Expected[]): void {
  const actual = check.findings.map((f) => [f.step, f.code, f.effect, f.citation]);
  for (const finding of expected) expect(actual).toContainEqual(finding);
}

/** The steps come in the EAR's order (15 C.F.R. 732.1-732.5), after the kind of transfer. */
const STEP_ORDER = [
  'CLASSIFICATION',
  'DESTINATION',
  'COUNTRY_CHART',
  'SCREENING',
  'END_USE',
  'LICENSE',
];

function expectStepOrder(check: Check): void {
  const [transfer, ...rest] = check.findings;
  expect(transfer.step).toBe('DESTINATION');
  expect(transfer.code).toMatch(/^TRANSFER_/);
  const byItem = new Map<string, number[]>();
  for (const finding of rest) {
    const key = finding.item ?? '';
    byItem.set(key, [...(byItem.get(key) ?? []), STEP_ORDER.indexOf(finding.step)]);
  }
  for (const order of byItem.values()) {
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  }
}

const CHART = '15 C.F.R. 738.4 and Supplement No. 1 to Part 738';
const LICENCE = '15 C.F.R. 750.7';
const SCREENING = '15 C.F.R. 744.1 and Part 764; 31 C.F.R. Chapter V';
const ENTITY_LIST = '15 C.F.R. 744.11 and Supp. No. 4 to Part 744';
const END_USE_NONE = '15 C.F.R. 744.2–744.4 and 744.21; TIC 12.2';

interface WorkedCase {
  name: string;
  input: Record<string, unknown>;
  decision: string;
  releaseKind: string;
  findings: Expected[];
  /** The matches, in full where it matters: list, entry, the name that matched, level. */
  matches: Array<Pick<Match, 'listCode' | 'entryName' | 'matchedName' | 'alias' | 'level'>>;
  /** Words every match's reasons must contain, to show why it matched. */
  reasons?: string[];
  /** Inclusive score range of the first match. */
  score?: [number, number];
}

const WORKED_CASES: WorkedCase[] = [
  {
    // EAR99 items have no reasons for control on the CCL, so the Country Chart requires no
    // licence to any destination (15 C.F.R. 734.3(c), 738.4); the JV is on no list and the end
    // use is civil (Part 744 adds nothing): NLR.
    name: 'EAR99 technology to the JV in China for a civil end use',
    input: toJv(),
    decision: 'NO_LICENSE_REQUIRED',
    releaseKind: 'EXPORT',
    findings: [
      ['DESTINATION', 'TRANSFER_EXPORT', 'NONE', '15 C.F.R. 734.13(a)(1)'],
      ['CLASSIFICATION', 'CLASSIFICATION_EAR99', 'NONE', '15 C.F.R. 734.3(c)'],
      ['COUNTRY_CHART', 'CHART_EAR99', 'NONE', '15 C.F.R. 734.3(c) and 738.4'],
      ['SCREENING', 'SCREENING_NO_MATCH', 'NONE', SCREENING],
      ['END_USE', 'END_USE_NO_RED_FLAG', 'NONE', END_USE_NONE],
      ['LICENSE', 'LICENCE_NOT_REQUIRED', 'NONE', LICENCE],
    ],
    matches: [],
  },
  {
    // 3E001 controls technology for 3A001.e.1 cells for NS1 (ECCN 3E001, License
    // Requirements); China's row of the Country Chart has an X under NS1 (Supp. No. 1 to Part
    // 738), so a licence is required (738.4(a)); AT1 has no X for China. No licence on file.
    name: '3E001 technology for 3A001.e.1.b cells to the JV in China',
    input: toJv({ items: [CELL_TECHNOLOGY] }),
    decision: 'LICENSE_REQUIRED',
    releaseKind: 'EXPORT',
    findings: [
      ['DESTINATION', 'TRANSFER_EXPORT', 'NONE', '15 C.F.R. 734.13(a)(1)'],
      [
        'CLASSIFICATION',
        'CLASSIFICATION_ECCN',
        'NONE',
        '15 C.F.R. Part 774, Supp. No. 1, ECCN 3E001 (License Requirements)',
      ],
      ['COUNTRY_CHART', 'CHART_NS1', 'LICENSE_REQUIRED', CHART],
      ['COUNTRY_CHART', 'CHART_AT1', 'NONE', CHART],
      ['SCREENING', 'SCREENING_NO_MATCH', 'NONE', SCREENING],
      ['END_USE', 'END_USE_NO_RED_FLAG', 'NONE', END_USE_NONE],
      ['LICENSE', 'LICENCE_NONE_ON_FILE', 'LICENSE_REQUIRED', LICENCE],
    ],
    matches: [],
  },
  {
    // "Zhongke Shuguang" is an alias of the Entity List entry "Sugon" (fixture alt_names). An
    // Entity List party needs a licence for all items subject to the EAR, EAR99 included
    // (744.11, Supp. No. 4 to Part 744); the match is exact, so STRONG, confirmed until cleared.
    name: 'an Entity List entity named under an alias (Sugon as "Zhongke Shuguang")',
    input: toJv({
      parties: [JV_CONSIGNEE, { name: 'Zhongke Shuguang', country: 'CN', role: 'END_USER' }],
    }),
    decision: 'LICENSE_REQUIRED',
    releaseKind: 'EXPORT',
    findings: [
      ['COUNTRY_CHART', 'CHART_EAR99', 'NONE', '15 C.F.R. 734.3(c) and 738.4'],
      ['SCREENING', 'SCREENING_EL_CONFIRMED', 'LICENSE_REQUIRED', ENTITY_LIST],
      ['LICENSE', 'LICENCE_NONE_ON_FILE', 'LICENSE_REQUIRED', LICENCE],
    ],
    matches: [
      {
        listCode: 'EL',
        entryName: 'Sugon',
        matchedName: 'Zhongke Shuguang',
        alias: true,
        level: 'STRONG',
      },
    ],
    reasons: ['compared with the listed alias "Zhongke Shuguang"', 'same country: CN'],
    score: [1, 1],
  },
  {
    // "Hikvison" for "Hikvision", and "Co Ltd" without punctuation: a strong but not identical
    // name is a possible match until a person confirms it (an officer does not conclude a
    // listing from a misspelling alone): NEEDS_REVIEW. If confirmed, the Entity List requires a
    // licence (744.11); OFAC's CMIC list restricts securities, not exports (E.O. 13959): its
    // possible match is a finding for the reviewer, as a confirmed one would be.
    name: 'an Entity List entity under a misspelling (Hikvision as "Hikvison")',
    input: toJv({
      parties: [
        { name: 'Hangzhou Hikvison Digital Technology Co Ltd', country: 'CN', role: 'END_USER' },
      ],
    }),
    decision: 'NEEDS_REVIEW',
    releaseKind: 'EXPORT',
    findings: [
      ['SCREENING', 'SCREENING_EL_POSSIBLE_MATCH', 'REVIEW', ENTITY_LIST],
      [
        'SCREENING',
        'SCREENING_CMIC_POSSIBLE_MATCH',
        'NONE',
        'E.O. 13959, E.O. 14032; 31 C.F.R. Part 586',
      ],
      ['LICENSE', 'LICENCE_NOT_REQUIRED', 'NONE', LICENCE],
    ],
    matches: [
      {
        listCode: 'EL',
        entryName: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
        matchedName: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
        alias: false,
        level: 'STRONG',
      },
      {
        listCode: 'CMIC',
        entryName: 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.',
        // Its name and its alias score alike (legal form aside): the entry's own name is shown.
        matchedName: 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.',
        alias: false,
        level: 'STRONG',
      },
    ],
    reasons: ['"hikvison" taken for "hikvision" (1 letter differ)', 'legal forms ignored'],
    score: [0.85, 0.999],
  },
  {
    // "Shugang Technology" is one letter from "Shuguang", an alias of Sugon (EL), with a generic
    // word more: it may be Sugon misspelt or a different company. A POSSIBLE match is for a reviewer; until one decides,
    // nothing can be concluded: NEEDS_REVIEW (EAR99, civil end use otherwise).
    name: 'a name that possibly matches an Entity List alias ("Dawning")',
    input: toJv({
      parties: [{ name: 'Shugang Technology', country: 'CN', role: 'END_USER' }],
    }),
    decision: 'NEEDS_REVIEW',
    releaseKind: 'EXPORT',
    findings: [
      ['SCREENING', 'SCREENING_EL_POSSIBLE_MATCH', 'REVIEW', ENTITY_LIST],
      ['LICENSE', 'LICENCE_NOT_REQUIRED', 'NONE', LICENCE],
    ],
    matches: [
      {
        listCode: 'EL',
        entryName: 'Sugon',
        matchedName: 'Shuguang',
        alias: true,
        level: 'POSSIBLE',
      },
    ],
    reasons: ['"shugang" taken for "shuguang" (1 letter differ)', 'only in the query: technology'],
    score: [0.7, 0.849],
  },
  {
    // "Rojas, Jim" is "JIM ROJAS" of the Denied Persons List with the words swapped. A denial
    // order forbids anyone to take part in an export with the denied person (764.3(a)(2);
    // General Prohibition Four, 736.2(b)(4)): no licence can cure it.
    name: 'a Denied Persons List name in another word order, as the purchaser',
    input: toJv({
      parties: [{ name: 'Rojas, Jim', country: 'US', role: 'PURCHASER' }, JV_END_USER],
    }),
    decision: 'PROHIBITED',
    releaseKind: 'EXPORT',
    findings: [
      [
        'SCREENING',
        'SCREENING_DPL_CONFIRMED',
        'STOP',
        '15 C.F.R. 764.3(a)(2) and 736.2(b)(4) (General Prohibition Four)',
      ],
      ['LICENSE', 'LICENCE_NOT_APPLICABLE', 'NONE', LICENCE],
    ],
    matches: [
      {
        listCode: 'DPL',
        entryName: 'JIM ROJAS',
        matchedName: 'JIM ROJAS',
        alias: false,
        level: 'STRONG',
      },
    ],
    reasons: ['words in common: rojas, jim', 'word order ignored'],
    score: [1, 1],
  },
  {
    // A uranium isotope separation plant is a facility of 744.2(a)(3)(iii); China is not in
    // Supp. No. 3 to Part 744, so a licence is required for any item subject to the EAR, EAR99
    // included (744.2(a)). Not a weapon purpose, so TIC 12.2 does not forbid it outright.
    name: 'a declared nuclear end use (an isotope separation plant) in China',
    input: toJv({
      declaredEndUse: 'Backup power cells for a uranium isotope separation plant',
    }),
    decision: 'LICENSE_REQUIRED',
    releaseKind: 'EXPORT',
    findings: [
      ['COUNTRY_CHART', 'CHART_EAR99', 'NONE', '15 C.F.R. 734.3(c) and 738.4'],
      ['END_USE', 'END_USE_NUCLEAR', 'LICENSE_REQUIRED', '15 C.F.R. 744.2(a)'],
      ['LICENSE', 'LICENCE_NONE_ON_FILE', 'LICENSE_REQUIRED', LICENCE],
    ],
    matches: [],
  },
  {
    // TIC 12.2 forbids any use "for biological, chemical or nuclear weapon proliferation
    // purposes": a contractual stop no licence lifts (the EAR also require a licence for
    // nuclear explosive activities, 744.2(a)(1)).
    name: 'a declared nuclear weapon end use',
    input: toJv({ declaredEndUse: 'Power supply for nuclear weapons test instrumentation' }),
    decision: 'PROHIBITED',
    releaseKind: 'EXPORT',
    findings: [
      ['END_USE', 'END_USE_NUCLEAR_WEAPON', 'STOP', 'TIC 12.2; 15 C.F.R. 744.2(a)(1)'],
      ['LICENSE', 'LICENCE_NOT_APPLICABLE', 'NONE', LICENCE],
    ],
    matches: [],
  },
  {
    // Releasing technology in the U.S. to a foreign person is a deemed export to the person's
    // most recent country of citizenship or permanent residency (734.13(a)(2) and (b)): China,
    // whose NS1 cell has an X for 3E001 technology for 3A001.e.1 cells (738.4).
    name: 'a deemed export: 3E001 technology released in the U.S. to a Chinese national',
    input: toJv({
      items: [CELL_TECHNOLOGY],
      releaseKind: 'DEEMED_EXPORT',
      destination: 'US',
      recipientStatuses: [{ country: 'CN', basis: 'CITIZENSHIP', since: '1990-01-01' }],
      parties: [{ name: 'Wang Lei', country: 'CN', role: 'RECIPIENT' }],
      declaredEndUse: 'Training a visiting engineer on the LVP cell production line in Henderson',
    }),
    decision: 'LICENSE_REQUIRED',
    releaseKind: 'DEEMED_EXPORT',
    findings: [
      ['DESTINATION', 'TRANSFER_DEEMED_EXPORT', 'NONE', '15 C.F.R. 734.13(a)(2) and (b)'],
      ['DESTINATION', 'DESTINATION_COUNTRY_GROUPS', 'NONE', '15 C.F.R. Part 740, Supp. No. 1'],
      ['COUNTRY_CHART', 'CHART_NS1', 'LICENSE_REQUIRED', CHART],
      ['LICENSE', 'LICENCE_NONE_ON_FILE', 'LICENSE_REQUIRED', LICENCE],
    ],
    matches: [],
  },
  {
    // A release in the U.S. to a U.S. citizen is not an export at all (734.18(a)(2); "U.S.
    // person", 772.1): no Country Chart, no licence; only a listed party could still stop it.
    name: 'a release in the U.S. to a U.S. citizen',
    input: toJv({
      items: [CELL_TECHNOLOGY],
      releaseKind: 'DEEMED_EXPORT',
      destination: 'US',
      recipientStatuses: [{ country: 'US', basis: 'CITIZENSHIP', since: '1990-01-01' }],
      parties: [{ name: 'John Miller', country: 'US', role: 'RECIPIENT' }],
      declaredEndUse: 'Training a new process engineer in Henderson',
    }),
    decision: 'NO_LICENSE_REQUIRED',
    releaseKind: 'NOT_AN_EXPORT',
    findings: [
      [
        'DESTINATION',
        'TRANSFER_NOT_AN_EXPORT',
        'NONE',
        '15 C.F.R. 734.18(a)(2) and 772.1 ("U.S. person")',
      ],
      ['SCREENING', 'SCREENING_NO_MATCH', 'NONE', SCREENING],
    ],
    matches: [],
  },
];

describe('worked cases: the decision and the findings that justify it', () => {
  it.each(WORKED_CASES)('$name → $decision', async (c) => {
    const check = await run(c.input);
    expect(check.decision).toBe(c.decision);
    expect(check.decisionAtRun).toBe(c.decision);
    expect(check.releaseKind).toBe(c.releaseKind);
    expect(check.runParty).toBe('VALENCE');
    expectFindings(check, c.findings);
    expectStepOrder(check);
    for (const finding of check.findings) expect(finding.message.length).toBeGreaterThan(10);
    const matches = check.matches.map(({ listCode, entryName, matchedName, alias, level }) => ({
      listCode,
      entryName,
      matchedName,
      alias,
      level,
    }));
    expect(matches).toEqual(c.matches);
    for (const match of check.matches) {
      expect(match.source).toMatch(/\((EL|DPL|CMIC)\)/);
      expect(match.entryId).toMatch(/\S/);
      for (const reason of c.reasons ?? []) {
        expect(match.reasons.join('\n')).toContain(reason);
      }
    }
    if (c.score) {
      expect(check.matches[0].score).toBeGreaterThanOrEqual(c.score[0]);
      expect(check.matches[0].score).toBeLessThanOrEqual(c.score[1]);
    }
    // A screening finding names the list, the entry, the name it matched and the programme.
    for (const finding of check.findings.filter((f) => f.code.startsWith('SCREENING_EL'))) {
      expect(finding.message).toContain('Entity List (Commerce (BIS))');
      expect(finding.message).toMatch(/matched on "[^"]+"; programme /);
    }
  });

  it('a deemed export reads the Country Chart row of the recipient’s country, not the U.S.', async () => {
    const check = await run(WORKED_CASES[8].input);
    const chart = check.findings.find((f) => f.code === 'CHART_NS1');
    expect(chart?.message).toContain('for China (CN)');
    const groups = check.findings.find((f) => f.code === 'DESTINATION_COUNTRY_GROUPS');
    expect(groups?.message).toContain('China (CN)');
    expect(check.findings.find((f) => f.code === 'TRANSFER_DEEMED_EXPORT')?.message).toMatch(
      /most recent country of citizenship or permanent residency: CN/,
    );
  });

  it('a release that is not an export has no Country Chart or licence step', async () => {
    const check = await run(WORKED_CASES[9].input);
    expect(check.findings.map((f) => f.step)).toEqual(['DESTINATION', 'SCREENING']);
    expect(check.license).toBeNull();
  });

  it('an item given by its classification carries the classification into the check', async () => {
    const { classifyItem } = await must(
      t.gql<{ classifyItem: { id: string; eccn: string; itemKind: string } }>(
        CLASSIFY,
        {
          input: {
            itemKind: 'TECHNOLOGY',
            itemRef: 'TECH-LVP-CELL-PRODUCTION',
            description: 'Process technology for producing LVP secondary cells',
            eccn: '3e001',
            rationale: 'Technology for the production of 3A001.e.1.b cells (> 350 Wh/kg)',
          },
        },
        VALENCE_COMPLIANCE,
      ),
    );
    expect(classifyItem.eccn).toBe('3E001'); // normal form
    const listed = await must(
      t.gql<{ classifications: { edges: Array<{ node: { id: string; eccn: string } }> } }>(
        CLASSIFICATIONS,
        {},
        VALENCE_ENGINEER,
      ),
    );
    expect(listed.classifications.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ id: classifyItem.id, eccn: '3E001' }),
    );
    const check = await run(
      toJv({ items: [{ classificationId: classifyItem.id, relatedEccn: '3A001.e.1.b' }] }),
    );
    expect(check.decision).toBe('LICENSE_REQUIRED');
    expect(check.findings.find((f) => f.code === 'CHART_NS1')).toMatchObject({
      effect: 'LICENSE_REQUIRED',
      citation: CHART,
      item: 'TECHNOLOGY TECH-LVP-CELL-PRODUCTION',
    });
  });
});

describe('licences on file (15 C.F.R. 750.7; TIC 4.1)', () => {
  const NUMBER = 'D1234567';
  let licenceId = '';
  const licence = (validTo: string) => ({
    number: NUMBER,
    agency: 'BIS',
    eccns: ['3E001'],
    destinations: ['CN'],
    consignees: [JV_NAME],
    endUsers: [JV_NAME],
    coveredParties: ['VALENCE', 'JV'],
    validFrom: isoDay(-60),
    validTo,
    conditions: 'No reexport; no release to military end users',
  });

  it('a BIS licence for 3E001 to China naming the JV makes the transfer LICENSED', async () => {
    const { createExportLicense } = await must(
      t.gql<{ createExportLicense: { id: string; eccns: string[]; destinations: string[] } }>(
        CREATE_LICENCE,
        { input: licence(isoDay(365)) },
        VALENCE_COMPLIANCE,
      ),
    );
    licenceId = createExportLicense.id;
    expect(createExportLicense).toMatchObject({ eccns: ['3E001'], destinations: ['CN'] });

    // The chart still requires a licence (NS1); the licence on file covers the ECCN, the
    // destination and both named parties on the date (750.7): LICENSED, with its number.
    const check = await run(toJv({ items: [CELL_TECHNOLOGY] }));
    expect(check.decision).toBe('LICENSED');
    expect(check.license).toBe(NUMBER);
    expectFindings(check, [
      ['COUNTRY_CHART', 'CHART_NS1', 'LICENSE_REQUIRED', CHART],
      ['LICENSE', 'LICENCE_COVERS', 'NONE', LICENCE],
    ]);
    expect(check.findings.find((f) => f.code === 'LICENCE_COVERS')?.message).toContain(NUMBER);
  });

  it('the licence does not cover a consignee it does not name', async () => {
    const check = await run(
      toJv({
        items: [CELL_TECHNOLOGY],
        parties: [
          { name: 'Hebei Anxin Lithium Materials Co., Ltd.', country: 'CN', role: 'CONSIGNEE' },
          JV_END_USER,
        ],
      }),
    );
    expect(check.decision).toBe('LICENSE_REQUIRED');
    expect(check.license).toBeNull();
    expectFindings(check, [['LICENSE', 'LICENCE_PARTY_NOT_NAMED', 'LICENSE_REQUIRED', LICENCE]]);
  });

  it('once the licence has expired the same transfer is LICENSE_REQUIRED again', async () => {
    const licensed = (
      await must(
        t.gql<{ exportChecks: { edges: Array<{ node: { id: string } }> } }>(
          LIST,
          { filter: { decision: 'LICENSED' } },
          VALENCE_COMPLIANCE,
        ),
      )
    ).exportChecks.edges.map((e) => e.node.id);
    expect(licensed).toHaveLength(1);

    const expiredOn = isoDay(-10);
    const { updateExportLicense } = await must(
      t.gql<{ updateExportLicense: { id: string; validTo: string } }>(
        UPDATE_LICENCE,
        { id: licenceId, input: licence(expiredOn) },
        VALENCE_COMPLIANCE,
      ),
    );
    expect(updateExportLicense).toMatchObject({ id: licenceId, validTo: expiredOn });
    const listed = await must(
      t.gql<{ exportLicenses: { edges: Array<{ node: { number: string; validTo: string } }> } }>(
        LICENCES,
        {},
        VALENCE_COMPLIANCE,
      ),
    );
    expect(listed.exportLicenses.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ number: NUMBER, validTo: expiredOn }),
    );

    const check = await run(toJv({ items: [CELL_TECHNOLOGY] }));
    expect(check.decision).toBe('LICENSE_REQUIRED');
    expect(check.license).toBeNull();
    expectFindings(check, [['LICENSE', 'LICENCE_EXPIRED', 'LICENSE_REQUIRED', LICENCE]]);
    expect(check.findings.find((f) => f.code === 'LICENCE_EXPIRED')?.message).toContain(
      `expired on ${expiredOn}`,
    );

    // The earlier check is evidence of what was on file when it ran: still LICENSED.
    const earlier = await get(licensed[0]);
    expect(earlier).toMatchObject({
      decision: 'LICENSED',
      decisionAtRun: 'LICENSED',
      license: NUMBER,
    });
  });
});

describe('screening does not flood the officer', () => {
  // The three parties' own names share only generic words ("Technology", "Battery", "Group",
  // "Baoding", "Company") with listed names such as "Beijing Institute of Technology"; generic
  // words alone never make a match, so none of them may produce one. (Against the full 2022-05
  // list, Fengfan's and the JV's names each get one POSSIBLE match: "FENGFAN CO., LTD.", an
  // alias of the CMIC entry China Shipbuilding Industry Group Power Co., a Baoding battery
  // maker. A real look-alike for the officer to clear, not a flood; it is not in the slice.)
  it.each([
    { name: VALENCE_NAME, country: 'US' },
    { name: FENGFAN_NAME, country: 'CN' },
    { name: JV_NAME, country: 'CN' },
    { name: 'Contemporary Amperex Technology Co., Limited', country: 'CN' },
    { name: 'Tianjin Lishen Battery Joint-Stock Co., Ltd.', country: 'CN' },
    { name: 'Hebei Anxin Lithium Materials Co., Ltd.', country: 'CN' },
  ])('$name produces no match', async ({ name, country }) => {
    const check = await run(
      toJv({
        parties: [
          { name, country, role: 'CONSIGNEE' },
          { name, country, role: 'END_USER' },
        ],
      }),
    );
    expect(check.matches).toEqual([]);
    expectFindings(check, [['SCREENING', 'SCREENING_NO_MATCH', 'NONE', SCREENING]]);
  });

  it('a party named in two roles is one match per entry, reviewed once', async () => {
    const check = await run(
      toJv({
        parties: [
          { name: 'Zhongke Shuguang', country: 'CN', role: 'CONSIGNEE' },
          { name: 'Zhongke Shuguang', country: 'CN', role: 'END_USER' },
        ],
      }),
    );
    expect(check.matches.map((m) => [m.listCode, m.entryName, m.matchedName])).toEqual([
      ['EL', 'Sugon', 'Zhongke Shuguang'],
    ]);
    expect(check.findings.filter((f) => f.step === 'SCREENING')).toHaveLength(1);
  });

  it('a listed name yields its entries only, not every entry sharing a word', async () => {
    // "Huawei Technology" is an alias of each of the three "Huawei Technologies Co., Ltd."
    // entries; the slice also holds 25 affiliates whose names contain "Huawei". The three
    // exact entries decide; the affiliates are look-alikes and are not reported.
    const check = await run(
      toJv({ parties: [{ name: 'Huawei Technology', country: 'CN', role: 'END_USER' }] }),
    );
    expect(check.matches.map((m) => [m.listCode, m.entryName, m.matchedName, m.level])).toEqual([
      ['EL', 'Huawei Technologies Co., Ltd. (Huawei)', 'Huawei Technology', 'STRONG'],
      ['EL', 'Huawei Technologies Co., Ltd. (Huawei)', 'Huawei Technology', 'STRONG'],
      ['EL', 'Huawei Technologies Co., Ltd. (Huawei)', 'Huawei Technology', 'STRONG'],
      // Huawei is on the CMIC list as well: a finding for the reviewer, shown like the others.
      ['CMIC', 'HUAWEI TECHNOLOGIES CO., LTD.', 'HUAWEI TECHNOLOGIES CO., LTD.', 'STRONG'],
    ]);
    expect(new Set(check.matches.map((m) => m.entryId)).size).toBe(4);
    expect(check.decision).toBe('LICENSE_REQUIRED');
  });
});

describe('the stored check', () => {
  let check: Check;
  const input = toJv({ items: [CELL_TECHNOLOGY] });

  beforeAll(async () => {
    check = await run(input, VALENCE_ENGINEER);
  });

  it('records the input, the reference-data versions, the decision and who ran it', async () => {
    const [row] = await t.db.query(
      `SELECT input, reference_versions, decision, run_party, run_by, destination, release_kind
         FROM export_check WHERE id = $1`,
      [check.id],
    );
    const files: Array<{ file: string; sha256: string }> = await t.db.query(
      'SELECT file, sha256 FROM reference_data_version ORDER BY file',
    );
    expect(files.map((f) => f.file)).toEqual([
      'country-chart.csv',
      'country-groups.csv',
      'eccns.csv',
    ]);
    expect(row).toEqual({
      input,
      reference_versions: {
        screeningList: { id: list.versionId, list_date: TODAY, sha256: list.sha256 },
        files: files.map((f) => ({ file: f.file, sha256: f.sha256 })),
      },
      decision: 'LICENSE_REQUIRED', // the licence on file expired above
      run_party: 'VALENCE',
      run_by: await t.userId('VALENCE', 'ENGINEER'),
      destination: 'CN',
      release_kind: 'EXPORT',
    });
    for (const file of files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The API shows the same record.
    expect(check.input).toEqual(input);
    expect(check.referenceVersions).toEqual(row.reference_versions);
  });

  it('cannot be changed or removed, even by SQL', async () => {
    await expect(
      t.db.query(`UPDATE export_check SET decision = 'NO_LICENSE_REQUIRED' WHERE id = $1`, [
        check.id,
      ]),
    ).rejects.toThrow(/immutable/);
    await expect(t.db.query(`DELETE FROM export_check WHERE id = $1`, [check.id])).rejects.toThrow(
      /immutable/,
    );
    const [row] = await t.db.query('SELECT decision FROM export_check WHERE id = $1', [check.id]);
    expect(row).toEqual({ decision: 'LICENSE_REQUIRED' });
  });

  it('is audited as runExportCheck by the user who ran it', async () => {
    const events = await t.db
      .getRepository(AuditEventEntity)
      .findBy({ operation: 'runExportCheck', entityId: check.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorParty: 'VALENCE',
      actorUserId: await t.userId('VALENCE', 'ENGINEER'),
      entity: 'ExportCheck',
      after: { decision: 'LICENSE_REQUIRED', destination: 'CN', releaseKind: 'EXPORT' },
    });
  });

  it('is listed by exportChecks and filtered by destination and decision', async () => {
    const listed = await must(
      t.gql<{ exportChecks: { edges: Array<{ node: { id: string; destination: string } }> } }>(
        LIST,
        { filter: { destination: 'cn', decision: 'LICENSE_REQUIRED' } },
        VALENCE_COMPLIANCE,
      ),
    );
    const nodes = listed.exportChecks.edges.map((e) => e.node);
    expect(nodes[0]).toMatchObject({ id: check.id, destination: 'CN' }); // newest first
    expect(nodes.every((n) => n.destination === 'CN')).toBe(true);
    const none = await must(
      t.gql<{ exportChecks: { edges: unknown[] } }>(
        LIST,
        { filter: { destination: 'DE' } },
        VALENCE_COMPLIANCE,
      ),
    );
    expect(none.exportChecks.edges).toEqual([]);
  });
});

describe('reviewing a screening match', () => {
  let check: Check;
  const input = {
    items: [{ eccn: 'EAR99', description: 'Cell formation equipment manuals' }],
    releaseKind: 'TRANSFER_IN_COUNTRY',
    destination: 'CN',
    parties: [{ name: 'Shugang Technology', country: 'CN', role: 'END_USER' }],
    declaredEndUse: 'Maintenance of battery formation equipment',
  };

  beforeAll(async () => {
    check = await run(input, JV_ENGINEER);
  });

  const review = (matchKey: string, outcome: string, caller: Caller = JV_COMPLIANCE) =>
    t.gql<{ reviewScreeningMatch: Check }>(
      REVIEW,
      {
        input: {
          checkId: check.id,
          matchKey,
          outcome,
          reason: 'Shugang Technology is a Baoding reseller, not Sugon (business licence)',
        },
      },
      caller,
    );

  it('a POSSIBLE match waits for review', () => {
    expect(check.decision).toBe('NEEDS_REVIEW');
    expect(check.releaseKind).toBe('TRANSFER_IN_COUNTRY');
    expect(check.matches).toHaveLength(1);
    expect(check.matches[0]).toMatchObject({ level: 'POSSIBLE', listCode: 'EL', review: null });
  });

  it("the running party's COMPLIANCE clears it: the decision is re-derived", async () => {
    const { reviewScreeningMatch } = await must(review(check.matches[0].key, 'CLEARED'));
    // Nothing else required a licence (EAR99, civil end use), so once the only possible
    // match is cleared the transfer needs none; the decision at run time stays on record.
    expect(reviewScreeningMatch).toMatchObject({
      id: check.id,
      decision: 'NO_LICENSE_REQUIRED',
      decisionAtRun: 'NEEDS_REVIEW',
    });
    expect(reviewScreeningMatch.matches[0].review).toBe('CLEARED');
    expectFindings(reviewScreeningMatch, [
      ['SCREENING', 'SCREENING_EL_CLEARED', 'NONE', ENTITY_LIST],
      ['LICENSE', 'LICENCE_NOT_REQUIRED', 'NONE', LICENCE],
    ]);

    const again = await get(check.id, JV_ENGINEER);
    expect(again).toMatchObject({ decision: 'NO_LICENSE_REQUIRED', decisionAtRun: 'NEEDS_REVIEW' });
    const listed = await must(
      t.gql<{ exportChecks: { edges: Array<{ node: { id: string; decision: string } }> } }>(
        LIST,
        {},
        JV_ENGINEER,
      ),
    );
    expect(listed.exportChecks.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ id: check.id, decision: 'NO_LICENSE_REQUIRED' }),
    );
    const [row] = await t.db.query('SELECT decision FROM export_check WHERE id = $1', [check.id]);
    expect(row.decision).toBe('NEEDS_REVIEW');
    const reviews = await t.db.query(
      'SELECT match_key, outcome, reason, reviewed_by FROM screening_review WHERE check_id = $1',
      [check.id],
    );
    expect(reviews).toEqual([
      {
        match_key: check.matches[0].key,
        outcome: 'CLEARED',
        reason: 'Shugang Technology is a Baoding reseller, not Sugon (business licence)',
        reviewed_by: await t.userId('JV', 'COMPLIANCE'),
      },
    ]);
    const events = await t.db
      .getRepository(AuditEventEntity)
      .findBy({ operation: 'reviewScreeningMatch', entityId: check.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorParty: 'JV',
      actorUserId: await t.userId('JV', 'COMPLIANCE'),
      before: { decision: 'NEEDS_REVIEW' },
      after: {
        matchKey: check.matches[0].key,
        outcome: 'CLEARED',
        decision: 'NO_LICENSE_REQUIRED',
      },
    });
  });

  it('reviewing the same match twice is a CONFLICT and records nothing', async () => {
    const before = [await count('screening_review'), await count('audit_event')];
    const response = await review(check.matches[0].key, 'CONFIRMED');
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect([await count('screening_review'), await count('audit_event')]).toEqual(before);
    expect((await get(check.id, JV_ENGINEER)).decision).toBe('NO_LICENSE_REQUIRED');
  });

  it('an unknown match key is BAD_USER_INPUT naming matchKey', async () => {
    const before = [await count('screening_review'), await count('audit_event')];
    const response = await review('EL:no-such-entry:Zhongke Dawning Computer Co', 'CLEARED');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('matchKey');
    expect([await count('screening_review'), await count('audit_event')]).toEqual(before);
  });

  it('a cleared match is not asked again: a later check shows who cleared it, when and why', async () => {
    // Cleared-match suppression: the JV's clearance above holds for the same name and entry.
    const later = await run(input, JV_ENGINEER);
    expect(later.decision).toBe('NO_LICENSE_REQUIRED');
    expect(later.matches[0].clearanceId).toMatch(/[0-9a-f-]{36}/);
    const finding = later.findings.find((f) => f.code === 'SCREENING_EL_CLEARED');
    expect(finding).toMatchObject({ status: 'INFO', effect: 'NONE' });
    expect(finding?.message).toContain('cleared by compliance@jv.demo on');
    expect(finding?.message).toContain('Shugang Technology is a Baoding reseller, not Sugon');
    // Another party's checks are not answered by the JV's clearance (TIC 12.2).
    const fengfan = await run(input, { party: 'FENGFAN', role: 'ENGINEER' });
    expect(fengfan.decision).toBe('NEEDS_REVIEW');
  });

  it('a revoked clearance asks again; only its party revokes it (TIC 12.2)', async () => {
    const later = await run(input, JV_ENGINEER);
    const clearanceId = later.matches[0].clearanceId;
    const REVOKE = `mutation($input: RevokeScreeningClearanceInput!) {
      revokeScreeningClearance(input: $input) { clearanceId revokedAt }
    }`;
    const variables = { input: { clearanceId, reason: 'The reseller was bought by Sugon' } };
    const foreign = await t.gql(REVOKE, variables, { party: 'FENGFAN', role: 'COMPLIANCE' });
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
    const revoked = await must(t.gql(REVOKE, variables, JV_COMPLIANCE));
    expect(revoked).toMatchObject({ revokeScreeningClearance: { clearanceId } });
    expect(errorCodes(await t.gql(REVOKE, variables, JV_COMPLIANCE))).toEqual(['CONFLICT']);
    const again = await run(input, JV_ENGINEER);
    expect(again.decision).toBe('NEEDS_REVIEW');
    expect(again.matches[0].clearanceId).toBeNull();
    // The record of clearances is append-only.
    await expect(t.db.query(`DELETE FROM screening_clearance_revocation`)).rejects.toThrow(
      /append-only/,
    );
    // Cleared again, for the next test.
    await must(
      t.gql(
        REVIEW,
        {
          input: {
            checkId: again.id,
            matchKey: again.matches[0].key,
            outcome: 'CLEARED',
            reason: 'Shugang Technology is a Baoding reseller, not Sugon (business licence)',
          },
        },
        JV_COMPLIANCE,
      ),
    );
  });

  it('a clearance holds until the listed entry changes', async () => {
    expect((await run(input, JV_ENGINEER)).decision).toBe('NO_LICENSE_REQUIRED');
    // A newer list in which Sugon's entry changed (its address): the answer was about the
    // entry as it stood, so the match is asked again.
    const dir = mkdtempSync(path.join(tmpdir(), 'csl-'));
    const changed = path.join(dir, 'changed.csv');
    // Sugon's entry (the line naming it) with its address amended; nothing else changes.
    writeFileSync(
      changed,
      readFileSync(SLICE, 'utf8')
        .split('\n')
        .map((line) =>
          line.includes(',Sugon,') ? line.replace('Sugon Building', 'Sugon Tower') : line,
        )
        .join('\n'),
    );
    try {
      await importScreeningList(t.db, changed, { listDate: TODAY });
      expect((await run(input, JV_ENGINEER)).decision).toBe('NEEDS_REVIEW');
    } finally {
      await importScreeningList(t.db, SLICE, { listDate: TODAY });
    }
    expect((await run(input, JV_ENGINEER)).decision).toBe('NO_LICENSE_REQUIRED');
  });

  it('a CONFIRMED possible match takes its list’s consequence (Entity List: 744.11)', async () => {
    const other = await run(
      { ...input, parties: [{ name: 'Shugang Technologies', country: 'CN', role: 'END_USER' }] },
      JV_ENGINEER,
    );
    expect(other.decision).toBe('NEEDS_REVIEW');
    const confirmed = await must(
      t.gql<{ reviewScreeningMatch: Check }>(
        REVIEW,
        {
          input: {
            checkId: other.id,
            matchKey: other.matches[0].key,
            outcome: 'CONFIRMED',
            reason: 'Same address as Sugon in the entry',
          },
        },
        JV_COMPLIANCE,
      ),
    );
    expect(confirmed.reviewScreeningMatch).toMatchObject({
      decision: 'LICENSE_REQUIRED',
      decisionAtRun: 'NEEDS_REVIEW',
    });
    expectFindings(confirmed.reviewScreeningMatch, [
      ['SCREENING', 'SCREENING_EL_CONFIRMED', 'LICENSE_REQUIRED', ENTITY_LIST],
    ]);
  });
});

describe('invalid input is refused and nothing is stored', () => {
  const valid = toJv();
  it.each([
    { why: 'no items', input: { ...valid, items: [] }, field: 'items' },
    {
      why: 'an item with both a classificationId and an ECCN',
      input: {
        ...valid,
        items: [{ classificationId: '00000000-0000-4000-8000-000000000000', eccn: 'EAR99' }],
      },
      field: 'items[0]',
    },
    {
      why: 'an item with neither',
      input: { ...valid, items: [{ description: 'Something' }] },
      field: 'items[0]',
    },
    {
      why: 'a malformed ECCN',
      input: { ...valid, items: [{ eccn: '3A01' }] },
      field: 'items[0].eccn',
    },
    {
      why: 'a malformed related ECCN',
      input: { ...valid, items: [{ eccn: '3E001', relatedEccn: '3A001e1b' }] },
      field: 'items[0].relatedEccn',
    },
    {
      why: 'a malformed destination',
      input: { ...valid, destination: 'CHN' },
      field: 'destination',
    },
    {
      why: "a malformed party's country",
      input: { ...valid, parties: [{ ...JV_END_USER, country: 'China' }] },
      field: 'parties.0.country',
    },
    {
      why: 'a deemed export without the recipient’s citizenships',
      input: { ...valid, releaseKind: 'DEEMED_EXPORT', destination: 'US' },
      field: 'recipientStatuses',
    },
  ])('$why → BAD_USER_INPUT naming $field', async ({ input, field }) => {
    const before = [await count('export_check'), await count('audit_event')];
    const response = await t.gql(RUN, { input }, VALENCE_COMPLIANCE);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe(field);
    expect([await count('export_check'), await count('audit_event')]).toEqual(before);
  });

  it('an unknown classification is NOT_FOUND', async () => {
    const before = await count('export_check');
    const response = await t.gql(
      RUN,
      {
        input: { ...valid, items: [{ classificationId: '00000000-0000-4000-8000-000000000000' }] },
      },
      VALENCE_COMPLIANCE,
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(await count('export_check')).toBe(before);
  });
});

describe('requirePassingCheck: what the other capabilities call before a release', () => {
  const RECIPIENT = 'Baoding Lithium Cathode Research Co., Ltd.';
  const EAR99_ITEMS = [{ eccn: 'EAR99' }];
  let passing: Check;

  beforeAll(async () => {
    passing = await run(
      toJv({
        parties: [
          { name: RECIPIENT, country: 'CN', role: 'CONSIGNEE' },
          { name: RECIPIENT, country: 'CN', role: 'END_USER' },
        ],
      }),
      JV_COMPLIANCE,
    );
  });

  it('passes for a recent NO_LICENSE_REQUIRED check of that party, recipient and destination', async () => {
    expect(passing.decision).toBe('NO_LICENSE_REQUIRED');
    // The name is found again in normalised form: case, punctuation and legal form aside.
    const clearance = await requirePassingCheck(t.db.manager, {
      party: 'JV',
      recipientName: 'BAODING LITHIUM CATHODE RESEARCH COMPANY LIMITED',
      destination: 'cn',
      items: EAR99_ITEMS,
      endUse: CIVIL_END_USE,
      maxAgeDays: 30,
    });
    expect(clearance).toMatchObject({
      passed: true,
      checkId: passing.id,
      decision: 'NO_LICENSE_REQUIRED',
    });
    expect(clearance.article).toContain('TIC 12.2');
  });

  it('fails when the check is older than maxAgeDays', async () => {
    const clearance = await requirePassingCheck(t.db.manager, {
      party: 'JV',
      recipientName: RECIPIENT,
      destination: 'CN',
      items: EAR99_ITEMS,
      endUse: CIVIL_END_USE,
      maxAgeDays: 30,
      now: new Date(Date.now() + 31 * 86_400_000),
    });
    expect(clearance).toMatchObject({ passed: false, checkId: null, decision: null });
    expect(clearance.reason).toMatch(/no export check .* in the last 30 days/);
  });

  it('fails when another party ran the check', async () => {
    for (const party of ['VALENCE', 'FENGFAN']) {
      const clearance = await requirePassingCheck(t.db.manager, {
        party,
        recipientName: RECIPIENT,
        destination: 'CN',
        items: EAR99_ITEMS,
        endUse: CIVIL_END_USE,
        maxAgeDays: 30,
      });
      expect(clearance).toMatchObject({ passed: false, checkId: null });
    }
  });

  it('fails for another destination, and when there is no check at all', async () => {
    for (const [recipientName, destination] of [
      [RECIPIENT, 'DE'],
      ['Shenzhen Unknown Trading Co., Ltd.', 'CN'],
    ]) {
      const clearance = await requirePassingCheck(t.db.manager, {
        party: 'JV',
        recipientName,
        destination,
        items: EAR99_ITEMS,
        endUse: CIVIL_END_USE,
        maxAgeDays: 30,
      });
      expect(clearance).toMatchObject({ passed: false, checkId: null, decision: null });
      expect(clearance.reason).toContain(recipientName);
    }
  });

  it('fails when the check requires a licence, with the reason', async () => {
    const recipient = 'Hebei Cell Engineering Institute';
    const required = await run(
      toJv({
        items: [CELL_TECHNOLOGY],
        parties: [
          { name: recipient, country: 'CN', role: 'CONSIGNEE' },
          { name: recipient, country: 'CN', role: 'END_USER' },
        ],
      }),
      JV_COMPLIANCE,
    );
    expect(required.decision).toBe('LICENSE_REQUIRED');
    const clearance = await requirePassingCheck(t.db.manager, {
      party: 'JV',
      recipientName: recipient,
      destination: 'CN',
      items: [{ eccn: '3E001' }],
      endUse: CIVIL_END_USE,
      maxAgeDays: 30,
    });
    expect(clearance).toMatchObject({
      passed: false,
      checkId: required.id,
      decision: 'LICENSE_REQUIRED',
    });
    expect(clearance.reason).toMatch(/decided LICENSE_REQUIRED/);
  });

  it('follows the reviewed decision: a possible match fails until it is cleared', async () => {
    const recipient = 'Shugang Electronics';
    const possible = await run(
      toJv({ parties: [{ name: recipient, country: 'CN', role: 'END_USER' }] }),
      JV_COMPLIANCE,
    );
    expect(possible.decision).toBe('NEEDS_REVIEW');
    expect(possible.matches.map((m) => [m.listCode, m.matchedName, m.level])).toEqual([
      ['EL', 'Shuguang', 'POSSIBLE'],
    ]);
    const request = {
      party: 'JV',
      recipientName: recipient,
      destination: 'CN',
      items: EAR99_ITEMS,
      endUse: CIVIL_END_USE,
      maxAgeDays: 30,
    };
    expect(await requirePassingCheck(t.db.manager, request)).toMatchObject({
      passed: false,
      checkId: possible.id,
      decision: 'NEEDS_REVIEW',
    });
    await must(
      t.gql(
        REVIEW,
        {
          input: {
            checkId: possible.id,
            matchKey: possible.matches[0].key,
            outcome: 'CLEARED',
            reason: 'A server reseller in Baoding, unrelated to Sugon',
          },
        },
        JV_COMPLIANCE,
      ),
    );
    expect(await requirePassingCheck(t.db.manager, request)).toMatchObject({
      passed: true,
      checkId: possible.id,
      decision: 'NO_LICENSE_REQUIRED',
    });
  });

  it('refuses a check of other items, or of another end use', async () => {
    const request = {
      party: 'JV',
      recipientName: RECIPIENT,
      destination: 'CN',
      maxAgeDays: 30,
    };
    const otherItem = await requirePassingCheck(t.db.manager, {
      ...request,
      items: [{ eccn: '3E001', kind: 'TECHNOLOGY' as const }],
      endUse: CIVIL_END_USE,
    });
    expect(otherItem).toMatchObject({ passed: false, checkId: passing.id });
    expect(otherItem.reason).toMatch(/no check covers this release: .*not TECHNOLOGY 3E001/);
    const otherUse = await requirePassingCheck(t.db.manager, {
      ...request,
      items: EAR99_ITEMS,
      endUse: 'Guidance systems for unmanned aerial vehicles',
    });
    expect(otherUse).toMatchObject({ passed: false });
    expect(otherUse.reason).toMatch(/end use/);
  });

  it('refuses a check run by ENGINEER alone for Technology, not for a product', async () => {
    const recipient = 'Hebei Separator Film Co., Ltd.';
    const item = { eccn: 'EAR99', itemKind: 'TECHNOLOGY', description: 'Coating know-how' };
    await run(
      toJv({
        items: [item],
        parties: [{ name: recipient, country: 'CN', role: 'END_USER' }],
      }),
      JV_ENGINEER,
    );
    const request = {
      party: 'JV',
      recipientName: recipient,
      destination: 'CN',
      endUse: CIVIL_END_USE,
      maxAgeDays: 30,
    };
    const technology = await requirePassingCheck(t.db.manager, {
      ...request,
      items: [{ eccn: 'EAR99', kind: 'TECHNOLOGY' as const }],
    });
    expect(technology).toMatchObject({ passed: false, decision: 'NO_LICENSE_REQUIRED' });
    expect(technology.reason).toMatch(/ENGINEER alone/);
  });

  it('re-screens the recipient at release: a party listed since the check is refused', async () => {
    const recipient = 'Tianjin Anode Graphite Trading Co., Ltd.';
    const check = await run(
      toJv({ parties: [{ name: recipient, country: 'CN', role: 'END_USER' }] }),
      JV_COMPLIANCE,
    );
    expect(check.decision).toBe('NO_LICENSE_REQUIRED');
    const request = {
      party: 'JV',
      recipientName: recipient,
      destination: 'CN',
      items: EAR99_ITEMS,
      endUse: CIVIL_END_USE,
      maxAgeDays: 30,
    };
    expect((await requirePassingCheck(t.db.manager, request)).passed).toBe(true);
    // A newer list names the recipient on the Entity List.
    const dir = mkdtempSync(path.join(tmpdir(), 'csl-'));
    const newer = path.join(dir, 'newer.csv');
    const [header] = readFileSync(SLICE, 'utf8').split('\n');
    const columns = header.split(',');
    const row = columns.map((c) =>
      c === '_id'
        ? 'added-1'
        : c === 'source'
          ? 'Entity List (EL) - Bureau of Industry and Security'
          : c === 'name'
            ? '"Tianjin Anode Graphite Trading Co., Ltd."'
            : c === 'type'
              ? 'Entity'
              : '',
    );
    writeFileSync(newer, `${header}\n${row.join(',')}\n`);
    try {
      await importScreeningList(t.db, newer, { listDate: TODAY });
      const refused = await requirePassingCheck(t.db.manager, request);
      expect(refused).toMatchObject({ passed: false, checkId: check.id });
      expect(refused.reason).toMatch(/re-screened now, .* matches EL entry added-1/);
    } finally {
      await importScreeningList(t.db, SLICE, { listDate: TODAY });
    }
  });

  it('refuses a release when the list in use is stale', async () => {
    const request = {
      party: 'JV',
      recipientName: RECIPIENT,
      destination: 'CN',
      items: EAR99_ITEMS,
      endUse: CIVIL_END_USE,
      maxAgeDays: 30,
    };
    const later = await requirePassingCheck(t.db.manager, {
      ...request,
      maxAgeDays: 1000,
      now: new Date(Date.now() + 400 * 86_400_000),
    });
    expect(later).toMatchObject({ passed: false, checkId: passing.id });
    expect(later.reason).toMatch(/re-screening at release: .*days old/);
  });
});

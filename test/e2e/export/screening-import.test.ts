import path from 'node:path';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { screenName } from '../../../src/services/export/screening.service';
import { startTestApp, type TestApp } from '../../support/test-app';

const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');
const TRUNCATED = path.join(__dirname, '../../fixtures/csl-truncated.csv');

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function versions(): Promise<Array<{ id: string; current: boolean; row_count: number }>> {
  return t.db.query(
    'SELECT id, current, row_count FROM screening_list_version ORDER BY imported_at',
  );
}

async function count(table: string): Promise<number> {
  const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

describe('importing the Consolidated Screening List', () => {
  let first: Awaited<ReturnType<typeof importScreeningList>>;

  it('streams every entry and its alternate names into one current version', async () => {
    const progress: number[] = [];
    first = await importScreeningList(t.db, SLICE, { onProgress: (read) => progress.push(read) });
    expect(first.rows).toBe(336);
    expect(first.names).toBeGreaterThan(first.rows); // aliases are names too
    expect(first.listDate).toBe('2022-03-14'); // the latest entry start date in the slice
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(progress.at(-1)).toBeGreaterThan(0);
    expect(await versions()).toEqual([{ id: first.versionId, current: true, row_count: 336 }]);
    expect(await count('restricted_party')).toBe(336);
    expect(await count('restricted_party_name')).toBe(first.names);
  });

  it('keeps each list code, country and alias of an entry', async () => {
    const [huawei] = await t.db.query(
      `SELECT list_code, countries, license_policy FROM restricted_party
        WHERE name = 'Huawei Technologies Co., Ltd. (Huawei)'`,
    );
    expect(huawei.list_code).toBe('EL');
    expect(huawei.countries).toContain('CN');
    expect(huawei.license_policy).toMatch(/presumption of denial/i);
    const codes: Array<{ list_code: string }> = await t.db.query(
      'SELECT DISTINCT list_code FROM restricted_party ORDER BY 1',
    );
    expect(codes.map((c) => c.list_code)).toEqual(
      expect.arrayContaining(['DPL', 'EL', 'MEU', 'SDN', 'UVL', 'CMIC', 'NS-MBS', 'DTC', 'ISN']),
    );
  });

  it('replaces the previous version atomically on re-import', async () => {
    const second = await importScreeningList(t.db, SLICE, { listDate: '2022-05-06' });
    expect(second.replacedVersionId).toBe(first.versionId);
    expect(second.listDate).toBe('2022-05-06');
    const all = await versions();
    expect(all.filter((v) => v.current).map((v) => v.id)).toEqual([second.versionId]);
    expect(await count('restricted_party')).toBe(336); // not 672: the old entries are gone
    first = second;
  });

  it('leaves the current version in place when the file is broken', async () => {
    const before = await versions();
    await expect(importScreeningList(t.db, TRUNCATED)).rejects.toThrow(/quote/i);
    expect(await versions()).toEqual(before);
    expect(await count('restricted_party')).toBe(336);
    const matches = await t.db.transaction((m) => screenName(m, { name: 'Huawei Technologies' }));
    expect(matches.length).toBeGreaterThan(0);
  });

  it('refuses a file that is not the CSL and keeps the current version', async () => {
    const before = await versions();
    const notCsl = path.join(__dirname, '../../../data/export-control/country-chart.csv');
    await expect(importScreeningList(t.db, notCsl)).rejects.toThrow(/missing columns/);
    expect(await versions()).toEqual(before);
  });
});

describe('screening a name against the imported list', () => {
  it('finds a misspelling, measures it with fuzzystrmatch and says so', async () => {
    const matches = await t.db.transaction((m) =>
      screenName(m, { name: 'Hikvison', country: 'CN' }),
    );
    const hit = matches.find((m) => m.listCode === 'EL' && m.matchedName === 'Hikvision');
    expect(hit).toMatchObject({ level: 'STRONG', edits: 1 });
    expect(hit!.reasons.join(' ')).toMatch(/1 character edit\(s\) apart \(Levenshtein distance\)/);
  });

  it('does not flood: an unrelated battery maker matches nothing', async () => {
    const matches = await t.db.transaction((m) =>
      screenName(m, { name: 'Baoding Fengfan-Valence Battery Co., Ltd.', country: 'CN' }),
    );
    expect(matches).toEqual([]);
  });
});

describe('the export-control reference tables', () => {
  it('hold the Country Chart, the country groups and the ECCNs of data/export-control', async () => {
    const china: Array<{ column_code: string }> = await t.db.query(
      `SELECT column_code FROM country_chart_cell WHERE country = 'CN' ORDER BY 1`,
    );
    // Supp. No. 1 to Part 738, row "China": an X under CB1-3, CC1, CC3, MT1, NP1-2, NS1-2, RS1-2.
    expect(china.map((c) => c.column_code)).toEqual([
      'CB1',
      'CB2',
      'CB3',
      'CC1',
      'CC3',
      'MT1',
      'NP1',
      'NP2',
      'NS1',
      'NS2',
      'RS1',
      'RS2',
    ]);
    const [{ groups }] = await t.db.query(
      `SELECT array_agg(group_code ORDER BY group_code) AS groups FROM country_group_member WHERE country = 'CN'`,
    );
    expect(groups).toEqual(expect.arrayContaining(['D:1', 'D:3', 'D:4', 'D:5']));
    const [ear99] = await t.db.query(`SELECT designation FROM eccn WHERE designation = 'EAR99'`);
    expect(ear99).toEqual({ designation: 'EAR99' });
    const versions: Array<{ file: string; sha256: string }> = await t.db.query(
      'SELECT file, sha256 FROM reference_data_version ORDER BY file',
    );
    expect(versions.map((v) => v.file)).toEqual([
      'country-chart.csv',
      'country-groups.csv',
      'eccns.csv',
    ]);
  });
});

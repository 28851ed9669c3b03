import { once } from 'node:events';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadConfig } from '../../../src/config';
import { downloadScreeningList } from '../../../src/services/export/screening-download';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { screeningSettings } from '../../../src/services/export/screening.service';
import { evaluateScreening } from '../../../scripts/evaluate-screening';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';

/**
 * Screening a compliance officer can trust: it fails closed without a current list, screens
 * names for scripts with a record of each call, and imports the list in its forms.
 */
const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');
const TODAY = new Date().toISOString().slice(0, 10);
const JV = { party: 'JV', role: 'COMPLIANCE' } as const;

const RUN = `mutation($input: ExportCheckInput!) {
  runExportCheck(input: $input) { decision findings { code effect message } }
}`;
const LIST = `{ screeningList { source listDate entries names sha256 stale maxAgeDays } }`;
const SCREEN = `mutation($names: [ScreenNameInput!]!) {
  screenNames(names: $names) {
    recordId listVersionId listDate listWarning { code }
    results { name matches { listCode entryName matchedName score level reasons } }
  }
}`;

const huaweiCheck = {
  items: [{ eccn: 'EAR99' }],
  releaseKind: 'EXPORT',
  destination: 'CN',
  parties: [{ name: 'Huawei Technologies Co., Ltd.', country: 'CN', role: 'END_USER' }],
  declaredEndUse: 'Cells for electric buses',
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface RunResult {
  runExportCheck: { decision: string; findings: Array<{ code: string; effect: string }> };
}

describe('fail closed', () => {
  it('with no list imported, every check is NEEDS_REVIEW and says why', async () => {
    expect((await t.gql(LIST, {}, JV)).data).toEqual({ screeningList: null });
    const { data } = await t.gql<RunResult>(RUN, { input: huaweiCheck }, JV);
    expect(data!.runExportCheck.decision).toBe('NEEDS_REVIEW');
    expect(data!.runExportCheck.findings).toContainEqual(
      expect.objectContaining({ code: 'SCREENING_LIST_MISSING', effect: 'REVIEW' }),
    );
    expect(data!.runExportCheck.findings.map((f) => f.code)).not.toContain('SCREENING_NO_MATCH');
  });

  it('with a list older than SCREENING_LIST_MAX_AGE_DAYS, every check is NEEDS_REVIEW', async () => {
    await importScreeningList(t.db, SLICE); // dated by its entries: 2022-03-14
    const { data: list } = await t.gql<{ screeningList: Record<string, unknown> }>(LIST, {}, JV);
    expect(list!.screeningList).toMatchObject({
      source: 'csl-slice.csv',
      listDate: '2022-03-14',
      entries: 336,
      stale: true,
      maxAgeDays: loadConfig().screening.listMaxAgeDays,
    });
    const valence = {
      ...huaweiCheck,
      parties: [{ name: 'Acme', country: 'CN', role: 'END_USER' }],
    };
    const { data } = await t.gql<RunResult>(RUN, { input: valence }, JV);
    expect(data!.runExportCheck.decision).toBe('NEEDS_REVIEW');
    expect(data!.runExportCheck.findings).toContainEqual(
      expect.objectContaining({ code: 'SCREENING_LIST_STALE', effect: 'REVIEW' }),
    );
  });

  it('with a current list, a clear name passes', async () => {
    await importScreeningList(t.db, SLICE, { listDate: TODAY });
    const clear = { ...huaweiCheck, parties: [{ name: 'Acme', country: 'CN', role: 'END_USER' }] };
    const { data } = await t.gql<RunResult>(RUN, { input: clear }, JV);
    expect(data!.runExportCheck.decision).toBe('NO_LICENSE_REQUIRED');
  });
});

describe('screenNames: screening for scripts, kept as a record (15 C.F.R. 762.6)', () => {
  it('returns per name the matches with score, reasons and the list version; U.S. parties too', async () => {
    const names = [
      { name: 'Huawei Technologies Co., Ltd.', country: 'CN' },
      { name: 'Valence Technology, Inc.', country: 'US', address: 'Austin, Texas' },
    ];
    const { data, errors } = await t.gql<{
      screenNames: {
        recordId: string;
        listVersionId: string;
        listDate: string;
        listWarning: null;
        results: Array<{ name: string; matches: Array<{ listCode: string; level: string }> }>;
      };
    }>(SCREEN, { names }, JV);
    expect(errors).toBeUndefined();
    const run = data!.screenNames;
    expect(run.listDate).toBe(TODAY);
    expect(run.listWarning).toBeNull();
    expect(run.results.map((r) => r.name)).toEqual(names.map((n) => n.name));
    expect(run.results[0].matches.map((m) => m.listCode)).toContain('EL');
    expect(run.results[1].matches).toEqual([]);
    const [record] = await t.db.query(
      `SELECT run_party, list_version->>'id' AS version, names, results FROM screening_record WHERE id = $1`,
      [run.recordId],
    );
    expect(record).toMatchObject({ run_party: 'JV', version: run.listVersionId });
    expect(record.names[1]).toEqual({
      name: 'Valence Technology, Inc.',
      country: 'US',
      address: 'Austin, Texas',
    });
    expect(record.results[0].matches.length).toBeGreaterThan(0);
    // The record is evidence: never changed or removed.
    await expect(t.db.query(`UPDATE screening_record SET names = '[]'`)).rejects.toThrow(
      /append-only/,
    );
    const [audit] = await t.db.query(
      `SELECT operation FROM audit_event WHERE entity = 'ScreeningRecord' AND entity_id = $1`,
      [run.recordId],
    );
    expect(audit).toEqual({ operation: 'screenNames' });
  });

  it('refuses more than 100 names, naming the field; nothing is recorded', async () => {
    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM screening_record`);
    const names = Array.from({ length: 101 }, (_, i) => ({ name: `Name ${i}` }));
    const response = await t.gql(SCREEN, { names }, JV);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('names');
    const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM screening_record`);
    expect(after).toBe(before);
  });
});

describe('importing the list in its forms', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'csl-forms-'));
  const current = async () =>
    (await t.db.query(`SELECT id, row_count FROM screening_list_version WHERE current`))[0];

  it('reads the JSON form ({"results": [...]}) and audits the import with the hash', async () => {
    const rows = parse(readFileSync(SLICE), { columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    const results = rows.slice(0, 20).map((r) => ({
      id: r._id,
      source: r.source,
      name: r.name,
      type: r.type,
      programs: r.programs ? r.programs.split('; ') : [],
      alt_names: r.alt_names ? r.alt_names.split('; ') : [],
      addresses: [{ address: 'No. 1 Road', city: 'Beijing', country: 'CN' }],
      start_date: r.start_date || null,
      license_requirement: r.license_requirement || null,
      license_policy: r.license_policy || null,
    }));
    const file = path.join(dir, 'consolidated.json');
    writeFileSync(file, JSON.stringify({ total: results.length, results }));
    const report = await importScreeningList(t.db, file, { listDate: TODAY });
    expect(report.rows).toBe(20);
    const [entry] = await t.db.query(
      `SELECT countries FROM restricted_party p JOIN screening_list_version v ON v.id = p.version_id
        WHERE v.current LIMIT 1`,
    );
    expect(entry.countries).toEqual(['CN']);
    const [audit] = await t.db.query(
      `SELECT operation, after FROM audit_event WHERE entity = 'ScreeningListVersion' AND entity_id = $1`,
      [report.versionId],
    );
    expect(audit.operation).toBe('importScreeningList');
    expect(audit.after).toMatchObject({ sha256: report.sha256, rows: 20 });
  });

  it('refuses, atomically, a file that is not UTF-8 and a record over the size cap', async () => {
    const before = await current();
    const latin1 = path.join(dir, 'latin1.csv');
    const text = readFileSync(SLICE, 'utf8').replace('Sugon', 'Sugón');
    writeFileSync(latin1, Buffer.from(text, 'latin1'));
    await expect(importScreeningList(t.db, latin1)).rejects.toThrow(/not valid UTF-8/);
    const huge = path.join(dir, 'huge.csv');
    const [header, first, ...rest] = readFileSync(SLICE, 'utf8').split('\n');
    writeFileSync(
      huge,
      [header, first.replace(/,([^,]*)$/, `,"${'x'.repeat(300_000)}"`), ...rest].join('\n'),
    );
    await expect(importScreeningList(t.db, huge)).rejects.toThrow();
    expect(await current()).toEqual(before);
  });

  it('fetches the official file by URL (here a local server serving the slice)', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/consolidated.csv') {
        response.writeHead(200, { 'content-type': 'text/csv' });
        response.end(readFileSync(SLICE));
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await expect(downloadScreeningList(`${base}/missing.csv`)).rejects.toThrow(/HTTP 404/);
      const download = await downloadScreeningList(`${base}/consolidated.csv`);
      try {
        const report = await importScreeningList(t.db, download.file, {
          listDate: TODAY,
          source: `${base}/consolidated.csv`,
        });
        expect(report.rows).toBe(336);
        const [version] = await t.db.query(
          `SELECT source_file FROM screening_list_version WHERE current`,
        );
        expect(version.source_file).toBe(`${base}/consolidated.csv`);
      } finally {
        await download.remove();
      }
    } finally {
      server.close();
    }
  });
});

describe('the evaluation script, on the slice (the full-list figures come from the script)', () => {
  it('builds its set from the list and reports recall and false positives per category', async () => {
    await importScreeningList(t.db, SLICE, { listDate: TODAY });
    const report = await evaluateScreening(t.db, SLICE, screeningSettings(loadConfig().screening), {
      perCategory: 15,
    });
    const categories = report.categories.map((c) => c.category);
    expect(categories).toEqual(
      expect.arrayContaining([
        'alias',
        'misspelling-1',
        'legal-form',
        'personal-name',
        'shared-word',
      ]),
    );
    for (const c of report.categories) {
      expect(c.names).toBeGreaterThan(0);
      expect(c.possible).toBeGreaterThanOrEqual(c.strong);
    }
    // An alias as listed is always found.
    const alias = report.categories.find((c) => c.category === 'alias')!;
    expect(alias.possible).toBe(alias.names);
    expect(report.variants.names).toBeGreaterThan(100);
  });
});

/**
 * A new hit after a list import (TIC 12.2): a check the JV ran against a list without an entry
 * is re-screened once the list that has it is imported, and the JV — who may see its check —
 * is alerted once; Fengfan, who may not, is not.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAlertScan } from '../../../src/services/alerts/scan.service';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { startTestApp, type TestApp } from '../../support/test-app';

const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');
const TODAY = '2026-06-30';

let t: TestApp;
let dir: string;
let checkId: string;

beforeAll(async () => {
  t = await startTestApp({}, { today: TODAY });
  dir = mkdtempSync(path.join(tmpdir(), 'csl-'));
  // The slice without its first entry: SDN 25647, ADVANCED TECHNOLOGIES COMPANY OF IRAN.
  const lines = readFileSync(SLICE, 'utf8').split('\n');
  expect(lines[1]).toMatch(/^25647,.*ADVANCED TECHNOLOGIES COMPANY OF IRAN/);
  const before = path.join(dir, 'before.csv');
  writeFileSync(before, [lines[0], ...lines.slice(2)].join('\n'));
  await importScreeningList(t.db, before, { listDate: '2026-06-01' });

  const run = await t.gql<{ runExportCheck: { id: string; matches: unknown[] } }>(
    `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { id } }`,
    {
      input: {
        items: [{ eccn: 'EAR99', description: 'Battery cells' }],
        releaseKind: 'EXPORT',
        destination: 'AE',
        parties: [
          { name: 'Advanced Technologies Company of Iran', country: 'AE', role: 'CONSIGNEE' },
        ],
        declaredEndUse: 'Resale of battery cells for electric buses',
      },
    },
    { party: 'JV', role: 'COMPLIANCE' },
  );
  expect(run.errors).toBeUndefined();
  checkId = run.data!.runExportCheck.id;
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const hits = () =>
  t.db.query<
    Array<{ recipient_party: string; occasion: string; article: string; record_type: string }>
  >(
    `SELECT recipient_party, occasion, article, record_type FROM alert WHERE kind = 'SCREENING_HIT' AND record_id = $1`,
    [checkId],
  );

it('raises nothing while the list in use is the one the check ran against', async () => {
  await runAlertScan(t.appDb, t.config, { today: TODAY, now: new Date() });
  expect(await hits()).toEqual([]);
});

it('alerts the party that ran the check once the entry appears in an imported list, once', async () => {
  await importScreeningList(t.db, SLICE, { listDate: '2026-06-29' });
  await runAlertScan(t.appDb, t.config, { today: TODAY, now: new Date() });
  await runAlertScan(t.appDb, t.config, { today: TODAY, now: new Date() });
  expect(await hits()).toEqual([
    {
      recipient_party: 'JV',
      occasion: 'Specially Designated Nationals (SDN) - Treasury Department|25647',
      article: 'TIC 12.2',
      record_type: 'ExportCheck',
    },
  ]);
  const fengfan = await t.gql<{ alerts: { totalCount: number } }>(
    `{ alerts(first: 10, filter: { kinds: [SCREENING_HIT] }) { totalCount } }`,
    {},
    { party: 'FENGFAN', role: 'COMPLIANCE' },
  );
  expect(fengfan.data!.alerts.totalCount).toBe(0);
});

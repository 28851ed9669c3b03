/**
 * New screening hits on the supplier register (TIC 12.2, 2.4): after a list import that lists a
 * variant of a supplier's name, the scan alerts the JV and Valence — who may see suppliers —
 * once, and never Fengfan (TIC 2.4, 2.8). A match the JV cleared stays quiet through a
 * re-import until its entry changes. The nightly re-screening is scheduled on the job runner.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAlertJobs } from '../../../src/services/alerts/job-runner';
import { runAlertScan } from '../../../src/services/alerts/scan.service';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { startTestApp, type TestApp } from '../../support/test-app';
import { createSublicense, createSupplier, JV_COMPLIANCE, must } from '../suppliers/support';

const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');
const TODAY = '2026-06-30';
// Noon in Shanghai on TODAY: the clock every import, re-screening and scan of this file reads.
const NOW = new Date(`${TODAY}T04:00:00Z`);

let t: TestApp;
let dir: string;
let withoutSugon: string;
let sugonChanged: string;
let langfang: string;
let sublicense: string;

const importList = (file: string) => importScreeningList(t.db, file, { listDate: TODAY, now: NOW });
const scan = () => runAlertScan(t.appDb, t.config, { today: TODAY, now: NOW });
const supplierAlerts = (supplierId: string) =>
  t.db.query<
    Array<{
      recipient_party: string;
      article: string;
      link: string;
      entry: string;
      sublicenses: Array<{ id: string; link: string }>;
    }>
  >(
    `SELECT recipient_party, article, link, detail ->> 'entryName' AS entry,
            detail -> 'sublicenses' AS sublicenses FROM alert
      WHERE kind = 'SUPPLIER_SCREENING_HIT' AND record_type = 'Supplier' AND record_id = $1
      ORDER BY recipient_party, occasion`,
    [supplierId],
  );

beforeAll(async () => {
  t = await startTestApp({}, { today: TODAY });
  dir = mkdtempSync(path.join(tmpdir(), 'csl-'));
  const lines = readFileSync(SLICE, 'utf8').split('\n');
  expect(lines.some((line) => line.includes(',Sugon,'))).toBe(true);
  withoutSugon = path.join(dir, 'without-sugon.csv');
  writeFileSync(withoutSugon, lines.filter((line) => !line.includes(',Sugon,')).join('\n'));
  sugonChanged = path.join(dir, 'sugon-changed.csv');
  writeFileSync(
    sugonChanged,
    lines
      .map((line) =>
        line.includes(',Sugon,') ? line.replace('Sugon Building', 'Sugon Tower') : line,
      )
      .join('\n'),
  );
  await importList(withoutSugon);
  // Its Chinese name, 中科曙光 (Zhongke Shuguang), is an alias of the Entity List's Sugon.
  langfang = await createSupplier(t, {
    legalName: 'Langfang Cathode Trading Co., Ltd.',
    otherNames: ['中科曙光'],
  });
  sublicense = await createSublicense(t, langfang);
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

it('raises nothing while the list does not name the supplier', async () => {
  await scan();
  expect(await supplierAlerts(langfang)).toEqual([]);
});

it('alerts the JV and Valence once the imported list has a variant of its name, never Fengfan', async () => {
  await importList(SLICE);
  const first = await scan();
  expect(first.alertsRaised).toBeGreaterThan(0);
  const raised = await supplierAlerts(langfang);
  expect(raised.map((a) => a.recipient_party)).toEqual(expect.arrayContaining(['JV', 'VALENCE']));
  expect(raised.filter((a) => a.recipient_party === 'FENGFAN')).toEqual([]);
  // Its sublicence is at stake: the alert cites TIC 2.4 too and links to it.
  expect(raised).toContainEqual({
    recipient_party: 'JV',
    article: 'TIC 12.2; TIC 2.4',
    link: `/graphql#Supplier/${langfang}`,
    entry: 'Sugon',
    sublicenses: [{ id: sublicense, link: `/graphql#SupplierSublicense/${sublicense}` }],
  });
  // The same hits for both: one alert per party and hit.
  const parties = raised.map((a) => a.recipient_party);
  expect(parties.filter((p) => p === 'JV')).toHaveLength(parties.length / 2);

  // Scanning again raises nothing new.
  const again = await scan();
  expect(again.alertsRaised).toBe(0);
  expect(await supplierAlerts(langfang)).toEqual(raised);

  const fengfan = await t.gql<{ alerts: { totalCount: number } }>(
    `{ alerts(first: 10, filter: { kinds: [SUPPLIER_SCREENING_HIT] }) { totalCount } }`,
    {},
    { party: 'FENGFAN', role: 'COMPLIANCE' },
  );
  expect(fengfan.errors).toBeUndefined();
  expect(fengfan.data!.alerts.totalCount).toBe(0);
  const jv = await t.gql<{ alerts: { totalCount: number } }>(
    `{ alerts(first: 10, filter: { kinds: [SUPPLIER_SCREENING_HIT] }) { totalCount } }`,
    {},
    JV_COMPLIANCE,
  );
  expect(jv.data!.alerts.totalCount).toBe(parties.length / 2);
});

it('the re-screening after an import is audited, with no user', async () => {
  const events = await t.db.query<Array<{ actor_user_id: string | null; actor_party: string }>>(
    `SELECT actor_user_id, actor_party FROM audit_event WHERE operation = 'rescreenAllSuppliers'`,
  );
  expect(events.length).toBeGreaterThan(0);
  expect(new Set(events.map((e) => `${e.actor_user_id}|${e.actor_party}`))).toEqual(
    new Set(['null|JV']),
  );
});

it('a match the JV cleared raises nothing on the next import, until its entry changes', async () => {
  const supplier = await createSupplier(t, {
    legalName: 'Baoding Anode Trading Co., Ltd.',
    otherNames: ['中科曙光'],
  });
  const { supplier: read } = await must(
    t.gql<{ supplier: { screening: { matches: Array<{ key: string; entryName: string }> } } }>(
      `query($id: ID!) { supplier(id: $id) { screening { matches { key entryName } } } }`,
      { id: supplier },
      JV_COMPLIANCE,
    ),
  );
  expect(read.screening.matches.map((m) => m.entryName)).toContain('Sugon');
  for (const m of read.screening.matches) {
    await must(
      t.gql(
        `mutation($input: ReviewSupplierScreeningMatchInput!) { reviewSupplierScreeningMatch(input: $input) { id } }`,
        {
          input: {
            supplierId: supplier,
            matchKey: m.key,
            outcome: 'CLEARED',
            reason: 'A trading company in Baoding, not Sugon',
          },
        },
        JV_COMPLIANCE,
      ),
    );
  }
  await scan();
  await importList(SLICE);
  await scan();
  expect(await supplierAlerts(supplier)).toEqual([]);

  // Sugon's entry changed (its address): the cleared answer no longer holds, a new hit.
  await importList(sugonChanged);
  await scan();
  const raised = await supplierAlerts(supplier);
  expect(raised.map((a) => `${a.recipient_party}:${a.entry}:${a.article}`)).toEqual([
    'JV:Sugon:TIC 12.2',
    'VALENCE:Sugon:TIC 12.2',
  ]);
});

it('schedules the nightly re-screening on the job runner', async () => {
  const runner = await startAlertJobs(t.appDb, t.config, { now: () => NOW });
  try {
    const schedules = await t.db.query(
      `SELECT name, cron FROM pgboss.schedule WHERE name = 'suppliers-rescreen'`,
    );
    expect(schedules).toEqual([{ name: 'suppliers-rescreen', cron: '30 1 * * *' }]);
    const [queue] = await t.db.query<Array<{ policy: string }>>(
      `SELECT policy FROM pgboss.queue WHERE name = 'suppliers-rescreen'`,
    );
    expect(queue.policy).toBe('singleton');
  } finally {
    await runner.stop();
  }
});

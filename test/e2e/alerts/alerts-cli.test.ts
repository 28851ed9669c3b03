/**
 * `npm run alerts:run -- --date <day>`: the scan for the day and one delivery round, from a
 * shell, as the application role (migrating, if needed, as the owner).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../../support/test-app';
import { withDatabase } from '../../support/test-env';

const run = promisify(execFile);
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'alerts-cli-'));
  t = await startTestApp({}, { today: '2026-06-30' });
  const [{ id: tic }] = await t.db.query(`SELECT id FROM contract WHERE code = 'TIC'`);
  const recorded = await t.gql(
    `mutation($input: RecordEventInput!) { recordEvent(input: $input) { id } }`,
    {
      input: {
        contractId: tic,
        kind: 'INVOICE',
        occurredOn: '2025-03-10',
        description: 'Associated Expenses invoice C-1',
        amount: '1.00',
        currency: 'USD',
        reference: 'C-1',
      },
    },
    { party: 'VALENCE', role: 'LEGAL' },
  );
  expect(recorded.errors).toBeUndefined();
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('scans the day given and sends the e-mails it queued to the outbox', async () => {
  const database = (t.appDb.options as { url: string }).url.split('/').pop()!.split('?')[0];
  const { stdout } = await run(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'src/cli/alerts-run.ts', '--date', '2025-03-10'],
    {
      cwd: path.join(__dirname, '../../..'),
      env: {
        ...process.env,
        DATABASE_URL: withDatabase(process.env.TEST_PG_APP_URL!, database),
        MIGRATION_DATABASE_URL: withDatabase(process.env.TEST_PG_ADMIN_URL!, database),
        DATA_DIR: dataDir,
      },
      timeout: 60_000,
    },
  );
  const report = JSON.parse(stdout);
  // The 30-day reminder of the invoice due 9 April 2025, for the JV and Valence; one LEGAL each.
  expect(report.scan).toEqual({
    asOf: '2025-03-10',
    alertsRaised: 2,
    webhookDeliveriesQueued: 0,
    emailsQueued: 2,
  });
  expect(report.emails).toEqual({ delivered: 2, retrying: 0, failed: 0 });
  expect(readdirSync(path.join(dataDir, 'outbox'))).toHaveLength(2);
}, 90_000);

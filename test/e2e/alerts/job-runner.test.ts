/**
 * The job runner (pg-boss) on the application's role: it starts on the schema the owner's
 * migration created (no DDL of its own), two instances share one queue and a requested scan
 * runs once, and it stops cleanly, closing its connections. The application role owns nothing
 * in pg-boss's schema and cannot create tables there or rewrite its version.
 */
import { Client } from 'pg';
import { startAlertJobs, type AlertJobs } from '../../../src/services/alerts/job-runner';
import { startTestApp, type TestApp } from '../../support/test-app';
import { withDatabase } from '../../support/test-env';

let t: TestApp;
let database: string;
let tic: string;

beforeAll(async () => {
  t = await startTestApp({}, { today: '2026-06-30' });
  database = (t.appDb.options as { url: string }).url.split('/').pop()!.split('?')[0];
  [{ id: tic }] = await t.db.query(`SELECT id FROM contract WHERE code = 'TIC'`);
});
afterAll(() => t.close());

/** Polls the database (not a timer the test depends on) until the condition holds or 20 s pass. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the application role in the job schema', () => {
  let app: Client;
  beforeAll(async () => {
    app = new Client({ connectionString: withDatabase(process.env.TEST_PG_APP_URL!, database) });
    await app.connect();
  });
  afterAll(() => app.end());

  const attempt = (sql: string) =>
    app.query(sql).then(
      () => 'allowed',
      (error: { code?: string }) => error.code,
    );

  it('owns nothing there, cannot create a table nor change the schema version', async () => {
    const { rows } = await app.query(`
      SELECT count(*)::int AS owned FROM pg_tables
       WHERE schemaname = 'pgboss' AND pg_has_role(current_user, tableowner, 'USAGE')`);
    expect(rows).toEqual([{ owned: 0 }]);
    expect(await attempt('CREATE TABLE pgboss.shadow (id int)')).toBe('42501');
    expect(await attempt('UPDATE pgboss.version SET version = version')).toBe('42501');
    expect(await attempt(`SELECT pgboss.create_queue('new-queue', '{}'::json)`)).toBe('42501');
  });

  it('reads and writes jobs', async () => {
    expect(await attempt(`SELECT count(*) FROM pgboss.job`)).toBe('allowed');
  });

  // pg-boss's cron check, monitor and maintenance each stamp their clock before running, so
  // one instance runs each per interval; refused, no schedule would ever fire.
  it('stamps the clocks of its cron check, monitor and maintenance, and nothing else', async () => {
    for (const column of ['cron_on', 'monitored_on', 'maintained_on']) {
      expect({
        column,
        outcome: await attempt(`UPDATE pgboss.version SET ${column} = now()`),
      }).toEqual({ column, outcome: 'allowed' });
    }
    expect(await attempt(`UPDATE pgboss.version SET version = version`)).toBe('42501');
  });
});

describe('two runners', () => {
  let runners: AlertJobs[] = [];
  afterAll(async () => {
    for (const runner of runners) await runner.stop();
  });

  it('start as the application, run a requested scan once, and stop cleanly', async () => {
    const recorded = await t.gql(
      `mutation($input: RecordEventInput!) { recordEvent(input: $input) { id } }`,
      {
        input: {
          contractId: tic,
          kind: 'INVOICE',
          occurredOn: '2025-03-10',
          description: 'Associated Expenses invoice J-1',
          amount: '1.00',
          currency: 'USD',
          reference: 'J-1',
        },
      },
      { party: 'VALENCE', role: 'LEGAL' },
    );
    expect(recorded.errors).toBeUndefined();
    // Both runners judge 10 March 2025 (noon in Shanghai): the 30-day reminder of the invoice.
    const now = () => new Date('2025-03-10T04:00:00Z');
    runners = await Promise.all([
      startAlertJobs(t.appDb, t.config, { now }),
      startAlertJobs(t.appDb, t.config, { now }),
    ]);
    await runners[0].requestScan();
    const jobs = await eventually(
      () =>
        t.db.query<Array<{ state: string }>>(
          `SELECT state FROM pgboss.job WHERE name = 'alerts-scan'`,
        ),
      (rows) => rows.length > 0 && rows.every((row) => row.state === 'completed'),
    );
    expect(jobs).toEqual([{ state: 'completed' }]);
    const alerts = await t.db.query(
      `SELECT recipient_party, occasion FROM alert ORDER BY recipient_party`,
    );
    expect(alerts).toEqual([
      { recipient_party: 'JV', occasion: 'before-30' },
      { recipient_party: 'VALENCE', occasion: 'before-30' },
    ]);
    const schedules = await t.db.query(`SELECT name, cron FROM pgboss.schedule ORDER BY name`);
    expect(schedules).toEqual([
      { name: 'alerts-deliver', cron: '* * * * *' },
      { name: 'alerts-scan', cron: '0 * * * *' },
      { name: 'suppliers-rescreen', cron: '30 1 * * *' },
    ]);

    for (const runner of runners) await runner.stop();
    runners = [];
    // The server ends a backend shortly after its client said goodbye.
    const [{ open }] = await eventually(
      () =>
        t.db.query<Array<{ open: number }>>(
          `SELECT count(*)::int AS open FROM pg_stat_activity
            WHERE datname = $1 AND application_name = 'compliance-alerts'`,
          [database],
        ),
      ([row]) => row.open === 0,
    );
    expect(open).toBe(0);
  });
});

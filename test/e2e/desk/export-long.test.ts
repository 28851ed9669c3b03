import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * An export lasts as long as its file, longer than any one statement may: with statements
 * bounded at 0.3 seconds, a trail of 30,000 events still arrives whole (its cursor runs in
 * its own read-only transaction with the export's own bound: services/desk/export-stream.ts).
 */
let t: TestApp;
let base: string;
const ROWS = 30_000;

beforeAll(async () => {
  t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '300' });
  base = await t.listen();
  await t.db.query(
    `INSERT INTO audit_event (actor_party, operation, entity, entity_id, occurred_at, after)
     SELECT 'JV', 'bulk', 'Test', g::text, now(), jsonb_build_object('n', g, 'note', repeat('x', 200))
       FROM generate_series(1, ${ROWS}) g`,
  );
});
afterAll(() => t.close());

it('streams a file for longer than the statement timeout, every row once', async () => {
  const day = new Date().toISOString().slice(0, 10);
  const previous = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const started = Date.now();
  const response = await fetch(`${base}/exports/audit-events.jsonl?from=${previous}&to=${next}`, {
    headers: { authorization: `Bearer ${await t.tokenFor('JV', 'ADMIN')}` },
  });
  expect(response.status).toBe(200);
  const lines = (await response.text()).split('\n').filter((line) => line.includes('"bulk"'));
  expect(Date.now() - started).toBeGreaterThan(300);
  expect(lines).toHaveLength(ROWS);
  expect(JSON.parse(lines[ROWS - 1]).entity_id).toBe(String(ROWS));
});

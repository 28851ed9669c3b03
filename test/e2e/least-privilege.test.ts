/**
 * The application connects as a role that owns nothing: it cannot switch off the
 * append-only triggers, leave replication mode on, nor change or remove the audit trail and
 * the stored export checks — even with no trigger in the way. Every table the migrations
 * create is reachable by it, and every append-only table is closed to UPDATE and DELETE.
 */
import { Client } from 'pg';
import { openDatabase } from '../../src/db/open-database';
import { loadConfig } from '../../src/config';
import { startTestApp, type TestApp } from '../support/test-app';
import { withDatabase } from '../support/test-env';

let t: TestApp;
let app: Client;
let database: string;

beforeAll(async () => {
  t = await startTestApp();
  database = (t.db.options as { url: string }).url.split('/').pop()!.split('?')[0];
  app = new Client({ connectionString: withDatabase(process.env.TEST_PG_APP_URL!, database) });
  await app.connect();
  // Evidence to tamper with: an audit event (creating a user) and a stored export check.
  const created = await t.gql(
    `mutation { createUser(input: { email: "evidence@valence.example", displayName: "E", roles: [VIEWER] }) { id } }`,
    {},
    { party: 'VALENCE', role: 'ADMIN' },
  );
  expect(created.errors).toBeUndefined();
  await t.db.query(`
    INSERT INTO export_check (run_by, run_party, release_kind, destination, involves_technology,
      input, reference_versions, decision, findings, matches, evaluation, party_keys)
    SELECT id, 'VALENCE', 'EXPORT', 'CN', true, '{}', '{}', 'PROHIBITED', '[]', '[]', '{}', '{}'
    FROM app_user WHERE email = 'compliance@valence.demo'`);
});

afterAll(async () => {
  await app?.end();
  await t.close();
});

const attempt = (sql: string) =>
  app.query(sql).then(
    () => 'allowed',
    (error: { code?: string }) => error.code,
  );

describe('the application role cannot tamper with the evidence', () => {
  it('is neither a superuser nor the owner of any table', async () => {
    const { rows } = await app.query(`
      SELECT r.rolsuper,
             (SELECT count(*)::int FROM pg_tables
              WHERE schemaname = 'public' AND pg_has_role(current_user, tableowner, 'USAGE')) AS owned
      FROM pg_roles r WHERE rolname = current_user`);
    expect(rows).toEqual([{ rolsuper: false, owned: 0 }]);
  });

  it.each([
    ['ALTER TABLE audit_event DISABLE TRIGGER USER', '42501'],
    ['ALTER TABLE export_check DISABLE TRIGGER ALL', '42501'],
    ['SET session_replication_role = replica', '42501'],
    ['UPDATE audit_event SET operation = operation', '42501'],
    ['DELETE FROM audit_event', '42501'],
    ['TRUNCATE audit_event', '42501'],
    [`UPDATE export_check SET decision = 'NO_LICENSE_REQUIRED'`, '42501'],
    ['DELETE FROM export_check', '42501'],
    ['TRUNCATE export_check CASCADE', '42501'],
    ['DELETE FROM screening_review', '42501'],
    ['DROP TABLE audit_event', '42501'],
    ['CREATE TABLE shadow (id int)', '42501'],
    [`UPDATE party SET email_domains = '{valence.demo, fengfan.demo}'`, '42501'],
    [`INSERT INTO schema_migration (timestamp, name) VALUES (1, 'x')`, '42501'],
  ])('%s → permission denied', async (sql, code) => {
    expect(await attempt(sql)).toBe(code);
  });

  it('left every row of the evidence as it was', async () => {
    const [row] = await t.db.query(`
      SELECT (SELECT count(*)::int FROM audit_event WHERE operation = 'createUser') AS events,
             (SELECT decision FROM export_check LIMIT 1) AS decision`);
    expect(row).toEqual({ events: 1, decision: 'PROHIBITED' });
  });

  it('still writes what it must: an audit event is inserted and read back', async () => {
    expect(await attempt(`SELECT count(*) FROM audit_event`)).toBe('allowed');
    expect(
      await attempt(`
        INSERT INTO audit_event (actor_party, operation, entity, entity_id)
        VALUES ('VALENCE', 'probe', 'Probe', 'x')`),
    ).toBe('allowed');
  });
});

describe('the grants cover every table, including those of later migrations', () => {
  it('gives the application SELECT on every table in the schema', async () => {
    const rows = await t.db.query(`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        AND NOT has_table_privilege('compliance_app', c.oid, 'SELECT')`);
    expect(rows).toEqual([]);
  });

  it('closes UPDATE, DELETE and TRUNCATE on every table guarded by an append-only trigger', async () => {
    // The convention of migration 1763900300000: a table whose trigger refuses changes is
    // also closed to the application by privilege.
    const rows = await t.db.query(`
      SELECT DISTINCT c.relname AS table
      FROM pg_trigger tg
      JOIN pg_class c ON c.oid = tg.tgrelid
      JOIN pg_proc p ON p.oid = tg.tgfoid
      WHERE NOT tg.tgisinternal AND (p.proname LIKE '%append_only%' OR p.proname LIKE '%immutable%')
        AND (has_table_privilege('compliance_app', c.oid, 'UPDATE')
          OR has_table_privilege('compliance_app', c.oid, 'DELETE')
          OR has_table_privilege('compliance_app', c.oid, 'TRUNCATE'))`);
    expect(rows).toEqual([]);
  });
});

describe('start-up', () => {
  const env = (overrides: Record<string, string>) => {
    const saved = { ...process.env };
    Object.assign(process.env, overrides);
    return () => {
      process.env = saved;
    };
  };

  it('refuses to serve in production as a superuser or a table owner', async () => {
    const restore = env({
      NODE_ENV: 'production',
      DATABASE_URL: withDatabase(process.env.TEST_PG_ADMIN_URL!, database),
      MIGRATION_DATABASE_URL: withDatabase(process.env.TEST_PG_ADMIN_URL!, database),
    });
    try {
      await expect(openDatabase(loadConfig())).rejects.toThrow(/owns nothing/);
    } finally {
      restore();
    }
  });

  it('serves in production as the application role, migrating as the owner', async () => {
    const restore = env({
      NODE_ENV: 'production',
      DATABASE_URL: withDatabase(process.env.TEST_PG_APP_URL!, database),
      MIGRATION_DATABASE_URL: withDatabase(process.env.TEST_PG_ADMIN_URL!, database),
    });
    try {
      const opened = await openDatabase(loadConfig());
      const [{ user }] = await opened.db.query('SELECT current_user AS user');
      expect(user).toBe('compliance_api_test');
      await opened.close();
    } finally {
      restore();
    }
  });

  it('refuses the embedded database in production unless explicitly allowed', async () => {
    const restore = env({ NODE_ENV: 'production', DATABASE_URL: '' });
    try {
      await expect(openDatabase(loadConfig())).rejects.toThrow(/ALLOW_EMBEDDED_DATABASE/);
    } finally {
      restore();
    }
  });

  it('lets instances starting at once on one database migrate and seed one after another', async () => {
    const restore = env({
      DATABASE_URL: withDatabase(process.env.TEST_PG_APP_URL!, database),
      MIGRATION_DATABASE_URL: withDatabase(process.env.TEST_PG_ADMIN_URL!, database),
    });
    const order: string[] = [];
    try {
      const prepare = (name: string) => async () => {
        order.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        order.push(`${name} out`);
      };
      const opened = await Promise.all(
        ['a', 'b', 'c'].map((name) => openDatabase(loadConfig(), { prepare: prepare(name) })),
      );
      for (const one of opened) await one.close();
    } finally {
      restore();
    }
    // Never two inside the locked section at once.
    for (let i = 0; i < order.length; i += 2) {
      expect(order[i].split(' ')[0]).toBe(order[i + 1].split(' ')[0]);
    }
    expect(order).toHaveLength(6);
  });
});

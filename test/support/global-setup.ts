import 'reflect-metadata';
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../ormconfig';
import { ensureApplicationLogin } from '../../src/db/application-role';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { seedDatabase } from '../../src/seed/seed';
import { syncExportReferenceData } from '../../src/services/export/reference-data.service';
import {
  applyTestEnvironment,
  TEST_APP_LOGIN,
  TEST_APP_PASSWORD,
  TEST_EMAIL_DOMAIN,
  withDatabase,
  withLogin,
} from './test-env';

declare global {
  var __testPostgresStop: (() => Promise<void>) | undefined;
}

/**
 * One PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL), and one template
 * database migrated and seeded once as its owner; every test file clones it (see
 * test-app.ts) and runs the app on the clone as the application role, which owns nothing.
 */
export default async function globalSetup(): Promise<void> {
  applyTestEnvironment();
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'compliance-test-pg-'));
    chmodSync(dir, 0o755); // the cluster may run as the `postgres` user (see postmaster.ts)
    const pg = await startEmbeddedPostgres(path.join(dir, 'data'));
    globalThis.__testPostgresStop = pg.stop;
    adminUrl = pg.url('postgres');
  }
  const template = `compliance_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  // Cluster-wide and shared by concurrent runs on one server: created idempotently.
  await ensureApplicationLogin(adminUrl, TEST_APP_LOGIN, TEST_APP_PASSWORD);

  const db = createDataSource(withDatabase(adminUrl, template));
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await seedDatabase(db, { demoUsers: true });
  // A domain every party may use, for tests that create users in any party.
  await db.query(`UPDATE party SET email_domains = array_append(email_domains, $1)`, [
    TEST_EMAIL_DOMAIN,
  ]);
  await syncExportReferenceData(db);
  await db.destroy();

  process.env.TEST_PG_ADMIN_URL = adminUrl;
  process.env.TEST_PG_APP_URL = withLogin(adminUrl, TEST_APP_LOGIN, TEST_APP_PASSWORD);
  process.env.TEST_TEMPLATE_DATABASE = template;
}

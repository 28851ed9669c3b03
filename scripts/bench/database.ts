import 'reflect-metadata';
import { Client } from 'pg';
import { createDataSource } from '../../ormconfig';
import { ensureApplicationLogin } from '../../src/db/application-role';
import { seedDatabase } from '../../src/seed/seed';
import { syncExportReferenceData } from '../../src/services/export/reference-data.service';
import { generateDataset, type DatasetSize } from './dataset';

/** The application's login for the benchmark: a member of compliance_app, owning nothing. */
export const BENCH_APP_LOGIN = 'compliance_api_bench';
export const BENCH_APP_PASSWORD = 'bench-only-application-password';

export interface BenchDatabase {
  /** The owner's URL (migrations, seed, the generated rows). */
  ownerUrl: string;
  /** The application role's URL, which the servers run on. */
  appUrl: string;
  drop: () => Promise<void>;
}

/**
 * A throwaway database on the server of `adminUrl`: migrated and seeded as the project does,
 * then filled with the generated contracts; dropped by `drop`.
 */
export async function createBenchDatabase(
  adminUrl: string,
  size: DatasetSize,
): Promise<BenchDatabase> {
  const name = `bench_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const ownerUrl = withDatabase(adminUrl, name);
  await ensureApplicationLogin(adminUrl, BENCH_APP_LOGIN, BENCH_APP_PASSWORD);
  const db = createDataSource(ownerUrl, { poolSize: 2 });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    await seedDatabase(db, { demoUsers: true });
    await syncExportReferenceData(db);
    await generateDataset(db, size);
    await db.query('ANALYZE');
  } finally {
    await db.destroy();
  }
  const appUrl = new URL(ownerUrl);
  appUrl.username = BENCH_APP_LOGIN;
  appUrl.password = BENCH_APP_PASSWORD;
  return {
    ownerUrl,
    appUrl: appUrl.toString(),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

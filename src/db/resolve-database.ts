import path from 'node:path';
import type { AppConfig } from '../config';
import { EMBEDDED_APPLICATION_LOGIN, ensureApplicationLogin } from './application-role';
import { startEmbeddedPostgres, urlFor } from './embedded-postgres';
import { ensureDatabase } from './ensure-database';

export interface DatabaseHandle {
  /** The application's connection: a role that owns nothing. */
  appUrl: string;
  /** The schema owner's connection; null when only the application's URL is configured. */
  ownerUrl: string | null;
  /** Stops what this process owns (the embedded cluster); a no-op for DATABASE_URL. */
  release: () => Promise<void>;
  embedded: boolean;
}

const EMBEDDED_DATABASE = 'compliance';

/**
 * DATABASE_URL (and MIGRATION_DATABASE_URL for the owner) when set; otherwise the embedded
 * cluster kept in `<dataDir>/postgres`, whose superuser owns the schema and whose
 * `compliance_api` login role serves the requests.
 */
export async function resolveDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return {
      appUrl: config.databaseUrl,
      ownerUrl: config.migrationDatabaseUrl ?? null,
      release: async () => undefined,
      embedded: false,
    };
  }
  if (config.production && !config.allowEmbeddedDatabase) {
    throw new Error(
      'NODE_ENV=production needs DATABASE_URL (and MIGRATION_DATABASE_URL); the embedded database is for development (ALLOW_EMBEDDED_DATABASE=true overrides)',
    );
  }
  const pg = await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'));
  try {
    await ensureDatabase(pg.url('postgres'), EMBEDDED_DATABASE);
    await ensureApplicationLogin(
      pg.url(EMBEDDED_DATABASE),
      EMBEDDED_APPLICATION_LOGIN,
      pg.secrets.app,
    );
  } catch (error) {
    await pg.stop();
    throw error;
  }
  return {
    appUrl: urlFor(pg.port, EMBEDDED_DATABASE, pg.secrets.app, EMBEDDED_APPLICATION_LOGIN),
    ownerUrl: pg.url(EMBEDDED_DATABASE),
    release: pg.stop,
    embedded: true,
  };
}

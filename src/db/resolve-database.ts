import path from 'node:path';
import type { AppConfig } from '../config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ensureDatabase } from './ensure-database';

export interface DatabaseHandle {
  url: string;
  /** Stops what this process started (the embedded cluster); a no-op for DATABASE_URL. */
  release: () => Promise<void>;
  embedded: boolean;
}

const EMBEDDED_DATABASE = 'compliance';

/** DATABASE_URL when set; otherwise the embedded cluster kept in `<dataDir>/postgres`. */
export async function resolveDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, release: async () => undefined, embedded: false };
  }
  const pg = await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'));
  await ensureDatabase(pg.url('postgres'), EMBEDDED_DATABASE);
  return { url: pg.url(EMBEDDED_DATABASE), release: pg.stop, embedded: true };
}

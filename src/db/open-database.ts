import type { DataSource } from 'typeorm';
import { createDataSource } from '../../ormconfig';
import type { AppConfig } from '../config';
import { syncExportReferenceData } from '../services/export/reference-data.service';
import { resolveDatabase } from './resolve-database';

export interface OpenDatabase {
  db: DataSource;
  embedded: boolean;
  close: () => Promise<void>;
}

/**
 * Connects (starting embedded PostgreSQL when DATABASE_URL is unset), migrates, and loads
 * the export-control reference data when its files changed.
 */
export async function openDatabase(config: AppConfig): Promise<OpenDatabase> {
  const handle = await resolveDatabase(config);
  const db = createDataSource(handle.url);
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    // The export-control tables follow the data files shipped with this version of the code.
    await syncExportReferenceData(db);
  } catch (error) {
    if (db.isInitialized) await db.destroy();
    await handle.release();
    throw error;
  }
  return {
    db,
    embedded: handle.embedded,
    close: async () => {
      await db.destroy();
      await handle.release();
    },
  };
}

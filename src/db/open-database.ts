import type { DataSource } from 'typeorm';
import { createDataSource } from '../../ormconfig';
import type { AppConfig } from '../config';
import { logger } from '../logger';
import { syncExportReferenceData } from '../services/export/reference-data.service';
import { withStartUpLock } from './advisory-lock';
import { roleStanding } from './application-role';
import { keepPoolErrorsHeard } from './pool-errors';
import { resolveDatabase } from './resolve-database';

export interface OpenDatabase {
  /** The application's connection. */
  db: DataSource;
  /** The owner's connection, kept open only when asked for (`keepOwner`). */
  owner: DataSource | null;
  embedded: boolean;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** Runs as the owner after the migrations, under the same start-up lock (the seed). */
  prepare?: (owner: DataSource) => Promise<void>;
  /** Keep the owner's connection open (a CLI that writes what the application may not). */
  keepOwner?: boolean;
}

/**
 * Connects (starting embedded PostgreSQL when DATABASE_URL is unset); as the owner, under
 * an advisory lock, migrates, loads the export-control reference data when its files changed
 * and runs `prepare`; then connects as the application, which must own nothing.
 */
export async function openDatabase(
  config: AppConfig,
  options: OpenOptions = {},
): Promise<OpenDatabase> {
  const handle = await resolveDatabase(config);
  const opened: DataSource[] = [];
  try {
    let owner: DataSource | null = null;
    if (handle.ownerUrl || !config.production) {
      // Without an owner's URL, development migrates with the one URL it has.
      owner = createDataSource(handle.ownerUrl ?? handle.appUrl, { poolSize: 3 });
      opened.push(owner);
      await owner.initialize();
      await withStartUpLock(owner, async () => {
        await owner!.runMigrations({ transaction: 'each' });
        // The export-control tables follow the data files shipped with this version.
        await syncExportReferenceData(owner!);
        await options.prepare?.(owner!);
      });
      if (!options.keepOwner) {
        await owner.destroy();
        opened.pop();
        owner = null;
      }
    }
    const db = createDataSource(handle.appUrl, {
      poolSize: config.database.poolSize,
      timeouts: {
        connectMs: config.database.connectTimeoutMs,
        statementMs: config.database.statementTimeoutMs,
        idleInTransactionMs: config.database.idleInTransactionTimeoutMs,
      },
    });
    opened.push(db);
    await db.initialize();
    keepPoolErrorsHeard(db);
    await assertLeastPrivilege(db, config);
    return {
      db,
      owner,
      embedded: handle.embedded,
      close: async () => {
        for (const source of opened.reverse()) if (source.isInitialized) await source.destroy();
        await handle.release();
      },
    };
  } catch (error) {
    for (const source of opened) if (source.isInitialized) await source.destroy();
    await handle.release();
    throw error;
  }
}

/**
 * A superuser or a table owner can switch off the append-only triggers and rewrite the
 * audit trail: production refuses to serve as one; development says so.
 */
async function assertLeastPrivilege(db: DataSource, config: AppConfig): Promise<void> {
  const standing = await roleStanding(db);
  if (!standing.superuser && !standing.ownsTables) {
    if (config.production && (await db.showMigrations())) {
      throw new Error('The schema is behind this version: run the migrations as the owner');
    }
    return;
  }
  const what = standing.superuser ? 'a superuser' : 'the owner of its tables';
  const message = `The application connects as ${standing.role}, ${what}; give DATABASE_URL a role that owns nothing (README, "Database roles")`;
  if (config.production) throw new Error(message);
  logger.warn(message);
}

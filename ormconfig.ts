import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { ENTITIES } from './src/entities';
import { MIGRATIONS } from './src/migrations';

export interface DataSourceOptions {
  /** Receives every SQL statement; tests count statements per request with it. */
  logger?: Logger;
  poolSize?: number;
  /**
   * Bounds on every wait between the API and PostgreSQL, so that a database that hangs
   * fails requests instead of holding them forever. Left unset for the owner's connection:
   * migrations and reference-data loads may legitimately run long.
   */
  timeouts?: { connectMs: number; statementMs: number; idleInTransactionMs: number };
}

/**
 * The one DataSource definition, used by the server, the CLI scripts and the tests.
 * The schema changes only through the checked-in migrations: never `synchronize`.
 */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: options.logger,
    logging: options.logger ? ['query'] : false,
    extra: {
      max: options.poolSize ?? 10,
      ...(options.timeouts && {
        connectionTimeoutMillis: options.timeouts.connectMs,
        statement_timeout: options.timeouts.statementMs,
        idle_in_transaction_session_timeout: options.timeouts.idleInTransactionMs,
      }),
    },
  });
}

/** For the TypeORM CLI (`npx typeorm -d ormconfig.ts ...`), which needs DATABASE_URL. */
export default createDataSource(
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/compliance',
);

import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { ENTITIES } from './src/entities';
import { MIGRATIONS } from './src/migrations';

export interface DataSourceOptions {
  /** Receives every SQL statement; tests count statements per request with it. */
  logger?: Logger;
  poolSize?: number;
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
    extra: { max: options.poolSize ?? 10 },
  });
}

/** For the TypeORM CLI (`npx typeorm -d ormconfig.ts ...`), which needs DATABASE_URL. */
export default createDataSource(
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/compliance',
);

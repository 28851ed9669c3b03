/**
 * The embedded PostgreSQL of `npm start`: its superuser has a random password kept in a file
 * only its owner reads; the server started on it stops it last on SIGTERM and exits 0; a
 * cluster left running by a process that died is adopted — and stopped — by the next start,
 * while one whose owner is alive is shared and left running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, chmodSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { secretsFile } from '../../src/db/cluster-secrets';
import { startEmbeddedPostgres, urlFor } from '../../src/db/embedded-postgres';
import { findFreePort } from '../../src/db/free-port';
import { initialiseCluster, isAlive, runningPostmaster } from '../../src/db/postmaster';
import { TEST_JWT_SECRET } from '../support/test-env';

let root: string;
let clusterDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'compliance-embedded-'));
  chmodSync(root, 0o755); // the cluster may run as the `postgres` user
  clusterDir = path.join(root, 'postgres');
});

afterAll(async () => {
  const left = runningPostmaster(clusterDir);
  if (left) process.kill(left.pid, 'SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

async function signsIn(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

describe('the embedded cluster', () => {
  it('has a random superuser password in an owner-only file; the old fixed one fails', async () => {
    const pg = await startEmbeddedPostgres(clusterDir);
    try {
      expect(statSync(secretsFile(clusterDir)).mode & 0o777).toBe(0o600);
      expect(pg.secrets.owner).toMatch(/^[\w-]{32}$/);
      expect(await signsIn(pg.url('postgres'))).toBe(true);
      expect(await signsIn(urlFor(pg.port, 'postgres', 'postgres'))).toBe(false);
    } finally {
      await pg.stop();
    }
    expect(runningPostmaster(clusterDir)).toBeNull();
  }, 120_000);

  it('replaces the old fixed password of a cluster created before passwords were generated', async () => {
    const legacyDir = path.join(root, 'legacy');
    await initialiseCluster(legacyDir, 'postgres');
    const pg = await startEmbeddedPostgres(legacyDir);
    try {
      expect(await signsIn(urlFor(pg.port, 'postgres', 'postgres'))).toBe(false);
      expect(await signsIn(pg.url('postgres'))).toBe(true);
      expect(statSync(secretsFile(legacyDir)).mode & 0o777).toBe(0o600);
    } finally {
      await pg.stop();
    }
  }, 120_000);

  it('is adopted after its owner died, and stopped by its new owner', async () => {
    const first = await startEmbeddedPostgres(clusterDir);
    const postmaster = runningPostmaster(clusterDir)!;
    // The owner is gone (a crash): a dead pid in the owner file.
    const dead = spawn('true');
    await new Promise((resolve) => dead.once('exit', resolve));
    writeFileSync(`${clusterDir}.owner`, `${dead.pid}\n`);
    const adopted = await startEmbeddedPostgres(clusterDir);
    expect(adopted.owned).toBe(true);
    expect(adopted.port).toBe(first.port);
    await adopted.stop();
    expect(isAlive(postmaster.pid)).toBe(false);
  }, 120_000);

  it('is shared, never stopped, while its owner is alive', async () => {
    const owner = await startEmbeddedPostgres(clusterDir);
    const sleeper = spawn('sleep', ['30']);
    writeFileSync(`${clusterDir}.owner`, `${sleeper.pid}\n`);
    try {
      const shared = await startEmbeddedPostgres(clusterDir);
      expect(shared.owned).toBe(false);
      await shared.stop();
      expect(runningPostmaster(clusterDir)).not.toBeNull();
    } finally {
      sleeper.kill();
      writeFileSync(`${clusterDir}.owner`, `${process.pid}\n`);
      await owner.stop();
    }
  }, 120_000);
});

describe('npm start on the embedded cluster', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('drains on SIGTERM, stops PostgreSQL last and exits 0', async () => {
    const port = await findFreePort();
    let output = '';
    child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: path.resolve(__dirname, '../..'),
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: '',
        MIGRATION_DATABASE_URL: '',
        DATA_DIR: root,
        PORT: String(port),
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on(
      'data',
      (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5000)),
    );
    child.stderr!.on(
      'data',
      (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5000)),
    );
    const exited = new Promise<number | null>((resolve) =>
      child!.once('exit', (code) => resolve(code)),
    );
    const deadline = Date.now() + 150_000;
    for (;;) {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`not ready:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const postmaster = runningPostmaster(clusterDir)!;
    expect(postmaster).not.toBeNull();
    // Development prints ready-to-paste tokens on a fresh database; they are real.
    expect(output).toMatch(/Development tokens/);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isAlive(postmaster.pid)).toBe(false);
    expect(runningPostmaster(clusterDir)).toBeNull();
  }, 200_000);
});

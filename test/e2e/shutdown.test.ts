/**
 * Graceful shutdown of the real server process (src/main.ts): once ready, SIGTERM makes it
 * drain, close the database and exit with code 0, and it stops answering. The server runs as
 * a child process on a database cloned from the test template; every wait is bounded, and the
 * child and the database are cleaned up whatever happens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { findFreePort } from '../../src/db/free-port';
import { TEST_JWT_SECRET, withDatabase } from '../support/test-env';

const READY_WITHIN_MS = 45_000;
const EXIT_WITHIN_MS = 15_000;
/**
 * With no request in flight, draining is immediate. A slower exit means the server's own
 * shutdown (main.ts: stop Apollo, close the database, exit 0) did not run to its end, and the
 * process only ended once the database pool's idle timeout (10 s) emptied the event loop.
 */
const PROMPT_EXIT_MS = 5_000;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

let adminUrl: string;
let database: string;
let databaseCreated = false;
let dataDir: string;
let child: ChildProcess | undefined;
let exited: Promise<Exit>;
let exit: Exit | undefined;
let baseUrl: string;
/** How long the process took to exit after SIGTERM. */
let exitMs: number | undefined;
/** The child's output, kept for failure messages (bounded). */
let output = '';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (global setup)`);
  return value;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves with the exit, or with null after `ms`. */
function exitWithin(ms: number): Promise<Exit | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([exited, timeout]).finally(() => clearTimeout(timer));
}

async function status(url: string): Promise<number> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  await response.arrayBuffer();
  return response.status;
}

async function waitUntilReady(): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (exit) {
      throw new Error(
        `the server exited before it was ready (${JSON.stringify(exit)}):\n${output}`,
      );
    }
    try {
      if ((await status(`${baseUrl}/readyz`)) === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the server was not ready within ${READY_WITHIN_MS} ms:\n${output}`);
}

beforeAll(async () => {
  adminUrl = required('TEST_PG_ADMIN_URL');
  const template = required('TEST_TEMPLATE_DATABASE');
  database = `test_shutdown_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${database} TEMPLATE ${template}`);
  databaseCreated = true;
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'compliance-shutdown-'));

  const port = await findFreePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    // As in production: the owner migrates, the application connects as a role owning nothing.
    DATABASE_URL: withDatabase(required('TEST_PG_APP_URL'), database),
    MIGRATION_DATABASE_URL: withDatabase(adminUrl, database),
    PORT: String(port),
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
  };
  delete env.JWT_PUBLIC_KEY;
  child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '../..'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-10_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  exited = new Promise<Exit>((resolve) => {
    child!.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  await waitUntilReady();
}, READY_WITHIN_MS + 15_000);

afterAll(async () => {
  try {
    if (child && !exit) {
      child.kill('SIGKILL');
      await exitWithin(5_000);
    }
  } finally {
    if (databaseCreated) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}, 30_000);

describe('graceful shutdown of the server process', () => {
  it('answers /healthz and /readyz while running', async () => {
    expect(await status(`${baseUrl}/healthz`)).toBe(200);
    expect(await status(`${baseUrl}/readyz`)).toBe(200);
  });

  it(
    `exits with code 0 within ${EXIT_WITHIN_MS / 1000} s of SIGTERM, then stops answering`,
    async () => {
      expect(exit).toBeUndefined();
      const signalledAt = Date.now();
      expect(child!.kill('SIGTERM')).toBe(true);
      const result = await exitWithin(EXIT_WITHIN_MS);
      if (result === null) throw new Error(`still running ${EXIT_WITHIN_MS} ms after SIGTERM`);
      exitMs = Date.now() - signalledAt;
      // Compared with the output alongside, so a failure shows what the server said.
      expect({ result, output }).toEqual({ result: { code: 0, signal: null }, output });
      await expect(status(`${baseUrl}/healthz`)).rejects.toThrow();
    },
    EXIT_WITHIN_MS + 10_000,
  );

  // Apollo's own SIGTERM handler is off (stopOnTerminationSignals: false in src/server/app.ts):
  // main.ts drains, closes the database and exits at once instead of idling out.
  it(`exits within ${PROMPT_EXIT_MS / 1000} s of SIGTERM, by its own shutdown`, () => {
    expect(exitMs).toBeLessThan(PROMPT_EXIT_MS);
  });
});

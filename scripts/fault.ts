/**
 * `npm run fault -- [--duration 20] [--down 3] [--at 5] [--workers 8] [--signal SIGKILL]`
 *
 * Starts the server on a fresh embedded PostgreSQL (a temporary data directory), puts it
 * under load — concurrent `createUser` mutations with unique e-mails and contract reads —
 * then stops PostgreSQL with `--signal` (SIGKILL: a crash; SIGQUIT: immediate shutdown;
 * SIGINT: fast shutdown) at `--at` seconds, restarts it on the same port `--down` seconds
 * later, and reports what the clients saw (statuses and error codes), how long the server
 * took to recover, and whether every acknowledged write is stored (and nothing else).
 * Not part of CI: it takes the whole duration and a cluster of its own.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import jwt from 'jsonwebtoken';
import { Client } from 'pg';
import { readSecrets } from '../src/db/cluster-secrets';
import { urlFor } from '../src/db/embedded-postgres';
import { findFreePort } from '../src/db/free-port';
import { launchPostmaster, runningPostmaster, stopPostmaster } from '../src/db/postmaster';

const SECRET = 'fault-script-secret-used-only-for-this-run';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Outcome {
  at: number;
  kind: 'write' | 'read';
  status: number;
  code: string | null;
  email?: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '20' },
      down: { type: 'string', default: '3' },
      at: { type: 'string', default: '5' },
      workers: { type: 'string', default: '8' },
      signal: { type: 'string', default: 'SIGKILL' },
    },
  });
  const duration = Number(values.duration) * 1000;
  const downFor = Number(values.down) * 1000;
  const stopAt = Number(values.at) * 1000;
  const workers = Number(values.workers);
  const signal = values.signal as NodeJS.Signals;

  const root = mkdtempSync(path.join(os.tmpdir(), 'compliance-fault-'));
  chmodSync(root, 0o755);
  const clusterDir = path.join(root, 'postgres');
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: '',
      DATA_DIR: root,
      PORT: String(port),
      JWT_SECRET: SECRET,
      LOG_LEVEL: 'warn',
      // The load is one user's: the rate limits would answer most of it with 429.
      RATE_LIMIT_USER_PER_MINUTE: '0',
      RATE_LIMIT_PARTY_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let serverLog = '';
  server.stderr!.on(
    'data',
    (chunk: Buffer) => (serverLog = (serverLog + chunk.toString()).slice(-20_000)),
  );
  const serverExit = new Promise<number | null>((resolve) =>
    server.once('exit', (code) => resolve(code)),
  );
  let restarted: Awaited<ReturnType<typeof launchPostmaster>> | null = null;
  try {
    for (let waited = 0; ; waited += 250) {
      const ready = await fetch(`${base}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) break;
      if (waited > 180_000 || server.exitCode !== null)
        throw new Error(`server did not start:\n${serverLog}`);
      await sleep(250);
    }
    const secrets = readSecrets(clusterDir)!;
    const postmaster = runningPostmaster(clusterDir)!;
    const ownerUrl = urlFor(postmaster.port, 'compliance', secrets.owner);
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    const [admin] = (
      await owner.query(`SELECT id FROM app_user WHERE email = 'admin@valence.demo'`)
    ).rows;
    await owner.end();
    const token = jwt.sign({}, SECRET, {
      algorithm: 'HS256',
      subject: admin.id as string,
      issuer: 'fengfan-valence-compliance',
      audience: 'compliance-api',
      expiresIn: 3600,
    });

    const started = Date.now();
    const outcomes: Outcome[] = [];
    let sequence = 0;
    const request = async (kind: 'write' | 'read') => {
      const email = `fault-${(sequence += 1)}@valence.demo`;
      const body =
        kind === 'write'
          ? {
              query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
              variables: { i: { email, displayName: 'Fault', roles: ['VIEWER'] } },
            }
          : { query: '{ contracts(first: 5) { edges { node { code } } } }' };
      let status = 0;
      let code: string | null = null;
      try {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        status = response.status;
        const json = (await response.json()) as {
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        code = json.errors?.[0]?.extensions?.code ?? null;
      } catch (error) {
        code = `CLIENT_${(error as Error).name}`;
      }
      outcomes.push({
        at: Date.now() - started,
        kind,
        status,
        code,
        email: kind === 'write' ? email : undefined,
      });
    };
    const load = Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; Date.now() - started < duration; i += 1) {
        await request((worker + i) % 2 === 0 ? 'write' : 'read');
      }
    });

    await sleep(stopAt);
    const stoppedAt = Date.now() - started;
    process.kill(postmaster.pid, signal);
    while (runningPostmaster(clusterDir)?.pid === postmaster.pid) await sleep(20);
    await sleep(downFor);
    const restartedAt = Date.now() - started;
    restarted = await launchPostmaster(
      clusterDir,
      postmaster.port,
      urlFor(postmaster.port, 'postgres', secrets.owner),
    );
    const upAt = Date.now() - started;
    await Promise.all(load);

    const check = new Client({ connectionString: ownerUrl });
    await check.connect();
    const stored = new Set(
      (await check.query(`SELECT email FROM app_user WHERE email LIKE 'fault-%'`)).rows.map(
        (r) => r.email as string,
      ),
    );
    const audited = Number(
      (await check.query(`SELECT count(*) FROM audit_event WHERE operation = 'createUser'`)).rows[0]
        .count,
    );
    await check.end();

    const writes = outcomes.filter((o) => o.kind === 'write');
    const acknowledged = writes.filter((o) => o.status === 200 && o.code === null);
    const lostAcknowledged = acknowledged.filter((o) => !stored.has(o.email!)).length;
    const storedUnacknowledged = writes.filter(
      (o) => !(o.status === 200 && o.code === null) && stored.has(o.email!),
    ).length;
    const firstFailure = outcomes
      .filter((o) => o.at >= stoppedAt && (o.status !== 200 || o.code !== null))
      .sort((a, b) => a.at - b.at)[0];
    const firstSuccessAfterRestart = outcomes
      .filter((o) => o.at >= upAt && o.status === 200 && o.code === null)
      .sort((a, b) => a.at - b.at)[0];
    const tally: Record<string, number> = {};
    for (const o of outcomes)
      tally[`${o.status} ${o.code ?? 'OK'}`] = (tally[`${o.status} ${o.code ?? 'OK'}`] ?? 0) + 1;

    process.kill(server.pid!, 'SIGTERM');
    const exitCode = await serverExit;
    const report = {
      signal,
      requests: outcomes.length,
      outcomes: tally,
      internalErrors: outcomes.filter((o) => o.code === 'INTERNAL_SERVER_ERROR' || o.status === 500)
        .length,
      stoppedAtMs: stoppedAt,
      firstFailureAfterStopMs: firstFailure ? firstFailure.at - stoppedAt : null,
      postgresRestartedAtMs: restartedAt,
      postgresAcceptingAtMs: upAt,
      recoveredAfterRestartMs: firstSuccessAfterRestart ? firstSuccessAfterRestart.at - upAt : null,
      writes: writes.length,
      acknowledged: acknowledged.length,
      stored: stored.size,
      auditedCreates: audited,
      lostAcknowledged,
      storedUnacknowledged,
      serverExitCode: exitCode,
      serverErrors: serverLog
        .split('\n')
        .filter((line) => /unexpected error/.test(line))
        .slice(0, 5)
        .map((line) => line.slice(0, 600)),
    };
    console.log(JSON.stringify(report, null, 2));
    if (report.internalErrors > 0 || lostAcknowledged > 0 || exitCode !== 0) process.exitCode = 1;
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    if (restarted) await stopPostmaster(restarted.postmaster, restarted.child);
    const left = runningPostmaster(clusterDir);
    if (left) process.kill(left.pid, 'SIGINT');
    await sleep(500);
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

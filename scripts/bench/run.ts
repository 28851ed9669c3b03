import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { createBenchDatabase } from './database';
import { copyExportCheck, DEFAULT_SIZE } from './dataset';
import { benchQueries, BENCH_EMAIL, type BenchQuery } from './queries';
import { startProcess, type Running } from './processes';
import { benchToken } from './token';

/**
 * `npm run bench [-- --contracts 200 --articles 8000 --register-rows 200 --rounds 3 --duration 5
 *   --list-sizes 5,20,40 --compare before=/path --variant "name:ENV=value,…" --only <name>]`
 *
 * Generates the data set into a throwaway database (DATABASE_URL's server, or the local
 * PostgreSQL), starts this project's compiled server as in production (NODE_ENV=production,
 * the application role, rate limits off so that the load is not refused) — and any other
 * build named by --compare (a checkout whose `dist/` is built, e.g. the main branch), this
 * build again under each --variant's environment (e.g. "interpreted:COMPILED_EXECUTION=false"),
 * and the raw node + pg baseline; checks that all of them return the same data; then loads each
 * with autocannon, the targets interleaved round by round, and prints req/s, the ratio to
 * the baseline, p50/p99, SQL statements and server CPU per request. Statements are counted
 * at the server's pg client (scripts/bench/probe.js): pg_stat_statements is not assumed to be
 * loadable on the cluster.
 */
const { values } = parseArgs({
  options: {
    contracts: { type: 'string', default: String(DEFAULT_SIZE.contracts) },
    articles: { type: 'string', default: String(DEFAULT_SIZE.articles) },
    'register-rows': { type: 'string', default: String(DEFAULT_SIZE.registerRows) },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    compare: { type: 'string', multiple: true, default: [] },
    variant: { type: 'string', multiple: true, default: [] },
    only: { type: 'string' },
    'list-sizes': { type: 'string', default: '20' },
  },
});
const ROUNDS = Number(values.rounds);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const LIST_SIZES = (values['list-sizes'] ?? '20').split(',').map(Number);
const JWT_SECRET = 'bench-only-secret-never-used-outside-the-benchmark';

interface Target {
  name: string;
  run: Running;
  kind: 'server' | 'baseline';
}

interface Tally {
  requests: number;
  seconds: number;
  p50: number[];
  p99: number[];
  statements: number;
  cpuMicros: number;
  failures: number;
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const size = {
    ...DEFAULT_SIZE,
    contracts: Number(values.contracts),
    articles: Number(values.articles),
    registerRows: Number(values['register-rows']),
  };
  console.log(
    `generating ${size.contracts} contracts, ${size.articles} articles, ` +
      `${size.registerRows} rows in each register …`,
  );
  const database = await createBenchDatabase(adminUrl, size);
  const targets: Target[] = [];
  try {
    const thisBuild = path.resolve(__dirname, '../..');
    const builds: { name: string; dir: string; env?: Record<string, string> }[] = [
      { name: 'this server', dir: thisBuild },
      ...(values.compare ?? []).map((entry) => {
        const [name, dir] = splitOnce(entry, '=');
        return { name, dir: path.resolve(dir) };
      }),
      ...(values.variant ?? []).map((entry) => {
        const [name, settings] = splitOnce(entry, ':');
        const env = Object.fromEntries(settings.split(',').map((pair) => splitOnce(pair, '=')));
        return { name, dir: thisBuild, env };
      }),
    ];
    for (const [index, build] of builds.entries()) {
      const port = 4600 + index;
      targets.push({
        name: build.name,
        kind: 'server',
        run: await startProcess({
          name: build.name,
          entry: path.join(build.dir, 'dist/src/main.js'),
          nodeArgs: [
            ...startFlags(build.dir),
            // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile.
            ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
          ],
          env: {
            NODE_ENV: 'production',
            DATABASE_URL: database.appUrl,
            MIGRATION_DATABASE_URL: database.ownerUrl,
            HOST: '127.0.0.1',
            PORT: String(port),
            JWT_SECRET,
            RATE_LIMIT_USER_PER_MINUTE: '0',
            RATE_LIMIT_PARTY_PER_MINUTE: '0',
            ...build.env,
          },
          url: `http://127.0.0.1:${port}/graphql`,
          readyUrl: `http://127.0.0.1:${port}/readyz`,
          probePort: 4700 + index,
        }),
      });
    }
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const ids = await owner.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM app_user u WHERE u.email IN ($1, 'compliance@jv.demo')`,
      [BENCH_EMAIL],
    );
    const tokenOf = (email: string) =>
      benchToken(ids.rows.find((row) => row.email === email)!.id, JWT_SECRET);
    const [{ id: contractId }] = (
      await owner.query<{ id: string }>(`SELECT id FROM contract WHERE code = 'BENCH-0001'`)
    ).rows;
    await seedExportChecks(targets[0].run.url, tokenOf('compliance@jv.demo'), owner);
    await owner.end();

    targets.push({
      name: 'raw node + pg',
      kind: 'baseline',
      run: await startProcess({
        name: 'baseline',
        entry: path.join(__dirname, 'baseline-server.ts'),
        nodeArgs: ['-r', 'ts-node/register/transpile-only'],
        env: {
          BASELINE_DATABASE_URL: database.appUrl,
          BASELINE_PORT: '4690',
          BASELINE_CONTRACT_ID: contractId,
          BASELINE_LIST_SIZES: LIST_SIZES.join(','),
        },
        url: 'http://127.0.0.1:4690',
        readyUrl: `http://127.0.0.1:4690/list/${LIST_SIZES[0]}`,
        probePort: 4790,
      }),
    });

    const token = tokenOf(BENCH_EMAIL);
    const queries = benchQueries(contractId, LIST_SIZES).filter(
      (query) => !values.only || query.name.includes(values.only),
    );
    for (const query of queries) await checkSameData(query, targets, token);

    const tallies = new Map<string, Tally>();
    const load = async (query: BenchQuery, target: Target, seconds: number, tally?: Tally) => {
      const before = await target.run.probe();
      const result = await autocannon(requestOf(query, target, token, seconds));
      const after = await target.run.probe();
      if (!tally) return;
      tally.requests += result.requests.total;
      tally.seconds += result.duration;
      tally.p50.push(result.latency.p50);
      tally.p99.push(result.latency.p99);
      tally.statements += after.statements - before.statements;
      tally.cpuMicros += after.cpuMicros - before.cpuMicros;
      tally.failures += result.non2xx + result.errors + result.timeouts;
    };
    const loadAverage = [os.loadavg()[0]];
    console.log(`warming up (${values.warmup} s each) …`);
    for (const query of queries) {
      for (const target of targetsFor(query, targets)) {
        await load(query, target, Number(values.warmup));
      }
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      console.log(`round ${round + 1} of ${ROUNDS} (load average ${os.loadavg()[0].toFixed(2)})`);
      loadAverage.push(os.loadavg()[0]);
      for (const query of queries) {
        const order = targetsFor(query, targets);
        // Interleaved, and each round in another order, so that neither target always runs
        // just after the other on a shared machine.
        if (round % 2 === 1) order.reverse();
        for (const target of order) {
          const key = `${query.name}|${target.name}`;
          const tally = tallies.get(key) ?? emptyTally();
          tallies.set(key, tally);
          await load(query, target, DURATION, tally);
        }
      }
    }
    loadAverage.push(os.loadavg()[0]);
    report(queries, targets, tallies, loadAverage, size);
  } finally {
    for (const target of targets) await target.run.stop();
    await database.drop();
  }
}

/** `text` before and after the first `separator` (a value may hold it again: `A=--x=1`). */
function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

/** The node flags `npm start` gives the server in that build's package.json (its heap sizes). */
function startFlags(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    scripts?: { start?: string };
  };
  const flags = /\bnode((?: --[^\s]+)*) dist\/src\/main\.js/.exec(manifest.scripts?.start ?? '');
  return flags ? flags[1].trim().split(' ').filter(Boolean) : [];
}

function targetsFor(query: BenchQuery, targets: Target[]): Target[] {
  return targets.filter((target) => target.kind === 'server' || query.baseline);
}

function requestOf(query: BenchQuery, target: Target, token: string, seconds: number) {
  if (target.kind === 'baseline') {
    return {
      url: `${target.run.url}${query.baseline!.path}`,
      connections: CONNECTIONS,
      duration: seconds,
    };
  }
  return {
    url: target.run.url,
    method: 'POST' as const,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: query.query, variables: query.variables }),
  };
}

async function fetchData(query: BenchQuery, target: Target, token: string): Promise<unknown> {
  const response =
    target.kind === 'baseline'
      ? await fetch(`${target.run.url}${query.baseline!.path}`)
      : await fetch(target.run.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: query.query, variables: query.variables }),
        });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors || !response.ok) {
    throw new Error(`${target.name}, ${query.name}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** Every target must return the same data for a query before any is timed. */
async function checkSameData(query: BenchQuery, targets: Target[], token: string) {
  const [first, ...others] = targetsFor(query, targets);
  const expected = await fetchData(query, first, token);
  for (const target of others) {
    const actual = await fetchData(query, target, token);
    if (!isDeepStrictEqual(actual, expected)) {
      throw new Error(`${target.name} and ${first.name} differ on ${query.name}`);
    }
  }
  const bytes = JSON.stringify(expected).length;
  console.log(
    `same data from ${targetsFor(query, targets).length} targets: ${query.name} (${bytes} bytes)`,
  );
}

async function seedExportChecks(url: string, token: string, owner: Client): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { id } }`,
      variables: {
        input: {
          items: [{ eccn: 'EAR99' }],
          releaseKind: 'EXPORT',
          destination: 'CN',
          parties: [{ name: 'Baoding Cathode Works', country: 'CN', role: 'END_USER' }],
          declaredEndUse: 'Manufacture of lithium batteries for electric buses',
        },
      },
    }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`runExportCheck: ${JSON.stringify(body.errors)}`);
  await copyExportCheck(owner, 200);
}

function emptyTally(): Tally {
  return { requests: 0, seconds: 0, p50: [], p99: [], statements: 0, cpuMicros: 0, failures: 0 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function report(
  queries: BenchQuery[],
  targets: Target[],
  tallies: Map<string, Tally>,
  loadAverage: number[],
  size: { contracts: number; articles: number; registerRows: number },
): void {
  console.log(
    `\n${size.contracts} contracts, ${size.articles} articles, ${size.registerRows} rows per ` +
      `register; ${CONNECTIONS} connections, ` +
      `${ROUNDS} rounds of ${DURATION} s per target, interleaved; ${os.cpus().length} cores; ` +
      `load average ${loadAverage.map((value) => value.toFixed(2)).join(' → ')}`,
  );
  const rows: string[][] = [
    [
      'request',
      'target',
      'req/s',
      '× baseline',
      'p50 ms',
      'p99 ms',
      'SQL/req',
      'CPU ms/req',
      'failed',
    ],
  ];
  for (const query of queries) {
    const baseline = tallies.get(`${query.name}|raw node + pg`);
    const baselineRate = baseline ? baseline.requests / baseline.seconds : null;
    for (const target of targetsFor(query, targets)) {
      const tally = tallies.get(`${query.name}|${target.name}`);
      if (!tally) continue;
      const rate = tally.requests / tally.seconds;
      rows.push([
        query.name,
        target.name,
        rate.toFixed(0),
        baselineRate ? (rate / baselineRate).toFixed(2) : '—',
        String(median(tally.p50)),
        String(median(tally.p99)),
        (tally.statements / tally.requests).toFixed(2),
        (tally.cpuMicros / tally.requests / 1000).toFixed(2),
        String(tally.failures),
      ]);
    }
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) {
    console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
  }
  console.log(
    '\nSQL/req: statements the process sent through pg, per request; CPU: the process’s own ' +
      'user + system time (process.cpuUsage), per request.',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

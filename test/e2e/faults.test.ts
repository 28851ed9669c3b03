/**
 * Faults end cleanly: a database that is gone or hangs is a retryable 503
 * SERVICE_UNAVAILABLE (sign-in and resolvers alike) with `Retry-After`; a request past its
 * deadline is answered 503 and its mutation rolls back; a drain answers new requests 503
 * with `Connection: close` while finishing those in flight; and rate limits, shared by every
 * instance through PostgreSQL, answer 429.
 */
import { Client } from 'pg';
import { loadTokenKey } from '../../src/auth/signing-key';
import { createApp } from '../../src/server/app';
import { startTestApp, type TestApp } from '../support/test-app';

interface Reply {
  status: number;
  headers: Headers;
  json: Body;
}

interface Body {
  data?: Record<string, Record<string, unknown> | null> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

async function send(
  base: string,
  token: string | null,
  body: unknown,
  method: 'POST' | 'GET' = 'POST',
  path = '/graphql',
): Promise<Reply> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: method === 'POST' ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? JSON.parse(text) : null,
  };
}

const CONTRACTS = { query: '{ contracts(first: 1) { edges { node { code } } } }' };
const DEACTIVATE = (id: string) => ({
  query: 'mutation($id: ID!) { deactivateUser(id: $id) { active } }',
  variables: { id },
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function databaseOf(t: TestApp): string {
  return new URL((t.db.options as { url: string }).url).pathname.slice(1);
}

/** A transaction of the owner's holding a row lock, so that a mutation on that row waits. */
async function holdRowLock(t: TestApp, userId: string): Promise<{ release: () => Promise<void> }> {
  const client = new Client({ connectionString: (t.db.options as { url: string }).url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT id FROM app_user WHERE id = $1 FOR UPDATE', [userId]);
  return {
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

describe('the database unavailable', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp({ USER_CACHE_TTL_MS: '60000', DB_CONNECT_TIMEOUT_MS: '1000' });
    base = await t.listen();
  });
  afterAll(async () => {
    await t.db.query(`ALTER DATABASE ${databaseOf(t)} CONNECTION LIMIT -1`);
    await t.close();
  });

  it('is a 503 SERVICE_UNAVAILABLE with Retry-After, from resolvers and sign-in, and recovers', async () => {
    const cached = await t.tokenFor('VALENCE', 'LEGAL');
    expect((await send(base, cached, CONTRACTS)).status).toBe(200);
    const uncached = await t.tokenFor('VALENCE', 'VIEWER');

    // The application's sessions end and no new one is let in.
    await t.db.query(`ALTER DATABASE ${databaseOf(t)} CONNECTION LIMIT 0`);
    await t.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = $1 AND usename = 'compliance_api_test'`,
      [databaseOf(t)],
    );
    const resolver = await send(base, cached, CONTRACTS);
    expect(resolver.status).toBe(503);
    expect(resolver.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(resolver.json.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');

    const signIn = await send(base, uncached, CONTRACTS);
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(signIn.json.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');

    const ready = await send(base, null, null, 'GET', '/readyz');
    expect(ready.status).toBe(503);

    await t.db.query(`ALTER DATABASE ${databaseOf(t)} CONNECTION LIMIT -1`);
    expect((await send(base, uncached, CONTRACTS)).status).toBe(200);
  });
});

describe('a database that does not answer', () => {
  let t: TestApp;
  let base: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ REQUEST_TIMEOUT_MS: '800', DB_STATEMENT_TIMEOUT_MS: '5000' });
    base = await t.listen();
    admin = await t.tokenFor('VALENCE', 'ADMIN');
  });
  afterAll(() => t.close());

  it('answers 503 at the deadline, and the mutation that was waiting never commits', async () => {
    const target = await t.userId('VALENCE', 'VIEWER');
    const lock = await holdRowLock(t, target);
    const startedAt = Date.now();
    const reply = await send(base, admin, DEACTIVATE(target));
    expect(reply.status).toBe(503);
    expect(reply.json.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - startedAt).toBeLessThan(3000);
    await lock.release();
    await sleep(500);
    const [row] = await t.db.query(
      `SELECT active, (SELECT count(*)::int FROM audit_event WHERE entity_id = $1::text) AS events
       FROM app_user WHERE id = $1::uuid`,
      [target],
    );
    expect(row).toEqual({ active: true, events: 0 });
  });

  it('ends a statement at statement_timeout: 503, not a hang', async () => {
    const slow = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '500', USER_CACHE_TTL_MS: '0' });
    try {
      const slowBase = await slow.listen();
      const token = await slow.tokenFor('VALENCE', 'LEGAL');
      const client = new Client({ connectionString: (slow.db.options as { url: string }).url });
      await client.connect();
      await client.query('BEGIN');
      await client.query('LOCK TABLE contract IN ACCESS EXCLUSIVE MODE');
      const reply = await send(slowBase, token, CONTRACTS);
      await client.query('ROLLBACK');
      await client.end();
      expect(reply.status).toBe(503);
      expect(reply.json.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await slow.close();
    }
  });
});

describe('a drain', () => {
  it('answers new requests 503 with Connection: close and /readyz 503, and finishes those in flight', async () => {
    const t = await startTestApp({ SHUTDOWN_GRACE_MS: '10000' });
    try {
      const base = await t.listen();
      const admin = await t.tokenFor('VALENCE', 'ADMIN');
      const target = await t.userId('VALENCE', 'ENGINEER');
      const lock = await holdRowLock(t, target);
      const inFlight = send(base, admin, DEACTIVATE(target));
      await sleep(300);
      const closed = t.app.close();
      await sleep(100);

      const fresh = await send(base, admin, CONTRACTS);
      expect(fresh.status).toBe(503);
      expect(fresh.headers.get('connection')).toBe('close');
      expect(fresh.json.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect((await send(base, null, null, 'GET', '/readyz')).status).toBe(503);

      await lock.release();
      const answered = await inFlight;
      expect(answered.status).toBe(200);
      expect(answered.json.data!.deactivateUser).toEqual({ active: false });
      await closed;
      const [row] = await t.db.query('SELECT active FROM app_user WHERE id = $1', [target]);
      expect(row.active).toBe(false);
    } finally {
      await t.close();
    }
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After and RateLimit headers past the per-user budget', async () => {
    const t = await startTestApp({ RATE_LIMIT_USER_PER_MINUTE: '3' });
    try {
      const base = await t.listen();
      const token = await t.tokenFor('VALENCE', 'LEGAL');
      const replies = [];
      for (let i = 0; i < 4; i += 1) replies.push(await send(base, token, CONTRACTS));
      expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 429]);
      expect(replies[0].headers.get('ratelimit-limit')).toBe('3');
      expect(replies[1].headers.get('ratelimit-remaining')).toBe('1');
      expect(replies[3].headers.get('retry-after')).toMatch(/^\d+$/);
      expect(replies[3].json.errors![0].extensions.code).toBe('RATE_LIMITED');
      // Another user is not affected.
      expect((await send(base, await t.tokenFor('VALENCE', 'VIEWER'), CONTRACTS)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('count per party across instances: two servers on one database share the budget', async () => {
    const t = await startTestApp({ RATE_LIMIT_PARTY_PER_MINUTE: '4' });
    const second = await createApp(t.appDb, t.config, loadTokenKey(t.config));
    try {
      const base = await t.listen();
      await new Promise<void>((resolve) => second.httpServer.listen(0, '127.0.0.1', resolve));
      const secondBase = `http://127.0.0.1:${(second.httpServer.address() as { port: number }).port}`;
      const statuses = [];
      for (const role of ['LEGAL', 'VIEWER', 'ENGINEER', 'ADMIN', 'COMPLIANCE'] as const) {
        const token = await t.tokenFor('FENGFAN', role);
        statuses.push(
          (await send(statuses.length % 2 ? secondBase : base, token, CONTRACTS)).status,
        );
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      expect((await send(base, await t.tokenFor('JV', 'LEGAL'), CONTRACTS)).status).toBe(200);
    } finally {
      await second.close();
      await t.close();
    }
  });

  it('refuse a source after repeated failed sign-ins, even with a good token then', async () => {
    const t = await startTestApp({ RATE_LIMIT_SIGN_IN_FAILURES: '3' });
    try {
      const base = await t.listen();
      const statuses = [];
      for (let i = 0; i < 3; i += 1)
        statuses.push((await send(base, 'not.a.token', CONTRACTS)).status);
      const good = await send(base, await t.tokenFor('VALENCE', 'LEGAL'), CONTRACTS);
      expect([...statuses, good.status]).toEqual([401, 401, 401, 429]);
      expect(good.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await t.close();
    }
  });

  it('see failures recorded by another instance once their own check of the source lapses', async () => {
    // A source found clear is not asked about again for RATE_LIMIT_SIGN_IN_CACHE_MS (here a
    // minute, to make the lag visible); a failure on this instance forgets it at once.
    const t = await startTestApp({
      RATE_LIMIT_SIGN_IN_FAILURES: '3',
      RATE_LIMIT_SIGN_IN_CACHE_MS: '60000',
    });
    const second = await createApp(t.appDb, t.config, loadTokenKey(t.config));
    try {
      const base = await t.listen();
      await new Promise<void>((resolve) => second.httpServer.listen(0, '127.0.0.1', resolve));
      const secondBase = `http://127.0.0.1:${(second.httpServer.address() as { port: number }).port}`;
      const good = await t.tokenFor('VALENCE', 'LEGAL');
      expect((await send(base, good, CONTRACTS)).status).toBe(200);
      const elsewhere = [];
      for (let i = 0; i < 3; i += 1)
        elsewhere.push((await send(secondBase, 'not.a.token', CONTRACTS)).status);
      expect(elsewhere).toEqual([401, 401, 401]);
      // The first instance found this source clear a moment ago: a good token still passes.
      expect((await send(base, good, CONTRACTS)).status).toBe(200);
      // A failure there makes it ask again; from then on the source is refused there too.
      expect((await send(base, 'not.a.token', CONTRACTS)).status).toBe(401);
      expect((await send(base, good, CONTRACTS)).status).toBe(429);
      expect((await send(secondBase, good, CONTRACTS)).status).toBe(429);
    } finally {
      await second.close();
      await t.close();
    }
  });
});

import { startTestApp, type TestApp } from '../support/test-app';

/**
 * /metrics in Prometheus text format after real traffic, and who may read it: a client on
 * loopback in development, a bearer of METRICS_TOKEN when one is set, nobody in production
 * without one.
 */
let dev: TestApp;
let devBase: string;

beforeAll(async () => {
  dev = await startTestApp();
  devBase = await dev.listen();
});

afterAll(async () => {
  await dev?.close();
});

async function post(base: string, body: object, authorization?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  await response.text();
  return response;
}

/** The value of one sample, e.g. `graphql_requests_total{operation="Me",outcome="ok"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  it('counts requests and durations by operation and outcome, and errors by code', async () => {
    const token = `Bearer ${await dev.tokenFor('VALENCE', 'LEGAL')}`;
    for (let i = 0; i < 3; i++) await post(devBase, { query: 'query Me { me { email } }' }, token);
    await post(
      devBase,
      { query: 'query Missing { contract(id: "00000000-0000-0000-0000-000000000000") { code } }' },
      token,
    );
    await post(devBase, { query: 'query Me { me { email } }' }, 'Bearer forged');

    const response = await fetch(`${devBase}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();

    expect(sample(text, 'graphql_requests_total{operation="Me",outcome="ok"}')).toBe(3);
    expect(sample(text, 'graphql_requests_total{operation="Missing",outcome="error"}')).toBe(1);
    // The forged token is refused before any operation runs.
    expect(sample(text, 'graphql_requests_total{operation="unknown",outcome="error"}')).toBe(1);
    expect(
      sample(text, 'graphql_request_duration_seconds_count{operation="Me",outcome="ok"}'),
    ).toBe(3);
    expect(
      sample(
        text,
        'graphql_request_duration_seconds_bucket{le="+Inf",operation="Me",outcome="ok"}',
      ),
    ).toBe(3);
    expect(sample(text, 'graphql_errors_total{code="NOT_FOUND"}')).toBe(1);
    expect(sample(text, 'graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
  });

  it('reports the database pool and the event-loop lag', async () => {
    const text = await (await fetch(`${devBase}/metrics`)).text();
    // The test app's pool holds at most 5 connections (test-app.ts).
    expect(sample(text, 'db_pool_max_connections')).toBe(5);
    const idle = sample(text, 'db_pool_connections{state="idle"}')!;
    const inUse = sample(text, 'db_pool_connections{state="in_use"}')!;
    expect(idle + inUse).toBeGreaterThan(0);
    expect(idle + inUse).toBeLessThanOrEqual(5);
    expect(sample(text, 'db_pool_waiting_requests')).toBe(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toEqual(expect.any(Number));
  });

  it('asks for METRICS_TOKEN as a bearer token when one is set', async () => {
    const guarded = await startTestApp({ METRICS_TOKEN: 'scrape-secret-1234' });
    try {
      const base = await guarded.listen();
      const without = await fetch(`${base}/metrics`);
      expect(without.status).toBe(401);
      expect(without.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const wrong = await fetch(`${base}/metrics`, {
        headers: { authorization: 'Bearer scrape-secret-1235' },
      });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${base}/metrics`, {
        headers: { authorization: 'Bearer scrape-secret-1234' },
      });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('graphql_requests_total');
    } finally {
      await guarded.close();
    }
  });

  it('is not served in production without METRICS_TOKEN, even on loopback', async () => {
    const production = await startTestApp({ NODE_ENV: 'production' });
    try {
      const base = await production.listen();
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
    } finally {
      await production.close();
    }
  });
});

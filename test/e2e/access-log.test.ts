import { captureLog, type CapturedLog } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * One access log line per request, over real HTTP: the request id (the caller's when sane,
 * echoed back), who asked, what ran and how it ended — and never a token or a variable's value.
 */
let t: TestApp;
let base: string;
let captured: CapturedLog;
let token: string;

beforeAll(async () => {
  captured = captureLog();
  t = await startTestApp({}, { log: captured.log });
  base = await t.listen();
  token = await t.tokenFor('FENGFAN', 'LEGAL');
});

afterAll(async () => {
  await t?.close();
});

async function post(body: object, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  await response.text();
  return response;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the access log', () => {
  it("logs a request under the caller's X-Request-Id, echoed back, with user, party and operation", async () => {
    const response = await post(
      { query: 'query WhoAmI { me { email } }' },
      { authorization: `Bearer ${token}`, 'x-request-id': 'portal-7f3a.42' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('portal-7f3a.42');

    const line = await captured.requestLine('portal-7f3a.42');
    expect(line).toMatchObject({
      level: 30,
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'WhoAmI',
      operationType: 'query',
      userId: await t.userId('FENGFAN', 'LEGAL'),
      party: 'FENGFAN',
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.errorCodes).toBeUndefined();
  });

  it.each([
    ['spaces and quotes', 'a b"c'],
    ['markup', '<script>'],
    ['more than 128 characters', 'x'.repeat(129)],
  ])('replaces a request id with %s by a generated one', async (_case, given) => {
    const response = await fetch(`${base}/healthz`, { headers: { 'x-request-id': given } });
    const echoed = response.headers.get('x-request-id');
    expect(echoed).toMatch(UUID);
    expect((await captured.requestLine(echoed!)).path).toBe('/healthz');
  });

  it('generates a request id when none is sent', async () => {
    const response = await post({ query: '{ __typename }' });
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });

  it("records the response's error codes, and the status of a refused token", async () => {
    const refused = await post(
      { query: 'query Mine { me { email } }', operationName: 'Mine' },
      { authorization: 'Bearer not-a-token', 'x-request-id': 'refused-1' },
    );
    expect(refused.status).toBe(401);
    expect(await captured.requestLine('refused-1')).toMatchObject({
      status: 401,
      operation: 'Mine',
      errorCodes: ['UNAUTHENTICATED'],
    });
    expect((await captured.requestLine('refused-1')).userId).toBeUndefined();

    await post(
      { query: '{ contract(id: "00000000-0000-0000-0000-000000000000") { code } }' },
      { authorization: `Bearer ${token}`, 'x-request-id': 'not-found-1' },
    );
    expect(await captured.requestLine('not-found-1')).toMatchObject({
      operation: 'anonymous',
      errorCodes: ['NOT_FOUND'],
    });
  });

  it('never writes the token, the query string or the values of variables', async () => {
    const secret = 'Confidential-Counterparty-Name-0042';
    await post(
      {
        query: 'query Search($q: String!) { searchArticles(query: $q, first: 1) { __typename } }',
        variables: { q: secret },
      },
      { authorization: `Bearer ${token}`, 'x-request-id': 'private-1' },
    );
    await fetch(`${base}/graphql?query=${encodeURIComponent(`{ me { email } }`)}&x=${secret}`, {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': 'private-2' },
    });
    expect((await captured.requestLine('private-1')).operation).toBe('Search');
    expect((await captured.requestLine('private-2')).path).toBe('/graphql');
    const everything = captured.text();
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(token);
    expect(everything).not.toMatch(/authorization/i);
  });

  it('puts the request id on the request context, for other code to log', async () => {
    const ctx = await t.app.contextFor(`Bearer ${token}`, undefined, 'ctx-id-1');
    expect(ctx.requestId).toBe('ctx-id-1');
  });
});

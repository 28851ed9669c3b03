import { startTestApp, type TestApp } from '../support/test-app';

/**
 * POST /graphql runs its steps without Express (server/http/handlers.ts); any other spelling
 * Express routes to the same path (`/graphql/`, `/GraphQL`) runs the same steps through
 * Express. Both must answer alike, at every step: the same status, headers and body for a
 * read, a refusal, each kind of bad request, a bad token and CORS (server/shutdown tests
 * cover draining, over POST /graphql).
 */

let app: TestApp;
let base: string;
let token: string;

beforeAll(async () => {
  app = await startTestApp({ CORS_ORIGINS: 'https://portal.example', BODY_LIMIT: '2kb' });
  base = await app.listen();
  token = await app.tokenFor('FENGFAN', 'ENGINEER');
});
afterAll(async () => {
  await app?.close();
});

interface Request {
  body: string;
  headers?: Record<string, string>;
}

/**
 * Headers that differ between any two responses: when, which request, which connection, and
 * how much of the caller's rate budget is left (one less after each request).
 */
const VARYING = new Set([
  'date',
  'x-request-id',
  'keep-alive',
  'connection',
  'ratelimit-remaining',
]);

async function answer(path: string, request: Request) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...request.headers,
    },
    body: request.body,
  });
  const headers = Object.fromEntries(
    [...response.headers].filter(([name]) => !VARYING.has(name.toLowerCase())),
  );
  const text = await response.text();
  return { status: response.status, headers, body: withoutStackTraces(JSON.parse(text)) };
}

/** Stack traces name the steps they pass through; the answer is the rest. */
function withoutStackTraces(body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) {
  for (const error of body.errors ?? []) delete error.extensions?.stacktrace;
  return body;
}

const query = (text: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ query: text, variables });

const REQUESTS: Record<string, Request> = {
  'a read': {
    body: query('{ me { email roles } contracts(first: 2) { totalCount nodes { code } } }'),
  },
  'a read the caller may not make (FORBIDDEN at its path)': {
    body: query('{ supplierSublicenses(first: 1) { nodes { id } } }'),
  },
  'a mutation the caller may not make': {
    body: query('mutation { deactivateUser(id: "00000000-0000-4000-8000-000000000000") { id } }'),
  },
  'variables of the wrong type': {
    body: query('query($n: Int!) { contracts(first: $n) { totalCount } }', { n: 'twenty' }),
  },
  'bad text in a variable': {
    body: query('query($q: String!) { searchArticles(query: $q, first: 1) { totalCount } }', {
      q: 'notice\u0000',
    }),
  },
  'malformed JSON': { body: '{"query": "{ me { id } "' },
  'a body over the limit': { body: query(`{ me { id } } #${'x'.repeat(3000)}`) },
  'a syntax error': { body: query('{ me { id ') },
  'no token': { body: query('{ me { id } }'), headers: { authorization: '' } },
  'a bad token': { body: query('{ me { id } }'), headers: { authorization: 'Bearer not-a-token' } },
  'an allowed origin': {
    body: query('{ me { roles } }'),
    headers: { origin: 'https://portal.example' },
  },
  'another origin': {
    body: query('{ me { roles } }'),
    headers: { origin: 'https://evil.example' },
  },
};

describe('POST /graphql without Express answers as the same steps through Express', () => {
  it.each(Object.keys(REQUESTS))('%s', async (name) => {
    const direct = await answer('/graphql', REQUESTS[name]);
    const throughExpress = await answer('/graphql/', REQUESTS[name]);
    expect(direct).toEqual(throughExpress);
    expect(await answer('/GraphQL', REQUESTS[name])).toEqual(direct);
  });

  it('answers a read with its data, and each kind of bad request with its status', async () => {
    // Worked out from the steps: the body parser's 400 and 413, sign-in's 401, Apollo's 400
    // for a syntax error and for a variable of the wrong type; a field refused is a 200.
    const status = async (name: string) => (await answer('/graphql', REQUESTS[name])).status;
    expect(await status('a read')).toBe(200);
    expect(await status('a read the caller may not make (FORBIDDEN at its path)')).toBe(200);
    expect(await status('malformed JSON')).toBe(400);
    expect(await status('a body over the limit')).toBe(413);
    expect(await status('a bad token')).toBe(401);
    expect(await status('a syntax error')).toBe(400);
    expect(await status('variables of the wrong type')).toBe(400);
    const read = await answer('/graphql', REQUESTS['a read']);
    expect(read.body).toMatchObject({ data: { me: { roles: ['ENGINEER'] } } });
    expect(read.body).not.toHaveProperty('errors');
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    const allowed = await answer('/graphql', REQUESTS['an allowed origin']);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://portal.example');
    const refused = await answer('/graphql', REQUESTS['another origin']);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('gives every answer its request id, the caller’s own when it is a sane one', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': 'portal-42',
      },
      body: query('{ me { id } }'),
    });
    expect(response.headers.get('x-request-id')).toBe('portal-42');
  });
});

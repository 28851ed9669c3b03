import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

/**
 * What the server does at the door, over real HTTP: health probes, the body parser, Apollo's
 * parse/validate/coerce stages, graphql-armor's limits, CSRF prevention, CORS, and what
 * production mode hides. Every app started here is closed in afterAll.
 */

interface Server {
  app: TestApp;
  base: string;
  authorization: string;
}

let dev: Server;
let prod: Server;
let cors: Server;
let unready: Server;

async function serve(overrides: Partial<NodeJS.ProcessEnv> = {}): Promise<Server> {
  const app = await startTestApp(overrides);
  const base = await app.listen();
  return { app, base, authorization: `Bearer ${await app.tokenFor('VALENCE', 'LEGAL')}` };
}

beforeAll(async () => {
  // One at a time: startTestApp applies its overrides to process.env while the app is built.
  dev = await serve();
  prod = await serve({ NODE_ENV: 'production' });
  cors = await serve({ CORS_ORIGINS: 'https://portal.example' });
  unready = await serve();
});

afterAll(async () => {
  // The /readyz test destroys this DataSource; bring it back so close() can drop the database.
  if (unready && !unready.app.appDb.isInitialized) await unready.app.appDb.initialize();
  for (const server of [dev, prod, cors, unready]) if (server) await server.app.close();
});

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  body: GraphQLResponse;
}

async function send(
  server: Server,
  init: { method?: string; path?: string; body?: string; headers?: Record<string, string> },
): Promise<Reply> {
  const response = await fetch(`${server.base}${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: server.authorization,
      ...init.headers,
    },
    body: init.body,
  });
  const text = await response.text();
  const body = (text === '' ? {} : JSON.parse(text)) as GraphQLResponse;
  return { status: response.status, headers: response.headers, text, body };
}

const json = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

const post = (server: Server, query: string, variables?: Record<string, unknown>) =>
  send(server, { body: json(query, variables) });

/** A stack trace in any form: Apollo's extensions.stacktrace, or frames in a message. */
const hasStackTrace = (text: string) => text.includes('"stacktrace"') || text.includes('    at ');

const firstError = (reply: Reply) => reply.body.errors?.[0];

/** contracts → edges → node → `parents` × parent → id: a query of depth parents + 4. */
const nestedParents = (parents: number) =>
  `{ contracts(first: 1) { edges { node { ${'parent { '.repeat(parents)}id${' }'.repeat(parents)} } } } }`;

/** `count` aliased `me` fields (graphql-armor does not count aliases of __typename). */
const aliasedMe = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

/**
 * `count` one-field operations, `query Q<i> { __typename }`: exactly 5 tokens each, and none
 * of them deep, aliased or overlapping another (repeating one field in a single selection
 * would trip graphql-js's own merge-complexity budget instead of the token limit).
 */
const operations = (count: number) =>
  JSON.stringify({
    query: Array.from({ length: count }, (_, i) => `query Q${i} { __typename }`).join('\n'),
    operationName: 'Q0',
  });

describe('health probes', () => {
  it('GET /healthz answers 200 {status: ok}', async () => {
    const reply = await send(dev, { method: 'GET', path: '/healthz' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 {status: ready} while the database answers', async () => {
    const reply = await send(dev, { method: 'GET', path: '/readyz' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ status: 'ready' });
  });

  it('GET /readyz answers 503 once the database is gone, and 200 again when it is back', async () => {
    await unready.app.appDb.destroy();
    const down = await send(unready, { method: 'GET', path: '/readyz' });
    expect(down.status).toBe(503);
    expect(JSON.parse(down.text)).toEqual({ status: 'database unreachable' });
    expect(hasStackTrace(down.text)).toBe(false);
    // Liveness does not depend on the database.
    expect((await send(unready, { method: 'GET', path: '/healthz' })).status).toBe(200);

    await unready.app.appDb.initialize();
    const up = await send(unready, { method: 'GET', path: '/readyz' });
    expect(up.status).toBe(200);
    expect(JSON.parse(up.text)).toEqual({ status: 'ready' });
  });
});

interface DoorCase {
  name: string;
  body: string;
  headers?: Record<string, string>;
  status: number;
  code: string;
  /** extensions.field, where the error names the argument at fault. */
  field?: string;
  message?: RegExp;
  /** Whether the request got as far as execution (then `data` is present, here null). */
  executed: boolean;
  /** Development mode passes Apollo's own errors through with their stack; production never. */
  stackInDevelopment: boolean;
}

const DOOR_CASES: DoorCase[] = [
  {
    name: 'malformed JSON',
    body: '{"query": "{ me { id } }"',
    status: 400,
    code: 'BAD_REQUEST',
    message: /not valid JSON/,
    executed: false,
    stackInDevelopment: false,
  },
  {
    name: 'a 1.5 MB body (cap 1 MB)',
    body: json(`# ${'x'.repeat(1_500_000)}\n{ __typename }`),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    executed: false,
    stackInDevelopment: false,
  },
  {
    name: 'a GraphQL syntax error',
    body: json('{ contracts(first: 1) { edges '),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error/,
    executed: false,
    stackInDevelopment: true,
  },
  {
    name: 'an unknown field',
    body: json('{ nope }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Cannot query field "nope" on type "Query"/,
    executed: false,
    stackInDevelopment: true,
  },
  {
    // An ID variable accepts a number (GraphQL coerces it to a string); it is still no UUID.
    name: 'a number for an ID! variable',
    body: json('query($id: ID!) { contract(id: $id) { id } }', { id: 42 }),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'id',
    executed: true,
    stackInDevelopment: false,
  },
  {
    name: 'a string for an Int! variable',
    body: json('query($n: Int!) { contracts(first: $n) { edges { cursor } } }', { n: 'abc' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Variable "\$n" got invalid value "abc"/,
    executed: false,
    stackInDevelopment: true,
  },
  {
    name: 'an id that is not a UUID, in a variable for contract(id:)',
    body: json('query($id: ID!) { contract(id: $id) { id } }', { id: 'not-a-uuid' }),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'id',
    message: /must be a UUID/,
    executed: true,
    stackInDevelopment: false,
  },
  {
    name: 'an id that is not a UUID, as a literal in contract(id:)',
    body: json('{ contract(id: "not-a-uuid") { id } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'id',
    message: /must be a UUID/,
    executed: true,
    stackInDevelopment: false,
  },
  {
    name: 'contracts(first: 0)',
    body: json('{ contracts(first: 0) { edges { cursor } } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'first',
    executed: true,
    stackInDevelopment: false,
  },
  {
    name: 'contracts(first: 101)',
    body: json('{ contracts(first: 101) { edges { cursor } } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'first',
    executed: true,
    stackInDevelopment: false,
  },
  {
    name: 'a malformed cursor',
    body: json('{ contracts(first: 5, after: "garbage") { edges { cursor } } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    field: 'after',
    executed: true,
    stackInDevelopment: false,
  },
  {
    name: 'a query of depth 11 (limit 10)',
    body: json(nestedParents(7)),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Query depth limit of 10 exceeded, found 11/,
    executed: false,
    stackInDevelopment: true,
  },
  {
    name: '16 aliases (limit 15)',
    body: json(aliasedMe(16)),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Aliases limit of 15 exceeded, found 16/,
    executed: false,
    stackInDevelopment: true,
  },
  {
    name: 'a document of 2005 tokens (limit 2000)',
    body: operations(401),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /more th.. 2000 tokens/,
    executed: false,
    stackInDevelopment: true,
  },
  {
    name: 'a POST with content-type text/plain (CSRF prevention)',
    body: json('{ me { id } }'),
    headers: { 'content-type': 'text/plain' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
    executed: false,
    stackInDevelopment: true,
  },
];

describe.each([
  ['development', () => dev, false],
  ['production', () => prod, true],
])('requests refused at the door (%s mode)', (_mode, server, production) => {
  it.each(DOOR_CASES)('$name → $status $code', async (c) => {
    const reply = await send(server(), { body: c.body, headers: c.headers });
    expect(reply.status).toBe(c.status);
    expect(reply.body.errors).toHaveLength(1);
    const error = firstError(reply);
    expect(error?.extensions?.code).toBe(c.code);
    if (c.field !== undefined) expect(error?.extensions?.field).toBe(c.field);
    if (c.message !== undefined) expect(error?.message).toMatch(c.message);
    if (c.executed) expect(reply.body.data).toBeNull();
    else expect(reply.body).not.toHaveProperty('data');
    expect(hasStackTrace(reply.text)).toBe(production ? false : c.stackInDevelopment);
  });
});

describe('limits: the request just inside each one is served', () => {
  it('a query of depth 10 runs', async () => {
    const reply = await post(dev, nestedParents(6));
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data).toEqual({
      contracts: { edges: [{ node: { parent: null } }] },
    });
  });

  it('15 aliases run', async () => {
    const reply = await post(dev, aliasedMe(15));
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(Object.keys(reply.body.data ?? {})).toHaveLength(15);
  });

  it('a document of exactly 2000 tokens runs', async () => {
    const reply = await send(dev, { body: operations(400) });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data).toEqual({ __typename: 'Query' });
  });
});

describe('CSRF prevention', () => {
  const CONTRACTS = '{ contracts(first: 1) { edges { cursor } } }';

  it('does not execute a text/plain POST, while the same JSON POST runs', async () => {
    // Signing in may look the user up; executing `contracts` is what must not happen.
    const contractQueries = () =>
      dev.app.queries.statements.filter((sql) => /\bFROM "contract"/.test(sql));
    dev.app.queries.reset();
    const blocked = await send(dev, {
      body: json(CONTRACTS),
      headers: { 'content-type': 'text/plain' },
    });
    expect(blocked.status).toBe(400);
    expect(firstError(blocked)?.extensions?.code).toBe('BAD_REQUEST');
    expect(blocked.body).not.toHaveProperty('data');
    expect(contractQueries()).toEqual([]);

    const allowed = await post(dev, CONTRACTS);
    expect(allowed.status).toBe(200);
    expect(allowed.body.errors).toBeUndefined();
    expect(contractQueries()).not.toEqual([]);
  });

  it('does not execute a simple GET without a preflight-forcing header', async () => {
    const query = encodeURIComponent('{ __typename }');
    const blocked = await fetch(`${dev.base}/graphql?query=${query}`, {
      headers: { authorization: dev.authorization },
    });
    expect(blocked.status).toBe(400);
    const body = (await blocked.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body).not.toHaveProperty('data');
  });
});

describe('CORS allowlist', () => {
  const preflight = (server: Server, origin: string) =>
    fetch(`${server.base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
  const request = (server: Server, origin: string) =>
    send(server, { body: json('{ __typename }'), headers: { origin } });

  it('allows a listed origin, on the preflight and on the request', async () => {
    const pre = await preflight(cors, 'https://portal.example');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect(pre.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    expect(pre.headers.get('vary')).toMatch(/Origin/);

    const reply = await request(cors, 'https://portal.example');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect(reply.body.data).toEqual({ __typename: 'Query' });
  });

  it('gives an unlisted origin no allow-origin header', async () => {
    const pre = await preflight(cors, 'https://evil.example');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const reply = await request(cors, 'https://evil.example');
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no origin at all when CORS_ORIGINS is empty', async () => {
    const pre = await preflight(dev, 'https://portal.example');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const reply = await request(dev, 'https://portal.example');
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('production mode hides the schema', () => {
  const INTROSPECTION = '{ __schema { types { name } } }';
  const MISSPELT = '{ contrats { edges { cursor } } }';

  it('refuses introspection in production', async () => {
    const reply = await post(prod, INTROSPECTION);
    expect(reply.status).toBe(400);
    expect(firstError(reply)?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(reply)?.message).toMatch(/introspection is not allowed/);
    expect(reply.body).not.toHaveProperty('data');
    expect(hasStackTrace(reply.text)).toBe(false);
  });

  it('answers introspection in development', async () => {
    const reply = await post(dev, INTROSPECTION);
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    const { __schema } = reply.body.data as { __schema: { types: Array<{ name: string }> } };
    expect(__schema.types.map((type) => type.name)).toEqual(
      expect.arrayContaining(['Query', 'Mutation', 'Contract', 'AuditEvent']),
    );
  });

  it('gives no field suggestion in production', async () => {
    const reply = await post(prod, MISSPELT);
    expect(reply.status).toBe(400);
    expect(firstError(reply)?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(reply)?.message).toMatch(/Cannot query field "contrats"/);
    expect(reply.text).not.toMatch(/Did you mean/);
    expect(firstError(reply)?.message).not.toContain('"contracts"');
    expect(hasStackTrace(reply.text)).toBe(false);
  });

  it('suggests the field in development', async () => {
    const reply = await post(dev, MISSPELT);
    expect(reply.status).toBe(400);
    expect(firstError(reply)?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(reply)?.message).toMatch(/Did you mean "contracts"/);
  });
});

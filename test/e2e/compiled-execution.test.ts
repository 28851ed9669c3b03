/**
 * Compiled execution (server/compiled-execution.ts) answers exactly what graphql-js answers:
 * the same HTTP requests (each sent twice, since a query is compiled when it runs again) to two apps on clones of the same seeded database, one with
 * COMPILED_EXECUTION off — status, data, and every error's message, path, locations and
 * extensions — for the shapes of query graphql-jit compiles differently (fragments, aliases,
 * directives, introspection, abstract types) and every way a request goes wrong.
 */
import type { PartyCode, Role } from '../../src/domain/parties';
import { startTestApp, type TestApp } from '../support/test-app';

let compiled: TestApp;
let interpreted: TestApp;
const base = new Map<TestApp, string>();

beforeAll(async () => {
  compiled = await startTestApp();
  interpreted = await startTestApp({ COMPILED_EXECUTION: 'false' });
  base.set(compiled, await compiled.listen());
  base.set(interpreted, await interpreted.listen());
});
afterAll(async () => {
  await compiled?.close();
  await interpreted?.close();
});

interface Reply {
  status: number;
  body: { data?: unknown; errors?: Array<Record<string, unknown>> };
}

/** A stack trace names the executor it came through; everything else must match. */
function withoutStacktraces(body: Reply['body']): Reply['body'] {
  if (!body.errors) return body;
  return {
    ...body,
    errors: body.errors.map((error) => {
      const { stacktrace: _stacktrace, ...extensions } = (error.extensions ?? {}) as Record<
        string,
        unknown
      >;
      return { ...error, extensions };
    }),
  };
}

async function post(
  app: TestApp,
  as: { party: PartyCode; role: Role },
  request: Record<string, unknown>,
): Promise<Reply> {
  const response = await fetch(`${base.get(app)}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await app.tokenFor(as.party, as.role)}`,
    },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as Reply['body'];
  return { status: response.status, body: withoutStacktraces(body) };
}

const CONTRACT_FIELDS = `code title status kind effectiveOn parties { code role }`;

const REQUESTS: Record<string, Record<string, unknown>> = {
  'a list through fragments, aliases and type names': {
    query: `query List { contracts(first: 3) { totalCount
        nodes { ...Summary id: code __typename articles(first: 2) { nodes { number heading } } }
        edges { cursor node { ... on Contract { title } } } } }
      fragment Summary on Contract { ${CONTRACT_FIELDS} }`,
  },
  'directives on variables': {
    query: `query($full: Boolean!, $brief: Boolean!) { contracts(first: 2) { nodes {
        code title @include(if: $full) kind @skip(if: $brief)
        parties @include(if: $full) { code } } } }`,
    variables: { full: false, brief: true },
  },
  'one operation of several, by name': {
    query: `query A { me { email } } query B { contracts(first: 1) { nodes { code } } }`,
    operationName: 'B',
  },
  introspection: {
    query: `{ __schema { queryType { name } } __type(name: "Contract") { name kind
        fields(includeDeprecated: true) { name type { kind name ofType { name } } } } }`,
  },
  'a root field the role may not read (users, ADMIN only)': {
    query: `{ users(first: 1) { nodes { email } } }`,
  },
  'a nested field with its own rule (keyTerms, not for VIEWER)': {
    query: `{ contracts(first: 2) { nodes { code keyTerms { __typename } } } }`,
  },
  'an argument out of range': {
    query: `{ contracts(first: 0) { nodes { code } } }`,
  },
  'a contract that does not exist': {
    query: `{ contract(id: "00000000-0000-4000-8000-00000000abcd") { code } }`,
  },
  'a variable of the wrong type': {
    query: `query($first: Int) { contracts(first: $first) { nodes { code } } }`,
    variables: { first: 'twenty' },
  },
  'a required variable missing': {
    query: `query($id: ID!) { contract(id: $id) { code } }`,
    variables: {},
  },
  'an operation name the document lacks': {
    query: `{ me { email } }`,
    operationName: 'Nope',
  },
};

const CALLERS: Array<{ party: PartyCode; role: Role }> = [
  { party: 'VALENCE', role: 'ADMIN' },
  { party: 'FENGFAN', role: 'LEGAL' },
  { party: 'JV', role: 'VIEWER' },
];

const cases = Object.keys(REQUESTS).flatMap((name) =>
  CALLERS.map((caller) => [name, caller.party, caller.role] as const),
);

describe('compiled execution answers as graphql-js does', () => {
  it.each(cases)('%s, as %s %s', async (name, party, role) => {
    const fromInterpreted = await post(interpreted, { party, role }, REQUESTS[name]);
    // A query is compiled the second time it runs: the first answer is interpreted too.
    const first = await post(compiled, { party, role }, REQUESTS[name]);
    const fromCompiled = await post(compiled, { party, role }, REQUESTS[name]);
    expect(first).toEqual(fromInterpreted);
    expect(fromCompiled).toEqual(fromInterpreted);
  });
});

describe('what compiled execution answers, worked out from the seed', () => {
  it('names the refused nested field with its path, location and article', async () => {
    await post(
      compiled,
      { party: 'JV', role: 'VIEWER' },
      REQUESTS['a nested field with its own rule (keyTerms, not for VIEWER)'],
    );
    const reply = await post(
      compiled,
      { party: 'JV', role: 'VIEWER' },
      REQUESTS['a nested field with its own rule (keyTerms, not for VIEWER)'],
    );
    expect(reply.status).toBe(200);
    // keyTerms, the nodes, the connection and `contracts` are all non-null: the first refusal
    // nulls the whole response, and graphql-js reports that one only.
    expect(reply.body.data).toBeNull();
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors![0]).toMatchObject({
      path: ['contracts', 'nodes', 0, 'keyTerms'],
      locations: [{ line: 1, column: 38 }],
      extensions: { code: 'FORBIDDEN', article: 'TIC 8.1(i); JVC Art. 96' },
    });
  });

  it('refuses a variable of the wrong type with HTTP 400 and BAD_USER_INPUT', async () => {
    const good = { ...REQUESTS['a variable of the wrong type'], variables: { first: 2 } };
    await post(compiled, { party: 'JV', role: 'VIEWER' }, good);
    // Compiled by now: its variables are coerced by the compiled code, which defers to graphql-js.
    expect((await post(compiled, { party: 'JV', role: 'VIEWER' }, good)).status).toBe(200);
    const reply = await post(
      compiled,
      { party: 'JV', role: 'VIEWER' },
      REQUESTS['a variable of the wrong type'],
    );
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('runs a mutation’s fields one after the other, as the specification requires', async () => {
    // The second createUser sees the first's row: the same address, whatever its case.
    const request = {
      query: `mutation { first: createUser(input: { email: "twice@valence.example",
          displayName: "Once", roles: [VIEWER] }) { email }
        second: createUser(input: { email: "TWICE@valence.example",
          displayName: "Twice", roles: [VIEWER] }) { email } }`,
    };
    const reply = await post(compiled, { party: 'VALENCE', role: 'ADMIN' }, request);
    expect(reply.body.data).toEqual({ first: { email: 'twice@valence.example' }, second: null });
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors![0]).toMatchObject({ path: ['second'] });
    expect(await post(interpreted, { party: 'VALENCE', role: 'ADMIN' }, request)).toEqual(reply);
  });
});

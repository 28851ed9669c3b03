import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The cost limit counts list sizes however they are given (server/query-cost.ts):
 * `contracts(first: n) { edges { node { code parent { code } } } }` costs
 * 1 + n × (edges 1 + node 1 + parent 1) = 1 + 3n, so with a limit of 100, n = 33 (100) passes
 * and n = 34 (103) is refused — as a literal, as a variable, or as the argument's default
 * (20 → 61, under the limit).
 */
let t: TestApp;
let base: string;
let authorization: string;
beforeAll(async () => {
  t = await startTestApp({ GRAPHQL_MAX_COST: '100' });
  base = await t.listen();
  authorization = `Bearer ${await t.tokenFor('VALENCE', 'LEGAL')}`;
});
afterAll(() => t.close());

async function post(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      extensions?: { cost?: { requested: number; limit: number } };
    },
  };
}

const BY_VARIABLE =
  'query($n: Int!) { contracts(first: $n) { edges { node { code parent { code } } } } }';
const literal = (n: number) =>
  `{ contracts(first: ${n}) { edges { node { code parent { code } } } } }`;

it.each([
  ['a variable', () => post(BY_VARIABLE, { n: 34 })],
  ['a literal', () => post(literal(34))],
])('refuses 103 given by %s: 400 QUERY_TOO_COSTLY, nothing resolved', async (_how, send) => {
  const { status, body } = await send();
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors![0].extensions).toMatchObject({
    code: 'QUERY_TOO_COSTLY',
    cost: 103,
    maxCost: 100,
  });
});

it.each([
  ['a variable of 33', BY_VARIABLE, { n: 33 }, 100],
  ['the default of 20', '{ contracts { edges { node { code parent { code } } } } }', undefined, 61],
])('runs %s and reports its cost in extensions', async (_how, query, variables, expected) => {
  const { status, body } = await post(query, variables);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.extensions?.cost).toEqual({ requested: expected, limit: 100 });
});

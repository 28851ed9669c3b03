import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let p: TestApp;
let c: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  p = await startTestApp({ NODE_ENV: 'production' });
  c = await startTestApp({ CORS_ORIGINS: 'https://portal.example' });
});
afterAll(async () => {
  await t.close();
  await p.close();
  await c.close();
});

const bases = new Map<TestApp, string>();
async function dump(app: TestApp, label: string, init: RequestInit & { path?: string }) {
  const base = bases.get(app) ?? (await app.listen());
  bases.set(app, base);
  const auth = `Bearer ${await app.tokenFor('VALENCE', 'LEGAL')}`;
  const res = await fetch(`${base}${init.path ?? '/graphql'}`, {
    method: 'POST',
    ...init,
    headers: {
      'content-type': 'application/json',
      authorization: auth,
      ...(init.headers as Record<string, string>),
    },
  });
  const text = await res.text();
  console.log(
    label,
    res.status,
    JSON.stringify(Object.fromEntries(res.headers)),
    text.slice(0, 1500),
  );
}
const q = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const nest = (n: number) =>
  `{ contracts(first: 1) { edges { node { ${'parent { '.repeat(n)}id${' }'.repeat(n)} } } } }`;

it('dumps', async () => {
  await dump(t, 'malformed', { body: '{"query": ' });
  await dump(t, 'big', { body: q(`{ __typename }${' '.repeat(1_500_000)}`) });
  await dump(t, 'syntax', { body: q('{ contracts(first: 1) { edges ') });
  await dump(t, 'unknown', { body: q('{ nope }') });
  await dump(t, 'vartype', {
    body: q('query($id: UUID!) { contract(id: $id) { id } }', { id: 42 }),
  });
  await dump(t, 'vartype2', {
    body: q('query($n: Int!) { contracts(first: $n) { edges { cursor } } }', { n: 'abc' }),
  });
  await dump(t, 'baduuidvar', {
    body: q('query($id: UUID!) { contract(id: $id) { id } }', { id: 'not-a-uuid' }),
  });
  await dump(t, 'baduuidlit', { body: q('{ contract(id: "not-a-uuid") { id } }') });
  await dump(t, 'first0', { body: q('{ contracts(first: 0) { edges { cursor } } }') });
  await dump(t, 'first101', { body: q('{ contracts(first: 101) { edges { cursor } } }') });
  await dump(t, 'garbage', {
    body: q('{ contracts(first: 5, after: "garbage") { edges { cursor } } }'),
  });
  await dump(t, 'depth9', { body: q(nest(6)) });
  await dump(t, 'depth', { body: q(nest(12)) });
  await dump(t, 'aliases', {
    body: q(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
  });
  await dump(t, 'tokens', {
    body: q(`{ ${Array.from({ length: 1100 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
  });
  await dump(t, 'csrf', { headers: { 'content-type': 'text/plain' }, body: q('{ __typename }') });
  await dump(t, 'healthz', { method: 'GET', path: '/healthz' });
  await dump(t, 'readyz', { method: 'GET', path: '/readyz' });
  await dump(c, 'cors-pre', {
    method: 'OPTIONS',
    headers: {
      origin: 'https://portal.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,authorization',
    },
  });
  await dump(c, 'cors-evil', {
    method: 'OPTIONS',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  });
  await dump(c, 'cors-post', {
    headers: { origin: 'https://portal.example' },
    body: q('{ __typename }'),
  });
  await dump(c, 'cors-post-evil', {
    headers: { origin: 'https://evil.example' },
    body: q('{ __typename }'),
  });
  await dump(p, 'p-intro', { body: q('{ __schema { types { name } } }') });
  await dump(p, 'p-misspelt', { body: q('{ contrats { edges { cursor } } }') });
  await dump(t, 't-misspelt', { body: q('{ contrats { edges { cursor } } }') });
  await dump(t, 't-intro', { body: q('{ __schema { types { name } } }') });
  await dump(p, 'p-syntax', { body: q('{ contracts(first: 1) { edges ') });
  await dump(p, 'p-malformed', { body: '{"query": ' });
  await dump(p, 'p-first0', { body: q('{ contracts(first: 0) { edges { cursor } } }') });
});

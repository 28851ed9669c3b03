/**
 * Findings of the schema fuzzing, one by one: input no field accepts is a 4xx or a
 * BAD_USER_INPUT naming the field, never an internal error; whitespace is not content;
 * licence inputs are bounded; licence numbers are one licence however they are spelled; and
 * a user raced into deactivation is deactivated, and audited, once.
 */
import { createHash } from 'node:crypto';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

interface Body {
  data?: Record<string, Record<string, unknown> | null> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

let t: TestApp;
let base: string;
let adminToken: string;

beforeAll(async () => {
  t = await startTestApp();
  base = await t.listen();
  adminToken = await t.tokenFor('VALENCE', 'ADMIN');
});
afterAll(() => t.close());

async function post(body: unknown): Promise<{ status: number; text: string; json: Body }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) };
}

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const newUser = (overrides: Record<string, unknown>) => ({
  input: {
    email: 'someone@valence.example',
    displayName: 'Someone',
    roles: ['VIEWER'],
    ...overrides,
  },
});

describe('text no field accepts', () => {
  it.each([
    ['a NUL byte', { displayName: 'Ada\u0000' }, 'displayName'],
    ['a lone high surrogate', { displayName: 'Ada \uD800' }, 'displayName'],
    ['a lone low surrogate', { email: 'a\uDC00@valence.example' }, 'email'],
  ])(
    'in a variable (%s) → 400 BAD_USER_INPUT naming the field',
    async (_case, overrides, field) => {
      const reply = await post({ query: CREATE_USER, variables: newUser(overrides) });
      expect(reply.status).toBe(400);
      expect(reply.json.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: `input.${field}`,
      });
    },
  );

  it.each([
    ['a NUL byte', '"a\\u0000b"'],
    ['a lone surrogate', '"\\uD800"'],
  ])('in a string literal (%s) → 400, not INTERNAL_SERVER_ERROR', async (_case, literal) => {
    const reply = await post({ query: `{ searchArticles(query: ${literal}) { __typename } }` });
    expect(reply.status).toBe(400);
    expect(reply.text).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('keeps a valid astral character (an emoji is a surrogate pair)', async () => {
    const reply = await post({
      query: CREATE_USER,
      variables: newUser({ displayName: 'Ada 🚀', email: 'rocket@valence.example' }),
    });
    expect(reply.json.errors!).toBeUndefined();
  });
});

describe('malformed values and requests', () => {
  it('an invalid e-mail → BAD_USER_INPUT on email, with no internal message', async () => {
    for (const email of ['not-an-e-mail', '@valence.example', 'a@', 'a b@valence.example', '']) {
      const reply = await post({ query: CREATE_USER, variables: newUser({ email }) });
      expect(reply.status).toBeLessThan(500);
      expect(reply.json.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'email',
      });
      expect(reply.text).not.toMatch(/TypeError|Cannot read|undefined/);
    }
  });

  it('whitespace-only text fails the length rule it used to pass', async () => {
    const reply = await post({ query: CREATE_USER, variables: newUser({ displayName: '   \t ' }) });
    expect(reply.json.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'displayName',
    });
  });

  it('more than 50 variable errors → 400 BAD_USER_INPUT', async () => {
    const reply = await post({
      query: CREATE_USER,
      variables: newUser({ roles: Array.from({ length: 60 }, (_, i) => `NOT_A_ROLE_${i}`) }),
    });
    expect(reply.status).toBe(400);
    expect(reply.text).not.toContain('INTERNAL_SERVER_ERROR');
    expect(reply.json.errors!.length).toBeGreaterThan(50);
    for (const error of reply.json.errors!) expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a subscription over HTTP → 400', async () => {
    const reply = await post({ query: 'subscription { __typename }' });
    expect(reply.status).toBe(400);
    expect(reply.text).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('a persisted query, with a hash that matches or not → 400', async () => {
    const query = '{ __typename }';
    for (const sha256Hash of ['deadbeef', createHash('sha256').update(query).digest('hex')]) {
      const reply = await post({
        query,
        extensions: { persistedQuery: { version: 1, sha256Hash } },
      });
      expect(reply.status).toBe(400);
      expect(reply.text).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });
});

const CREATE_LICENCE = `mutation($input: CreateExportLicenseInput!) {
  createExportLicense(input: $input) { id number }
}`;
const licence = (overrides: Record<string, unknown> = {}) => ({
  input: {
    number: 'X-D-2',
    agency: 'BIS',
    eccns: ['3E001'],
    destinations: ['CN'],
    consignees: ['Baoding Fengfan-Valence Battery Co., Ltd.'],
    endUsers: [],
    coveredParties: ['VALENCE', 'JV'],
    validFrom: '2024-01-01',
    validTo: '2030-01-01',
    ...overrides,
  },
});
const COMPLIANCE = { party: 'VALENCE', role: 'COMPLIANCE' } as const;

describe('export licences', () => {
  it('are one licence however the number is spelled (case, invisible characters, dashes)', async () => {
    const first = await t.gql<{ createExportLicense: { number: string } }>(
      CREATE_LICENCE,
      licence(),
      COMPLIANCE,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.createExportLicense.number).toBe('X-D-2');
    for (const number of ['x-d-2', 'X-D-2\u200B', ' X\u2011D\u20112 ', 'Ｘ-Ｄ-２']) {
      const again = await t.gql(CREATE_LICENCE, licence({ number }), COMPLIANCE);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
    }
  });

  it('raced with the same number in different spellings: one is stored', async () => {
    const replies = await Promise.all(
      ['R-1', 'r-1', 'R-1\u200B', 'R\u20101'].map((number) =>
        t.gql(CREATE_LICENCE, licence({ number }), COMPLIANCE),
      ),
    );
    expect(replies.filter((reply) => reply.errors === undefined)).toHaveLength(1);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM export_licence WHERE number = 'R-1'`,
    );
    expect(n).toBe(1);
  });

  it.each([
    [
      'too many consignees',
      { consignees: Array.from({ length: 101 }, (_, i) => `C${i}`) },
      'consignees',
    ],
    ['a consignee name too long', { consignees: ['x'.repeat(301)] }, 'consignees'],
    ['an end user of blanks', { endUsers: ['   '] }, 'endUsers'],
    [
      'too many destinations',
      { destinations: Array.from({ length: 251 }, () => 'CN') },
      'destinations',
    ],
  ])('refuse %s: BAD_USER_INPUT', async (_case, overrides, field) => {
    const reply = await t.gql(
      CREATE_LICENCE,
      licence({ number: `L-${field}`, ...overrides }),
      COMPLIANCE,
    );
    expect(errorCodes(reply)).toEqual(['BAD_USER_INPUT']);
    expect(reply.errors![0].extensions).toMatchObject({ field });
  });
});

describe('deactivateUser raced 20 times', () => {
  it('deactivates once and writes one audit event', async () => {
    const created = await t.gql<{ createUser: { id: string } }>(
      CREATE_USER,
      newUser({ email: 'leaver@valence.example' }),
      { party: 'VALENCE', role: 'ADMIN' },
    );
    const id = created.data!.createUser.id;
    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.gql(
          `mutation($id: ID!) { deactivateUser(id: $id) { active } }`,
          { id },
          { party: 'VALENCE', role: 'ADMIN' },
        ),
      ),
    );
    for (const reply of replies) expect(reply.errors).toBeUndefined();
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'deactivateUser' AND entity_id = $1`,
      [id],
    );
    expect(n).toBe(1);
  });
});

import jwt from 'jsonwebtoken';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  returnedNothing,
} from '../support/test-app';
import { TEST_JWT_SECRET } from '../support/test-env';

let t: TestApp;
let engineerId: string;
beforeAll(async () => {
  t = await startTestApp();
  engineerId = await t.userId('VALENCE', 'ENGINEER');
});
afterAll(() => t.close());

interface Me {
  me: {
    id: string;
    email: string;
    partyCode: string;
    roles: string[];
    active: boolean;
    ndaExecutedAt: string | null;
  };
}

const ME = '{ me { id email partyCode roles active ndaExecutedAt } }';

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The claims of a good token for `sub`: every test below changes exactly one thing. */
function claims(sub: string): jwt.JwtPayload {
  return {
    sub,
    iss: t.config.jwt.issuer,
    aud: t.config.jwt.audience,
    iat: nowSeconds(),
    exp: nowSeconds() + 600,
  };
}

function sign(payload: jwt.JwtPayload, secret: jwt.Secret = TEST_JWT_SECRET): string {
  return jwt.sign(payload, secret, { algorithm: 'HS256' });
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function expectUnauthenticated(response: GraphQLResponse<unknown>): void {
  expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  expect(returnedNothing(response)).toBe(true);
}

describe('bearer tokens that must be refused', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const tolerance = () => t.config.jwt.clockToleranceSeconds;

  it.each<[string, () => string]>([
    ['signed with the wrong secret', () => sign(claims(engineerId), 'not-the-server-secret')],
    [
      'unsigned (alg: none)',
      () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims(engineerId))}.`,
    ],
    [
      'unsigned (alg: none) through jsonwebtoken',
      () => jwt.sign(claims(engineerId), '', { algorithm: 'none' }),
    ],
    [
      'expired well past the clock tolerance',
      () => sign({ ...claims(engineerId), exp: nowSeconds() - tolerance() - 600 }),
    ],
    ['for another audience', () => sign({ ...claims(engineerId), aud: 'some-other-api' })],
    ['from another issuer', () => sign({ ...claims(engineerId), iss: 'https://issuer.example' })],
    [
      'without exp',
      () => {
        const { exp: _exp, ...rest } = claims(engineerId);
        return sign(rest);
      },
    ],
    [
      'whose sub is not a user id',
      () => sign({ ...claims(engineerId), sub: 'engineer@valence.demo' }),
    ],
    [
      'without sub',
      () => {
        const { sub: _sub, ...rest } = claims(engineerId);
        return sign(rest);
      },
    ],
    ['whose sub is a user id that does not exist', () => sign(claims(randomUUID()))],
    [
      'signed RS256 while the server expects HS256',
      () => jwt.sign(claims(engineerId), rsa.privateKey, { algorithm: 'RS256' }),
    ],
    ['that is not a JWT at all', () => 'abc'],
  ])('a token %s gives UNAUTHENTICATED and no data', async (_name, token) => {
    expectUnauthenticated(await t.gql(ME, {}, { token: token() }));
  });

  it.each<[string, () => string]>([
    ['another scheme', () => 'Token abc'],
    ['another scheme with a valid token', () => `Token ${sign(claims(engineerId))}`],
    ['Bearer without a token', () => 'Bearer'],
    ['Bearer followed by blanks only', () => 'Bearer   '],
    ['Bearer with two words', () => `Bearer ${sign(claims(engineerId))} extra`],
    ['Basic credentials', () => `Basic ${Buffer.from('admin@valence.demo:x').toString('base64')}`],
  ])('a malformed Authorization header (%s) is refused', async (_name, header) => {
    await expect(t.app.contextFor(header())).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('bearer tokens that must be accepted', () => {
  it('a valid token signs in as its user: id, party, roles and NDA status', async () => {
    const { data, errors } = await t.gql<Me>(ME, {}, { token: sign(claims(engineerId)) });
    expect(errors).toBeUndefined();
    expect(data?.me).toEqual({
      id: engineerId,
      email: 'engineer@valence.demo',
      partyCode: 'VALENCE',
      roles: ['ENGINEER'],
      active: true,
      ndaExecutedAt: null,
    });
  });

  it('a valid token of a user with an executed NDA shows when it was executed', async () => {
    const ndaExecutedAt = '2024-03-01T09:30:00.000Z';
    const created = await t.gql<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email: 'nda.holder@fengfan.example',
          displayName: 'NDA holder',
          roles: ['LEGAL', 'COMPLIANCE'],
          ndaExecutedAt,
        },
      },
      { party: 'FENGFAN', role: 'ADMIN' },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createUser.id;

    const { data, errors } = await t.gql<Me>(ME, {}, { token: sign(claims(id)) });
    expect(errors).toBeUndefined();
    expect(data?.me).toEqual({
      id,
      email: 'nda.holder@fengfan.example',
      partyCode: 'FENGFAN',
      roles: ['LEGAL', 'COMPLIANCE'],
      active: true,
      ndaExecutedAt,
    });
  });

  it('a token expired by less than the clock tolerance still works', async () => {
    const tolerance = t.config.jwt.clockToleranceSeconds;
    expect(tolerance).toBeGreaterThanOrEqual(10);
    const token = sign({ ...claims(engineerId), exp: nowSeconds() - Math.floor(tolerance / 2) });
    const { data, errors } = await t.gql<Me>(ME, {}, { token });
    expect(errors).toBeUndefined();
    expect(data?.me.id).toBe(engineerId);
  });

  it('the tokens the harness signs are accepted (the control for the refusals above)', async () => {
    const { data, errors } = await t.gql<Me>(ME, {}, { party: 'JV', role: 'VIEWER' });
    expect(errors).toBeUndefined();
    expect(data?.me).toMatchObject({ email: 'viewer@jv.demo', partyCode: 'JV', roles: ['VIEWER'] });
  });
});

describe('deactivation', () => {
  it('locks a user out on the very next request, though their token has not expired', async () => {
    const created = await t.gql<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: { email: 'leaver@jv.example', displayName: 'Leaver', roles: ['ENGINEER'] },
      },
      { party: 'JV', role: 'ADMIN' },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createUser.id;
    const token = sign({ ...claims(id), exp: nowSeconds() + 3600 });

    // Signed in once, so the user is now in the directory's cache.
    const before = await t.gql<Me>(ME, {}, { token });
    expect(before.errors).toBeUndefined();
    expect(before.data?.me.id).toBe(id);

    const deactivated = await t.gql<{ deactivateUser: { id: string; active: boolean } }>(
      'mutation($id: ID!) { deactivateUser(id: $id) { id active } }',
      { id },
      { party: 'JV', role: 'ADMIN' },
    );
    expect(deactivated.errors).toBeUndefined();
    expect(deactivated.data?.deactivateUser).toEqual({ id, active: false });

    expectUnauthenticated(await t.gql(ME, {}, { token }));
    expectUnauthenticated(await t.gql('{ parties { code } }', {}, { token }));
  });
});

describe('over HTTP', () => {
  let base: string;
  beforeAll(async () => {
    base = await t.listen();
  });

  async function post(authorization: string | null) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization !== null) headers.authorization = authorization;
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: ME }),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), text };
  }

  it.each<[string, () => string]>([
    ['a token signed with the wrong secret', () => `Bearer ${sign(claims(engineerId), 'nope')}`],
    [
      'an expired token',
      () => `Bearer ${sign({ ...claims(engineerId), exp: nowSeconds() - 3600 })}`,
    ],
    ['a token of a user that does not exist', () => `Bearer ${sign(claims(randomUUID()))}`],
    ['a malformed header', () => 'Token abc'],
    ['Bearer without a token', () => 'Bearer'],
  ])('%s gets HTTP 401 with a JSON UNAUTHENTICATED error and no stack trace', async (_n, auth) => {
    const { status, type, text } = await post(auth());
    expect(status).toBe(401);
    expect(type).toMatch(/^application\/(graphql-response\+)?json/);
    const body = JSON.parse(text) as { data?: unknown; errors: Array<Record<string, unknown>> };
    expect(body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(body.errors).toHaveLength(1);
    expect(returnedNothing(body)).toBe(true);
    expect(text).not.toMatch(/stacktrace/i);
    expect(text).not.toMatch(/\bat .+:\d+:\d+/);
    expect(text).not.toMatch(/node_modules|\.ts\b/);
  });

  it('no token at all gets HTTP 401 too, with a challenge: one status for UNAUTHENTICATED', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('a valid token gets HTTP 200 and its user', async () => {
    const { status, text } = await post(`Bearer ${sign(claims(engineerId))}`);
    expect(status).toBe(200);
    const body = JSON.parse(text) as { data: Me; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.me.email).toBe('engineer@valence.demo');
  });
});

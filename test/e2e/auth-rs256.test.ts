/**
 * Production tokens: with JWT_PUBLIC_KEY set, only RS256 tokens signed by the matching private
 * key are accepted. Algorithm confusion (an HS256 token whose HMAC secret is the public key's
 * PEM text), other keys, `alg: none`, the HS256 secret and bad claims are all refused.
 * `t.tokenFor` signs HS256 and cannot be used here: tokens are signed in this file.
 */
import { createHmac, createSecretKey, generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { errorCodes, startTestApp, type TestApp, returnedNothing } from '../support/test-app';
import { TEST_JWT_SECRET } from '../support/test-env';

function rsaKeyPair(): { publicKey: string; privateKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

const idp = rsaKeyPair();
const stranger = rsaKeyPair();

const ME = '{ me { email partyCode roles } }';
const VALENCE_LEGAL_ME = {
  me: { email: 'legal@valence.demo', partyCode: 'VALENCE', roles: ['LEGAL'] },
};

interface Claims {
  sub?: string;
  iss?: string;
  aud?: string;
  exp?: number;
  iat?: number;
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT with the given header, signed with HMAC-SHA256 over `secret` (however it looks). */
function hmacToken(header: object, claims: Claims, secret: string): string {
  const signingInput = `${base64url(header)}.${base64url(claims)}`;
  const signature = createHmac('sha256', secret).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}

const rs256 = (claims: Claims, privateKey: string) =>
  jwt.sign(claims, privateKey, { algorithm: 'RS256' });

/** Tests for an app in RS256 mode, whatever JWT_SECRET says. */
function describeRs256App(
  title: string,
  overrides: () => Partial<NodeJS.ProcessEnv>,
  extra: (app: () => TestApp) => void = () => undefined,
) {
  describe(title, () => {
    let t: TestApp;
    let claims: Required<Claims>;
    beforeAll(async () => {
      t = await startTestApp(overrides());
      const now = Math.floor(Date.now() / 1000);
      claims = {
        sub: await t.userId('VALENCE', 'LEGAL'),
        iss: t.config.jwt.issuer,
        aud: t.config.jwt.audience,
        iat: now,
        exp: now + 300,
      };
    });
    afterAll(() => t.close());

    it('accepts an RS256 token signed by the configured key pair', async () => {
      const response = await t.gql(ME, {}, { token: rs256(claims, idp.privateKey) });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual(VALENCE_LEGAL_ME);
    });

    it('refuses an HS256 token whose HMAC secret is the public key PEM (algorithm confusion)', async () => {
      const token = hmacToken({ alg: 'HS256', typ: 'JWT' }, claims, idp.publicKey);
      // The forged token is genuine HS256 over the PEM text: a verifier that took the
      // algorithm from the token would accept it.
      expect(() =>
        jwt.verify(token, createSecretKey(Buffer.from(idp.publicKey)), { algorithms: ['HS256'] }),
      ).not.toThrow();
      const response = await t.gql(ME, {}, { token });
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(returnedNothing(response)).toBe(true);
    });

    it.each<[string, (c: Required<Claims>) => string]>([
      ['an RS256 token signed by another key', (c) => rs256(c, stranger.privateKey)],
      [
        'an HS256 token signed with the test suite HS256 secret',
        (c) => hmacToken({ alg: 'HS256', typ: 'JWT' }, c, TEST_JWT_SECRET),
      ],
      [
        'an unsigned token (alg: none)',
        (c) => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(c)}.`,
      ],
      [
        'an expired RS256 token',
        (c) => rs256({ ...c, iat: c.iat - 900, exp: c.iat - 600 }, idp.privateKey),
      ],
      ['an RS256 token without exp', ({ exp: _exp, ...c }) => rs256(c, idp.privateKey)],
      [
        'an RS256 token from another issuer',
        (c) => rs256({ ...c, iss: 'someone-else' }, idp.privateKey),
      ],
      [
        'an RS256 token for another audience',
        (c) => rs256({ ...c, aud: 'another-api' }, idp.privateKey),
      ],
      [
        'an RS256 token whose subject is not a user id',
        (c) => rs256({ ...c, sub: 'legal@valence.demo' }, idp.privateKey),
      ],
    ])('refuses %s with UNAUTHENTICATED', async (_, tokenFor) => {
      const response = await t.gql(ME, {}, { token: tokenFor(claims) });
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(returnedNothing(response)).toBe(true);
    });

    it('answers over HTTP: 200 for the good token, 401 with a challenge for the forged one', async () => {
      const url = `${await t.listen()}/graphql`;
      const post = (token: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: ME }),
        });

      const good = await post(rs256(claims, idp.privateKey));
      expect(good.status).toBe(200);
      expect(((await good.json()) as { data: unknown }).data).toEqual(VALENCE_LEGAL_ME);

      const forged = await post(hmacToken({ alg: 'HS256', typ: 'JWT' }, claims, idp.publicKey));
      expect(forged.status).toBe(401);
      expect(forged.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      const body = (await forged.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    });

    extra(() => t);
  });
}

describeRs256App(
  'JWT_PUBLIC_KEY set, JWT_SECRET empty',
  () => ({ JWT_PUBLIC_KEY: idp.publicKey, JWT_SECRET: '' }),
  (app) => {
    it('cannot sign development tokens: RS256 tokens come from the identity provider', async () => {
      await expect(app().tokenFor('VALENCE', 'LEGAL')).rejects.toThrow(
        'RS256 tokens come from the IdP',
      );
    });
  },
);

// A one-line PEM with literal "\n" (as an .env file or a secret store holds it), next to an
// HS256 secret: the public key wins, and the secret signs nothing that is accepted.
describeRs256App('JWT_PUBLIC_KEY as one line with \\n escapes, JWT_SECRET also set', () => ({
  JWT_PUBLIC_KEY: idp.publicKey.trim().replace(/\n/g, '\\n'),
  JWT_SECRET: TEST_JWT_SECRET,
}));

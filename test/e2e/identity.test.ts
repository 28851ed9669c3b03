/**
 * Identities from the parties: each party's identity provider signs its own users' tokens
 * (RS256 or ES256, keys from its JWKS URL, served here by a local HTTP server); the party
 * comes from the issuer and the user from a configured claim, never from a party or role
 * claim. The server's own HS256 tokens then serve service accounts only. Token age and
 * lifetime are capped, a future `iat` and any `crit` header are refused, and refusals never
 * name the values the server expects.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { signLocalToken } from '../../src/auth/tokens';
import { loadTokenKey } from '../../src/auth/signing-key';
import { provisionUser } from '../../src/services/user-provisioning';
import { startTestApp, type TestApp } from '../support/test-app';

const ME = '{ me { email partyCode roles } }';
const AUDIENCE = 'compliance-api';
const VALENCE_IDP = 'https://login.valence.example/';
const FENGFAN_IDP = 'https://sso.fengfan.example/';
const DOWN_IDP = 'https://down.jv.example/';

interface Body {
  data?: Record<string, Record<string, unknown> | null> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

let t: TestApp;
let base: string;
let jwks: http.Server;
let valenceKey: KeyLike;
let fengfanKey: KeyLike;
let strangerKey: KeyLike;

async function keyPair(alg: 'ES256' | 'RS256', kid: string): Promise<{ key: KeyLike; jwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { key: privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

interface Minted {
  issuer?: string;
  key?: KeyLike;
  alg?: 'ES256' | 'RS256';
  kid?: string;
  claims?: Record<string, unknown>;
  iatOffset?: number;
  ttl?: number;
  header?: Record<string, unknown>;
  audience?: string;
}

function mint(options: Minted): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const iat = now + (options.iatOffset ?? 0);
  const alg = options.alg ?? 'ES256';
  return new SignJWT(options.claims ?? {})
    .setProtectedHeader({ alg, kid: options.kid ?? 'valence-1', ...options.header } as never)
    .setIssuer(options.issuer ?? VALENCE_IDP)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.ttl ?? 600))
    .sign(options.key ?? valenceKey);
}

async function me(token: string): Promise<{ status: number; body: Body; text: string }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: ME }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

beforeAll(async () => {
  const valence = await keyPair('ES256', 'valence-1');
  const fengfan = await keyPair('RS256', 'fengfan-1');
  const stranger = await keyPair('ES256', 'valence-1');
  valenceKey = valence.key;
  fengfanKey = fengfan.key;
  strangerKey = stranger.key;
  const sets: Record<string, JWK[]> = { '/valence': [valence.jwk], '/fengfan': [fengfan.jwk] };
  jwks = http.createServer((req, res) => {
    const keys = sets[req.url ?? ''];
    res.writeHead(keys ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: keys ?? [] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const jwksBase = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}`;
  t = await startTestApp({
    JWT_ISSUERS: JSON.stringify([
      { issuer: VALENCE_IDP, party: 'VALENCE', jwksUri: `${jwksBase}/valence` },
      { issuer: FENGFAN_IDP, party: 'FENGFAN', jwksUri: `${jwksBase}/fengfan`, userClaim: 'sub' },
      // Nothing listens on port 9 (discard): the provider is unreachable.
      { issuer: DOWN_IDP, party: 'JV', jwksUri: 'http://127.0.0.1:9/jwks' },
    ]),
    JWT_MAX_AGE_SECONDS: '3600',
    USER_CACHE_TTL_MS: '0',
  });
  base = await t.listen();
  await t.db.query(
    `UPDATE app_user SET external_subject = 'ff-00042' WHERE email = 'compliance@fengfan.demo'`,
  );
});

afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => jwks?.close(resolve));
});

describe("a party's identity provider", () => {
  it('signs in its user found by e-mail (ES256 from the JWKS)', async () => {
    const reply = await me(await mint({ claims: { email: 'Legal@Valence.Demo' } }));
    expect(reply.status).toBe(200);
    expect(reply.body.data!.me).toEqual({
      email: 'legal@valence.demo',
      partyCode: 'VALENCE',
      roles: ['LEGAL'],
    });
  });

  it('signs in its user found by subject (RS256 from the JWKS)', async () => {
    const token = await mint({
      issuer: FENGFAN_IDP,
      key: fengfanKey,
      alg: 'RS256',
      kid: 'fengfan-1',
      claims: { sub: 'ff-00042' },
    });
    const reply = await me(token);
    expect(reply.body.data!.me).toEqual({
      email: 'compliance@fengfan.demo',
      partyCode: 'FENGFAN',
      roles: ['COMPLIANCE'],
    });
  });

  it("signs in by subject a user its party's ADMIN created with that subject", async () => {
    await t.db.query(
      `UPDATE app_user SET external_subject = 'ff-00001' WHERE email = 'admin@fengfan.demo'`,
    );
    const adminToken = await mint({
      issuer: FENGFAN_IDP,
      key: fengfanKey,
      alg: 'RS256',
      kid: 'fengfan-1',
      claims: { sub: 'ff-00001' },
    });
    const created = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({
        query: `mutation { createUser(input: { email: "li.wei@fengfan.demo", displayName: "Li Wei",
          roles: [LEGAL], externalSubject: "ff-00777" }) { id } }`,
      }),
    }).then((response) => response.json() as Promise<Body>);
    expect(created.errors).toBeUndefined();
    const token = await mint({
      issuer: FENGFAN_IDP,
      key: fengfanKey,
      alg: 'RS256',
      kid: 'fengfan-1',
      claims: { sub: 'ff-00777', email: 'legal@valence.demo' },
    });
    expect((await me(token)).body.data!.me).toEqual({
      email: 'li.wei@fengfan.demo',
      partyCode: 'FENGFAN',
      roles: ['LEGAL'],
    });
  });

  it('ignores party and role claims: the party is the issuer, the roles are the database', async () => {
    const token = await mint({
      claims: { email: 'viewer@valence.demo', party: 'FENGFAN', roles: ['ADMIN'], partyCode: 'JV' },
    });
    expect((await me(token)).body.data!.me).toEqual({
      email: 'viewer@valence.demo',
      partyCode: 'VALENCE',
      roles: ['VIEWER'],
    });
  });

  it("cannot sign in another party's user", async () => {
    const reply = await me(await mint({ claims: { email: 'admin@fengfan.demo' } }));
    expect(reply.status).toBe(401);
    expect(reply.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('cannot sign in a service account: it has no interactive sign-in', async () => {
    await t.db.query(
      `INSERT INTO app_user (email, display_name, party_code, roles, kind)
       VALUES ('robot@valence.demo', 'Robot', 'VALENCE', '{COMPLIANCE}', 'SERVICE')`,
    );
    expect((await me(await mint({ claims: { email: 'robot@valence.demo' } }))).status).toBe(401);
  });

  it('answers 503 SERVICE_UNAVAILABLE when its JWKS cannot be fetched', async () => {
    const reply = await me(await mint({ issuer: DOWN_IDP, claims: { email: 'legal@jv.demo' } }));
    expect(reply.status).toBe(503);
    expect(reply.body.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  }, 15_000);
});

describe('refused tokens, without naming what is expected', () => {
  it.each<[string, () => Promise<string>]>([
    [
      'a key not in the JWKS',
      () => mint({ key: strangerKey, claims: { email: 'legal@valence.demo' } }),
    ],
    [
      'an unknown issuer',
      () => mint({ issuer: 'https://evil.example/', claims: { email: 'legal@valence.demo' } }),
    ],
    [
      'the wrong audience',
      () => mint({ audience: 'another-api', claims: { email: 'legal@valence.demo' } }),
    ],
    [
      'an `iat` in the future',
      () => mint({ iatOffset: 600, claims: { email: 'legal@valence.demo' } }),
    ],
    [
      'an `iat` older than the maximum age',
      () => mint({ iatOffset: -7200, ttl: 7800, claims: { email: 'legal@valence.demo' } }),
    ],
    [
      'a lifetime beyond the maximum',
      () => mint({ ttl: 86400, claims: { email: 'legal@valence.demo' } }),
    ],
    [
      'a `crit` header',
      () => mint({ header: { crit: ['b64'], b64: true }, claims: { email: 'legal@valence.demo' } }),
    ],
    ['no e-mail claim', () => mint({ claims: {} })],
  ])('%s → 401', async (_case, token) => {
    const reply = await me(await token());
    expect(reply.status).toBe(401);
    expect(reply.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    for (const secret of [VALENCE_IDP, AUDIENCE, t.config.jwt.issuer, 'login.valence']) {
      expect(reply.text).not.toContain(secret);
    }
  });
});

describe("the server's own tokens, once parties sign their users in", () => {
  it('no longer sign in a person', async () => {
    const token = signLocalToken(
      await t.userId('VALENCE', 'LEGAL'),
      loadTokenKey(t.config),
      t.config,
      600,
    );
    expect((await me(token)).status).toBe(401);
  });

  it('sign in a service account created by the command line, with its roles', async () => {
    const robot = await provisionUser(t.db, {
      party: 'VALENCE',
      email: 'nightly.check@valence.example',
      displayName: 'Nightly export check',
      roles: ['COMPLIANCE'],
      kind: 'SERVICE',
      externalSubject: null,
      addDomains: [],
    });
    const token = signLocalToken(robot.id, loadTokenKey(t.config), t.config, 600);
    const reply = await me(token);
    expect(reply.body.data!.me).toEqual({
      email: 'nightly.check@valence.example',
      partyCode: 'VALENCE',
      roles: ['COMPLIANCE'],
    });
    const [event] = await t.db.query(
      `SELECT actor_user_id, actor_party, operation FROM audit_event WHERE entity_id = $1`,
      [robot.id],
    );
    expect(event).toEqual({
      actor_user_id: null,
      actor_party: 'VALENCE',
      operation: 'createServiceAccount',
    });
  });

  it('refuse a service token meant to outlive the maximum age', async () => {
    const robot = await t.db.query(`SELECT id FROM app_user WHERE email = 'robot@valence.demo'`);
    const token = signLocalToken(robot[0].id, loadTokenKey(t.config), t.config, 2 * 3600);
    expect((await me(token)).status).toBe(401);
  });
});

describe("a party's first ADMIN, from the command line", () => {
  it('is created in a domain added for the party; other domains are refused', async () => {
    const admin = await provisionUser(t.db, {
      party: 'JV',
      email: 'It.Admin@jv-battery.example',
      displayName: 'JV IT',
      roles: ['ADMIN'],
      kind: 'PERSON',
      externalSubject: null,
      addDomains: ['jv-battery.example'],
    });
    expect(admin).toMatchObject({ email: 'it.admin@jv-battery.example', partyCode: 'JV' });
    await expect(
      provisionUser(t.db, {
        party: 'JV',
        email: 'squatter@valence.demo',
        displayName: 'X',
        roles: ['ADMIN'],
        kind: 'PERSON',
        externalSubject: null,
        addDomains: [],
      }),
    ).rejects.toThrow(/e-mail domains/);
  });
});

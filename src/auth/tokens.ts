import {
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import jwt from 'jsonwebtoken';
import { LRUCache } from 'lru-cache';
import type { AppConfig } from '../config';
import type { PartyCode } from '../domain/parties';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors';
import type { TokenKey } from './signing-key';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who a verified token names, and how far it may be trusted. */
export type TokenIdentity =
  /** The server's own issuer names a user by id. */
  | { source: 'local'; userId: string }
  /** A party's identity provider names one of that party's users by a claim. */
  | { source: 'party'; party: PartyCode; claim: 'email' | 'sub'; value: string };

/**
 * Verifies a bearer token. The issuer picks the key: a party's identity provider (RS256 or
 * ES256 against its JWKS) or the server's own key (its one configured algorithm, so
 * `alg: none` and algorithm confusion fail). `exp` and `iat` are required; a token older
 * than JWT_MAX_AGE_SECONDS, one meant to live longer, one issued in the future and any
 * `crit` header are refused. Refusals never name the expected values.
 */
export async function verifyToken(
  token: string,
  key: TokenKey,
  config: AppConfig,
): Promise<TokenIdentity> {
  let cache = recentlyVerified.get(key);
  if (!cache) {
    cache = new LRUCache({ max: 10_000 });
    recentlyVerified.set(key, cache);
  }
  const known = cache.get(token);
  if (known && Date.now() / 1000 < known.until) return known.identity;
  const { identity, payload } = await verifyOnce(token, key, config);
  // jose accepts the token while now < exp + tolerance and now <= iat + max age + tolerance.
  const tolerance = config.jwt.clockToleranceSeconds;
  const until = Math.min(
    (payload.exp ?? 0) + tolerance,
    (payload.iat ?? 0) + config.jwt.maxAgeSeconds + tolerance,
  );
  // Only the server's own tokens: its key lives as long as the process, whereas a party's
  // identity provider may rotate or revoke a key, which jose's JWKS reads must see.
  if (identity.source === 'local') cache.set(token, { identity, until });
  return identity;
}

/**
 * The server's own tokens verified lately, per key (each app has its own), by their exact
 * text: a client sends the same token with every request, and checking its signature again
 * costs more than the rest of signing in. An entry lasts only while the token itself would
 * still pass (its expiry, its maximum age); the user behind it is looked up on every request as
 * before, so a deactivated user is refused however recently the token was verified.
 */
const recentlyVerified = new WeakMap<
  TokenKey,
  LRUCache<string, { identity: TokenIdentity; until: number }>
>();

async function verifyOnce(
  token: string,
  key: TokenKey,
  config: AppConfig,
): Promise<{ identity: TokenIdentity; payload: JWTPayload }> {
  let issuer: unknown;
  try {
    if ('crit' in decodeProtectedHeader(token)) throw new UnauthenticatedError('Invalid token');
    issuer = decodeJwt(token).iss;
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw error;
    throw new UnauthenticatedError('Invalid token: malformed');
  }
  const party = typeof issuer === 'string' ? key.issuers.get(issuer) : undefined;
  const options = {
    clockTolerance: config.jwt.clockToleranceSeconds,
    maxTokenAge: config.jwt.maxAgeSeconds,
    requiredClaims: ['exp', 'iat'],
  };
  if (party) {
    const payload = await verified(() =>
      jwtVerify(token, party.keys, {
        ...options,
        issuer: party.issuer,
        audience: party.audience,
        algorithms: ['RS256', 'ES256'],
      }),
    );
    assertLifetime(payload, config);
    const value = payload[party.userClaim];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new UnauthenticatedError(`Invalid token: ${party.userClaim} is required`);
    }
    return {
      identity: { source: 'party', party: party.party, claim: party.userClaim, value },
      payload,
    };
  }
  const payload = await verified(() =>
    jwtVerify(token, key.keyObject, {
      ...options,
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      algorithms: [key.algorithm],
    }),
  );
  assertLifetime(payload, config);
  if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) {
    throw new UnauthenticatedError('Invalid token: sub must be a user id');
  }
  return { identity: { source: 'local', userId: payload.sub }, payload };
}

async function verified(verify: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
  try {
    return (await verify()).payload;
  } catch (error) {
    throw refusal(error);
  }
}

/** A token meant to outlive the cap is refused even while young. */
function assertLifetime(payload: JWTPayload, config: AppConfig): void {
  const lifetime = (payload.exp ?? 0) - (payload.iat ?? 0);
  if (lifetime > config.jwt.maxAgeSeconds + config.jwt.clockToleranceSeconds) {
    throw new UnauthenticatedError('Invalid token: lifetime exceeds the maximum');
  }
}

/** jose's reason, in words that name the claim but never the value the server expects. */
function refusal(error: unknown): Error {
  if (error instanceof joseErrors.JWKSTimeout || isFetchFailure(error)) {
    return new ServiceUnavailableError('The identity provider could not be reached');
  }
  if (error instanceof joseErrors.JWTExpired)
    return new UnauthenticatedError('Invalid token: expired');
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return new UnauthenticatedError(`Invalid token: ${error.claim} claim rejected`);
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return new UnauthenticatedError('Invalid token: algorithm not allowed');
  }
  return new UnauthenticatedError('Invalid token: signature or format');
}

/** The provider's JWKS could not be fetched (a socket error, not a verdict on the token). */
function isFetchFailure(error: unknown): boolean {
  if (error instanceof joseErrors.JOSEError || typeof error !== 'object' || error === null) {
    return false;
  }
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (typeof code === 'string' &&
      /^(ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH)/.test(code)) ||
    (typeof message === 'string' && /fetch failed|socket hang up/i.test(message))
  );
}

/** Development and service tokens, signed with the HS256 secret. */
export function signLocalToken(
  userId: string,
  key: TokenKey,
  config: AppConfig,
  ttlSeconds: number,
): string {
  if (key.sign === null) {
    throw new Error(
      'Tokens can only be signed with an HS256 secret; RS256 tokens come from the IdP',
    );
  }
  return jwt.sign({}, key.sign, {
    algorithm: 'HS256',
    subject: userId,
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
    expiresIn: ttlSeconds,
  });
}

/** A development token for a person, for `npm start` and `npm run token`. */
export function signDevelopmentToken(
  userId: string,
  key: TokenKey,
  config: AppConfig,
  ttlSeconds = config.jwt.devTokenTtlSeconds,
): string {
  return signLocalToken(userId, key, config, ttlSeconds);
}

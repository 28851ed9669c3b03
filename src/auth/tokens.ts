import jwt from 'jsonwebtoken';
import type { AppConfig } from '../config';
import { UnauthenticatedError } from '../errors';
import type { TokenKey } from './signing-key';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies a bearer token and returns its subject (a user id). Only the configured
 * algorithm is accepted (so `alg: none` and algorithm confusion fail), and `exp`, `iss`
 * and `aud` are all required.
 */
export function verifyToken(token: string, key: TokenKey, config: AppConfig): string {
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, key.verify, {
      algorithms: [key.algorithm],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      clockTolerance: config.jwt.clockToleranceSeconds,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid token';
    throw new UnauthenticatedError(`Invalid token: ${reason}`);
  }
  if (typeof payload === 'string' || typeof payload.exp !== 'number') {
    throw new UnauthenticatedError('Invalid token: exp is required');
  }
  if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) {
    throw new UnauthenticatedError('Invalid token: sub must be a user id');
  }
  return payload.sub;
}

/** Development tokens, signed with the HS256 secret. Production tokens come from the IdP. */
export function signDevelopmentToken(
  userId: string,
  key: TokenKey,
  config: AppConfig,
  ttlSeconds = config.jwt.devTokenTtlSeconds,
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

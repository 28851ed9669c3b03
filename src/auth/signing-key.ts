import { createPublicKey, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { AppConfig } from '../config';
import type { PartyCode } from '../domain/parties';

/**
 * The server's own issuer (JWT_ISSUER): HS256 development and service tokens, or RS256
 * tokens under JWT_PUBLIC_KEY (one identity provider for every party, users by id).
 */
export type LocalKey =
  | { algorithm: 'RS256'; verify: string; sign: null }
  | { algorithm: 'HS256'; verify: string; sign: string };

/** A party's identity provider: its keys from its JWKS, its users of that party only. */
export interface PartyIssuer {
  issuer: string;
  party: PartyCode;
  audience: string;
  userClaim: 'email' | 'sub';
  keys: JWTVerifyGetKey;
}

export type TokenKey = LocalKey & {
  /** The local key as a KeyObject for jose. */
  keyObject: KeyObject;
  issuers: Map<string, PartyIssuer>;
};

/**
 * RS256 with JWT_PUBLIC_KEY or HS256 with JWT_SECRET; for development only, a secret
 * generated once into `.data/`. JWT_ISSUERS adds each party's identity provider.
 */
export function loadTokenKey(config: AppConfig): TokenKey {
  const local = localKey(config);
  const issuers = new Map(
    config.jwt.issuers.map((entry) => [
      entry.issuer,
      {
        issuer: entry.issuer,
        party: entry.party,
        audience: entry.audience ?? config.jwt.audience,
        userClaim: entry.userClaim ?? 'email',
        // Cached and refreshed by jose; an unknown `kid` refetches (key rotation).
        keys: createRemoteJWKSet(new URL(entry.jwksUri), { timeoutDuration: 3000 }),
      },
    ]),
  );
  const keyObject =
    local.algorithm === 'RS256'
      ? createPublicKey(local.verify)
      : createSecretKey(Buffer.from(local.verify, 'utf8'));
  return { ...local, keyObject, issuers };
}

function localKey(config: AppConfig): LocalKey {
  if (config.jwt.publicKey) {
    return { algorithm: 'RS256', verify: config.jwt.publicKey.replace(/\\n/g, '\n'), sign: null };
  }
  if (config.jwt.secret) {
    return { algorithm: 'HS256', verify: config.jwt.secret, sign: config.jwt.secret };
  }
  if (config.production) {
    // A generated secret would differ per instance and break a load-balanced deployment.
    throw new Error(
      'NODE_ENV=production needs JWT_SECRET (service tokens) or JWT_PUBLIC_KEY, besides JWT_ISSUERS',
    );
  }
  const secret = developmentSecret(config.dataDir);
  return { algorithm: 'HS256', verify: secret, sign: secret };
}

function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

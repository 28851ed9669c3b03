import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config';

export type TokenKey =
  | { algorithm: 'RS256'; verify: string; sign: null }
  | { algorithm: 'HS256'; verify: string; sign: string };

/**
 * RS256 with JWT_PUBLIC_KEY in production (an identity provider signs); otherwise HS256
 * with JWT_SECRET, or, for development only, a secret generated once into `.data/`.
 */
export function loadTokenKey(config: AppConfig): TokenKey {
  if (config.jwt.publicKey) {
    return { algorithm: 'RS256', verify: config.jwt.publicKey.replace(/\\n/g, '\n'), sign: null };
  }
  if (config.jwt.secret) {
    return { algorithm: 'HS256', verify: config.jwt.secret, sign: config.jwt.secret };
  }
  if (config.production) {
    // A generated secret would differ per instance and break a load-balanced deployment.
    throw new Error('NODE_ENV=production needs JWT_PUBLIC_KEY (RS256) or JWT_SECRET (HS256)');
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

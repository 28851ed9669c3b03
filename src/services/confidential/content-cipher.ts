import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../config';

/**
 * Encryption at rest of protected content (TIC 8.2: "all security measures"): AES-256-GCM with
 * a fresh 12-byte IV per value; stored as IV | 16-byte tag | ciphertext in one bytea. The key
 * comes from CONFIDENTIAL_CONTENT_KEY (base64, 32 bytes); in development only it is generated
 * once into the data directory, as the JWT development secret is.
 */
const IV_BYTES = 12;
const TAG_BYTES = 16;

const keys = new Map<string, Buffer>();

export function contentKey(
  config: Pick<AppConfig, 'confidential' | 'production' | 'dataDir'>,
): Buffer {
  const configured = config.confidential.contentKey;
  const cacheKey = configured ?? `file:${config.dataDir}`;
  const cached = keys.get(cacheKey);
  if (cached) return cached;
  let key: Buffer;
  if (configured) {
    key = Buffer.from(configured, 'base64');
    if (key.length !== 32) throw new Error('CONFIDENTIAL_CONTENT_KEY must be base64 of 32 bytes');
  } else if (config.production) {
    throw new Error('NODE_ENV=production needs CONFIDENTIAL_CONTENT_KEY (base64 of 32 bytes)');
  } else {
    key = developmentKey(config.dataDir);
  }
  keys.set(cacheKey, key);
  return key;
}

function developmentKey(dataDir: string): Buffer {
  const file = path.join(dataDir, 'confidential-content-key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export function encrypt(key: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Throws when the value was altered or encrypted under another key (GCM's tag). */
export function decrypt(key: Buffer, stored: Buffer): Buffer {
  const iv = stored.subarray(0, IV_BYTES);
  const tag = stored.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(stored.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The passwords of the embedded cluster's two login roles, kept beside its data directory. */
export interface ClusterSecrets {
  /** The cluster's superuser, which owns the schema and runs the migrations. */
  owner: string;
  /** The application's login role, which owns nothing. */
  app: string;
}

/** The password the embedded cluster had before passwords were generated. */
export const LEGACY_PASSWORD = 'postgres';

export function secretsFile(clusterDir: string): string {
  return `${clusterDir}.secrets.json`;
}

export function readSecrets(clusterDir: string): ClusterSecrets | null {
  const file = secretsFile(clusterDir);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as ClusterSecrets;
}

/** New random passwords; URL- and SQL-literal-safe characters only. */
export function generateSecrets(): ClusterSecrets {
  return {
    owner: randomBytes(24).toString('base64url'),
    app: randomBytes(24).toString('base64url'),
  };
}

/** Written readable by this user only: any local process could otherwise sign in as superuser. */
export function writeSecrets(clusterDir: string, secrets: ClusterSecrets): void {
  const file = secretsFile(clusterDir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

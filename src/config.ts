/**
 * Every setting the server reads from the environment, in one place, with its default.
 * The README's table of environment variables mirrors this file.
 */
import path from 'node:path';

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function flag(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  return raw === 'true' || raw === '1';
}

function list(name: string): string[] {
  return (process.env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export interface AppConfig {
  production: boolean;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  jwt: {
    secret: string | undefined;
    publicKey: string | undefined;
    issuer: string;
    audience: string;
    clockToleranceSeconds: number;
    devTokenTtlSeconds: number;
  };
  userCacheTtlMs: number;
  corsOrigins: string[];
  bodyLimit: string;
  introspection: boolean;
  suggestions: boolean;
  limits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number };
  screening: {
    candidateSimilarity: number;
    strong: number;
    possible: number;
    maxPossible: number;
  };
  /** How old an export check may be and still clear a transfer (TIC 12.2). */
  exportCheckMaxAgeDays: number;
  /** Who may scrape /metrics (server/metrics-route.ts). */
  metrics: { token: string | undefined; production: boolean };
  /** Whether GET /graphql from a browser serves the in-browser explorer. */
  explorer: boolean;
}

function fraction(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0 && value <= 1))
    throw new Error(`${name} must be a number in (0, 1], got "${raw}"`);
  return value;
}

export function loadConfig(): AppConfig {
  const production = process.env.NODE_ENV === 'production';
  return {
    production,
    port: integer('PORT', 4000),
    dataDir: path.resolve(process.env.DATA_DIR ?? '.data'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    jwt: {
      secret: process.env.JWT_SECRET || undefined,
      publicKey: process.env.JWT_PUBLIC_KEY || undefined,
      issuer: process.env.JWT_ISSUER ?? 'fengfan-valence-compliance',
      audience: process.env.JWT_AUDIENCE ?? 'compliance-api',
      clockToleranceSeconds: integer('JWT_CLOCK_TOLERANCE_SECONDS', 30),
      devTokenTtlSeconds: integer('DEV_TOKEN_TTL_SECONDS', 8 * 3600),
    },
    userCacheTtlMs: integer('USER_CACHE_TTL_MS', 5000),
    corsOrigins: list('CORS_ORIGINS'),
    bodyLimit: process.env.BODY_LIMIT ?? '1mb',
    introspection: flag('GRAPHQL_INTROSPECTION', !production),
    suggestions: flag('GRAPHQL_SUGGESTIONS', !production),
    limits: {
      maxDepth: integer('GRAPHQL_MAX_DEPTH', 10),
      maxAliases: integer('GRAPHQL_MAX_ALIASES', 15),
      maxCost: integer('GRAPHQL_MAX_COST', 5000),
      maxTokens: integer('GRAPHQL_MAX_TOKENS', 2000),
    },
    screening: {
      candidateSimilarity: fraction('SCREENING_CANDIDATE_SIMILARITY', 0.25),
      strong: fraction('SCREENING_STRONG_THRESHOLD', 0.85),
      possible: fraction('SCREENING_POSSIBLE_THRESHOLD', 0.7),
      maxPossible: integer('SCREENING_MAX_POSSIBLE', 5),
    },
    exportCheckMaxAgeDays: integer('EXPORT_CHECK_MAX_AGE_DAYS', 90),
    metrics: { token: process.env.METRICS_TOKEN || undefined, production },
    explorer: flag('GRAPHQL_EXPLORER', !production),
  };
}

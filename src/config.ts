/**
 * Every setting the server reads from the environment, in one place, with its default.
 * The README's table of environment variables mirrors this file.
 */
import path from 'node:path';
import { PARTY_CODES, type PartyCode } from './domain/parties';

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

/** One party's identity provider: its tokens sign in that party's users only. */
export interface IssuerConfig {
  issuer: string;
  party: PartyCode;
  jwksUri: string;
  /** Required `aud`; JWT_AUDIENCE when omitted. */
  audience?: string;
  /** The claim that names the user: their e-mail (default) or the provider's subject. */
  userClaim?: 'email' | 'sub';
}

export interface AppConfig {
  production: boolean;
  port: number;
  /** The address to listen on (HOST); undefined listens on every interface. */
  host: string | undefined;
  dataDir: string;
  /** The application's connection: a role that owns nothing. */
  databaseUrl: string | undefined;
  /** The schema owner's connection, for migrations, the seed and reference data. */
  migrationDatabaseUrl: string | undefined;
  /** NODE_ENV=production refuses the embedded database unless this is set. */
  allowEmbeddedDatabase: boolean;
  database: {
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    idleInTransactionTimeoutMs: number;
    poolSize: number;
  };
  /** A request not answered by then is answered 503 and its transaction is not committed. */
  requestTimeoutMs: number;
  readinessTimeoutMs: number;
  /** How long a SIGTERM waits for requests in flight before closing anyway. */
  shutdownGraceMs: number;
  /** Seconds a client is told to wait before retrying a 503. */
  retryAfterSeconds: number;
  jwt: {
    secret: string | undefined;
    publicKey: string | undefined;
    issuer: string;
    audience: string;
    clockToleranceSeconds: number;
    devTokenTtlSeconds: number;
    /** The oldest a token may be (`iat`), and the longest it may live (`exp - iat`). */
    maxAgeSeconds: number;
    serviceTokenMaxTtlSeconds: number;
    issuers: IssuerConfig[];
  };
  rateLimits: {
    userPerMinute: number;
    partyPerMinute: number;
    signInFailuresPer15Minutes: number;
    /** How long a source found clear of the sign-in limit is not asked about again (0: never). */
    signInCacheMs: number;
  };
  userCacheTtlMs: number;
  corsOrigins: string[];
  /** Express's `trust proxy`: whose X-Forwarded-For to believe for the client's address. */
  trustProxy: string | undefined;
  bodyLimit: string;
  introspection: boolean;
  suggestions: boolean;
  limits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number };
  screening: {
    candidateSimilarity: number;
    strong: number;
    possible: number;
    maxPossible: number;
    /** Fail closed: a list older than this many days makes every check NEEDS_REVIEW. */
    listMaxAgeDays: number;
  };
  /** How old an export check may be and still clear a transfer (TIC 12.2). */
  exportCheckMaxAgeDays: number;
  /** Who may scrape /metrics (server/metrics-route.ts). */
  metrics: { token: string | undefined; production: boolean };
  /** Whether GET /graphql from a browser serves the in-browser explorer. */
  explorer: boolean;
  // Confidential-information registers (issue 13)
  confidential: {
    /** CONFIDENTIAL_CONTENT_KEY: base64 of 32 bytes (AES-256-GCM); generated into dataDir in development. */
    contentKey: string | undefined;
    /** How long a need-to-know grant lasts by default (TIC 8.1(i)). */
    grantDays: number;
    /** The largest document accepted, in bytes (decoded). */
    maxDocumentBytes: number;
  };
  /**
   * Contract reads and the registers' lists built as one statement from the selection set
   * (services/shaped-read, services/contract-read).
   */
  selectionShapedReads: boolean;
  /**
   * Each list statement whose text is reused (services/shaped-read/statement-text.ts) is also
   * rendered afresh and compared: on under test, so every test that reads a list checks it.
   */
  verifyStatementTexts: boolean;
  /** Queries run as code compiled once per operation (server/compiled-execution.ts). */
  compiledExecution: boolean;
  /** Reminders and alerts (issue 16): the job runner, the producers and the deliveries. */
  alerts: AlertSettings;
}

export interface AlertSettings {
  /** Whether the server starts the job runner (pg-boss) that scans and delivers. */
  jobs: boolean;
  /** Cron expressions (UTC) of the due-alert scan and of the delivery round. */
  scanCron: string;
  deliverCron: string;
  /** Cron expression (UTC) of the re-screening of the supplier register, followed by a scan. */
  supplierScreeningCron: string;
  /** Days before a due date at which an obligation is reminded. */
  reminderOffsets: number[];
  /** Days before the end of a cure period or negotiation window at which it is reminded. */
  clockOffsets: number[];
  /** A licence ending within this many days is alerted. */
  licenceExpiryDays: number;
  /** A miss older than this many days is not alerted (a fresh install does not replay history). */
  missedLookbackDays: number;
  webhookTimeoutMs: number;
  webhookMaxAttempts: number;
  webhookRetryBaseSeconds: number;
  /** Plain http:// webhooks on loopback (a local receiver); never in production. */
  allowLoopbackHttp: boolean;
  /** SMTP URL (smtp://user:pass@host:587); without it, e-mails go to a file outbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where e-mails are written when no SMTP server is configured. */
  outboxDir: string;
}

function days(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const values = raw.split(',').map((item) => Number(item.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 0 || value > 3660)) {
    throw new Error(`${name} must be a comma-separated list of whole days, got "${raw}"`);
  }
  return values;
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
    host: process.env.HOST || undefined,
    dataDir: path.resolve(process.env.DATA_DIR ?? '.data'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    migrationDatabaseUrl: process.env.MIGRATION_DATABASE_URL || undefined,
    allowEmbeddedDatabase: flag('ALLOW_EMBEDDED_DATABASE', false),
    database: {
      connectTimeoutMs: integer('DB_CONNECT_TIMEOUT_MS', 5000),
      statementTimeoutMs: integer('DB_STATEMENT_TIMEOUT_MS', 15000),
      idleInTransactionTimeoutMs: integer('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 10000),
      poolSize: integer('DB_POOL_SIZE', 10),
    },
    requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', 20000),
    readinessTimeoutMs: integer('READINESS_TIMEOUT_MS', 1000),
    shutdownGraceMs: integer('SHUTDOWN_GRACE_MS', 15000),
    retryAfterSeconds: integer('RETRY_AFTER_SECONDS', 5),
    jwt: {
      secret: process.env.JWT_SECRET || undefined,
      publicKey: process.env.JWT_PUBLIC_KEY || undefined,
      issuer: process.env.JWT_ISSUER ?? 'fengfan-valence-compliance',
      audience: process.env.JWT_AUDIENCE ?? 'compliance-api',
      clockToleranceSeconds: integer('JWT_CLOCK_TOLERANCE_SECONDS', 30),
      devTokenTtlSeconds: integer('DEV_TOKEN_TTL_SECONDS', 8 * 3600),
      maxAgeSeconds: integer('JWT_MAX_AGE_SECONDS', 12 * 3600),
      serviceTokenMaxTtlSeconds: integer('SERVICE_TOKEN_MAX_TTL_SECONDS', 24 * 3600),
      issuers: issuers(process.env.JWT_ISSUERS),
    },
    rateLimits: {
      userPerMinute: integer('RATE_LIMIT_USER_PER_MINUTE', 600),
      partyPerMinute: integer('RATE_LIMIT_PARTY_PER_MINUTE', 3000),
      signInFailuresPer15Minutes: integer('RATE_LIMIT_SIGN_IN_FAILURES', 20),
      signInCacheMs: integer('RATE_LIMIT_SIGN_IN_CACHE_MS', 1000),
    },
    userCacheTtlMs: integer('USER_CACHE_TTL_MS', 5000),
    corsOrigins: list('CORS_ORIGINS'),
    trustProxy: process.env.TRUST_PROXY || undefined,
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
      listMaxAgeDays: integer('SCREENING_LIST_MAX_AGE_DAYS', 30),
    },
    exportCheckMaxAgeDays: integer('EXPORT_CHECK_MAX_AGE_DAYS', 90),
    metrics: { token: process.env.METRICS_TOKEN || undefined, production },
    explorer: flag('GRAPHQL_EXPLORER', !production),
    // Confidential-information registers (issue 13)
    confidential: {
      contentKey: process.env.CONFIDENTIAL_CONTENT_KEY || undefined,
      grantDays: integer('CONFIDENTIAL_GRANT_DAYS', 90),
      maxDocumentBytes: integer('CONFIDENTIAL_MAX_DOCUMENT_BYTES', 512 * 1024),
    },
    selectionShapedReads: flag('SELECTION_SHAPED_READS', true),
    verifyStatementTexts: flag('VERIFY_STATEMENT_TEXTS', process.env.NODE_ENV === 'test'),
    compiledExecution: flag('COMPILED_EXECUTION', true),
    alerts: {
      jobs: flag('ALERT_JOBS', process.env.NODE_ENV !== 'test'),
      scanCron: process.env.ALERT_SCAN_CRON || '0 * * * *',
      deliverCron: process.env.ALERT_DELIVER_CRON || '* * * * *',
      supplierScreeningCron: process.env.SUPPLIER_SCREENING_CRON || '30 1 * * *',
      reminderOffsets: days('ALERT_REMINDER_DAYS', [30, 7, 1]),
      clockOffsets: days('ALERT_CLOCK_DAYS', [7, 1]),
      licenceExpiryDays: integer('ALERT_LICENSE_EXPIRY_DAYS', 30),
      missedLookbackDays: integer('ALERT_MISSED_LOOKBACK_DAYS', 7),
      webhookTimeoutMs: integer('WEBHOOK_TIMEOUT_MS', 10_000),
      webhookMaxAttempts: integer('WEBHOOK_MAX_ATTEMPTS', 8),
      webhookRetryBaseSeconds: integer('WEBHOOK_RETRY_BASE_SECONDS', 30),
      allowLoopbackHttp: !production && flag('WEBHOOK_ALLOW_LOOPBACK_HTTP', true),
      smtpUrl: process.env.SMTP_URL || undefined,
      mailFrom: process.env.MAIL_FROM || 'compliance-alerts@localhost',
      outboxDir: path.resolve(process.env.DATA_DIR ?? '.data', 'outbox'),
    },
  };
}

/**
 * JWT_ISSUERS: a JSON array of `{ issuer, party, jwksUri, audience?, userClaim? }`, one per
 * party's identity provider.
 */
function issuers(raw: string | undefined): IssuerConfig[] {
  if (!raw) return [];
  const parsed = JSON.parse(raw) as unknown;
  if (!Array.isArray(parsed)) throw new Error('JWT_ISSUERS must be a JSON array');
  return parsed.map((entry: Partial<IssuerConfig>, index) => {
    const where = `JWT_ISSUERS[${index}]`;
    if (typeof entry.issuer !== 'string' || !entry.issuer)
      throw new Error(`${where}.issuer is required`);
    if (!PARTY_CODES.includes(entry.party as PartyCode))
      throw new Error(`${where}.party must be one of ${PARTY_CODES.join(', ')}`);
    if (typeof entry.jwksUri !== 'string' || !/^https?:\/\//.test(entry.jwksUri))
      throw new Error(`${where}.jwksUri must be an http(s) URL`);
    if (entry.userClaim !== undefined && entry.userClaim !== 'email' && entry.userClaim !== 'sub')
      throw new Error(`${where}.userClaim must be "email" or "sub"`);
    return {
      issuer: entry.issuer,
      party: entry.party as PartyCode,
      jwksUri: entry.jwksUri,
      audience: entry.audience,
      userClaim: entry.userClaim ?? 'email',
    };
  });
}

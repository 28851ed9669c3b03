/** Environment shared by the global setup and every test file. */
export const TEST_JWT_SECRET = 'test-only-secret-never-used-outside-the-test-suite';

/** AES-256-GCM key of the confidential registers in the tests (32 bytes, base64). */
export const TEST_CONTENT_KEY = Buffer.alloc(32, 7).toString('base64');

/** The application's login role in the tests: a member of compliance_app, owning nothing. */
export const TEST_APP_LOGIN = 'compliance_api_test';
export const TEST_APP_PASSWORD = 'test-only-application-password';

/** An e-mail domain every party may use in the tests (the demo domains are per party). */
export const TEST_EMAIL_DOMAIN = 'example.test';

export function applyTestEnvironment(): void {
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = 'silent';
  process.env.JWT_SECRET = TEST_JWT_SECRET;
  process.env.CONFIDENTIAL_CONTENT_KEY = TEST_CONTENT_KEY;
  delete process.env.JWT_PUBLIC_KEY;
  delete process.env.JWT_ISSUERS;
  delete process.env.DATABASE_URL;
  delete process.env.MIGRATION_DATABASE_URL;
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The same server URL signing in as another role. */
export function withLogin(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  return parsed.toString();
}

/** Environment shared by the global setup and every test file. */
export const TEST_JWT_SECRET = 'test-only-secret-never-used-outside-the-test-suite';

export function applyTestEnvironment(): void {
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = 'silent';
  process.env.JWT_SECRET = TEST_JWT_SECRET;
  delete process.env.JWT_PUBLIC_KEY;
  delete process.env.DATABASE_URL;
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

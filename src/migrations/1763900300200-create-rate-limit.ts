import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counters of the rate limits, shared by every instance. The shape is the one
 * rate-limiter-flexible's PostgreSQL store expects; it is created here so that the
 * application role never needs the right to create tables.
 */
export class CreateRateLimit1763900300200 implements MigrationInterface {
  name = 'CreateRateLimit1763900300200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await q.query(`CREATE INDEX rate_limit_expire_idx ON rate_limit (expire)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit`);
  }
}

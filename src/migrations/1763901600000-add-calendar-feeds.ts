import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's iCalendar feed: a secret URL whose token is stored only as its SHA-256, so the
 * table never holds a working address. One live feed per user; rotating revokes the old one.
 */
export class AddCalendarFeeds1763901600000 implements MigrationInterface {
  name = 'AddCalendarFeeds1763901600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    // The feed is found by the hash of the token in its URL.
    await q.query(`CREATE UNIQUE INDEX calendar_feed_token_hash_key ON calendar_feed (token_hash)`);
    await q.query(
      `CREATE UNIQUE INDEX calendar_feed_live_user_key ON calendar_feed (user_id) WHERE revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed`);
  }
}

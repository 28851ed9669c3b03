import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Safe retries: a create-type mutation given an idempotency key records it here, in its own
 * transaction, with a hash of its input and the id of what it created. A retry with the same
 * key and input returns that result and creates nothing; another input is a CONFLICT.
 */
export class AddIdempotencyKeys1763900600000 implements MigrationInterface {
  name = 'AddIdempotencyKeys1763900600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        user_id uuid NOT NULL REFERENCES app_user(id),
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        operation text NOT NULL,
        input_hash text NOT NULL,
        result_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}

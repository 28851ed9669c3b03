import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identities from the parties: each party's e-mail domains (an ADMIN creates users in them
 * only), service accounts for scripts, and the subject a party's identity provider gives a
 * user when users are found by `sub` rather than by e-mail.
 */
export class AddIdentityColumns1763900300100 implements MigrationInterface {
  name = 'AddIdentityColumns1763900300100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE party ADD COLUMN email_domains text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN kind text NOT NULL DEFAULT 'PERSON' CHECK (kind IN ('PERSON', 'SERVICE')),
        ADD COLUMN external_subject text`);
    await q.query(`
      CREATE UNIQUE INDEX app_user_external_subject_key ON app_user (party_code, external_subject)
      WHERE external_subject IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX app_user_external_subject_key`);
    await q.query(`ALTER TABLE app_user DROP COLUMN external_subject, DROP COLUMN kind`);
    await q.query(`ALTER TABLE party DROP COLUMN email_domains`);
  }
}

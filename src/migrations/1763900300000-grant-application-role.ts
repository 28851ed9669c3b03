import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Least privilege: the server connects as a member of `compliance_app`, a role that owns
 * nothing, while the migrations run as the schema's owner. Ownership is what lets a role
 * `ALTER TABLE … DISABLE TRIGGER`, so the append-only triggers bind the application only
 * because it does not own the tables; it also holds no UPDATE, DELETE or TRUNCATE on them.
 *
 * Convention for later migrations (they run as the same owner, so the default privileges
 * below give every new table and sequence to `compliance_app` with full DML):
 *  - an append-only table (evidence: a trail, a stored decision, its reviews) adds, in the
 *    migration that creates it,
 *      REVOKE UPDATE, DELETE, TRUNCATE ON <table> FROM compliance_app;
 *    beside its append-only trigger (test/e2e/least-privilege.test.ts fails otherwise);
 *  - a reference table loaded only by the owner (at start-up or by a CLI) adds
 *      REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON <table> FROM compliance_app;
 */
export class GrantApplicationRole1763900300000 implements MigrationInterface {
  name = 'GrantApplicationRole1763900300000';

  async up(q: QueryRunner): Promise<void> {
    // Roles are cluster-wide: another database on the same server may have created it.
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'compliance_app') THEN
          CREATE ROLE compliance_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO compliance_app`);
    await q.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO compliance_app`,
    );
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO compliance_app`);
    await q.query(`
      ALTER DEFAULT PRIVILEGES IN SCHEMA public
      GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO compliance_app`);
    await q.query(`
      ALTER DEFAULT PRIVILEGES IN SCHEMA public
      GRANT USAGE, SELECT ON SEQUENCES TO compliance_app`);

    // Evidence: written once, read forever, never changed or removed (README, "Audit").
    await q.query(`
      REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, export_check, screening_review
      FROM compliance_app`);
    // Loaded by the owner only: the parties by the seed, reference data at start-up and by the
    // screening-list import, the migration history by the migrations.
    await q.query(`
      REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON
        party, schema_migration, screening_list_version, restricted_party, restricted_party_name,
        reference_data_version, country, country_chart_cell, country_group_member, eccn
      FROM compliance_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER DEFAULT PRIVILEGES IN SCHEMA public
      REVOKE USAGE, SELECT ON SEQUENCES FROM compliance_app`);
    await q.query(`
      ALTER DEFAULT PRIVILEGES IN SCHEMA public
      REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM compliance_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM compliance_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM compliance_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM compliance_app`);
  }
}

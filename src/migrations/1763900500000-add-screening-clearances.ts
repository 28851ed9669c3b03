import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Remembered screening reviews, screening records and misspelling keys (TIC 12.2; 15 C.F.R.
 * Part 762):
 * - screening_clearance: a reviewer's clearance or confirmation of a match, for the party that
 *   made it, the name screened and the list entry as it stood (its fingerprint);
 * - screening_clearance_revocation: a clearance withdrawn, recorded beside it, never by editing it;
 * - screening_record: every screenNames call, with who, when, the names, the list version and
 *   the results, kept for the EAR's five-year recordkeeping (762.6).
 * All three are append-only: the database refuses UPDATE, DELETE and TRUNCATE, as for audit_event.
 */
export class AddScreeningClearances1763900500000 implements MigrationInterface {
  name = 'AddScreeningClearances1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION screening_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    // The roles of who ran a check, as they were: a check run by ENGINEER alone does not clear
    // a release of Technology (TIC 12.2). Older checks have none recorded.
    await q.query(`ALTER TABLE export_check ADD COLUMN run_roles text[] NOT NULL DEFAULT '{}'`);
    // Misspelling keys of each listed name (rules/export/screening-score.ts wordKeys): a name
    // one letter off is found by equality on them. Filled by the import; re-import to fill.
    await q.query(
      `ALTER TABLE restricted_party_name ADD COLUMN word_keys text[] NOT NULL DEFAULT '{}'`,
    );
    await q.query(
      `CREATE INDEX restricted_party_name_word_keys_idx ON restricted_party_name USING gin (word_keys)`,
    );
    await q.query(`
      CREATE TABLE screening_clearance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        party text NOT NULL REFERENCES party(code),
        -- The screened name, normalised as for screening (the key of the name in a check).
        screened_key text NOT NULL,
        screened_name text NOT NULL,
        list_code text NOT NULL,
        entry_id text NOT NULL,
        -- The entry's content when it was reviewed: a changed entry is asked about again.
        entry_fingerprint char(32) NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('CLEARED', 'CONFIRMED')),
        reason text NOT NULL,
        check_id uuid REFERENCES export_check(id),
        decided_by uuid NOT NULL REFERENCES app_user(id),
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX screening_clearance_lookup_idx ON screening_clearance (party, screened_key, list_code, entry_id, decided_at DESC)`,
    );
    await q.query(`
      CREATE TABLE screening_clearance_revocation (
        clearance_id uuid PRIMARY KEY REFERENCES screening_clearance(id),
        reason text NOT NULL,
        revoked_by uuid NOT NULL REFERENCES app_user(id),
        revoked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE screening_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_by uuid NOT NULL REFERENCES app_user(id),
        run_party text NOT NULL REFERENCES party(code),
        run_at timestamptz NOT NULL DEFAULT now(),
        list_version jsonb,
        names jsonb NOT NULL,
        results jsonb NOT NULL
      )`);
    await q.query(
      `CREATE INDEX screening_record_party_idx ON screening_record (run_party, run_at DESC)`,
    );
    for (const table of [
      'screening_clearance',
      'screening_clearance_revocation',
      'screening_record',
    ]) {
      await q.query(`
        CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION screening_record_is_append_only()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION screening_record_is_append_only()`);
      // Least privilege (1763900300000): the application only adds to and reads the record.
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM compliance_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE screening_record`);
    await q.query(`DROP TABLE screening_clearance_revocation`);
    await q.query(`DROP TABLE screening_clearance`);
    await q.query(`DROP FUNCTION screening_record_is_append_only`);
    await q.query(`ALTER TABLE export_check DROP COLUMN run_roles`);
    await q.query(`ALTER TABLE restricted_party_name DROP COLUMN word_keys`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trademark register (TIC 5.2, 10.4; JVC Art. 50): marks with their registrations and
 * known translations and transliterations, the written licences to the JV, and its uses.
 * pg_trgm and fuzzystrmatch come from 1763900200000-add-export-control; the conflict check
 * searches the skeletons by trigram and the keys by Double Metaphone, so both are indexed.
 */
export class AddTrademarks1763901400000 implements MigrationInterface {
  name = 'AddTrademarks1763901400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trademark (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
        logo_ref text,
        language text NOT NULL,
        script text NOT NULL CHECK (script IN ('LATIN', 'HAN')),
        owner_party text NOT NULL REFERENCES party(code),
        protection_basis text NOT NULL
          CHECK (protection_basis IN ('EXHIBIT_B', 'DESIGNATED_IN_WRITING', 'NAMED_IN_CONTRACT')),
        designated_on date,
        designation_ref text,
        consent_party text REFERENCES party(code),
        consent_ref text,
        consent_on date,
        letters text NOT NULL,
        match_key text NOT NULL,
        skeleton text NOT NULL,
        tokens text[] NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (protection_basis <> 'DESIGNATED_IN_WRITING' OR designated_on IS NOT NULL),
        CHECK ((consent_party IS NULL) = (consent_ref IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX trademark_owner_letters_key ON trademark (owner_party, script, letters)`,
    );
    await q.query(
      `CREATE INDEX trademark_skeleton_trgm ON trademark USING gin (skeleton gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX trademark_key_sound ON trademark (dmetaphone(match_key))`);
    await q.query(`
      CREATE TABLE trademark_registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mark_id uuid NOT NULL REFERENCES trademark(id),
        country text NOT NULL,
        number text NOT NULL,
        nice_classes integer[] NOT NULL,
        status text NOT NULL CHECK (status IN ('FILED', 'REGISTERED', 'EXPIRED', 'CANCELLED')),
        UNIQUE (country, number)
      )`);
    await q.query(`CREATE INDEX trademark_registration_mark ON trademark_registration (mark_id)`);
    await q.query(`
      CREATE TABLE trademark_rendering (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mark_id uuid NOT NULL REFERENCES trademark(id),
        kind text NOT NULL CHECK (kind IN ('TRANSLATION', 'TRANSLITERATION')),
        text text NOT NULL,
        language text NOT NULL,
        script text NOT NULL CHECK (script IN ('LATIN', 'HAN')),
        letters text NOT NULL,
        match_key text NOT NULL,
        skeleton text NOT NULL,
        tokens text[] NOT NULL
      )`);
    await q.query(`CREATE INDEX trademark_rendering_mark ON trademark_rendering (mark_id)`);
    await q.query(
      `CREATE INDEX trademark_rendering_skeleton_trgm ON trademark_rendering USING gin (skeleton gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX trademark_rendering_key_sound ON trademark_rendering (dmetaphone(match_key))`,
    );
    await q.query(`
      CREATE TABLE trademark_licence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        licensor_party text NOT NULL REFERENCES party(code),
        licensee_party text NOT NULL REFERENCES party(code) CHECK (licensee_party = 'JV'),
        mark_ids uuid[] NOT NULL,
        products text[] NOT NULL,
        territory text[] NOT NULL,
        executed_on date NOT NULL,
        document_ref text NOT NULL,
        term_from date NOT NULL,
        term_to date,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (term_to IS NULL OR term_to >= term_from)
      )`);
    await q.query(`CREATE INDEX trademark_licence_licensor ON trademark_licence (licensor_party)`);
    await q.query(`
      CREATE TABLE trademark_use (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mark_id uuid NOT NULL REFERENCES trademark(id),
        mark_owner text NOT NULL REFERENCES party(code),
        product text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PRODUCT_MARKING', 'PACKAGING', 'MARKETING', 'ONLINE')),
        territory text[] NOT NULL,
        period_from date NOT NULL,
        period_to date,
        licence_id uuid REFERENCES trademark_licence(id),
        warranty_terms text,
        warranty_approved_on date,
        warranty_approved_by uuid REFERENCES app_user(id),
        status text NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'CEASED')),
        decision_reason text,
        decided_on date,
        decided_by uuid REFERENCES app_user(id),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_to IS NULL OR period_to >= period_from)
      )`);
    await q.query(`CREATE INDEX trademark_use_mark ON trademark_use (mark_id)`);
    await q.query(`CREATE INDEX trademark_use_owner ON trademark_use (mark_owner, requested_at)`);
    await q.query(`CREATE INDEX trademark_use_licence ON trademark_use (licence_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trademark_use`);
    await q.query(`DROP TABLE trademark_licence`);
    await q.query(`DROP TABLE trademark_rendering`);
    await q.query(`DROP TABLE trademark_registration`);
    await q.query(`DROP TABLE trademark`);
  }
}

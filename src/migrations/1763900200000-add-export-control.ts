import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Export control (TIC 4.1, 12.2; 15 C.F.R. Parts 730-774): the imported restricted-party
 * lists with trigram-indexed names, the Country Chart, country groups and ECCNs as tables,
 * item classifications, the licence register, and the immutable record of every check.
 */
export class AddExportControl1763900200000 implements MigrationInterface {
  name = 'AddExportControl1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);

    await q.query(`
      CREATE TABLE screening_list_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_file text NOT NULL,
        sha256 char(64) NOT NULL,
        list_date date,
        row_count integer NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        -- Exactly one version is current: an import replaces the previous one atomically.
        current boolean NOT NULL DEFAULT true
      )`);
    await q.query(
      `CREATE UNIQUE INDEX screening_list_version_current_key ON screening_list_version (current) WHERE current`,
    );
    await q.query(`
      CREATE TABLE restricted_party (
        id bigserial PRIMARY KEY,
        version_id uuid NOT NULL REFERENCES screening_list_version(id) ON DELETE CASCADE,
        source text NOT NULL,
        list_code text NOT NULL,
        entry_id text NOT NULL,
        entity_number text,
        type text,
        name text NOT NULL,
        programs text[] NOT NULL DEFAULT '{}',
        addresses text[] NOT NULL DEFAULT '{}',
        countries text[] NOT NULL DEFAULT '{}',
        federal_register_notice text,
        start_date date,
        end_date date,
        license_requirement text,
        license_policy text,
        remarks text,
        source_list_url text
      )`);
    await q.query(
      `CREATE INDEX restricted_party_version_idx ON restricted_party (version_id, list_code)`,
    );
    await q.query(`
      CREATE TABLE restricted_party_name (
        id bigserial PRIMARY KEY,
        party_id bigint NOT NULL REFERENCES restricted_party(id) ON DELETE CASCADE,
        name text NOT NULL,
        normalised text NOT NULL,
        alias boolean NOT NULL
      )`);
    // Candidate retrieval: trigram similarity on the normalised name (pg_trgm, GIN).
    await q.query(
      `CREATE INDEX restricted_party_name_trgm_idx ON restricted_party_name USING gin (normalised gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX restricted_party_name_party_idx ON restricted_party_name (party_id)`,
    );

    // The reference tables of data/export-control, loaded by syncExportReferenceData.
    await q.query(`
      CREATE TABLE reference_data_version (
        file text PRIMARY KEY,
        sha256 char(64) NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE country (
        iso2 char(2) PRIMARY KEY,
        name text NOT NULL,
        chart_footnotes text[] NOT NULL DEFAULT '{}',
        -- Whether the country has a row in the Country Chart / in the country groups.
        in_chart boolean NOT NULL,
        in_groups boolean NOT NULL
      )`);
    // An X in the Commerce Country Chart (Supp. No. 1 to 15 C.F.R. Part 738): a row per X.
    await q.query(`
      CREATE TABLE country_chart_cell (
        country char(2) NOT NULL REFERENCES country(iso2) ON DELETE CASCADE,
        column_code text NOT NULL,
        PRIMARY KEY (country, column_code)
      )`);
    // Membership of the country groups (Supp. No. 1 to 15 C.F.R. Part 740).
    await q.query(`
      CREATE TABLE country_group_member (
        country char(2) NOT NULL REFERENCES country(iso2) ON DELETE CASCADE,
        group_code text NOT NULL,
        PRIMARY KEY (country, group_code)
      )`);
    await q.query(`
      CREATE TABLE eccn (
        designation text PRIMARY KEY,
        description text NOT NULL,
        reasons text[] NOT NULL,
        chart_columns text[] NOT NULL,
        conditional_controls jsonb NOT NULL,
        license_exceptions text NOT NULL,
        provenance text NOT NULL,
        citation text NOT NULL,
        notes text NOT NULL
      )`);

    await q.query(`
      CREATE TABLE item_classification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_kind text NOT NULL CHECK (item_kind IN ('TECHNOLOGY', 'DOCUMENT', 'PRODUCT', 'CONFIDENTIAL_INFORMATION')),
        item_ref text NOT NULL,
        description text NOT NULL,
        eccn text NOT NULL,
        rationale text NOT NULL,
        classified_by uuid NOT NULL REFERENCES app_user(id),
        classified_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (item_kind, item_ref)
      )`);
    await q.query(`
      CREATE TABLE export_licence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE,
        agency text NOT NULL CHECK (agency IN ('BIS', 'DDTC', 'OFAC')),
        eccns text[] NOT NULL,
        destinations text[] NOT NULL,
        consignees text[] NOT NULL DEFAULT '{}',
        end_users text[] NOT NULL DEFAULT '{}',
        -- The parties a licence covers, and so may read it.
        covered_parties text[] NOT NULL DEFAULT '{}',
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        conditions text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_from <= valid_to)
      )`);
    await q.query(
      `CREATE INDEX export_licence_destinations_idx ON export_licence USING gin (destinations)`,
    );

    await q.query(`
      CREATE TABLE export_check (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_by uuid NOT NULL REFERENCES app_user(id),
        run_party text NOT NULL REFERENCES party(code),
        run_at timestamptz NOT NULL DEFAULT now(),
        release_kind text NOT NULL,
        destination char(2) NOT NULL,
        involves_technology boolean NOT NULL,
        input jsonb NOT NULL,
        reference_versions jsonb NOT NULL,
        decision text NOT NULL CHECK (decision IN
          ('NO_LICENSE_REQUIRED', 'LICENSED', 'LICENSE_REQUIRED', 'PROHIBITED', 'NEEDS_REVIEW')),
        findings jsonb NOT NULL,
        matches jsonb NOT NULL,
        -- The step results the decision came from, so a review can re-derive it.
        evaluation jsonb NOT NULL,
        -- The parties' names as screened, normalised, to find the checks that clear a recipient.
        party_keys text[] NOT NULL
      )`);
    await q.query(
      `CREATE INDEX export_check_party_keys_idx ON export_check USING gin (party_keys)`,
    );
    await q.query(`CREATE INDEX export_check_party_idx ON export_check (run_party, run_at DESC)`);
    await q.query(
      `CREATE INDEX export_check_technology_idx ON export_check (involves_technology, run_at DESC)`,
    );
    // A check is evidence of what was known when it ran: it is never changed or removed.
    await q.query(`
      CREATE FUNCTION export_check_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'export_check is immutable: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER export_check_no_update_delete BEFORE UPDATE OR DELETE ON export_check
      FOR EACH ROW EXECUTE FUNCTION export_check_is_immutable()`);
    await q.query(`
      CREATE TABLE screening_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        check_id uuid NOT NULL REFERENCES export_check(id),
        match_key text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('CLEARED', 'CONFIRMED')),
        reason text NOT NULL,
        reviewed_by uuid NOT NULL REFERENCES app_user(id),
        reviewed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (check_id, match_key)
      )`);
    // A review is part of the check's record: never changed or removed either.
    await q.query(`
      CREATE TRIGGER screening_review_no_update_delete BEFORE UPDATE OR DELETE ON screening_review
      FOR EACH ROW EXECUTE FUNCTION export_check_is_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE screening_review`);
    await q.query(`DROP TABLE export_check`);
    await q.query(`DROP FUNCTION export_check_is_immutable`);
    await q.query(`DROP TABLE export_licence`);
    await q.query(`DROP TABLE item_classification`);
    await q.query(`DROP TABLE eccn`);
    await q.query(`DROP TABLE country_group_member`);
    await q.query(`DROP TABLE country_chart_cell`);
    await q.query(`DROP TABLE country`);
    await q.query(`DROP TABLE reference_data_version`);
    await q.query(`DROP TABLE restricted_party_name`);
    await q.query(`DROP TABLE restricted_party`);
    await q.query(`DROP TABLE screening_list_version`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supplier register and its sublicences (TIC 2.1(iii), 2.4, 5.6, 12.2; JVC Art. 47):
 * - supplier: a company of the register — a supplier, a company in its ownership, or one of the
 *   parties (party_code), so that control by Fengfan can be followed through chains;
 * - ownership_link: who holds what share of whom and who appoints its general manager or a board
 *   majority (TIC 1.1; JVC Art. 2), with the days the link is in effect;
 * - supplier_sublicense: the JV's sublicence to a supplier under the TIC, with its recorded terms;
 * - sublicense_transfer: Technology and confidential items transferred to the supplier, each with
 *   the release gate's answer (TIC 12.2) — append-only;
 * - supplier_screening: every screening of a supplier under all its names, kept (15 C.F.R.
 *   762.6) — append-only.
 */
export class AddSupplierSublicenses1763901300000 implements MigrationInterface {
  name = 'AddSupplierSublicenses1763901300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supplier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        legal_name text NOT NULL,
        other_names text[] NOT NULL DEFAULT '{}',
        country char(2) NOT NULL,
        address text NOT NULL,
        registration_number text,
        party_code text UNIQUE REFERENCES party(code),
        recorded_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX supplier_legal_name_idx ON supplier (lower(legal_name), id)`);
    // The suppliers list finds a company by part of its legal name (ILIKE): trigrams serve it.
    await q.query(
      `CREATE INDEX supplier_legal_name_trgm_idx ON supplier USING gin (legal_name gin_trgm_ops)`,
    );
    await q.query(`
      CREATE TABLE ownership_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        holder_id uuid NOT NULL REFERENCES supplier(id),
        held_id uuid NOT NULL REFERENCES supplier(id),
        share_percent numeric(5, 2) CHECK (share_percent > 0 AND share_percent <= 100),
        appoints_general_manager boolean NOT NULL DEFAULT false,
        appoints_board_majority boolean NOT NULL DEFAULT false,
        from_date date,
        ended_on date,
        recorded_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        CHECK (holder_id <> held_id),
        CHECK (ended_on IS NULL OR from_date IS NULL OR ended_on > from_date)
      )`);
    await q.query(`CREATE INDEX ownership_link_held_idx ON ownership_link (held_id)`);
    await q.query(`CREATE INDEX ownership_link_holder_idx ON ownership_link (holder_id)`);
    await q.query(`
      CREATE TABLE supplier_sublicense (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        contract_id uuid NOT NULL REFERENCES contract(id),
        -- TIC 2.1(iii): only the Licensee sublicenses.
        sublicensor_party text NOT NULL DEFAULT 'JV' CHECK (sublicensor_party = 'JV'),
        status text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'SUSPENDED', 'TERMINATED')),
        suspended_reason text,
        valid_from date,
        valid_to date,
        purpose text NOT NULL CHECK (purpose IN ('SUPPLY_MATERIALS_FOR_PRODUCTS', 'OTHER')),
        purpose_text text NOT NULL,
        materials jsonb NOT NULL,
        agreement_executed_on date,
        document_reference text,
        document_sha256 char(64) CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
        no_further_sublicensing boolean,
        no_powder_offer boolean,
        valence_terms boolean,
        confidentiality_undertaking boolean,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(
      `CREATE INDEX supplier_sublicense_supplier_idx ON supplier_sublicense (supplier_id, id)`,
    );
    await q.query(
      `CREATE INDEX supplier_sublicense_status_idx ON supplier_sublicense (status, valid_to)`,
    );
    await q.query(`
      CREATE TABLE sublicense_transfer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sublicense_id uuid NOT NULL REFERENCES supplier_sublicense(id),
        description text NOT NULL,
        items jsonb NOT NULL,
        end_use text NOT NULL,
        destination char(2) NOT NULL,
        transferred_on date NOT NULL,
        gate_passed boolean NOT NULL,
        gate_check_id uuid REFERENCES export_check(id),
        gate_decision text,
        gate_reason text NOT NULL,
        gate_article text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX sublicense_transfer_sublicense_idx ON sublicense_transfer (sublicense_id)`,
    );
    await q.query(`
      CREATE TABLE supplier_screening (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        screened_at timestamptz NOT NULL DEFAULT now(),
        screened_on date NOT NULL,
        trigger text NOT NULL CHECK (trigger IN ('REGISTERED', 'ON_DEMAND', 'LIST_IMPORT')),
        screened_by uuid REFERENCES app_user(id),
        -- The list version as it was (versions are replaced on import, so no reference).
        list_version jsonb,
        names text[] NOT NULL,
        matches jsonb NOT NULL
      )`);
    await q.query(
      `CREATE INDEX supplier_screening_latest_idx ON supplier_screening (supplier_id, screened_at DESC, id DESC)`,
    );
    for (const table of ['sublicense_transfer', 'supplier_screening']) {
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
    await q.query(`DROP TABLE supplier_screening`);
    await q.query(`DROP TABLE sublicense_transfer`);
    await q.query(`DROP TABLE supplier_sublicense`);
    await q.query(`DROP TABLE ownership_link`);
    await q.query(`DROP TABLE supplier`);
  }
}

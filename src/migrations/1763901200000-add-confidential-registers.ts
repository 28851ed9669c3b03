import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The confidential-information registers (TIC Art. 8; JVC Chapter 17):
 * - confidential_item: what was disclosed, by whom, to whom, under which contract and article,
 *   how it became confidential (TIC 1.3), its protected content encrypted (AES-256-GCM: IV, tag
 *   and ciphertext in one bytea) and until when it is protected (TIC 8.7; JVC Art. 96, 100);
 * - confidential_document: its documents, encrypted, with the SHA-256 of each plaintext;
 * - nda_form, nda_form_approval, nondisclosure_agreement: the forms staff sign, the disclosing
 *   party's approval of each (TIC 8.1(ii); JVC Art. 98) and who signed which, when;
 * - need_to_know_grant: who needs access to an item to perform the contract (TIC 8.1(i));
 * - confidential_access: every read of protected content, append-only (TIC 8.2);
 * - disclosure_request: disclosures beyond the receiving party (TIC 8.1) and compelled ones (8.3(d));
 * - exception_claim: the exceptions of TIC 8.3(a)-(c) and JVC Art. 96 and their answers.
 */
export class AddConfidentialRegisters1763901200000 implements MigrationInterface {
  name = 'AddConfidentialRegisters1763901200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE confidential_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        summary text NOT NULL,
        disclosing_party text NOT NULL REFERENCES party(code),
        receiving_party text NOT NULL REFERENCES party(code),
        contract_id uuid NOT NULL REFERENCES contract(id),
        article text NOT NULL,
        basis text NOT NULL CHECK (basis IN ('MARKED', 'ADVISED_IN_WRITING', 'ADVISED_ORALLY')),
        disclosed_on date NOT NULL,
        advised_on date,
        confirmed_in_writing_on date,
        category text NOT NULL CHECK (category IN ('TECHNOLOGY', 'FORMULATION', 'PROCESS',
          'SUPPLIER_LIST', 'BUSINESS', 'FINANCIAL', 'PERSONNEL')),
        valence_technology boolean NOT NULL DEFAULT false,
        eccn text,
        status text NOT NULL DEFAULT 'PROTECTED' CHECK (status IN ('PROTECTED', 'RELEASED')),
        content_cipher bytea,
        content_sha256 char(64),
        protected_until date,
        protection_rule text NOT NULL,
        registered_by uuid NOT NULL REFERENCES app_user(id),
        registered_at timestamptz NOT NULL DEFAULT now(),
        CHECK (disclosing_party <> receiving_party),
        -- TIC 2.8; JVC Art. 45: Fengfan never receives Valence's Technology.
        CHECK (NOT (valence_technology AND receiving_party = 'FENGFAN'))
      )`);
    await q.query(
      `CREATE INDEX confidential_item_disclosing_idx ON confidential_item (disclosing_party)`,
    );
    await q.query(
      `CREATE INDEX confidential_item_receiving_idx ON confidential_item (receiving_party)`,
    );
    await q.query(`CREATE INDEX confidential_item_contract_idx ON confidential_item (contract_id)`);
    // Search on the title and the non-confidential summary (pg_trgm, from 1763900200000).
    await q.query(
      `CREATE INDEX confidential_item_search_idx ON confidential_item
       USING gin ((title || ' ' || summary) gin_trgm_ops)`,
    );
    await q.query(`
      CREATE TABLE confidential_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES confidential_item(id),
        file_name text NOT NULL,
        media_type text NOT NULL,
        byte_size integer NOT NULL,
        sha256 char(64) NOT NULL,
        cipher bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX confidential_document_item_idx ON confidential_document (item_id)`);
    await q.query(`
      CREATE TABLE nda_form (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        party_code text NOT NULL REFERENCES party(code),
        kind text NOT NULL CHECK (kind IN ('NDA', 'JV_UNDERTAKING')),
        title text NOT NULL,
        reference text NOT NULL,
        registered_by uuid NOT NULL REFERENCES app_user(id),
        registered_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind = 'NDA' OR party_code = 'JV')
      )`);
    await q.query(`CREATE INDEX nda_form_party_idx ON nda_form (party_code)`);
    await q.query(`
      CREATE TABLE nda_form_approval (
        form_id uuid NOT NULL REFERENCES nda_form(id),
        party_code text NOT NULL REFERENCES party(code),
        approved_by uuid NOT NULL REFERENCES app_user(id),
        approved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (form_id, party_code)
      )`);
    await q.query(`
      CREATE TABLE nondisclosure_agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        form_id uuid NOT NULL REFERENCES nda_form(id),
        executed_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX nondisclosure_agreement_user_idx ON nondisclosure_agreement (user_id)`,
    );
    await q.query(`
      CREATE TABLE need_to_know_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES confidential_item(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        purpose text NOT NULL,
        granted_by uuid NOT NULL REFERENCES app_user(id),
        granted_at timestamptz NOT NULL DEFAULT now(),
        expires_on date NOT NULL,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES app_user(id),
        revoke_reason text
      )`);
    await q.query(`CREATE INDEX need_to_know_grant_item_idx ON need_to_know_grant (item_id)`);
    await q.query(
      `CREATE INDEX need_to_know_grant_user_idx ON need_to_know_grant (user_id, item_id, expires_on)`,
    );
    await q.query(`
      CREATE TABLE confidential_access (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES confidential_item(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        party_code text NOT NULL REFERENCES party(code),
        accessed_at timestamptz NOT NULL DEFAULT now(),
        purpose text NOT NULL,
        fingerprint text NOT NULL UNIQUE
      )`);
    await q.query(
      `CREATE INDEX confidential_access_item_idx ON confidential_access (item_id, accessed_at DESC)`,
    );
    await q.query(
      `CREATE INDEX confidential_access_party_idx ON confidential_access (party_code, accessed_at)`,
    );
    await q.query(`
      CREATE FUNCTION confidential_access_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER confidential_access_no_update_delete BEFORE UPDATE OR DELETE
      ON confidential_access FOR EACH ROW EXECUTE FUNCTION confidential_access_is_append_only()`);
    await q.query(`
      CREATE TRIGGER confidential_access_no_truncate BEFORE TRUNCATE ON confidential_access
      FOR EACH STATEMENT EXECUTE FUNCTION confidential_access_is_append_only()`);
    // Least privilege (1763900300000): the application only adds to and reads the access log.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON confidential_access FROM compliance_app`);
    await q.query(`
      CREATE TABLE disclosure_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES confidential_item(id),
        compelled boolean NOT NULL DEFAULT false,
        recipient_kind text NOT NULL CHECK (recipient_kind IN ('THIRD_PARTY', 'AFFILIATE', 'PARTY')),
        recipient_name text NOT NULL,
        recipient_party text REFERENCES party(code),
        fengfan_affiliate boolean NOT NULL DEFAULT false,
        country char(2) NOT NULL,
        purpose text NOT NULL,
        end_use text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DENIED', 'RECORDED')),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        requested_party text NOT NULL REFERENCES party(code),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        decision_reason text,
        valence_consent_reference text,
        export_check_id uuid REFERENCES export_check(id),
        authority text,
        notice_given_on date,
        disclosed_on date
      )`);
    await q.query(`CREATE INDEX disclosure_request_item_idx ON disclosure_request (item_id)`);
    await q.query(`
      CREATE TABLE exception_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES confidential_item(id),
        ground text NOT NULL CHECK (ground IN ('PRIOR_WRITTEN_RECORDS', 'PUBLIC_KNOWLEDGE',
          'UNBOUND_THIRD_PARTY')),
        evidence text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
        claimed_by uuid NOT NULL REFERENCES app_user(id),
        claimed_party text NOT NULL REFERENCES party(code),
        claimed_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        decision_reason text
      )`);
    await q.query(`CREATE INDEX exception_claim_item_idx ON exception_claim (item_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'exception_claim',
      'disclosure_request',
      'confidential_access',
      'need_to_know_grant',
      'nondisclosure_agreement',
      'nda_form_approval',
      'nda_form',
      'confidential_document',
      'confidential_item',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION confidential_access_is_append_only`);
  }
}

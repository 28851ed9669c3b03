import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contracts as data: lifecycle and status history, article full-text search, key terms,
 * events, notices, obligations with their deadlines, and amendments with signatures.
 */
export class AddContractLifecycle1763900100000 implements MigrationInterface {
  name = 'AddContractLifecycle1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE contract SET kind = 'JOINT_VENTURE_CONTRACT' WHERE kind = 'JOINT_VENTURE'`,
    );
    await q.query(`
      ALTER TABLE contract
        ADD COLUMN status text NOT NULL DEFAULT 'SIGNED'
          CHECK (status IN ('DRAFT', 'SIGNED', 'EFFECTIVE', 'TERMINATED', 'EXPIRED')),
        ADD COLUMN effective_on date,
        ADD COLUMN term_years integer CHECK (term_years > 0),
        ADD COLUMN term_starts_on date,
        ADD COLUMN governing_law text,
        ADD COLUMN forum text,
        ADD COLUMN terminated_on date,
        ADD COLUMN termination_ground text,
        ADD COLUMN termination_article text,
        ADD CONSTRAINT contract_kind_check CHECK (kind IN (
          'JOINT_VENTURE_CONTRACT', 'TECHNOLOGY_INVESTMENT', 'EQUIPMENT_INVESTMENT',
          'EXPORT_SALES', 'TRADEMARK_LICENCE', 'SUPPLIER_SUBLICENCE', 'NONDISCLOSURE_AGREEMENT'))`);
    await q.query(`CREATE INDEX contract_parent_idx ON contract (parent_id)`);
    // Who signs (and so amends, terminates, sends and receives breach notices) as a Party;
    // the JV reads the JVC that constitutes it but is not a Party to it (JVC Art. 1, 122).
    await q.query(`ALTER TABLE contract_party ADD COLUMN signatory boolean NOT NULL DEFAULT true`);
    await q.query(
      `UPDATE contract_party SET signatory = false WHERE role = 'JOINT_VENTURE_COMPANY'`,
    );
    await q.query(`
      CREATE TABLE contract_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        from_status text NOT NULL,
        to_status text NOT NULL,
        changed_on date NOT NULL,
        article text NOT NULL,
        reason text NOT NULL,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX contract_status_change_contract_idx ON contract_status_change (contract_id, recorded_at)`,
    );

    await q.query(`
      ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(heading, '')), 'A') ||
        setweight(to_tsvector('english', number || ' ' || chapter), 'B') ||
        setweight(to_tsvector('english', body), 'C')
      ) STORED`);
    await q.query(`CREATE INDEX article_search_idx ON article USING gin (search)`);

    await q.query(`
      CREATE TABLE key_term (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MONEY', 'PERCENTAGE', 'PERIOD', 'COUNT', 'DATE')),
        amount numeric,
        currency char(3),
        unit text CHECK (unit IN ('DAYS', 'WORKING_DAYS', 'MONTHS', 'YEARS')),
        date_value date,
        text_value text,
        article text NOT NULL,
        quote text NOT NULL,
        UNIQUE (contract_id, name, article)
      )`);
    await q.query(`CREATE INDEX key_term_name_idx ON key_term (name)`);

    await q.query(`
      CREATE TABLE contract_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        kind text NOT NULL,
        occurred_on date NOT NULL,
        description text NOT NULL,
        concerns_party text REFERENCES party(code),
        amount numeric,
        currency char(3),
        reference text,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_party text NOT NULL REFERENCES party(code),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX contract_event_contract_idx ON contract_event (contract_id, kind, occurred_on)`,
    );

    await q.query(`
      CREATE TABLE notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        sender_party text NOT NULL REFERENCES party(code),
        recipient_parties text[] NOT NULL CHECK (cardinality(recipient_parties) > 0),
        kind text NOT NULL CHECK (kind IN ('BREACH', 'TERMINATION', 'FORCE_MAJEURE',
          'CONSULTATION_REQUEST', 'GENERAL')),
        method text NOT NULL CHECK (method IN ('COURIER', 'POST', 'FAX', 'EMAIL')),
        sent_at timestamptz NOT NULL,
        confirmation_received boolean NOT NULL DEFAULT false,
        deemed_received_on date,
        subject text NOT NULL,
        languages text[] NOT NULL DEFAULT '{}',
        findings jsonb NOT NULL DEFAULT '[]',
        cured_on date,
        continuation_agreed_on date,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notice_contract_idx ON notice (contract_id, sent_at DESC)`);

    await q.query(`
      CREATE TABLE obligation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        code text NOT NULL,
        obligor_party text REFERENCES party(code),
        beneficiary_parties text[] NOT NULL DEFAULT '{}',
        description text NOT NULL,
        article text NOT NULL,
        due_rule text NOT NULL,
        trigger_kind text,
        offset_years integer NOT NULL DEFAULT 0,
        offset_months integer NOT NULL DEFAULT 0,
        offset_days integer NOT NULL DEFAULT 0,
        offset_working_days integer NOT NULL DEFAULT 0,
        per_event boolean NOT NULL DEFAULT false,
        recurrence text CHECK (recurrence IN ('CALENDAR_YEAR', 'CALENDAR_QUARTER', 'CALENDAR_MONTH')),
        met_by_event_kind text,
        due_on date,
        template_id uuid REFERENCES obligation(id),
        event_id uuid REFERENCES contract_event(id),
        notice_id uuid REFERENCES notice(id),
        status text NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'MET', 'WAIVED', 'CLOSED')),
        met_on date,
        evidence text,
        waived_by uuid REFERENCES app_user(id),
        waiver_reason text,
        closed_reason text,
        survives_until date,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (contract_id, code),
        -- A dated obligation always knows who owes it; only a standing template may not.
        CHECK (obligor_party IS NOT NULL OR due_on IS NULL)
      )`);
    await q.query(`CREATE INDEX obligation_due_idx ON obligation (status, due_on)`);
    await q.query(`CREATE INDEX obligation_contract_idx ON obligation (contract_id, trigger_kind)`);
    await q.query(`CREATE INDEX obligation_obligor_idx ON obligation (obligor_party, due_on)`);
    await q.query(
      `CREATE INDEX obligation_beneficiary_idx ON obligation USING gin (beneficiary_parties)`,
    );

    await q.query(`
      CREATE TABLE amendment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        title text NOT NULL,
        text text NOT NULL,
        proposed_by uuid NOT NULL REFERENCES app_user(id),
        proposed_party text NOT NULL REFERENCES party(code),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        approval_authority_approved_on date,
        effective_on date
      )`);
    await q.query(`CREATE INDEX amendment_contract_idx ON amendment (contract_id, proposed_at)`);
    await q.query(`
      CREATE TABLE amendment_signature (
        amendment_id uuid NOT NULL REFERENCES amendment(id) ON DELETE CASCADE,
        party_code text NOT NULL REFERENCES party(code),
        signed_by uuid NOT NULL REFERENCES app_user(id),
        signed_on date NOT NULL,
        PRIMARY KEY (amendment_id, party_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE amendment_signature`);
    await q.query(`DROP TABLE amendment`);
    await q.query(`DROP TABLE obligation`);
    await q.query(`DROP TABLE notice`);
    await q.query(`DROP TABLE contract_event`);
    await q.query(`DROP TABLE key_term`);
    await q.query(`DROP INDEX article_search_idx`);
    await q.query(`ALTER TABLE article DROP COLUMN search`);
    await q.query(`DROP TABLE contract_status_change`);
    await q.query(`DROP INDEX contract_parent_idx`);
    await q.query(`ALTER TABLE contract_party DROP COLUMN signatory`);
    await q.query(`
      ALTER TABLE contract DROP CONSTRAINT contract_kind_check,
        DROP COLUMN status, DROP COLUMN effective_on, DROP COLUMN term_years,
        DROP COLUMN term_starts_on, DROP COLUMN governing_law, DROP COLUMN forum,
        DROP COLUMN terminated_on, DROP COLUMN termination_ground, DROP COLUMN termination_article`);
    await q.query(
      `UPDATE contract SET kind = 'JOINT_VENTURE' WHERE kind = 'JOINT_VENTURE_CONTRACT'`,
    );
  }
}

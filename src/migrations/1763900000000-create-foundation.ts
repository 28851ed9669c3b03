import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Parties, users, contracts with their articles, and the append-only audit trail. */
export class CreateFoundation1763900000000 implements MigrationInterface {
  name = 'CreateFoundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE party (
        code text PRIMARY KEY CHECK (code IN ('VALENCE', 'FENGFAN', 'JV')),
        legal_name text NOT NULL,
        short_name text NOT NULL,
        country char(2) NOT NULL,
        address text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        party_code text NOT NULL REFERENCES party(code),
        roles text[] NOT NULL CHECK (
          cardinality(roles) > 0
          AND roles <@ ARRAY['ADMIN', 'LEGAL', 'COMPLIANCE', 'ENGINEER', 'VIEWER']::text[]
        ),
        active boolean NOT NULL DEFAULT true,
        nda_executed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        deactivated_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await q.query(`CREATE INDEX app_user_party_idx ON app_user (party_code, email)`);

    await q.query(`
      CREATE TABLE contract (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        title text NOT NULL,
        kind text NOT NULL,
        parent_id uuid REFERENCES contract(id),
        signed_on date
      )`);
    await q.query(`
      CREATE TABLE contract_party (
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        party_code text NOT NULL REFERENCES party(code),
        role text NOT NULL,
        PRIMARY KEY (contract_id, party_code)
      )`);
    // Row scoping asks "which contracts is this party to": index the reverse direction too.
    await q.query(
      `CREATE INDEX contract_party_party_idx ON contract_party (party_code, contract_id)`,
    );
    await q.query(`
      CREATE TABLE article (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        number text NOT NULL,
        heading text,
        chapter text NOT NULL,
        body text NOT NULL,
        position integer NOT NULL,
        UNIQUE (contract_id, number),
        UNIQUE (contract_id, position)
      )`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_party text NOT NULL REFERENCES party(code),
        operation text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX audit_event_party_time_idx ON audit_event (actor_party, id DESC)`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id)`);
    // The trail is evidence: the database itself refuses to change or remove it.
    await q.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_is_append_only`);
    await q.query(`DROP TABLE article`);
    await q.query(`DROP TABLE contract_party`);
    await q.query(`DROP TABLE contract`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE party`);
  }
}

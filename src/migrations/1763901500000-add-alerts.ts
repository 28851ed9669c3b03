import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders and alerts: the alerts the due-alert scan raises (stored once per recipient
 * party, kind, record and occasion, so several instances scanning at once raise each alert
 * once), the webhooks each party's ADMIN registers, their deliveries with every attempt
 * logged, the e-mails sent to a party's users, and the checks re-screened after a list import.
 */
export class AddAlerts1763901500000 implements MigrationInterface {
  name = 'AddAlerts1763901500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_party text NOT NULL REFERENCES party(code),
        kind text NOT NULL CHECK (kind IN ('OBLIGATION_DUE', 'OBLIGATION_MISSED',
          'LICENSE_EXPIRING', 'SCREENING_HIT', 'CURE_PERIOD_ENDING', 'NEGOTIATION_WINDOW_ENDING')),
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        occasion text NOT NULL,
        title text NOT NULL,
        article text NOT NULL,
        link text NOT NULL,
        due_on date,
        raised_on date NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT alert_once UNIQUE (recipient_party, kind, record_id, occasion)
      )`);
    await q.query(
      `CREATE INDEX alert_party_created_idx ON alert (recipient_party, created_at, id)`,
    );
    // An alert is a record of what was said and when: never changed or removed.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON alert FROM compliance_app`);

    await q.query(`
      CREATE TABLE webhook (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        party text NOT NULL REFERENCES party(code),
        url text NOT NULL CHECK (url ~ '^https?://'),
        event_kinds text[] NOT NULL CHECK (cardinality(event_kinds) > 0),
        description text,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        secret_rotated_at timestamptz,
        deactivated_at timestamptz
      )`);
    await q.query(`CREATE INDEX webhook_party_idx ON webhook (party, created_at, id)`);

    await q.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL REFERENCES webhook(id),
        alert_id uuid NOT NULL REFERENCES alert(id),
        party text NOT NULL REFERENCES party(code),
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        claimed_until timestamptz,
        last_response_status integer,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_delivery_once UNIQUE (webhook_id, alert_id)
      )`);
    await q.query(`
      CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at)
      WHERE status = 'PENDING'`);
    await q.query(
      `CREATE INDEX webhook_delivery_party_idx ON webhook_delivery (party, created_at, id)`,
    );
    await q.query(`
      CREATE TABLE webhook_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES webhook_delivery(id),
        attempt integer NOT NULL,
        attempted_at timestamptz NOT NULL,
        response_status integer,
        error text,
        duration_ms integer NOT NULL,
        CONSTRAINT webhook_attempt_once UNIQUE (delivery_id, attempt)
      )`);
    // The log of attempts is what a party relies on to know what it was sent: append-only.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON webhook_attempt FROM compliance_app`);

    await q.query(`
      CREATE TABLE email_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alert_id uuid NOT NULL REFERENCES alert(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        address text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        claimed_until timestamptz,
        sent_at timestamptz,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT email_delivery_once UNIQUE (alert_id, user_id)
      )`);
    await q.query(`
      CREATE INDEX email_delivery_due_idx ON email_delivery (next_attempt_at)
      WHERE status = 'PENDING'`);

    // A stored check is re-screened once per imported list; the row claims the work.
    await q.query(`
      CREATE TABLE alert_rescreen (
        check_id uuid NOT NULL REFERENCES export_check(id),
        list_version_id uuid NOT NULL REFERENCES screening_list_version(id),
        rescreened_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (check_id, list_version_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alert_rescreen, email_delivery, webhook_attempt, webhook_delivery,
      webhook, alert`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  JOB_SCHEMA,
  SUPPLIER_SCREENING_QUEUE,
  SUPPLIER_SCREENING_QUEUE_OPTIONS,
} from '../services/alerts/job-queues';

const KINDS_BEFORE = [
  'OBLIGATION_DUE',
  'OBLIGATION_MISSED',
  'LICENSE_EXPIRING',
  'SCREENING_HIT',
  'CURE_PERIOD_ENDING',
  'NEGOTIATION_WINDOW_ENDING',
];

const kindCheck = (kinds: string[]) =>
  `ALTER TABLE alert ADD CONSTRAINT alert_kind_check CHECK (kind IN (${kinds
    .map((k) => `'${k}'`)
    .join(', ')}))`;

/**
 * Supplier screening alerts (issues 14 and 16): the alert kind SUPPLIER_SCREENING_HIT, and the
 * job queue of the nightly re-screening of the supplier register, created by the owner like
 * the others (the application may not create queues). pg-boss makes a table for the queue:
 * the application gets the rows' privileges on it, as on the others.
 */
export class AddSupplierScreeningAlerts1763901700000 implements MigrationInterface {
  name = 'AddSupplierScreeningAlerts1763901700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE alert DROP CONSTRAINT alert_kind_check`);
    await q.query(kindCheck([...KINDS_BEFORE, 'SUPPLIER_SCREENING_HIT']));
    await q.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
      SUPPLIER_SCREENING_QUEUE,
      JSON.stringify(SUPPLIER_SCREENING_QUEUE_OPTIONS),
    ]);
    await q.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO compliance_app`,
    );
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON ${JOB_SCHEMA}.version FROM compliance_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT ${JOB_SCHEMA}.delete_queue($1)`, [SUPPLIER_SCREENING_QUEUE]);
    // The alerts of the kind go, with their deliveries, before the kind can be refused.
    const ofKind = `SELECT id FROM alert WHERE kind = 'SUPPLIER_SCREENING_HIT'`;
    await q.query(`DELETE FROM webhook_attempt WHERE delivery_id IN
      (SELECT id FROM webhook_delivery WHERE alert_id IN (${ofKind}))`);
    await q.query(`DELETE FROM webhook_delivery WHERE alert_id IN (${ofKind})`);
    await q.query(`DELETE FROM email_delivery WHERE alert_id IN (${ofKind})`);
    await q.query(`DELETE FROM alert WHERE kind = 'SUPPLIER_SCREENING_HIT'`);
    await q.query(`ALTER TABLE alert DROP CONSTRAINT alert_kind_check`);
    await q.query(kindCheck(KINDS_BEFORE));
  }
}

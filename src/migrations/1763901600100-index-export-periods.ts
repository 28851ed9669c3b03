import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports and the board report select a party's notices by the date they were sent and its
 * audit events by the time they happened: index both for a period's range scan.
 */
export class IndexExportPeriods1763901600100 implements MigrationInterface {
  name = 'IndexExportPeriods1763901600100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX notice_sent_on_idx ON notice (sent_on)`);
    await q.query(
      `CREATE INDEX audit_event_party_occurred_idx ON audit_event (actor_party, occurred_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_event_party_occurred_idx`);
    await q.query(`DROP INDEX notice_sent_on_idx`);
  }
}

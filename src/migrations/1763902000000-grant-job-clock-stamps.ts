import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_SCHEMA } from '../services/alerts/job-queues';

/**
 * pg-boss stamps three clocks in its version row (when it last ran maintenance, monitored its
 * queues and checked its cron schedules) so that only one instance does each per interval. The
 * application may write those three columns and nothing else of the row: without them the
 * cron check fails ("permission denied for table version") and no schedule ever fires.
 */
export class GrantJobClockStamps1763902000000 implements MigrationInterface {
  name = 'GrantJobClockStamps1763902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `GRANT UPDATE (maintained_on, monitored_on, cron_on) ON ${JOB_SCHEMA}.version TO compliance_app`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `REVOKE UPDATE (maintained_on, monitored_on, cron_on) ON ${JOB_SCHEMA}.version FROM compliance_app`,
    );
  }
}

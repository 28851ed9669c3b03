import type { MigrationInterface, QueryRunner } from 'typeorm';
import PgBoss from 'pg-boss';
import { JOB_QUEUES, JOB_SCHEMA } from '../services/alerts/job-queues';

/**
 * The job queue's schema (pg-boss), created here by the owner like every other table: the
 * application owns nothing, so it could neither create pg-boss's tables nor the partition
 * pg-boss makes for each queue. The application starts pg-boss with `migrate: false` and gets
 * only the rows' privileges; its queues are created here, once.
 *
 * pg-boss's construction script is its own transaction (BEGIN … COMMIT under an advisory
 * lock), so this migration runs outside TypeORM's. pg-boss is pinned in package.json: an
 * upgrade that changes its schema comes with a migration running its migration plan.
 */
export class CreateJobQueue1763901500100 implements MigrationInterface {
  name = 'CreateJobQueue1763901500100';
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    await q.query(PgBoss.getConstructionPlans(JOB_SCHEMA));
    await q.startTransaction();
    try {
      for (const queue of JOB_QUEUES) {
        await q.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
          queue.name,
          JSON.stringify(queue.options),
        ]);
      }
      await q.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO compliance_app`);
      await q.query(
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO compliance_app`,
      );
      // The schema's version is the owner's: the application only reads it (pg-boss checks it).
      await q.query(`REVOKE INSERT, UPDATE, DELETE ON ${JOB_SCHEMA}.version FROM compliance_app`);
      await q.commitTransaction();
    } catch (error) {
      await q.rollbackTransaction();
      throw error;
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA ${JOB_SCHEMA} CASCADE`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { decideCheck, type CheckEvaluation, type Review } from '../rules/export/evaluation';

/**
 * The current decision of each export check, after the reviews of its screening matches: the
 * check itself is append-only (its decision at run time never changes), so the decision a
 * reviewer's clearance or confirmation leads to is kept beside it, rewritten in the review's
 * transaction, and lists filter and count by it in SQL. Existing checks get theirs here, from
 * the same rule (rules/export/evaluation.ts).
 */
export class AddExportCheckDecisions1763900700100 implements MigrationInterface {
  name = 'AddExportCheckDecisions1763900700100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export_check_decision (
        check_id uuid PRIMARY KEY REFERENCES export_check(id),
        decision text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX export_check_decision_idx ON export_check_decision (decision)`);
    await q.query(
      `INSERT INTO export_check_decision (check_id, decision) SELECT id, decision FROM export_check`,
    );
    const reviewed: Array<{ id: string; evaluation: CheckEvaluation; reviews: Review[] }> =
      await q.query(`
        SELECT c.id, c.evaluation,
               json_agg(json_build_object('matchKey', r.match_key, 'outcome', r.outcome)) AS reviews
          FROM export_check c JOIN screening_review r ON r.check_id = c.id
         GROUP BY c.id, c.evaluation`);
    for (const check of reviewed) {
      const { decision } = decideCheck({ evaluation: check.evaluation, reviews: check.reviews });
      await q.query(`UPDATE export_check_decision SET decision = $2 WHERE check_id = $1`, [
        check.id,
        decision,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE export_check_decision`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A due date as the contract counts it, beside the one the governing law moves it to when it
 * falls on a non-working day (rules/period-end.ts): `due_on` is the real last day, which
 * filters, lists and MISSED use; `due_on_unrolled` the day the contract's words give.
 */
export class AddUnrolledDueDates1763900470000 implements MigrationInterface {
  name = 'AddUnrolledDueDates1763900470000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE obligation ADD COLUMN due_on_unrolled date`);
    await q.query(`UPDATE obligation SET due_on_unrolled = due_on WHERE due_on IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE obligation DROP COLUMN due_on_unrolled`);
  }
}

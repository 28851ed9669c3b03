import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * - An obligation may wait on a condition besides its date: the deliveries of TIC 7.1(a)/(b)
 *   are conditional on the U.S. export approval (TIC 4.1) and show SUSPENDED until it is
 *   recorded, never MISSED.
 * - An obligation is a DUTY or an OPTION: the extension of JVC Art. 103 is a window in which
 *   the Parties may apply, not a duty of one of them; an option lapses, it is never missed,
 *   and is held by the Parties jointly (no obligor).
 * - A TIC 7.1 nonconformity is a notice kind (NONCONFORMITY), from the Licensee to Valence.
 * - An event may be disputed by the other side of the clock it starts: the party that
 *   disputes it, when, and why.
 */
export class AddObligationConditions1763900460000 implements MigrationInterface {
  name = 'AddObligationConditions1763900460000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE obligation
        ADD COLUMN condition_event_kind text,
        ADD COLUMN condition_article text,
        ADD COLUMN nature text NOT NULL DEFAULT 'DUTY' CHECK (nature IN ('DUTY', 'OPTION')),
        ADD CHECK ((condition_event_kind IS NULL) = (condition_article IS NULL))`);
    // A dated option has no obligor: relax "a dated obligation knows who owes it" for options.
    await q.query(`
      DO $$
      DECLARE c text;
      BEGIN
        SELECT conname INTO c FROM pg_constraint
         WHERE conrelid = 'obligation'::regclass AND contype = 'c'
           AND pg_get_constraintdef(oid) LIKE '%obligor_party IS NOT NULL%';
        IF c IS NOT NULL THEN EXECUTE format('ALTER TABLE obligation DROP CONSTRAINT %I', c); END IF;
      END $$`);
    await q.query(`
      ALTER TABLE obligation ADD CONSTRAINT obligation_dated_has_obligor
        CHECK (obligor_party IS NOT NULL OR due_on IS NULL OR nature = 'OPTION')`);
    // A TIC 7.1 nonconformity is notified by notice: Valence's 20 days run from its receipt.
    await q.query(`ALTER TABLE notice DROP CONSTRAINT notice_kind_check`);
    await q.query(`
      ALTER TABLE notice ADD CONSTRAINT notice_kind_check CHECK (kind IN ('BREACH', 'TERMINATION',
        'FORCE_MAJEURE', 'CONSULTATION_REQUEST', 'GENERAL', 'NONCONFORMITY'))`);
    await q.query(`
      ALTER TABLE contract_event
        ADD COLUMN disputed_party text REFERENCES party(code),
        ADD COLUMN disputed_by uuid REFERENCES app_user(id),
        ADD COLUMN disputed_on date,
        ADD COLUMN dispute_reason text,
        ADD CHECK ((disputed_party IS NULL) = (disputed_on IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notice WHERE kind = 'NONCONFORMITY'`);
    await q.query(`ALTER TABLE notice DROP CONSTRAINT notice_kind_check`);
    await q.query(`
      ALTER TABLE notice ADD CONSTRAINT notice_kind_check CHECK (kind IN ('BREACH', 'TERMINATION',
        'FORCE_MAJEURE', 'CONSULTATION_REQUEST', 'GENERAL'))`);
    await q.query(`
      ALTER TABLE contract_event
        DROP COLUMN disputed_party, DROP COLUMN disputed_by, DROP COLUMN disputed_on,
        DROP COLUMN dispute_reason`);
    await q.query(`ALTER TABLE obligation DROP CONSTRAINT obligation_dated_has_obligor`);
    await q.query(
      `DELETE FROM obligation WHERE nature = 'OPTION' AND obligor_party IS NULL AND due_on IS NOT NULL`,
    );
    await q.query(`ALTER TABLE obligation ADD CHECK (obligor_party IS NOT NULL OR due_on IS NULL)`);
    await q.query(`
      ALTER TABLE obligation
        DROP COLUMN condition_event_kind, DROP COLUMN condition_article, DROP COLUMN nature`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a termination rests on, kept on record so that a rule can judge it:
 * - a notice's date as the sender reckons it (`sent_on`: a letter is handed over where the
 *   sender is), the article a breach notice says was breached (TIC 11.3(b)), and, for a JVC
 *   termination notice, the Art. 104 item relied on and the breach notice behind Art. 104(2);
 * - the cure claimed by the breaching party with its evidence, and the sender's answer
 *   (TIC 11.2; JVC Art. 104(2)): only an accepted cure sets `cured_on`;
 * - each Party's signature of a written agreement to continue (JVC Art. 105), and the
 *   application to and approval by the Examination and Approval Authority (Art. 105, 106);
 * - a mutual termination signed by every party (TIC 11.1) and an insolvency proceeding of the
 *   Licensee (TIC 11.3(a));
 * - on the contract, which record its termination rests on.
 */
export class AddTerminationBases1763900410000 implements MigrationInterface {
  name = 'AddTerminationBases1763900410000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notice
        ADD COLUMN sent_on date,
        ADD COLUMN breached_article text,
        ADD COLUMN ground_article text,
        ADD COLUMN basis_notice_id uuid REFERENCES notice(id),
        ADD COLUMN cure_claimed_on date,
        ADD COLUMN cure_claim_evidence text,
        ADD COLUMN cure_claimed_by_party text REFERENCES party(code),
        ADD COLUMN cure_answer text CHECK (cure_answer IN ('ACCEPTED', 'DISPUTED')),
        ADD COLUMN cure_answered_on date,
        ADD COLUMN cure_dispute_reason text,
        ADD COLUMN continuation_signatures jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN dissolution_applied_on date,
        ADD COLUMN dissolution_approved_on date`);
    // The sender's calendar date of sending: China's parties keep Beijing time; Valence's
    // notice address is in Nevada (Pacific time).
    await q.query(`
      UPDATE notice n SET sent_on = (n.sent_at AT TIME ZONE
        CASE (SELECT p.country FROM party p WHERE p.code = n.sender_party)
          WHEN 'CN' THEN 'Asia/Shanghai' ELSE 'America/Los_Angeles' END)::date`);
    await q.query(`ALTER TABLE notice ALTER COLUMN sent_on SET NOT NULL`);
    // A cure recorded before cures were claimed and answered was recorded as a fact: accepted.
    await q.query(`
      UPDATE notice SET cure_claimed_on = cured_on, cure_answer = 'ACCEPTED',
        cure_answered_on = cured_on, cure_claim_evidence = 'Recorded as cured'
      WHERE cured_on IS NOT NULL`);

    await q.query(`
      CREATE TABLE mutual_termination (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        reason text NOT NULL,
        proposed_by uuid NOT NULL REFERENCES app_user(id),
        proposed_party text NOT NULL REFERENCES party(code),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        signatures jsonb NOT NULL DEFAULT '[]',
        effective_on date
      )`);
    await q.query(
      `CREATE INDEX mutual_termination_contract_idx ON mutual_termination (contract_id)`,
    );
    await q.query(`
      CREATE TABLE insolvency_proceeding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        debtor_party text NOT NULL REFERENCES party(code),
        commenced_on date NOT NULL,
        dismissed_on date CHECK (dismissed_on >= commenced_on),
        description text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_party text NOT NULL REFERENCES party(code),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX insolvency_proceeding_contract_idx ON insolvency_proceeding (contract_id)`,
    );
    await q.query(`
      ALTER TABLE contract
        ADD COLUMN termination_basis text,
        ADD COLUMN termination_basis_id uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE contract DROP COLUMN termination_basis_id, DROP COLUMN termination_basis`,
    );
    await q.query(`DROP TABLE insolvency_proceeding`);
    await q.query(`DROP TABLE mutual_termination`);
    await q.query(`
      ALTER TABLE notice
        DROP COLUMN dissolution_approved_on, DROP COLUMN dissolution_applied_on,
        DROP COLUMN continuation_signatures, DROP COLUMN cure_dispute_reason,
        DROP COLUMN cure_answered_on, DROP COLUMN cure_answer, DROP COLUMN cure_claimed_by_party,
        DROP COLUMN cure_claim_evidence, DROP COLUMN cure_claimed_on, DROP COLUMN basis_notice_id,
        DROP COLUMN ground_article, DROP COLUMN breached_article, DROP COLUMN sent_on`);
  }
}

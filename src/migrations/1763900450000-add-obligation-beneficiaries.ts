import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each beneficiary has done about an obligation owed to it: its express waiver (TIC 13.7;
 * JVC Art. 120 — a waiver binds only the party that gives it, so an obligation owed to several
 * stays owed to the others) and its acknowledgement or dispute of the performance the obligor
 * recorded. Recurring obligations (JVC Art. 58, 88) also remember the period each instance
 * covers and the day their recurrence began, so that every period up to the as-of date has
 * its instance (services/recurring-instances.ts).
 */
export class AddObligationBeneficiaries1763900450000 implements MigrationInterface {
  name = 'AddObligationBeneficiaries1763900450000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE obligation_beneficiary (
        obligation_id uuid NOT NULL REFERENCES obligation(id) ON DELETE CASCADE,
        party_code text NOT NULL REFERENCES party(code),
        waived_by uuid REFERENCES app_user(id),
        waived_on date,
        waiver_reason text,
        performance_verdict text CHECK (performance_verdict IN ('ACKNOWLEDGED', 'DISPUTED')),
        verdict_by uuid REFERENCES app_user(id),
        verdict_on date,
        verdict_reason text,
        PRIMARY KEY (obligation_id, party_code),
        CHECK ((waived_by IS NULL) = (waived_on IS NULL)),
        CHECK ((performance_verdict IS NULL) = (verdict_on IS NULL))
      )`);
    // Waivers recorded before this table were given by the whole (single) beneficiary list.
    await q.query(`
      INSERT INTO obligation_beneficiary (obligation_id, party_code, waived_by, waived_on, waiver_reason)
      SELECT o.id, b.party, o.waived_by, o.created_at::date, o.waiver_reason
        FROM obligation o CROSS JOIN LATERAL unnest(o.beneficiary_parties) AS b(party)
       WHERE o.status = 'WAIVED' AND o.waived_by IS NOT NULL`);
    await q.query(`
      ALTER TABLE obligation
        ADD COLUMN performance_recorded_party text REFERENCES party(code),
        ADD COLUMN performance_recorded_by uuid REFERENCES app_user(id),
        ADD COLUMN recurrence_starts_on date,
        ADD COLUMN period_label text,
        ADD COLUMN period_starts_on date,
        ADD COLUMN period_ends_on date`);
    await q.query(`
      UPDATE obligation i SET period_label = split_part(i.code, '#', 2)
        FROM obligation t
       WHERE i.template_id = t.id AND t.recurrence IS NOT NULL`);
    await q.query(`
      UPDATE obligation i SET period_starts_on = CASE t.recurrence
          WHEN 'CALENDAR_YEAR' THEN make_date(left(i.period_label, 4)::int, 1, 1)
          WHEN 'CALENDAR_QUARTER' THEN
            make_date(left(i.period_label, 4)::int, (right(i.period_label, 1)::int - 1) * 3 + 1, 1)
          ELSE to_date(i.period_label || '-01', 'YYYY-MM-DD') END
        FROM obligation t
       WHERE i.template_id = t.id AND t.recurrence IS NOT NULL`);
    await q.query(`
      UPDATE obligation i SET period_ends_on = (i.period_starts_on + CASE t.recurrence
          WHEN 'CALENDAR_YEAR' THEN interval '1 year'
          WHEN 'CALENDAR_QUARTER' THEN interval '3 months'
          ELSE interval '1 month' END - interval '1 day')::date
        FROM obligation t
       WHERE i.template_id = t.id AND t.recurrence IS NOT NULL`);
    await q.query(`
      UPDATE obligation t SET recurrence_starts_on =
          (SELECT min(i.period_starts_on) FROM obligation i WHERE i.template_id = t.id)
       WHERE t.recurrence IS NOT NULL`);
    // The period a board meeting or report discharges (JVC Art. 58, 88).
    await q.query(`ALTER TABLE contract_event ADD COLUMN period_label text`);
    await q.query(
      `CREATE INDEX obligation_template_period_idx ON obligation (template_id, period_starts_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX obligation_template_period_idx`);
    await q.query(`ALTER TABLE contract_event DROP COLUMN period_label`);
    await q.query(`
      ALTER TABLE obligation
        DROP COLUMN performance_recorded_party, DROP COLUMN performance_recorded_by,
        DROP COLUMN recurrence_starts_on, DROP COLUMN period_label,
        DROP COLUMN period_starts_on, DROP COLUMN period_ends_on`);
    await q.query(`DROP TABLE obligation_beneficiary`);
  }
}

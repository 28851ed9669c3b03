import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { NoticeKind } from '../domain/contracts';
import type { GoverningContract } from '../rules/citation';
import { noticeClocks } from '../rules/notice-clocks';
import { noticeClockDates } from '../rules/notice-state';

/**
 * The clock a notice starts and its fixed dates (rules/notice-state.ts), stored when the
 * notice is recorded, so that where a notice stands (cure running, termination right
 * available, window running, …) is judged in SQL and a filtered list pages exactly. The dates
 * come from the notice-clock rule (working days, holidays: TIC 13.4; PRC Civil Code Art. 203);
 * the notices recorded before this migration get theirs here, from the same rule.
 */
export class AddNoticeClockDates1763900700000 implements MigrationInterface {
  name = 'AddNoticeClockDates1763900700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notice
        ADD COLUMN clock text CHECK (clock IN ('CURE', 'NEGOTIATION', 'EVIDENCE')),
        ADD COLUMN termination_from date,
        ADD COLUMN window_ends_on date,
        ADD COLUMN evidence_due_on date`);
    // A contract's notices follow its own clauses (TIC, JVC) or those of the contract it is
    // an appendix to.
    const notices: Array<{
      id: string;
      kind: NoticeKind;
      sent_on: string;
      deemed_received_on: string | null;
      governing: GoverningContract | null;
    }> = await q.query(`
      SELECT n.id, n.kind, n.sent_on::text, n.deemed_received_on::text,
             CASE WHEN c.code IN ('TIC', 'JVC') THEN c.code
                  WHEN p.code IN ('TIC', 'JVC') THEN p.code END AS governing
        FROM notice n JOIN contract c ON c.id = n.contract_id
        LEFT JOIN contract p ON p.id = c.parent_id
       WHERE n.sent_on IS NOT NULL`);
    for (const notice of notices) {
      if (!notice.governing) continue;
      const clocks = noticeClocks({
        governingContract: notice.governing,
        kind: notice.kind,
        sentOn: notice.sent_on,
        deemedReceivedOn: notice.deemed_received_on,
        acceptedCureOn: null,
        continuationAgreedOn: null,
        asOf: notice.sent_on,
      });
      const dates = noticeClockDates({
        kind: notice.kind,
        governingContract: notice.governing,
        clocks,
      });
      await q.query(
        `UPDATE notice SET clock = $2, termination_from = $3, window_ends_on = $4,
           evidence_due_on = $5 WHERE id = $1`,
        [notice.id, dates.clock, dates.terminationFrom, dates.windowEndsOn, dates.evidenceDueOn],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notice
        DROP COLUMN clock, DROP COLUMN termination_from,
        DROP COLUMN window_ends_on, DROP COLUMN evidence_due_on`);
  }
}

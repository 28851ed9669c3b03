import type { EntityManager } from 'typeorm';
import type { ExportDecision } from '../../rules/export/decision';

/**
 * Keeps a check's current decision (after the reviews of its matches) beside the append-only
 * check, in the transaction that changed it, so lists filter and count by it in SQL.
 */
export async function recordCurrentDecision(
  manager: EntityManager,
  checkId: string,
  decision: ExportDecision,
): Promise<void> {
  await manager.query(
    `INSERT INTO export_check_decision (check_id, decision) VALUES ($1, $2)
     ON CONFLICT (check_id) DO UPDATE SET decision = EXCLUDED.decision, decided_at = now()`,
    [checkId, decision],
  );
}

/** The current decision of the check aliased `c`, in SQL (its run-time one if none is kept). */
export const CURRENT_DECISION_SQL = `coalesce((SELECT d.decision FROM export_check_decision d
  WHERE d.check_id = c.id), c.decision)`;

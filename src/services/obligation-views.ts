import type { EntityManager } from 'typeorm';
import type { EventKind, ObligationStatus } from '../domain/contracts';
import type { ObligationEntity } from '../entities';
import { obligationStatusOn } from '../rules/obligation-status';

/**
 * The status as of `:asOf`, in SQL: the rule of rules/obligation-status.ts (LAPSED options,
 * SUSPENDED conditional duties, MISSED overdue duties), so filters and pages agree with what
 * is shown. Never stored.
 */
export const STATUS_SQL = `CASE
  WHEN o.status <> 'OPEN' OR o.due_on IS NULL THEN o.status
  WHEN o.nature = 'OPTION' THEN
    CASE WHEN o.due_on < CAST(:asOf AS date) THEN 'LAPSED' ELSE 'OPEN' END
  WHEN o.condition_event_kind IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM contract_event ce
     WHERE ce.contract_id = o.contract_id AND ce.kind = o.condition_event_kind
       AND ce.occurred_on <= CAST(:asOf AS date)) THEN 'SUSPENDED'
  WHEN o.due_on < CAST(:asOf AS date) THEN 'MISSED'
  ELSE 'OPEN' END`;

/**
 * Where a recorded performance stands, in SQL, the same rule as rules/beneficiary-standing.ts:
 * null until performed; DISPUTED once a beneficiary disputes it; ACKNOWLEDGED once every
 * beneficiary has acknowledged or waived it and at least one acknowledged; else UNREVIEWED.
 */
export const PERFORMANCE_SQL = `CASE
  WHEN o.status <> 'MET' THEN NULL
  WHEN EXISTS (SELECT 1 FROM obligation_beneficiary ob
                WHERE ob.obligation_id = o.id AND ob.performance_verdict = 'DISPUTED') THEN 'DISPUTED'
  WHEN cardinality(o.beneficiary_parties) > 0
   AND NOT EXISTS (SELECT 1 FROM unnest(o.beneficiary_parties) AS b(party)
                    WHERE NOT EXISTS (SELECT 1 FROM obligation_beneficiary ob
                                       WHERE ob.obligation_id = o.id AND ob.party_code = b.party
                                         AND (ob.waived_by IS NOT NULL
                                              OR ob.performance_verdict = 'ACKNOWLEDGED')))
   AND EXISTS (SELECT 1 FROM obligation_beneficiary ob
                WHERE ob.obligation_id = o.id AND ob.performance_verdict = 'ACKNOWLEDGED'
                  AND ob.waived_by IS NULL) THEN 'ACKNOWLEDGED'
  ELSE 'UNREVIEWED' END`;

/** An obligation as shown: its status judged as of a date. */
export type ObligationView = Omit<ObligationEntity, 'status'> & { status: ObligationStatus };

/**
 * Judges the status of loaded rows as of a date (rules/obligation-status.ts), with one query
 * for the condition events (TIC 4.1) of the rows that have one.
 */
export async function withStatuses<E extends { node: ObligationEntity }>(
  manager: Pick<EntityManager, 'query'>,
  edges: E[],
  asOf: string,
): Promise<Array<Omit<E, 'node'> & { node: ObligationView }>> {
  const conditional = edges.filter((e) => e.node.conditionEventKind !== null);
  const met = new Map<string, string>();
  if (conditional.length > 0) {
    const rows: Array<{ contract_id: string; kind: EventKind; on: string }> = await manager.query(
      `SELECT contract_id, kind, min(occurred_on)::text AS on FROM contract_event
        WHERE contract_id = ANY($1::uuid[]) AND kind = ANY($2::text[])
        GROUP BY contract_id, kind`,
      [
        [...new Set(conditional.map((e) => e.node.contractId))],
        [...new Set(conditional.map((e) => e.node.conditionEventKind!))],
      ],
    );
    for (const row of rows) met.set(`${row.contract_id}/${row.kind}`, row.on);
  }
  return edges.map((edge) => ({
    ...edge,
    node: {
      ...edge.node,
      status: obligationStatusOn({
        status: edge.node.status,
        nature: edge.node.nature,
        dueOn: edge.node.dueOn,
        hasCondition: edge.node.conditionEventKind !== null,
        conditionMetOn:
          met.get(`${edge.node.contractId}/${edge.node.conditionEventKind ?? ''}`) ?? null,
        asOf,
      }),
    },
  }));
}

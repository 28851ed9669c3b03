import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { visibleQuery } from '../../auth/visibility';
import type { ExportDataset } from '../../domain/desk';
import { AuditEventEntity, ContractEntity, UserEntity } from '../../entities';
import type { Period } from '../../rules/desk/report-period';
import { CURRENT_DECISION_SQL } from '../export/export-check-decision';
import { scopedChecks } from '../export/export-check-queries.service';
import { NOTICE_STATE_SQL } from '../notice-list';
import { STATUS_SQL } from '../obligation-views';
import { filteredObligations } from '../obligation.service';

/** One column of an export: its header and its SQL (over the dataset's aliases). */
type Column = readonly [name: string, sql: string];

/** ISO 8601 in UTC, so a file reads the same whatever the server's time zone. */
const instant = (sql: string) =>
  `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The instants of a period of the contracts' calendar days (Asia/Shanghai, services/clock.ts):
 * from the start of its first day to the start of the day after its last — a range an index
 * on the timestamp serves.
 */
const withinDays = (column: string) =>
  `${column} >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Asia/Shanghai')
   AND ${column} < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;

const OBLIGATION_COLUMNS: readonly Column[] = [
  ['id', 'o.id'],
  ['contract', 'c.code'],
  ['code', 'o.code'],
  ['article', 'o.article'],
  ['description', 'o.description'],
  ['obligor', 'o.obligor_party'],
  ['beneficiaries', 'o.beneficiary_parties'],
  ['period', 'o.period_label'],
  ['due_on', 'o.due_on::text'],
  ['status', `(${STATUS_SQL})`],
  ['status_as_of', 'CAST(:asOf AS date)::text'],
  ['met_on', 'o.met_on::text'],
];

const NOTICE_COLUMNS: readonly Column[] = [
  ['id', 'n.id'],
  ['contract', 'c.code'],
  ['kind', 'n.kind'],
  ['sender', 'n.sender_party'],
  ['recipients', 'n.recipient_parties'],
  ['method', 'n.method'],
  ['subject', 'n.subject'],
  ['sent_on', 'n.sent_on::text'],
  ['deemed_received_on', 'n.deemed_received_on::text'],
  ['clock', 'n.clock'],
  ['state', NOTICE_STATE_SQL],
  ['state_as_of', 'CAST(:asOf AS date)::text'],
  ['termination_from', 'n.termination_from::text'],
  ['window_ends_on', 'n.window_ends_on::text'],
  ['evidence_due_on', 'n.evidence_due_on::text'],
  ['cured_on', 'n.cured_on::text'],
];

const CHECK_COLUMNS: readonly Column[] = [
  ['id', 'c.id'],
  ['run_at', instant('c.run_at')],
  ['run_party', 'c.run_party'],
  ['release_kind', 'c.release_kind'],
  ['destination', 'c.destination'],
  ['involves_technology', 'c.involves_technology'],
  ['decision_at_run', 'c.decision'],
  ['decision', CURRENT_DECISION_SQL],
  [
    'reviews',
    `coalesce((SELECT json_agg(json_build_object('match', r.match_key, 'outcome', r.outcome,
        'reason', r.reason, 'reviewedAt', ${instant('r.reviewed_at')}) ORDER BY r.reviewed_at, r.id)
      FROM screening_review r WHERE r.check_id = c.id), '[]'::json)`,
  ],
];

const AUDIT_COLUMNS: readonly Column[] = [
  ['id', 'e.id'],
  ['occurred_at', instant('e.occurred_at')],
  ['actor', 'u.email'],
  ['actor_party', 'e.actor_party'],
  ['operation', 'e.operation'],
  ['entity', 'e.entity'],
  ['entity_id', 'e.entity_id'],
  ['before', 'e.before'],
  ['after', 'e.after'],
];

/**
 * The obligations the caller's party may see falling due in the period (`o`, their contract
 * `c`), their statuses as of today: the `obligations` list's own query.
 */
export async function obligationsDueIn(ctx: SignedInContext, period: Pick<Period, 'from' | 'to'>) {
  const { query } = await filteredObligations(ctx, {
    asOf: ctx.today,
    dueFrom: period.from,
    dueTo: period.to,
  });
  return query.innerJoin(ContractEntity, 'c', 'c.id = o.contract_id');
}

/** The notices the caller's party may see sent in the period, their states as of today (`n`). */
export function noticesSentIn(ctx: SignedInContext, period: Pick<Period, 'from' | 'to'>) {
  return visibleQuery(ctx.db.manager, 'Notice', 'n', ctx.user.party)
    .setParameter('asOf', ctx.today)
    .andWhere('n.sent_on BETWEEN CAST(:from AS date) AND CAST(:to AS date)', {
      from: period.from,
      to: period.to,
    });
}

/** The export checks the caller's party may see run in the period (`c`). */
export function checksRunIn(ctx: SignedInContext, period: Pick<Period, 'from' | 'to'>) {
  return scopedChecks(ctx, ctx.db.manager).andWhere(withinDays('c.run_at'), {
    from: period.from,
    to: period.to,
  });
}

export interface DatasetQuery {
  sql: string;
  parameters: unknown[];
  columns: string[];
}

function shaped<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: readonly Column[],
  order: readonly string[],
): DatasetQuery {
  query.select(columns[0][1], columns[0][0]);
  for (const [name, sql] of columns.slice(1)) query.addSelect(sql, name);
  query.orderBy(order[0], 'ASC');
  for (const column of order.slice(1)) query.addOrderBy(column, 'ASC');
  const [sql, parameters] = query.getQueryAndParameters();
  return { sql, parameters, columns: columns.map(([name]) => name) };
}

/**
 * The SQL of one export over the caller's scope: the same visibility predicates and status
 * expressions as the GraphQL lists (auth/visibility.ts), selected for one period. Statuses are
 * judged as of the day the file is made (`status_as_of`).
 * - obligations: those falling due in the period, met, missed or open;
 * - notices: those sent in the period, with their clocks;
 * - export checks: those run in the period, with the current decision and every review;
 * - audit events: what the party's own users did in the period (as `auditEvents`).
 */
export async function datasetQuery(
  ctx: SignedInContext,
  dataset: ExportDataset,
  period: Period,
): Promise<DatasetQuery> {
  const range = { from: period.from, to: period.to };
  switch (dataset) {
    case 'obligations': {
      const query = await obligationsDueIn(ctx, period);
      return shaped(query, OBLIGATION_COLUMNS, ['o.due_on', 'o.id']);
    }
    case 'notices': {
      const query = noticesSentIn(ctx, period).innerJoin(
        ContractEntity,
        'c',
        'c.id = n.contract_id',
      );
      return shaped(query, NOTICE_COLUMNS, ['n.sent_on', 'n.id']);
    }
    case 'export-checks': {
      const query = checksRunIn(ctx, period);
      return shaped(query, CHECK_COLUMNS, ['c.run_at', 'c.id']);
    }
    case 'audit-events': {
      const query = ctx.db
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .leftJoin(UserEntity, 'u', 'u.id = e.actor_user_id')
        .where('e.actor_party = :party', { party: ctx.user.party })
        .andWhere(withinDays('e.occurred_at'), range);
      return shaped(query, AUDIT_COLUMNS, ['e.id']);
    }
  }
}

import type { SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import { visibleQuery } from '../auth/visibility';
import type { NoticeKind, NoticeState } from '../domain/contracts';
import type { NoticeGroupField, NoticeOrderField } from '../domain/ordering';
import type { NoticeEntity } from '../entities';
import { assertIsoDate } from '../rules/iso-date';
import { groupedCounts } from './grouped-counts';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from './pagination';

export interface NoticeFilter {
  contractId?: string | null;
  kind?: NoticeKind | null;
  /** Where the notice stands as of `asOf` (rules/notice-state.ts). */
  state?: NoticeState | null;
  asOf?: string | null;
}

/**
 * Where a notice stands as of `:asOf`, in SQL over the clock dates stored with it: the rule of
 * rules/notice-state.ts, line for line (its unit tests hold the two to the notice-clock rule,
 * and the e2e tests hold this to it), so filtered pages and counts are exact.
 */
export const NOTICE_STATE_SQL = `(CASE n.clock
  WHEN 'CURE' THEN CASE
    WHEN n.cured_on IS NOT NULL AND n.cured_on <= CAST(:asOf AS date) THEN 'SETTLED'
    WHEN n.deemed_received_on IS NULL OR n.deemed_received_on > CAST(:asOf AS date)
      OR n.termination_from IS NULL THEN 'OPEN'
    WHEN CAST(:asOf AS date) >= n.termination_from THEN 'TERMINATION_RIGHT_AVAILABLE'
    ELSE 'CURE_RUNNING' END
  WHEN 'NEGOTIATION' THEN CASE
    WHEN n.continuation_agreed_on IS NOT NULL THEN 'SETTLED'
    WHEN n.deemed_received_on IS NULL OR n.deemed_received_on > CAST(:asOf AS date)
      OR n.window_ends_on IS NULL THEN 'OPEN'
    WHEN CAST(:asOf AS date) > n.window_ends_on THEN 'TERMINATION_RIGHT_AVAILABLE'
    ELSE 'WINDOW_RUNNING' END
  WHEN 'EVIDENCE' THEN CASE
    WHEN n.evidence_due_on IS NOT NULL AND CAST(:asOf AS date) <= n.evidence_due_on THEN 'OPEN'
    ELSE 'SETTLED' END
  ELSE 'SETTLED' END)`;

/** The visible notices that pass a filter: one query shape for the list and the counts. */
function filteredNotices(
  ctx: SignedInContext,
  filter: NoticeFilter,
): SelectQueryBuilder<NoticeEntity> {
  const asOf = filter.asOf
    ? assertIsoDate({ field: 'filter.asOf', value: filter.asOf })
    : ctx.today;
  const query = visibleQuery(ctx.db.manager, 'Notice', 'n', ctx.user.party).setParameter(
    'asOf',
    asOf,
  );
  if (filter.contractId) {
    query.andWhere('n.contract_id = :contractId', { contractId: filter.contractId });
  }
  if (filter.kind) query.andWhere('n.kind = :kind', { kind: filter.kind });
  if (filter.state) query.andWhere(`${NOTICE_STATE_SQL} = :state`, { state: filter.state });
  return query;
}

// Timestamps compare at the millisecond a cursor can carry (JavaScript dates).
const NOTICE_ORDER: Record<NoticeOrderField, SortKey<NoticeEntity>> = {
  SENT_AT: {
    column: `date_trunc('milliseconds', n.sent_at)`,
    valueOf: (n) => n.sentAt.toISOString(),
  },
  DEEMED_RECEIVED_ON: {
    column: `coalesce(n.deemed_received_on, 'infinity'::date)`,
    valueOf: (n) => n.deemedReceivedOn ?? 'infinity',
  },
  KIND: { column: 'n.kind', valueOf: (n) => n.kind },
};

/** Notices of the contracts the caller's party is party to, newest first by default. */
export function listNotices(
  ctx: SignedInContext,
  filter: NoticeFilter,
  page: PageRequest,
  orderBy?: OrderRequest<NoticeOrderField> | null,
): Promise<Page<NoticeEntity>> {
  return paginate(
    filteredNotices(ctx, filter),
    page,
    keysetOrder(
      NOTICE_ORDER,
      { column: 'n.id', valueOf: (n) => n.id },
      orderBy ?? { field: 'SENT_AT', direction: 'DESC' },
    ),
  );
}

const GROUP_COLUMNS: Record<NoticeGroupField, string> = {
  STATE: NOTICE_STATE_SQL,
  KIND: 'n.kind',
  CONTRACT: 'n.contract_id',
};

export interface NoticeCount {
  state: NoticeState | null;
  kind: NoticeKind | null;
  contractId: string | null;
  count: number;
}

/** How many of the notices `notices(filter)` lists fall in each group, counted in SQL. */
export async function countNotices(
  ctx: SignedInContext,
  filter: NoticeFilter,
  groupBy: readonly NoticeGroupField[],
): Promise<NoticeCount[]> {
  const rows = await groupedCounts(filteredNotices(ctx, filter), GROUP_COLUMNS, groupBy);
  return rows.map((row) => ({
    state: (row.STATE ?? null) as NoticeState | null,
    kind: (row.KIND ?? null) as NoticeKind | null,
    contractId: row.CONTRACT ?? null,
    count: row.count,
  }));
}

import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { ExportCheckEntity, ScreeningReviewEntity } from '../../entities';
import { findVisible, visibleQuery } from '../../auth/visibility';
import { decideCheck } from '../../rules/export/evaluation';
import type { ExportCheckGroupField, ExportCheckOrderField } from '../../domain/ordering';
import { groupedCounts } from '../grouped-counts';
import {
  keysetOrder,
  mapPage,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from '../pagination';
import { CURRENT_DECISION_SQL } from './export-check-decision';
import type { CheckView } from './export-check.service';

/** Reading checks: row scoping, one check with its reviews, the list (keyset pages). */

export async function viewOf(manager: EntityManager, check: ExportCheckEntity): Promise<CheckView> {
  const reviews = await manager.getRepository(ScreeningReviewEntity).find({
    where: { checkId: check.id },
    order: { reviewedAt: 'ASC' },
  });
  return { check, reviews, outcome: decideCheck({ evaluation: check.evaluation, reviews }) };
}

/** Row scoping for checks (auth/visibility.ts): who ran it, and Valence for its Technology. */
export function scopedChecks(ctx: SignedInContext, manager: EntityManager) {
  return visibleQuery(manager, 'ExportCheck', 'c', ctx.user.party);
}

export function visibleCheck(
  ctx: SignedInContext,
  manager: EntityManager,
  id: string,
): Promise<ExportCheckEntity> {
  return findVisible(ctx, manager, 'ExportCheck', id);
}

export async function getExportCheck(ctx: SignedInContext, id: string): Promise<CheckView> {
  return viewOf(ctx.db.manager, await visibleCheck(ctx, ctx.db.manager, id));
}

export interface ExportCheckFilter {
  destination?: string | null;
  /** The current decision, after the reviews of the check's matches. */
  decision?: string | null;
  /** Only the checks whose current decision waits for a reviewer (NEEDS_REVIEW), or not. */
  needsReview?: boolean | null;
  from?: Date | null;
  to?: Date | null;
}

/** The visible checks that pass a filter: one query shape for the list and the counts. */
function filteredChecks(ctx: SignedInContext, filter: ExportCheckFilter) {
  const query = scopedChecks(ctx, ctx.db.manager);
  if (filter.destination)
    query.andWhere('c.destination = :destination', {
      destination: filter.destination.toUpperCase(),
    });
  if (filter.decision) {
    query.andWhere(`${CURRENT_DECISION_SQL} = :decision`, { decision: filter.decision });
  }
  if (filter.needsReview != null) {
    query.andWhere(
      filter.needsReview
        ? `${CURRENT_DECISION_SQL} = 'NEEDS_REVIEW'`
        : `${CURRENT_DECISION_SQL} <> 'NEEDS_REVIEW'`,
    );
  }
  if (filter.from) query.andWhere('c.run_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('c.run_at <= :to', { to: filter.to });
  return query;
}

// Timestamps compare at the millisecond a cursor can carry (JavaScript dates).
const CHECK_ORDER: Record<ExportCheckOrderField, SortKey<ExportCheckEntity>> = {
  RUN_AT: {
    column: `date_trunc('milliseconds', c.run_at)`,
    valueOf: (c) => c.runAt.toISOString(),
  },
  DESTINATION: { column: 'c.destination', valueOf: (c) => c.destination },
  // The decision at run time: the current one is not a column of the check.
  DECISION: { column: 'c.decision', valueOf: (c) => c.decision },
};

/** The checks the caller may see, newest first unless asked otherwise. */
export async function listExportChecks(
  ctx: SignedInContext,
  filter: ExportCheckFilter,
  page: PageRequest,
  orderBy?: OrderRequest<ExportCheckOrderField> | null,
): Promise<Page<CheckView>> {
  const result = await paginate(
    filteredChecks(ctx, filter),
    page,
    keysetOrder(
      CHECK_ORDER,
      { column: 'c.id', valueOf: (c) => c.id },
      orderBy ?? { field: 'RUN_AT', direction: 'DESC' },
    ),
  );
  const ids = result.edges.map((e) => e.node.id);
  const reviews = ids.length
    ? await ctx.db
        .getRepository(ScreeningReviewEntity)
        .createQueryBuilder('r')
        .where('r.check_id IN (:...ids)', { ids })
        .getMany()
    : [];
  return mapPage(result, (node) => {
    const own = reviews.filter((r) => r.checkId === node.id);
    return {
      check: node,
      reviews: own,
      outcome: decideCheck({ evaluation: node.evaluation, reviews: own }),
    };
  });
}

const GROUP_COLUMNS: Record<ExportCheckGroupField, string> = {
  DECISION: CURRENT_DECISION_SQL,
  DESTINATION: 'c.destination',
  RUN_PARTY: 'c.run_party',
};

export interface ExportCheckCount {
  decision: string | null;
  destination: string | null;
  runParty: string | null;
  count: number;
}

/** How many of the checks `exportChecks(filter)` lists fall in each group, counted in SQL. */
export async function countExportChecks(
  ctx: SignedInContext,
  filter: ExportCheckFilter,
  groupBy: readonly ExportCheckGroupField[],
): Promise<ExportCheckCount[]> {
  const rows = await groupedCounts(filteredChecks(ctx, filter), GROUP_COLUMNS, groupBy);
  return rows.map((row) => ({
    decision: row.DECISION ?? null,
    destination: row.DESTINATION ?? null,
    runParty: row.RUN_PARTY ?? null,
    count: row.count,
  }));
}

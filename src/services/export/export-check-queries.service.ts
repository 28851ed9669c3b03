import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { ExportCheckEntity, ScreeningReviewEntity } from '../../entities';
import { findVisible, visibleQuery } from '../../auth/visibility';
import { decideCheck } from '../../rules/export/evaluation';
import { mapPage, paginate, type Page, type PageRequest } from '../pagination';
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
  decision?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The checks the caller may see, newest first (the stored decision, before reviews). */
export async function listExportChecks(
  ctx: SignedInContext,
  filter: ExportCheckFilter,
  page: PageRequest,
): Promise<Page<CheckView>> {
  const query = scopedChecks(ctx, ctx.db.manager);
  if (filter.destination)
    query.andWhere('c.destination = :destination', {
      destination: filter.destination.toUpperCase(),
    });
  if (filter.decision) query.andWhere('c.decision = :decision', { decision: filter.decision });
  if (filter.from) query.andWhere('c.run_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('c.run_at <= :to', { to: filter.to });
  const result = await paginate(query, page, {
    column: ['c.run_at', 'c.id'],
    direction: 'DESC',
    valueOf: (c) => [c.runAt.toISOString(), c.id],
  });
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

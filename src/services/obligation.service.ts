import type { SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import type { ObligationStatus } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { ObligationEntity } from '../entities';
import { assertMay } from '../auth/row-policy';
import { BadInputError, ConflictError } from '../errors';
import { addOffset } from '../rules/calendar';
import { assertIsoDate } from '../rules/iso-date';
import { mapPage, paginate, type Page, type PageRequest } from './pagination';
import { findVisible, whereVisible } from '../auth/visibility';
import { mutate } from './transaction';

export interface ObligationFilter {
  contractId?: string | null;
  status?: ObligationStatus | null;
  /** Obligations this party owes. */
  obligor?: PartyCode | null;
  /** Obligations owed to this party. */
  beneficiary?: PartyCode | null;
  dueFrom?: string | null;
  dueTo?: string | null;
  /** Include standing obligations that wait for their triggering event (no due date yet). */
  includeUndated?: boolean | null;
  asOf?: string | null;
}

/**
 * MISSED is never stored: an OPEN obligation is missed once its due date has passed. The
 * status is computed in SQL, so filters and pages agree with what is shown.
 */
export const STATUS_SQL = `CASE WHEN o.status = 'OPEN' AND o.due_on < CAST(:asOf AS date) THEN 'MISSED' ELSE o.status END`;

function baseQuery(ctx: SignedInContext, asOf: string): SelectQueryBuilder<ObligationEntity> {
  const query = ctx.db
    .getRepository(ObligationEntity)
    .createQueryBuilder('o')
    .setParameter('asOf', asOf);
  return whereVisible(query, 'Obligation', 'o', ctx.user.party);
}

/** An obligation as shown: its status judged as of a date (MISSED once overdue). */
export type ObligationView = Omit<ObligationEntity, 'status'> & { status: ObligationStatus };

function asView(obligation: ObligationEntity, asOf: string): ObligationView {
  return { ...obligation, status: effectiveStatus(obligation, asOf) };
}

/** Obligations of the contracts the caller's party is party to, by due date. */
export async function listObligations(
  ctx: SignedInContext,
  filter: ObligationFilter,
  page: PageRequest,
): Promise<Page<ObligationView>> {
  const asOf = filter.asOf
    ? assertIsoDate({ field: 'filter.asOf', value: filter.asOf })
    : ctx.today;
  const query = baseQuery(ctx, asOf);
  if (filter.contractId)
    query.andWhere('o.contract_id = :contractId', { contractId: filter.contractId });
  if (filter.status) query.andWhere(`${STATUS_SQL} = :status`, { status: filter.status });
  if (filter.obligor) query.andWhere('o.obligor_party = :obligor', { obligor: filter.obligor });
  if (filter.beneficiary) {
    query.andWhere(':beneficiary = ANY(o.beneficiary_parties)', {
      beneficiary: filter.beneficiary,
    });
  }
  if (filter.dueFrom) {
    query.andWhere('o.due_on >= :dueFrom', {
      dueFrom: assertIsoDate({ field: 'filter.dueFrom', value: filter.dueFrom }),
    });
  }
  if (filter.dueTo) {
    query.andWhere('o.due_on <= :dueTo', {
      dueTo: assertIsoDate({ field: 'filter.dueTo', value: filter.dueTo }),
    });
  }
  if (!filter.includeUndated) query.andWhere('o.due_on IS NOT NULL');
  const result = await paginate(query, page, {
    column: [`coalesce(o.due_on, 'infinity'::date)`, 'o.id'],
    direction: 'ASC',
    valueOf: (o) => [o.dueOn ?? 'infinity', o.id],
  });
  return mapPage(result, (node) => asView(node, asOf));
}

/**
 * A party's dashboard: what it owes or is owed that falls due within `withinDays` of
 * `asOf` (default today), soonest first; with `includeOverdue`, also what is already missed.
 */
export async function upcomingDeadlines(
  ctx: SignedInContext,
  input: {
    withinDays: number;
    asOf?: string | null;
    includeOverdue?: boolean | null;
    first: number;
  },
): Promise<ObligationView[]> {
  if (!Number.isInteger(input.first) || input.first < 1 || input.first > 100) {
    throw new BadInputError('first', 'must be an integer from 1 to 100');
  }
  if (!Number.isInteger(input.withinDays) || input.withinDays < 0 || input.withinDays > 3660) {
    throw new BadInputError('within', 'must be a whole number of days from 0 to 3660');
  }
  const asOf = input.asOf ? assertIsoDate({ field: 'asOf', value: input.asOf }) : ctx.today;
  const until = addOffset({ from: asOf, offset: { days: input.withinDays } });
  const query = baseQuery(ctx, asOf)
    .andWhere(`o.status = 'OPEN'`)
    .andWhere('(o.obligor_party = :party OR :party = ANY(o.beneficiary_parties))', {
      party: ctx.user.party,
    })
    .andWhere('o.due_on <= :until', { until })
    .orderBy('o.due_on', 'ASC')
    .addOrderBy('o.code', 'ASC')
    .take(input.first);
  if (!input.includeOverdue) query.andWhere('o.due_on >= :asOf');
  return (await query.getMany()).map((obligation) => asView(obligation, asOf));
}

/** The status as of a date, for one loaded row (the same rule as STATUS_SQL). */
export function effectiveStatus(obligation: ObligationEntity, asOf: string): ObligationStatus {
  return obligation.status === 'OPEN' && obligation.dueOn !== null && obligation.dueOn < asOf
    ? 'MISSED'
    : obligation.status;
}

/**
 * Records that an obligation was performed, with the evidence and date. Either side may
 * record performance; the obligation must be dated (its clock started) and still open.
 */
export function markObligationMet(
  ctx: SignedInContext,
  input: { obligationId: string; metOn: string; evidence: string },
): Promise<ObligationEntity> {
  return mutate(ctx, async (manager) => {
    const obligation = await lockVisibleObligation(ctx, manager, input.obligationId);
    const metOn = assertIsoDate({ field: 'metOn', value: input.metOn });
    if (metOn > ctx.today) throw new BadInputError('metOn', 'cannot be in the future');
    assertMay(ctx, 'obligation.recordPerformance', obligation);
    if (obligation.status !== 'OPEN') {
      throw new ConflictError(`The obligation is already ${obligation.status}`);
    }
    if (obligation.dueOn === null) {
      throw new ConflictError(
        'The obligation is not due yet: its triggering event is not recorded',
        obligation.article,
      );
    }
    const after = { ...obligation, status: 'MET' as const, metOn, evidence: input.evidence };
    await manager
      .getRepository(ObligationEntity)
      .update({ id: obligation.id }, { status: 'MET', metOn, evidence: input.evidence });
    return {
      result: after,
      audit: {
        operation: 'markObligationMet',
        entity: 'Obligation',
        entityId: obligation.id,
        before: obligation,
        after,
      },
    };
  });
}

/**
 * Waives an obligation. Only the party it is owed to may give up its right, and only
 * expressly: a failure to enforce is never a waiver (TIC 13.7; JVC Art. 120).
 */
export function waiveObligation(
  ctx: SignedInContext,
  input: { obligationId: string; reason: string },
): Promise<ObligationEntity> {
  return mutate(ctx, async (manager) => {
    const obligation = await lockVisibleObligation(ctx, manager, input.obligationId);
    assertMay(ctx, 'obligation.waive', obligation);
    if (obligation.status !== 'OPEN') {
      throw new ConflictError(`The obligation is already ${obligation.status}`);
    }
    if (obligation.dueOn === null) {
      // A standing obligation (each invoice's payment, each notice's cure) is not waived as a
      // whole: a waiver concerns one dated occasion.
      throw new ConflictError('Only a dated obligation can be waived', obligation.article);
    }
    const after = {
      ...obligation,
      status: 'WAIVED' as const,
      waivedBy: ctx.user.id,
      waiverReason: input.reason,
    };
    await manager
      .getRepository(ObligationEntity)
      .update(
        { id: obligation.id },
        { status: 'WAIVED', waivedBy: ctx.user.id, waiverReason: input.reason },
      );
    return {
      result: after,
      audit: {
        operation: 'waiveObligation',
        entity: 'Obligation',
        entityId: obligation.id,
        before: obligation,
        after,
      },
    };
  });
}

function lockVisibleObligation(
  ctx: SignedInContext,
  manager: Parameters<Parameters<typeof mutate>[1]>[0],
  id: string,
): Promise<ObligationEntity> {
  return findVisible(ctx, manager, 'Obligation', id, { lock: true });
}

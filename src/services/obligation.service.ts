import type { SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import type { ObligationStatus, PerformanceStatus } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { ObligationEntity } from '../entities';
import { BadInputError } from '../errors';
import { addOffset } from '../rules/calendar';
import { assertIsoDate } from '../rules/iso-date';
import { visibleQuery } from '../auth/visibility';
import type { ObligationOrderField } from '../domain/ordering';
import {
  keysetOrder,
  mapPage,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from './pagination';
import { PERFORMANCE_SQL, STATUS_SQL, withStatuses, type ObligationView } from './obligation-views';
import { materialiseRecurring } from './recurring-instances';

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
  /** Obligations still owed to this party: a beneficiary that has not waived it. */
  owedTo?: PartyCode | null;
  /** Where a recorded performance stands with the beneficiaries (a disputed one: DISPUTED). */
  performance?: PerformanceStatus | null;
}

const OBLIGATION_ORDER: Record<ObligationOrderField, SortKey<ObligationEntity>> = {
  DUE_ON: {
    column: `coalesce(o.due_on, 'infinity'::date)`,
    valueOf: (o) => o.dueOn ?? 'infinity',
  },
  CODE: { column: 'o.code', valueOf: (o) => o.code },
  ARTICLE: { column: 'o.article', valueOf: (o) => o.article },
};

function baseQuery(ctx: SignedInContext, asOf: string): SelectQueryBuilder<ObligationEntity> {
  return visibleQuery(ctx.db, 'Obligation', 'o', ctx.user.party).setParameter('asOf', asOf);
}

/**
 * Recurring obligations have an instance for every period up to the later of the as-of date
 * and today before any list is read (services/recurring-instances.ts).
 */
async function materialiseFor(ctx: SignedInContext, asOf: string): Promise<void> {
  await materialiseRecurring(ctx.db.manager, asOf > ctx.today ? asOf : ctx.today);
}

/**
 * The visible obligations that pass a filter, as of its date: one query shape for the list and
 * for the counts, so the two always agree.
 */
export async function filteredObligations(
  ctx: SignedInContext,
  filter: ObligationFilter,
): Promise<{ query: SelectQueryBuilder<ObligationEntity>; asOf: string }> {
  const asOf = filter.asOf
    ? assertIsoDate({ field: 'filter.asOf', value: filter.asOf })
    : ctx.today;
  await materialiseFor(ctx, asOf);
  const query = baseQuery(ctx, asOf);
  if (filter.owedTo) {
    query.andWhere(
      `:owedTo = ANY(o.beneficiary_parties) AND NOT EXISTS (SELECT 1 FROM obligation_beneficiary w
        WHERE w.obligation_id = o.id AND w.party_code = :owedTo AND w.waived_by IS NOT NULL)`,
      { owedTo: filter.owedTo },
    );
  }
  if (filter.performance) {
    query.andWhere(`${PERFORMANCE_SQL} = :performance`, { performance: filter.performance });
  }
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
  return { query, asOf };
}

/** Obligations of the contracts the caller's party is party to, by due date. */
export async function listObligations(
  ctx: SignedInContext,
  filter: ObligationFilter,
  page: PageRequest,
  orderBy?: OrderRequest<ObligationOrderField> | null,
): Promise<Page<ObligationView>> {
  const { query, asOf } = await filteredObligations(ctx, filter);
  const result = await paginate(
    query,
    page,
    keysetOrder(
      OBLIGATION_ORDER,
      { column: 'o.id', valueOf: (o) => o.id },
      orderBy ?? {
        field: 'DUE_ON',
        direction: 'ASC',
      },
    ),
  );
  return withPageStatuses(ctx, result, asOf);
}

/**
 * A party's dashboard: what it owes or is owed that falls due within `withinDays` of
 * `asOf` (default today), soonest first; with `includeOverdue`, also what is already missed.
 * A connection: a long list is paged and counted, never cut.
 */
export async function upcomingDeadlines(
  ctx: SignedInContext,
  input: {
    withinDays: number;
    asOf?: string | null;
    includeOverdue?: boolean | null;
  },
  page: PageRequest,
  orderBy?: OrderRequest<ObligationOrderField> | null,
): Promise<Page<ObligationView>> {
  if (!Number.isInteger(input.withinDays) || input.withinDays < 0 || input.withinDays > 3660) {
    throw new BadInputError('within', 'must be a whole number of days from 0 to 3660');
  }
  const asOf = input.asOf ? assertIsoDate({ field: 'asOf', value: input.asOf }) : ctx.today;
  const until = addOffset({ from: asOf, offset: { days: input.withinDays } });
  await materialiseFor(ctx, asOf);
  const query = baseQuery(ctx, asOf)
    .andWhere(`o.status = 'OPEN'`)
    .andWhere('(o.obligor_party = :party OR :party = ANY(o.beneficiary_parties))', {
      party: ctx.user.party,
    })
    .andWhere('o.due_on <= :until', { until });
  if (!input.includeOverdue) query.andWhere('o.due_on >= :asOf');
  return withPageStatuses(
    ctx,
    await paginate(
      query,
      page,
      keysetOrder(
        OBLIGATION_ORDER,
        { column: 'o.id', valueOf: (o) => o.id },
        orderBy ?? { field: 'DUE_ON', direction: 'ASC' },
      ),
    ),
    asOf,
  );
}

/** The status of each row on a page, judged with the events its conditions wait for. */
async function withPageStatuses(
  ctx: SignedInContext,
  result: Page<ObligationEntity>,
  asOf: string,
): Promise<Page<ObligationView>> {
  const viewed = new Map(
    (await withStatuses(ctx.db.manager, result.edges, asOf)).map((edge) => [
      edge.node.id,
      edge.node,
    ]),
  );
  return mapPage(result, (node) => viewed.get(node.id)!);
}

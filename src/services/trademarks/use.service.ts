import type { SignedInContext } from '../../auth/context';
import { raise } from '../../auth/refusal-error';
import { assertMay } from '../../auth/row-policy';
import { findVisible, visibleQuery } from '../../auth/visibility';
import {
  BATTERY_PRODUCTS,
  type TrademarkProduct,
  type TrademarkUseOrderField,
  type UseKind,
  type UseStatus,
} from '../../domain/trademarks';
import { TrademarkLicenceEntity, TrademarkUseEntity } from '../../entities';
import { BadInputError, ConflictError } from '../../errors';
import { assertIsoDate } from '../../rules/iso-date';
import { checkUseApprovable } from '../../rules/trademarks/use-approval';
import { keyedByRow } from '../idempotency';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from '../pagination';
import { mutate } from '../transaction';
import { ticEndAsOf } from './cessation.service';
import { validTerritory } from './licence.service';

export interface NewTrademarkUse {
  markId: string;
  product: TrademarkProduct;
  kind: UseKind;
  territory: string[];
  periodFrom: string;
  periodTo?: string | null;
  licenceId?: string | null;
  warrantyTerms?: string | null;
  idempotencyKey?: string | null;
}

/** The JV's LEGAL asks to use a Party's mark (JVC Art. 50). */
export function requestTrademarkUse(
  ctx: SignedInContext,
  input: NewTrademarkUse,
): Promise<TrademarkUseEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const mark = await findVisible(ctx, manager, 'Trademark', input.markId);
      assertMay(ctx, 'trademarkUse.request', { markOwner: mark.ownerParty });
      const periodFrom = assertIsoDate({ field: 'periodFrom', value: input.periodFrom });
      const periodTo = input.periodTo
        ? assertIsoDate({ field: 'periodTo', value: input.periodTo })
        : null;
      if (periodTo && periodTo < periodFrom) {
        throw new BadInputError('periodTo', 'must not be before periodFrom');
      }
      if (input.licenceId) await findVisible(ctx, manager, 'TrademarkLicence', input.licenceId);
      const values = {
        markId: mark.id,
        markOwner: mark.ownerParty,
        product: input.product,
        kind: input.kind,
        territory: validTerritory('territory', input.territory),
        periodFrom,
        periodTo,
        licenceId: input.licenceId ?? null,
        warrantyTerms: input.warrantyTerms?.trim() || null,
        status: 'REQUESTED' as UseStatus,
      };
      const repository = manager.getRepository(TrademarkUseEntity);
      const use = await repository.save(repository.create({ ...values, requestedBy: ctx.user.id }));
      return {
        result: use,
        audit: {
          operation: 'requestTrademarkUse',
          entity: 'TrademarkUse',
          entityId: use.id,
          before: null,
          after: values,
        },
      };
    },
    keyedByRow(ctx, 'requestTrademarkUse', input, 'TrademarkUse'),
  );
}

/**
 * The mark owner's LEGAL approves a requested use: only under a written licence in force that
 * covers it (JVC Art. 50), and for a battery carrying a Valence mark only with warranty terms
 * Valence approved (TIC 5.2) — the pure rule says which, with the article.
 */
export function approveTrademarkUse(
  ctx: SignedInContext,
  id: string,
  reason: string | null | undefined,
): Promise<TrademarkUseEntity> {
  return decide(ctx, id, 'APPROVED', reason?.trim() || null);
}

/** The mark owner's LEGAL rejects a requested use, saying why. */
export function rejectTrademarkUse(
  ctx: SignedInContext,
  id: string,
  reason: string,
): Promise<TrademarkUseEntity> {
  const why = reason.trim();
  if (why === '') throw new BadInputError('reason', 'say why the use is rejected');
  return decide(ctx, id, 'REJECTED', why);
}

function decide(
  ctx: SignedInContext,
  id: string,
  status: 'APPROVED' | 'REJECTED',
  reason: string | null,
): Promise<TrademarkUseEntity> {
  return mutate(ctx, async (manager) => {
    const use = await findVisible(ctx, manager, 'TrademarkUse', id, { lock: true });
    assertMay(ctx, 'trademarkUse.decide', use);
    if (use.status !== 'REQUESTED') {
      throw new ConflictError(`This use was already ${use.status.toLowerCase()}`);
    }
    if (status === 'APPROVED') {
      const licence = use.licenceId
        ? await manager.getRepository(TrademarkLicenceEntity).findOneBy({ id: use.licenceId })
        : null;
      const end = await ticEndAsOf(manager, ctx.today);
      const ruling = checkUseApprovable({
        use,
        licence,
        today: ctx.today,
        ticTerminatedOn: end?.by === 'TERMINATION' ? end.lastDay : null,
        ticExpiredOn: end?.by === 'EXPIRY' ? end.lastDay : null,
      });
      if (!ruling.ok) raise(ruling.refusal);
    }
    const change = { status, decisionReason: reason, decidedOn: ctx.today, decidedBy: ctx.user.id };
    await manager.getRepository(TrademarkUseEntity).update({ id }, change);
    return {
      result: { ...use, ...change },
      audit: {
        operation: status === 'APPROVED' ? 'approveTrademarkUse' : 'rejectTrademarkUse',
        entity: 'TrademarkUse',
        entityId: id,
        before: { status: use.status },
        after: { status, decisionReason: reason, decidedOn: ctx.today },
      },
    };
  });
}

/** Valence's LEGAL approves the warranty terms of a battery carrying a Valence mark (TIC 5.2). */
export function approveTrademarkWarrantyTerms(
  ctx: SignedInContext,
  id: string,
): Promise<TrademarkUseEntity> {
  return mutate(ctx, async (manager) => {
    const use = await findVisible(ctx, manager, 'TrademarkUse', id, { lock: true });
    assertMay(ctx, 'trademarkUse.approveWarranty', use);
    if (!BATTERY_PRODUCTS.includes(use.product)) {
      throw new BadInputError('id', `${use.product} is not a battery: TIC 5.2 covers batteries`);
    }
    if (!use.warrantyTerms) throw new BadInputError('id', 'the use states no warranty terms');
    if (use.warrantyApprovedOn) {
      throw new ConflictError(`The warranty terms were approved on ${use.warrantyApprovedOn}`);
    }
    const change = { warrantyApprovedOn: ctx.today, warrantyApprovedBy: ctx.user.id };
    await manager.getRepository(TrademarkUseEntity).update({ id }, change);
    return {
      result: { ...use, ...change },
      audit: {
        operation: 'approveTrademarkWarrantyTerms',
        entity: 'TrademarkUse',
        entityId: id,
        before: { warrantyApprovedOn: null },
        after: { warrantyApprovedOn: ctx.today, warrantyTerms: use.warrantyTerms },
      },
    };
  });
}

const USE_ORDER: Record<TrademarkUseOrderField, SortKey<TrademarkUseEntity>> = {
  REQUESTED_AT: {
    column: `date_trunc('milliseconds', u.requested_at)`,
    valueOf: (u) => u.requestedAt.toISOString(),
  },
  PERIOD_FROM: { column: 'u.period_from', valueOf: (u) => u.periodFrom },
};

export function listTrademarkUses(
  ctx: SignedInContext,
  filter: { status?: UseStatus | null; markId?: string | null },
  page: PageRequest,
  orderBy?: OrderRequest<TrademarkUseOrderField> | null,
): Promise<Page<TrademarkUseEntity>> {
  const query = visibleQuery(ctx.db.manager, 'TrademarkUse', 'u', ctx.user.party);
  if (filter.status) query.andWhere('u.status = :status', { status: filter.status });
  if (filter.markId) query.andWhere('u.mark_id = :markId', { markId: filter.markId });
  return paginate(
    query,
    page,
    keysetOrder(
      USE_ORDER,
      { column: 'u.id', valueOf: (u) => u.id },
      orderBy ?? { field: 'REQUESTED_AT', direction: 'DESC' },
    ),
  );
}

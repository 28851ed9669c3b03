import { visibleQuery } from '../../auth/visibility';
import type { SignedInContext } from '../../auth/context';
import { ItemClassificationEntity } from '../../entities';
import { ConflictError } from '../../errors';
import { assertEccn } from '../../rules/export/eccn';
import type { ClassificationOrderField } from '../../domain/ordering';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from '../pagination';
import { mutate } from '../transaction';
import { keyedByRow } from '../idempotency';

export type ItemKind = ItemClassificationEntity['itemKind'];

export interface NewClassification {
  itemKind: ItemKind;
  itemRef: string;
  description: string;
  eccn: string;
  rationale: string;
  /** Retries safely (services/idempotency.ts). */
  idempotencyKey?: string | null;
}

/**
 * Valence COMPLIANCE classifies an item on the Commerce Control List (an ECCN) or as EAR99,
 * with its rationale (TIC 4.1: Valence obtains the U.S. export approvals for what it delivers).
 * Reclassifying an item replaces its classification, and the audit trail keeps the old one.
 */
export function classifyItem(
  ctx: SignedInContext,
  input: NewClassification,
): Promise<ItemClassificationEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const eccn = assertEccn({ field: 'eccn', value: input.eccn });
      const repository = manager.getRepository(ItemClassificationEntity);
      const before = await repository.findOne({
        where: { itemKind: input.itemKind, itemRef: input.itemRef },
        lock: { mode: 'pessimistic_write' },
      });
      if (before && before.eccn === eccn && before.rationale === input.rationale) {
        throw new ConflictError(`${input.itemKind} ${input.itemRef} is already classified ${eccn}`);
      }
      const saved = await repository.save({
        ...(before ?? {}),
        itemKind: input.itemKind,
        itemRef: input.itemRef,
        description: input.description,
        eccn,
        rationale: input.rationale,
        classifiedBy: ctx.user.id,
        classifiedAt: new Date(),
      });
      return {
        result: saved,
        audit: {
          operation: before ? 'reclassifyItem' : 'classifyItem',
          entity: 'ItemClassification',
          entityId: saved.id,
          before: before ? { eccn: before.eccn, rationale: before.rationale } : null,
          after: {
            eccn: saved.eccn,
            rationale: saved.rationale,
            itemKind: saved.itemKind,
            itemRef: saved.itemRef,
          },
        },
      };
    },
    keyedByRow(ctx, 'classifyItem', input, 'ItemClassification'),
  );
}

/**
 * Classifications the caller may read: products for every party; the Technology, its
 * documents and confidential information only for Valence and the Licensee — Fengfan has no
 * rights to the Technology (TIC 2.8).
 */
export function listClassifications(
  ctx: SignedInContext,
  page: PageRequest,
  orderBy?: OrderRequest<ClassificationOrderField> | null,
): Promise<Page<ItemClassificationEntity>> {
  const query = visibleQuery(ctx.db.manager, 'ItemClassification', 'c', ctx.user.party);
  return paginate(
    query,
    page,
    keysetOrder(
      CLASSIFICATION_ORDER,
      { column: 'c.id', valueOf: (c) => c.id },
      orderBy ?? { field: 'ITEM', direction: 'ASC' },
    ),
  );
}

const CLASSIFICATION_ORDER: Record<ClassificationOrderField, SortKey<ItemClassificationEntity>> = {
  // The item as cited: its kind, then its reference.
  ITEM: {
    column: `c.item_kind || '/' || c.item_ref`,
    valueOf: (c) => `${c.itemKind}/${c.itemRef}`,
  },
  ECCN: { column: 'c.eccn', valueOf: (c) => c.eccn },
  // Timestamps compare at the millisecond a cursor can carry (JavaScript dates).
  CLASSIFIED_AT: {
    column: `date_trunc('milliseconds', c.classified_at)`,
    valueOf: (c) => c.classifiedAt.toISOString(),
  },
};

import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { visibleQuery, type EntityOf, type ScopedEntity } from '../../auth/visibility';
import type { PartyCode } from '../../domain/parties';
import { fengfanAffiliation, type AffiliationResult } from '../../rules/suppliers/affiliation';
import { orderedBy } from '../shaped-read/shaped-rows';
import { loadOwnershipGraph } from './ownership-graph';
import { latestScreenings, supplierReviews } from './supplier-screening.service';
import { HOLDERS, TRANSFERS } from './supplier-shapes';
import type { SupplierScreeningView } from './supplier-views.service';

/** The shared factory of services/loaders.ts: the visible rows of `entity` grouped by key. */
export type GroupedLoader = <E extends ScopedEntity>(
  entity: E,
  keyColumn: string,
  keyOf: (row: EntityOf<E>) => string,
  order: (query: SelectQueryBuilder<EntityOf<E>>) => SelectQueryBuilder<EntityOf<E>>,
) => DataLoader<string, Array<EntityOf<E>>>;

/**
 * The per-request batches of the supplier register (services/loaders.ts spreads them in,
 * passing its `grouped` factory): a list of suppliers or sublicences costs one statement per
 * relation, whatever its length.
 */
export function supplierLoaders(db: DataSource, party: PartyCode | null, grouped: GroupedLoader) {
  return {
    supplier: new DataLoader<string, EntityOf<'Supplier'> | null>(async (ids) => {
      if (!party) return ids.map(() => null);
      const rows = await visibleQuery(db.manager, 'Supplier', 'row', party)
        .andWhere('row.id IN (:...ids)', { ids })
        .getMany();
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    supplierHolders: grouped(
      'OwnershipLink',
      'held_id',
      (row) => row.heldId,
      orderedBy(HOLDERS.many.orderBy),
    ),
    sublicenseTransfers: grouped(
      'SublicenseTransfer',
      'sublicense_id',
      (row) => row.sublicenseId,
      orderedBy(TRANSFERS.many.orderBy),
    ),
    /** Each supplier's latest screening with the sublicensor's remembered reviews. */
    supplierScreening: new DataLoader<string, SupplierScreeningView | null>(async (ids) => {
      if (!party) return ids.map(() => null);
      const screenings = await latestScreenings(db.manager, ids);
      const reviews = await supplierReviews(
        db.manager,
        [...screenings.values()].flatMap((s) => s.matches),
      );
      return ids.map((id) => {
        const screening = screenings.get(id);
        if (!screening) return null;
        return {
          screening,
          matches: screening.matches.map((m) => ({
            ...m,
            review: reviews.get(m.key)?.outcome ?? null,
            clearanceId: reviews.get(m.key)?.clearanceId ?? null,
          })),
        };
      });
    }),
    /** "supplierId|asOf" → how the company stands to Fengfan; the graph read once per batch. */
    supplierAffiliation: new DataLoader<string, AffiliationResult>(async (keys) => {
      if (!party) throw new Error('signed-in only');
      const { companies, links } = await loadOwnershipGraph(db.manager, party);
      return keys.map((key) => {
        const [companyId, asOf] = key.split('|');
        return fengfanAffiliation({ companies, links, companyId, asOf });
      });
    }),
  };
}

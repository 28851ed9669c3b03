import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { visibleQuery, type EntityOf } from '../../auth/visibility';
import type { PartyCode } from '../../domain/parties';
import { fengfanAffiliation, type AffiliationResult } from '../../rules/suppliers/affiliation';
import { orderedBy } from '../shaped-read/shaped-rows';
import { loadOwnershipGraph } from './ownership-graph';
import { latestScreenings, supplierReviews } from './supplier-screening.service';
import { HOLDERS, TRANSFERS } from './supplier-shapes';
import type { SupplierScreeningView } from './supplier-views.service';

/**
 * The per-request batches of the supplier register (services/loaders.ts spreads them in): a
 * list of suppliers or sublicences costs one statement per relation, whatever its length.
 */
export function supplierLoaders(db: DataSource, party: PartyCode | null) {
  const grouped = <E extends 'OwnershipLink' | 'SublicenseTransfer'>(
    entity: E,
    column: string,
    keyOf: (row: EntityOf<E>) => string,
    orderBy: readonly string[],
  ) =>
    new DataLoader<string, Array<EntityOf<E>>>(async (keys) => {
      if (!party) return keys.map(() => []);
      const rows = await orderedBy<EntityOf<E>>(orderBy)(
        visibleQuery(db.manager, entity, 'row', party).andWhere(`row.${column} IN (:...keys)`, {
          keys,
        }),
      ).getMany();
      return keys.map((key) => rows.filter((row) => keyOf(row) === key));
    });

  return {
    supplier: new DataLoader<string, EntityOf<'Supplier'> | null>(async (ids) => {
      if (!party) return ids.map(() => null);
      const rows = await visibleQuery(db.manager, 'Supplier', 'row', party)
        .andWhere('row.id IN (:...ids)', { ids })
        .getMany();
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    supplierHolders: grouped('OwnershipLink', 'held_id', (row) => row.heldId, HOLDERS.many.orderBy),
    sublicenseTransfers: grouped(
      'SublicenseTransfer',
      'sublicense_id',
      (row) => row.sublicenseId,
      TRANSFERS.many.orderBy,
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

import type { SignedInContext } from '../../auth/context';
import { visibleQuery } from '../../auth/visibility';
import type { SupplierScreeningEntity, SupplierScreeningMatch } from '../../entities';
import { assertIsoDate } from '../../rules/iso-date';
import { fengfanAffiliation, type AffiliationResult } from '../../rules/suppliers/affiliation';
import { latestScreenings, supplierReviews } from './supplier-screening.service';

export interface SupplierScreeningView {
  screening: SupplierScreeningEntity;
  matches: Array<
    SupplierScreeningMatch & { review: 'CLEARED' | 'CONFIRMED' | null; clearanceId: string | null }
  >;
}

/** A supplier's latest screening, each match with the sublicensor's remembered review. */
export async function supplierScreening(
  ctx: SignedInContext,
  supplierId: string,
): Promise<SupplierScreeningView | null> {
  const screening = (await latestScreenings(ctx.db.manager, [supplierId])).get(supplierId);
  if (!screening) return null;
  const reviews = await supplierReviews(ctx.db.manager, screening.matches);
  return {
    screening,
    matches: screening.matches.map((m) => ({
      ...m,
      review: reviews.get(m.key)?.outcome ?? null,
      clearanceId: reviews.get(m.key)?.clearanceId ?? null,
    })),
  };
}

/** How a company stands to Fengfan on a day, read from the whole ownership graph. */
export async function supplierAffiliation(
  ctx: SignedInContext,
  supplierId: string,
  asOf?: string | null,
): Promise<AffiliationResult> {
  const day = assertIsoDate({ field: 'asOf', value: asOf ?? ctx.today });
  const companies = await visibleQuery(ctx.db.manager, 'Supplier', 'c', ctx.user.party).getMany();
  const links = await visibleQuery(ctx.db.manager, 'OwnershipLink', 'l', ctx.user.party).getMany();
  return fengfanAffiliation({
    companies: companies.map((c) => ({ id: c.id, name: c.legalName, partyCode: c.partyCode })),
    links: links.map((l) => ({
      ...l,
      sharePercent: l.sharePercent === null ? null : Number(l.sharePercent),
    })),
    companyId: supplierId,
    asOf: day,
  });
}

import type { SignedInContext } from '../../auth/context';
import type {
  SupplierEntity,
  SupplierScreeningEntity,
  SupplierScreeningMatch,
} from '../../entities';
import { NotFoundError } from '../../errors';
import { assertIsoDate } from '../../rules/iso-date';
import type { AffiliationResult } from '../../rules/suppliers/affiliation';

export interface SupplierScreeningView {
  screening: SupplierScreeningEntity;
  matches: Array<
    SupplierScreeningMatch & { review: 'CLEARED' | 'CONFIRMED' | null; clearanceId: string | null }
  >;
}

/** A supplier's latest screening, each match with the sublicensor's remembered review. */
export function supplierScreening(
  ctx: SignedInContext,
  supplierId: string,
): Promise<SupplierScreeningView | null> {
  return ctx.loaders.supplierScreening.load(supplierId);
}

/** How a company stands to Fengfan on a day, read from the whole ownership graph. */
export function supplierAffiliation(
  ctx: SignedInContext,
  supplierId: string,
  asOf?: string | null,
): Promise<AffiliationResult> {
  const day = assertIsoDate({ field: 'asOf', value: asOf ?? ctx.today });
  return ctx.loaders.supplierAffiliation.load(`${supplierId}|${day}`);
}

/** A supplier by id through the request's batch, NOT_FOUND outside the caller's scope. */
export async function loadSupplier(ctx: SignedInContext, id: string) {
  return supplierRead(id, await ctx.loaders.supplier.load(id));
}

/** A supplier as read (null when the caller may not see it): NOT_FOUND for null. */
export function supplierRead(id: string, read: SupplierEntity | null): SupplierEntity {
  if (!read) throw new NotFoundError('Supplier', id);
  return read;
}

import type { GraphQLResolveInfo } from 'graphql';
import type { SignedInContext } from '../../auth/context';
import { visibleQuery } from '../../auth/visibility';
import type {
  SublicenseOrderField,
  SublicenseStatus,
  SupplierOrderField,
} from '../../domain/suppliers';
import type { SupplierEntity, SupplierSublicenseEntity } from '../../entities';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from '../pagination';
import { shapedReader } from '../shaped-read/shaped-rows';
import { SUBLICENSE_SHAPE, SUPPLIER_SHAPE } from './supplier-shapes';

const SUPPLIER_ORDER: Record<SupplierOrderField, SortKey<SupplierEntity>> = {
  LEGAL_NAME: { column: 'lower(s.legal_name)', valueOf: (s) => s.legalName.toLowerCase() },
  RECORDED_ON: { column: 's.recorded_on', valueOf: (s) => s.recordedOn },
};

/**
 * The companies of the register the caller may see, by legal name unless asked otherwise;
 * with the query's `info`, each read shaped by its selection (services/shaped-read).
 */
export function listSuppliers(
  ctx: SignedInContext,
  filter: { name?: string | null; parties?: boolean | null },
  page: PageRequest,
  orderBy?: OrderRequest<SupplierOrderField> | null,
  info?: GraphQLResolveInfo,
): Promise<Page<SupplierEntity>> {
  const query = visibleQuery(ctx.db.manager, 'Supplier', 's', ctx.user.party);
  if (filter.name) {
    query.andWhere(
      `(s.legal_name ILIKE :name OR EXISTS (SELECT 1 FROM unnest(s.other_names) o WHERE o ILIKE :name))`,
      { name: `%${filter.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
    );
  }
  if (filter.parties === true) query.andWhere('s.party_code IS NOT NULL');
  if (filter.parties === false) query.andWhere('s.party_code IS NULL');
  return paginate(
    query,
    page,
    keysetOrder(
      SUPPLIER_ORDER,
      { column: 's.id', valueOf: (s) => s.id },
      orderBy ?? { field: 'LEGAL_NAME', direction: 'ASC' },
    ),
    shapedReader(ctx, SUPPLIER_SHAPE, info, 's'),
  );
}

const SUBLICENSE_ORDER: Record<SublicenseOrderField, SortKey<SupplierSublicenseEntity>> = {
  // Timestamps compare at the millisecond a cursor can carry (JavaScript dates).
  CREATED_AT: {
    column: `date_trunc('milliseconds', l.created_at)`,
    valueOf: (l) => l.createdAt.toISOString(),
  },
  VALID_TO: {
    column: `coalesce(l.valid_to, 'infinity'::date)`,
    valueOf: (l) => l.validTo ?? 'infinity',
  },
};

/**
 * The supplier sublicences the caller may see, newest first unless asked otherwise; with the
 * query's `info`, each read shaped by its selection, its supplier in the same statement.
 */
export function listSupplierSublicenses(
  ctx: SignedInContext,
  filter: { status?: SublicenseStatus | null; supplierId?: string | null },
  page: PageRequest,
  orderBy?: OrderRequest<SublicenseOrderField> | null,
  info?: GraphQLResolveInfo,
): Promise<Page<SupplierSublicenseEntity>> {
  const query = visibleQuery(ctx.db.manager, 'SupplierSublicense', 'l', ctx.user.party);
  if (filter.status) query.andWhere('l.status = :status', { status: filter.status });
  if (filter.supplierId) query.andWhere('l.supplier_id = :supplierId', filter);
  return paginate(
    query,
    page,
    keysetOrder(
      SUBLICENSE_ORDER,
      { column: 'l.id', valueOf: (l) => l.id },
      orderBy ?? { field: 'CREATED_AT', direction: 'DESC' },
    ),
    shapedReader(ctx, SUBLICENSE_SHAPE, info, 'l'),
  );
}

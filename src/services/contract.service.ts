import type { RequestContext, SignedInContext } from '../auth/context';
import { addOffset } from '../rules/calendar';
import { expiryDate, statusOn, TERM } from '../rules/contract-status';
import type { ContractKind, ContractStatus } from '../domain/contracts';
import type { ContractOrderField } from '../domain/ordering';
import { ContractEntity } from '../entities';
import { NotFoundError } from '../errors';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from './pagination';
import { whereVisible } from '../auth/visibility';

export interface ContractFilter {
  code?: string | null;
  kind?: ContractKind | null;
  /** The status as of today: EXPIRED is computed from the term (TIC 11.1; JVC Art. 103). */
  status?: ContractStatus | null;
}

/**
 * The status of `c` as of `:today` in SQL, the same rule as `statusOn` and `contractExpiry`:
 * an EFFECTIVE contract is EXPIRED from the day after its term's last anniversary.
 */
const STATUS_SQL = `(CASE WHEN c.status = 'EFFECTIVE' AND c.term_starts_on IS NOT NULL
    AND :today::date > (c.term_starts_on + make_interval(years => CASE c.code
      WHEN 'TIC' THEN ${TERM.TIC.years} WHEN 'JVC' THEN ${TERM.JVC.years}
      ELSE c.term_years END))::date
  THEN 'EXPIRED' ELSE c.status END)`;

const CONTRACT_ORDER: Record<ContractOrderField, SortKey<ContractEntity>> = {
  CODE: { column: 'c.code', valueOf: (c) => c.code },
  TITLE: { column: 'c.title', valueOf: (c) => c.title },
  SIGNED_ON: {
    column: `coalesce(c.signed_on, 'infinity'::date)`,
    valueOf: (c) => c.signedOn ?? 'infinity',
  },
};

/** The contracts the caller's party is a party to, in code order unless asked otherwise. */
export function listContracts(
  ctx: SignedInContext,
  filter: ContractFilter,
  page: PageRequest,
  orderBy?: OrderRequest<ContractOrderField> | null,
): Promise<Page<ContractEntity>> {
  return paginate(filteredContracts(ctx, filter), page, contractOrder(orderBy));
}

/** The visible contracts that match `filter`, aliased `c`, before any page or order. */
export function filteredContracts(ctx: SignedInContext, filter: ContractFilter) {
  const query = ctx.db
    .getRepository(ContractEntity)
    .createQueryBuilder('c')
    .setParameter('today', ctx.today);
  whereVisible(query, 'Contract', 'c', ctx.user.party);
  if (filter.code) query.andWhere('c.code = :code', { code: filter.code.toUpperCase() });
  if (filter.kind) query.andWhere('c.kind = :kind', { kind: filter.kind });
  if (filter.status) query.andWhere(`${STATUS_SQL} = :status`, { status: filter.status });
  return query;
}

/** The keyset order of the list: by code unless asked otherwise, the id breaking ties. */
export function contractOrder(orderBy?: OrderRequest<ContractOrderField> | null) {
  return keysetOrder(
    CONTRACT_ORDER,
    { column: 'c.id', valueOf: (c) => c.id },
    orderBy ?? { field: 'CODE', direction: 'ASC' },
  );
}

/** One contract by id; a contract outside the caller's scope is NOT_FOUND, never a leak. */
export async function getContract(ctx: SignedInContext, id: string): Promise<ContractEntity> {
  const contract = await ctx.loaders.contract.load(id);
  if (!contract) throw new NotFoundError('Contract', id);
  return contract;
}

/**
 * When the term runs out: the TIC's ten years from its Effective Date (TIC 11.1), the JVC's
 * fifty from the Establishment Date (JVC Art. 103); another contract's own term in years.
 * Null until the term starts.
 */
export function contractExpiry(
  contract: Pick<ContractEntity, 'code' | 'termStartsOn' | 'termYears'>,
): string | null {
  if (!contract.termStartsOn) return null;
  if (contract.code === 'TIC' || contract.code === 'JVC') {
    return expiryDate({ governingContract: contract.code, startsOn: contract.termStartsOn })
      .expiresOn;
  }
  return contract.termYears
    ? addOffset({ from: contract.termStartsOn, offset: { years: contract.termYears } })
    : null;
}

/** The status changes of a contract, batched per request. */
export function statusHistory(ctx: RequestContext, contractId: string) {
  return ctx.loaders.statusHistory.load(contractId);
}

/** The status as of today, EXPIRED computed from the term (see rules/contract-status). */
export function currentStatus(
  contract: Pick<ContractEntity, 'code' | 'status' | 'termStartsOn' | 'termYears'>,
  today: string,
) {
  return statusOn({ status: contract.status, expiresOn: contractExpiry(contract), today });
}

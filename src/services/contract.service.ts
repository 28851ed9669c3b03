import type { RequestContext, SignedInContext } from '../auth/context';
import { addOffset } from '../rules/calendar';
import { expiryDate, statusOn } from '../rules/contract-status';
import { ContractEntity } from '../entities';
import { NotFoundError } from '../errors';
import { paginate, type Page, type PageRequest } from './pagination';
import { whereVisible } from '../auth/visibility';

/** The contracts the caller's party is a party to, in code order. */
export function listContracts(
  ctx: SignedInContext,
  page: PageRequest,
): Promise<Page<ContractEntity>> {
  const query = ctx.db.getRepository(ContractEntity).createQueryBuilder('contract');
  whereVisible(query, 'Contract', 'contract', ctx.user.party);
  return paginate(query, page, {
    column: 'contract.code',
    direction: 'ASC',
    valueOf: (contract) => contract.code,
  });
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

import type { RequestContext, SignedInContext } from '../auth/context';
import { addOffset } from '../rules/calendar';
import { statusOn } from '../rules/contract-status';
import { today } from './clock';
import { ContractEntity } from '../entities';
import { NotFoundError } from '../errors';
import { paginate, type Page, type PageRequest } from './pagination';
import { whereContractVisibleTo } from './scope';

/** The contracts the caller's party is a party to, in code order. */
export function listContracts(
  ctx: SignedInContext,
  page: PageRequest,
): Promise<Page<ContractEntity>> {
  const query = ctx.db.getRepository(ContractEntity).createQueryBuilder('contract');
  whereContractVisibleTo(query, 'contract.id', ctx.user.party);
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

/** Start of term plus the term in years (TIC 11.1; JVC Art. 103); null until the term starts. */
export function contractExpiry(
  contract: Pick<ContractEntity, 'termStartsOn' | 'termYears'>,
): string | null {
  if (!contract.termStartsOn || !contract.termYears) return null;
  return addOffset({ from: contract.termStartsOn, offset: { years: contract.termYears } });
}

/** The status changes of a contract, batched per request. */
export function statusHistory(ctx: RequestContext, contractId: string) {
  return ctx.loaders.statusHistory.load(contractId);
}

/** The status as of today, EXPIRED computed from the term (see rules/contract-status). */
export function currentStatus(
  contract: Pick<ContractEntity, 'status' | 'termStartsOn' | 'termYears'>,
) {
  return statusOn({ status: contract.status, expiresOn: contractExpiry(contract), today: today() });
}

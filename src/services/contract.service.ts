import type { SignedInContext } from '../auth/context';
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

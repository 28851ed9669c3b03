import type { RequestContext } from '../auth/context';
import type { ContractEntity } from '../entities';
import type { GoverningContract } from '../rules/citation';

type ContractLink = Pick<ContractEntity, 'code' | 'parentId'>;

/**
 * Whose clauses govern a contract (the TIC's or the JVC's notice, cure and survival clauses;
 * an appendix follows the contract it belongs to): walks up the parents, reading each with
 * `load`; null for a contract under neither.
 */
export async function governingContractFrom(
  contract: ContractLink | null,
  load: (id: string) => Promise<ContractLink | null>,
): Promise<GoverningContract | null> {
  let current = contract;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current.code === 'TIC' || current.code === 'JVC') return current.code;
    current = current.parentId ? await load(current.parentId) : null;
  }
  return null;
}

/** The same, read through the request's DataLoaders (scoped to the caller's party). */
export async function governingContractViaLoaders(
  ctx: RequestContext,
  contractId: string,
): Promise<GoverningContract | null> {
  const load = (id: string) => ctx.loaders.contract.load(id);
  return governingContractFrom(await load(contractId), load);
}

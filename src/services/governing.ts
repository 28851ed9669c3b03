import type { RequestContext } from '../auth/context';
import type { GoverningContract } from '../rules/citation';

/**
 * Whose clauses govern a contract (the TIC's or the JVC's; an appendix follows the contract
 * it belongs to), read through the request's DataLoaders; null for an unrelated contract.
 */
export async function governingContractViaLoaders(
  ctx: RequestContext,
  contractId: string,
): Promise<GoverningContract | null> {
  let contract = await ctx.loaders.contract.load(contractId);
  for (let depth = 0; contract && depth < 5; depth += 1) {
    if (contract.code === 'TIC' || contract.code === 'JVC') return contract.code;
    contract = contract.parentId ? await ctx.loaders.contract.load(contract.parentId) : null;
  }
  return null;
}

import type { RequestContext } from '../auth/context';
import type { ContractPartyType } from '../schema/contract.type';

/** The parties of a contract with their roles: one batched statement per request in all. */
export async function contractParties(
  ctx: RequestContext,
  contractId: string,
): Promise<ContractPartyType[]> {
  const links = await ctx.loaders.contractParties.load(contractId);
  return links.map((link) => ({ party: link.party, role: link.role }));
}

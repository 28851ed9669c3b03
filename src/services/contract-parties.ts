import type { RequestContext } from '../auth/context';
import type { ContractPartyType } from '../schema/contract.type';

/** The parties of a contract with their roles; two batched queries per request in all. */
export async function contractParties(
  ctx: RequestContext,
  contractId: string,
): Promise<ContractPartyType[]> {
  const links = await ctx.loaders.contractParties.load(contractId);
  const parties = await ctx.loaders.party.loadMany(links.map((link) => link.partyCode));
  return links.flatMap((link, index) => {
    const party = parties[index];
    return party && !(party instanceof Error) ? [{ party, role: link.role }] : [];
  });
}

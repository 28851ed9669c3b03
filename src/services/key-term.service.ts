import type { SignedInContext } from '../auth/context';
import { ContractEntity, KeyTermEntity } from '../entities';
import { findDiscrepancies, type Discrepancy } from '../rules/discrepancies';
import { keyTermValue } from '../rules/key-term-value';
import { whereVisible } from '../auth/visibility';

/** The key terms of a contract the caller's party is party to, by name (batched per request). */
export function listKeyTerms(ctx: SignedInContext, contractId: string): Promise<KeyTermEntity[]> {
  return ctx.loaders.keyTerms.load(contractId);
}

/**
 * Where linked contracts (a contract, its parent and its appendices) disagree on a fact
 * they both state. Without `contractId`, every family of contracts visible to the caller.
 */
export async function contractDiscrepancies(
  ctx: SignedInContext,
  contractId: string | null,
): Promise<Array<Discrepancy & { contractCodes: string[] }>> {
  const contracts = ctx.db.getRepository(ContractEntity).createQueryBuilder('contract');
  whereVisible(contracts, 'Contract', 'contract', ctx.user.party);
  const visible = await contracts.getMany();
  const byId = new Map(visible.map((c) => [c.id, c]));
  const rootOf = (contract: ContractEntity): string => {
    let current = contract;
    while (current.parentId && byId.has(current.parentId)) current = byId.get(current.parentId)!;
    return current.id;
  };
  const families = new Map<string, ContractEntity[]>();
  for (const contract of visible) {
    const root = rootOf(contract);
    families.set(root, [...(families.get(root) ?? []), contract]);
  }
  const wanted = contractId
    ? [...families.values()].filter((f) => f.some((c) => c.id === contractId))
    : [...families.values()];
  const ids = wanted.flat().map((c) => c.id);
  if (ids.length === 0) return [];
  const terms = await ctx.db
    .getRepository(KeyTermEntity)
    .createQueryBuilder('term')
    .where('term.contract_id IN (:...ids)', { ids })
    .getMany();
  return wanted.flatMap((family) => {
    const codes = new Map(family.map((c) => [c.id, c.code]));
    const familyTerms = terms
      .filter((term) => codes.has(term.contractId))
      .map((term) => ({
        contractCode: codes.get(term.contractId)!,
        name: term.name,
        article: term.article.replace(/^(TIC|JVC)\s+(Art\.\s*)?/, ''),
        value: keyTermValue({ term }),
      }));
    return findDiscrepancies({ terms: familyTerms }).map((d) => ({
      ...d,
      contractCodes: [...codes.values()].sort(),
    }));
  });
}

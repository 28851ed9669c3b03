import type { RequestContext } from '../auth/context';
import type { ArticleEntity, ContractEntity } from '../entities';
import { NotFoundError } from '../errors';
import { citedArticles } from '../rules/article-citations';

/**
 * The contract a visible row belongs to. A notice or obligation is visible only to parties to
 * its contract (auth/visibility.ts), so the contract is always found; batched per request.
 */
export async function contractOf(ctx: RequestContext, contractId: string): Promise<ContractEntity> {
  const contract = await ctx.loaders.contract.load(contractId);
  if (!contract) throw new NotFoundError('Contract', contractId);
  return contract;
}

/**
 * The articles a citation text names ("TIC 7.1(b)" → article 7.1 of the TIC), resolved in the
 * row's own contract unless the citation names the other one; an article the caller may not
 * read, or that does not exist, is left out. Three batched lookups per request, whatever the
 * number of rows: their contracts, the contracts cited by code, the articles.
 */
export async function citedArticlesOf(
  ctx: RequestContext,
  row: { contractId: string; article: string },
): Promise<ArticleEntity[]> {
  const own = await ctx.loaders.contract.load(row.contractId);
  const articles = await Promise.all(
    citedArticles({ citation: row.article }).map(async ({ contractCode, number }) => {
      const code = contractCode ?? own?.code;
      const contract = code ? await ctx.loaders.contractByCode.load(code) : null;
      return contract ? ctx.loaders.articleByNumber.load(`${contract.id}|${number}`) : null;
    }),
  );
  return articles.filter((article): article is ArticleEntity => article !== null);
}

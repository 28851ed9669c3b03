import type { RequestContext } from '../auth/context';
import type { ArticleEntity } from '../entities';
import { BadInputError, NotFoundError } from '../errors';
import { articleNumber } from '../rules/article-reference';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * One article of a contract by the number it is cited by: "8.1", or a citation as the
 * contracts and this API write them ("TIC 8.1", "JVC Art. 104(2)", "7.1(b)" → its article).
 * NOT_FOUND when the contract has no such article or the caller may not read the contract.
 */
export async function articleByNumber(
  ctx: RequestContext,
  contractId: string,
  citation: string,
): Promise<ArticleEntity> {
  const number = articleNumber({ citation: citation.trim() });
  if (!/^\d+(\.\d+)?$/.test(number)) {
    throw new BadInputError('number', 'cite an article by its number, e.g. "8.1" or "JVC Art. 96"');
  }
  const article = await ctx.loaders.articleByNumber.load(`${contractId}|${number}`);
  if (!article) throw new NotFoundError('Article', `${number} of contract ${contractId}`);
  return article;
}

/**
 * A contract's articles in document order: all of them, or a slice — at most `first`, after
 * the article at `afterPosition` — batched for every contract of the page.
 */
export function contractArticles(
  ctx: RequestContext,
  contractId: string,
  slice: { first?: number | null; afterPosition?: number | null },
): Promise<ArticleEntity[]> {
  if (slice.first == null && slice.afterPosition == null) {
    return ctx.loaders.articles.load(contractId);
  }
  const first = slice.first ?? MAX_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadInputError('first', `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  const afterPosition = slice.afterPosition ?? 0;
  if (!Number.isInteger(afterPosition) || afterPosition < 0) {
    throw new BadInputError('afterPosition', 'must be the position of an article, 0 or more');
  }
  return ctx.loaders.articleSlice(first, afterPosition).load(contractId);
}

import type { RequestContext } from '../auth/context';
import type { ArticleEntity } from '../entities';
import { BadInputError, NotFoundError } from '../errors';
import { articleNumber } from '../rules/article-reference';

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

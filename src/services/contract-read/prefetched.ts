import type { ArticleType } from '../../schema/article.type';
import type { ContractPartyType } from '../../schema/contract.type';
import { PREFETCHED_ARTICLES, PREFETCHED_PARTIES } from './contract-json-sql';

/**
 * What a contract row read by the selection-shaped path already holds (contract-json-sql):
 * its parties and whole list of articles, scoped like the loaders'. Undefined when the row
 * came from elsewhere (an entity, a mutation's result), so the loaders answer instead.
 */
export function prefetched(contract: object): {
  parties?: ContractPartyType[];
  articles?: ArticleType[];
} {
  const row = contract as Record<string, unknown>;
  return {
    parties: row[PREFETCHED_PARTIES] as ContractPartyType[] | undefined,
    articles: row[PREFETCHED_ARTICLES] as ArticleType[] | undefined,
  };
}

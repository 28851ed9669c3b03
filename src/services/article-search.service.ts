import type { SignedInContext } from '../auth/context';
import { BadInputError } from '../errors';
import { whereVisible } from '../auth/visibility';

export interface ArticleHit {
  id: string;
  contractId: string;
  contractCode: string;
  number: string;
  heading: string | null;
  chapter: string;
  body: string;
  position: number;
  rank: number;
  /** Fragments of the body with the matched words between « and ». */
  snippets: string[];
}

export const MAX_SEARCH_RESULTS = 50;

/**
 * Full-text search over the articles of the contracts the caller's party is party to, on
 * PostgreSQL's English text search (GIN-indexed `article.search`), best matches first.
 * The query accepts web-search syntax: words, "quoted phrases", OR, -excluded.
 */
export async function searchArticles(
  ctx: SignedInContext,
  input: { query: string; contractId?: string | null; first: number },
): Promise<ArticleHit[]> {
  const text = input.query.trim();
  if (text.length < 2 || text.length > 200) {
    throw new BadInputError('query', 'must be 2 to 200 characters');
  }
  if (!Number.isInteger(input.first) || input.first < 1 || input.first > MAX_SEARCH_RESULTS) {
    throw new BadInputError('first', `must be an integer from 1 to ${MAX_SEARCH_RESULTS}`);
  }
  const query = ctx.db
    .createQueryBuilder()
    .select('article.id', 'id')
    .addSelect('article.contract_id', 'contractId')
    .addSelect('contract.code', 'contractCode')
    .addSelect('article.number', 'number')
    .addSelect('article.heading', 'heading')
    .addSelect('article.chapter', 'chapter')
    .addSelect('article.body', 'body')
    .addSelect('article.position', 'position')
    .addSelect('ts_rank(article.search, q.query)', 'rank')
    .addSelect(
      `ts_headline('english', article.body, q.query,
         'StartSel=«, StopSel=», MaxFragments=3, MaxWords=30, MinWords=12, FragmentDelimiter=" … "')`,
      'headline',
    )
    .from('article', 'article')
    .innerJoin('contract', 'contract', 'contract.id = article.contract_id')
    .innerJoin("(SELECT websearch_to_tsquery('english', :text) AS query)", 'q', 'true', { text })
    .where('article.search @@ q.query')
    .orderBy('rank', 'DESC')
    .addOrderBy('article.position', 'ASC')
    .limit(input.first);
  if (input.contractId)
    query.andWhere('article.contract_id = :contractId', { contractId: input.contractId });
  whereVisible(query, 'Article', 'article', ctx.user.party);
  const rows: Array<Omit<ArticleHit, 'snippets' | 'rank'> & { rank: string; headline: string }> =
    await query.getRawMany();
  return rows.map(({ headline, rank, ...hit }) => ({
    ...hit,
    rank: Number(rank),
    snippets: headline.split(' … ').filter((s) => s.length > 0),
  }));
}

import type { GoverningContract } from './citation';

export interface TerminationGround {
  article: string;
  /** Only these parties may invoke it; null: any Party (signatory) to the contract. */
  invokedBy: readonly string[] | null;
}

/**
 * The articles under which each contract may be terminated early: TIC 11.1 (mutual
 * agreement), 11.2 (uncured material breach), 11.3 (Valence only: bankruptcy, breach of
 * Art. 2, 8 or 10); JVC Art. 55 (deadlock), 104 and 105 (the listed events, after
 * negotiation), 119 (no economic adjustment possible).
 */
const GROUNDS: Record<GoverningContract, readonly TerminationGround[]> = {
  TIC: [
    { article: 'TIC 11.1', invokedBy: null },
    { article: 'TIC 11.2', invokedBy: null },
    { article: 'TIC 11.3', invokedBy: ['VALENCE'] },
  ],
  JVC: [
    { article: 'JVC Art. 55', invokedBy: null },
    { article: 'JVC Art. 104', invokedBy: null },
    { article: 'JVC Art. 105', invokedBy: null },
    { article: 'JVC Art. 119', invokedBy: null },
  ],
};

export function terminationArticles({
  governingContract,
}: {
  governingContract: GoverningContract;
}): string[] {
  return GROUNDS[governingContract].map((ground) => ground.article);
}

export type TerminationCheck =
  | { allowed: true; ground: TerminationGround }
  | { allowed: false; field: 'article' | 'party'; reason: string; article: string };

/**
 * Whether `party` may terminate under the cited article: the article must be a termination
 * article of the contract ("TIC 11.2(a)" cites TIC 11.2; "TIC 11.25" does not), the party a
 * Party to the contract (the JV is not a Party to the JVC, JVC Art. 1, 104), and, for TIC
 * 11.3, Valence.
 */
export function checkTermination({
  governingContract,
  citedArticle,
  party,
  signatory,
}: {
  governingContract: GoverningContract;
  citedArticle: string;
  party: string;
  signatory: boolean;
}): TerminationCheck {
  const grounds = GROUNDS[governingContract];
  const cites = (article: string) =>
    citedArticle.startsWith(article) && !/^[\d.]/.test(citedArticle.slice(article.length));
  const ground = grounds.find((g) => cites(g.article));
  if (!ground) {
    return {
      allowed: false,
      field: 'article',
      reason: `${citedArticle} is not a termination article of the ${governingContract}; use one of ${grounds.map((g) => g.article).join(', ')}`,
      article: grounds.map((g) => g.article).join(', '),
    };
  }
  if (!signatory) {
    return {
      allowed: false,
      field: 'party',
      reason: `${party} is not a Party to the ${governingContract} and has no right to terminate it`,
      article: ground.article,
    };
  }
  if (ground.invokedBy && !ground.invokedBy.includes(party)) {
    return {
      allowed: false,
      field: 'party',
      reason: `${ground.article} gives the right to terminate to ${ground.invokedBy.join(', ')} only`,
      article: ground.article,
    };
  }
  return { allowed: true, ground };
}

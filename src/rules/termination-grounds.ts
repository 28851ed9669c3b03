import type { GoverningContract } from './citation';

/**
 * The articles under which each contract may be terminated early: TIC 11.1 (mutual
 * agreement), 11.2 (uncured material breach), 11.3 (Valence: bankruptcy, breach of Art. 2,
 * 8 or 10); JVC Art. 55 (deadlock), 104 and 105 (the listed events, after negotiation),
 * 119 (no economic adjustment possible).
 */
const ARTICLES: Record<GoverningContract, string[]> = {
  TIC: ['TIC 11.1', 'TIC 11.2', 'TIC 11.3'],
  JVC: ['JVC Art. 55', 'JVC Art. 104', 'JVC Art. 105', 'JVC Art. 119'],
};

export function terminationArticles({
  governingContract,
}: {
  governingContract: GoverningContract;
}): string[] {
  return ARTICLES[governingContract];
}

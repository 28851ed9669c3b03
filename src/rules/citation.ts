/** The two contracts whose rules this module implements: the TIC and the JVC. */
export const GOVERNING_CONTRACTS = ['TIC', 'JVC'] as const;
export type GoverningContract = (typeof GOVERNING_CONTRACTS)[number];

/**
 * The citation of an article in the house style: "TIC 11.2" for the Contract for Technology
 * Investment (numbered sections), "JVC Art. 104(2)" for the Joint Venture Contract (numbered
 * articles). A reference that is not an article number ("Recital E", "signature block") or that
 * already says "Art." is cited as it stands after the contract code.
 */
export function cite({ contract, article }: { contract: string; article: string }): string {
  const ref = article.trim();
  if (contract === 'JVC' && /^\d/.test(ref)) return `JVC Art. ${ref}`;
  return `${contract} ${ref}`;
}

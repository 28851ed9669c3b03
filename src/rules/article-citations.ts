/** One article a citation names: its contract's code when the citation says it, and the number. */
export interface CitedArticle {
  contractCode: string | null;
  number: string;
}

/**
 * Every article a citation text names, in the order written and once each: "TIC 7.1(b)" →
 * TIC 7.1 (a lettered paragraph cites its clause); "TIC 1.4; JVC Art. 10, 126" → TIC 1.4,
 * JVC 10, JVC 126 (a contract's code carries over to the numbers that follow it). Parts with
 * no article number ("TIC preamble") name nothing.
 */
export function citedArticles({ citation }: { citation: string }): CitedArticle[] {
  const cited: CitedArticle[] = [];
  const seen = new Set<string>();
  let contractCode: string | null = null;
  // A parenthesised paragraph ("(b)", "(2)") is part of the article before it: skipped.
  const parts = citation.matchAll(/\([^)]*\)|\b(TIC|JVC)\b|(\d+(?:\.\d+)?)/g);
  for (const [, code, number] of parts) {
    if (!code && !number) continue;
    if (code) {
      contractCode = code;
      continue;
    }
    const key = `${contractCode ?? ''}|${number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cited.push({ contractCode, number });
  }
  return cited;
}

/**
 * The bare article number of a citation: "TIC 11.2" → "11.2", "JVC Art. 104(2)" → "104",
 * "TIC 7.1(a)" → "7.1". Survival and other article-based rules work on these numbers.
 */
export function articleNumber({ citation }: { citation: string }): string {
  const match = /(\d+(?:\.\d+)?)/.exec(citation.replace(/^(TIC|JVC)\s+(Art\.\s*)?/, ''));
  return match ? match[1] : citation;
}

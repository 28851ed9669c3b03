/** What the selection needs of a scored candidate (a name or alias of a list entry). */
export interface ScoredCandidate {
  /** The list entry the name belongs to. */
  partyId: string;
  listCode: string;
  matchedName: string;
  alias: boolean;
  score: number;
  level: 'STRONG' | 'POSSIBLE';
}

/**
 * Which scored candidates a screening reports (TIC 12.2; the officer must see every list that
 * may apply, and not a flood of look-alikes):
 * - one match per list entry, its best name: the higher score, then the entry's own name before
 *   an alias, then the name in alphabetical order — the same result whatever order the
 *   database returned them in;
 * - when some entries match STRONG, those, and for each list with no STRONG match its best
 *   POSSIBLE one (a strong Entity List hit must not hide a possible Denied Persons match, whose
 *   consequence is different); otherwise the `maxPossible` best POSSIBLE matches.
 */
export function selectMatches<T extends ScoredCandidate>({
  candidates,
  maxPossible,
}: {
  candidates: readonly T[];
  maxPossible: number;
}): T[] {
  const better = (a: T, b: T) =>
    b.score - a.score ||
    Number(a.alias) - Number(b.alias) ||
    a.matchedName.localeCompare(b.matchedName);
  const best = new Map<string, T>();
  for (const candidate of candidates) {
    const previous = best.get(candidate.partyId);
    if (!previous || better(candidate, previous) < 0) best.set(candidate.partyId, candidate);
  }
  const ranked = [...best.values()].sort(better);
  const strong = ranked.filter((m) => m.level === 'STRONG');
  if (strong.length === 0) return ranked.slice(0, maxPossible);
  const strongLists = new Set(strong.map((m) => m.listCode));
  const bestPossiblePerList = new Map<string, T>();
  for (const match of ranked) {
    if (!strongLists.has(match.listCode) && !bestPossiblePerList.has(match.listCode)) {
      bestPossiblePerList.set(match.listCode, match);
    }
  }
  return [...strong, ...bestPossiblePerList.values()];
}

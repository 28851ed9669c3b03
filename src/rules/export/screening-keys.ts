import { isLegalFormWord } from './screening-normalise';
import { distinctiveWords, fold, wordKeys } from './screening-score';

/**
 * The keys on which the database finds listed names again (TIC 12.2; the Consolidated Screening
 * List): a GIN array index over each listed name's keys, looked up by equality with the keys of
 * the screened name. Equality on an array index is a few index pages whatever the word, where a
 * trigram search for a short word ("ali", "wei") reads thousands of names: this is what keeps a
 * screening in milliseconds.
 *
 * A name written in one word on one side and in two on the other ("Huawei" / 华为 → "hua wei",
 * "Sichuan" / "Si Chuan", "Hik Vision" / "Hikvision") would share no word: so the adjacent words
 * of a listed name are also stored joined, and the screened name looks up its adjacent words
 * joined, two and three at a time (pinyin is one syllable per word: 哈尔滨 → "ha er bin").
 */

/** Joined words that make a key: shorter ones are a syllable or an initial, not a name. */
const MIN_JOINED_LENGTH = 5;

/** Adjacent words joined, `size` at a time ("hua wei ji shu" → "huawei", "weiji", "jishu"). */
function joinedRuns(
  words: readonly string[],
  size: number,
): Array<{ parts: string[]; word: string }> {
  const runs: Array<{ parts: string[]; word: string }> = [];
  for (let i = 0; i + size <= words.length; i += 1) {
    const parts = words.slice(i, i + size);
    if (parts.some((part) => /\d/.test(part))) continue;
    const word = parts.join('');
    if (word.length >= MIN_JOINED_LENGTH) runs.push({ parts, word });
  }
  return runs;
}

/**
 * The keys stored for a listed name: its words' misspelling keys (wordKeys), and each pair of
 * adjacent words joined, as written and with the romanisation folded (not misspelt: a pair is
 * found by its exact join, which keeps the index small).
 */
export function nameKeys({ words }: { words: readonly string[] }): string[] {
  const keys = new Set(wordKeys({ words }));
  for (const { word } of joinedRuns(words, 2)) {
    keys.add(word);
    keys.add(fold(word));
  }
  return [...keys];
}

/** A syllable or a fragment of a name, not a word of its own: "hua", "ding", "hik", "opto". */
const FRAGMENT_LENGTH = 4;

/**
 * Runs worth joining: a pair with a fragment in it ("hua wei", "hik vision", "opto
 * electronics"), three fragments ("ha er bin"). Two whole words side by side ("kharazmi
 * petrochemical") are two words in every spelling, and each is looked up already.
 */
function syllableRun(parts: readonly string[]): boolean {
  const fragments = parts.filter((part) => part.length <= FRAGMENT_LENGTH).length;
  return parts.length === 2 ? fragments >= 1 : fragments === parts.length;
}

/** One lookup of the candidate fetch: the word (or joined words) and the keys it looks up. */
export interface FetchTerm {
  term: string;
  keys: string[];
}

/**
 * What the screened name looks up, each on its own so that one common word cannot crowd out
 * the others: each distinctive word (screening-score.ts), then its runs of two and three
 * adjacent words joined when one of them is distinctive and the run is made of fragments
 * (syllableRun), each with its misspelling keys.
 * A name of generic words only has no term: it is fetched as a whole, by trigram similarity.
 */
export function fetchTerms({
  words,
  maxJoined = 6,
}: {
  words: readonly string[];
  maxJoined?: number;
}): FetchTerm[] {
  const distinctive = distinctiveWords({ words });
  const terms = new Map<string, FetchTerm>();
  for (const word of distinctive)
    terms.set(word, { term: word, keys: wordKeys({ words: [word] }) });
  if (distinctive.length === 0) return [];
  const isDistinctive = new Set(distinctive);
  let joined = 0;
  for (const size of [2, 3]) {
    for (const { parts, word } of joinedRuns(words, size)) {
      if (joined >= maxJoined || terms.has(word)) continue;
      if (!parts.some((part) => isDistinctive.has(part))) continue;
      if (!syllableRun(parts)) continue;
      terms.set(word, { term: word, keys: wordKeys({ words: [word] }) });
      joined += 1;
    }
  }
  return [...terms.values()];
}

/**
 * What a name of generic words only looks up ("Semiconductor Manufacturing International"):
 * the listed names that hold all its words, legal-form words aside, and — for three words or
 * more — those that hold all of them but one, so that one word added, dropped or misspelt does
 * not lose the entry. Each group is an intersection on the GIN array index, a few postings;
 * only when none of them finds a name does the database fall back to trigram similarity over
 * the whole name. A name with a distinctive word has no group: it is found by its terms.
 */
export function wordGroups({
  words,
  maxWords = 6,
}: {
  words: readonly string[];
  maxWords?: number;
}): string[][] {
  if (distinctiveWords({ words }).length > 0) return [];
  const kept = [...new Set(words.filter((w) => !isLegalFormWord(w)))].slice(0, maxWords);
  if (kept.length === 0) return [];
  const groups = [kept];
  if (kept.length >= 3) kept.forEach((_w, i) => groups.push(kept.filter((_v, j) => j !== i)));
  return groups;
}

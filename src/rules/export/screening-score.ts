import { editDistance } from './edit-distance';
import { memoised } from './memo';
import {
  isLegalFormWord,
  normaliseName as normaliseNameUncached,
  normaliseText,
  type NormalisedName,
} from './screening-normalise';

// normaliseName is pure and the same listed names come back on every screening: its results are
// kept (bounded), which changes nothing but the time a screening takes.
const normalisedOf = memoised((name: string) => normaliseNameUncached({ name }));
function normaliseName({ name }: { name: string }): NormalisedName {
  return normalisedOf(name);
}

/**
 * Scores one candidate entry of the Consolidated Screening List against the name of a party to
 * an export (TIC 12.2; 15 C.F.R. 744.11 and the other lists of the CSL). The database fetches
 * candidates with pg_trgm; this function decides, with reasons an export-control officer can
 * read, whether the candidate is a STRONG or POSSIBLE match or none. A match is a finding for
 * review, not a verdict: its consequence is the one of the list it was found on.
 */

/** How much each signal counts. The two name signals add up to 1. */
export interface ScreeningWeights {
  /** Word-set similarity: the paired words' weight over the weight of all words (0..1). */
  tokenSet: number;
  /** Character trigram similarity of the legal-form-free names, as pg_trgm computes it. */
  characters: number;
  /** Weight of a generic word (Technology, Group, Beijing…); a distinctive word weighs 1. */
  genericToken: number;
  /** Weight of a legal-form word left inside a name ("Co." before "Group", "AO", "Obshchestwo"). */
  legalFormToken: number;
  /** Added when the query's country is one of the candidate's countries. */
  countryMatch: number;
  /** Subtracted when both sides have countries and none is shared. */
  countryMismatch: number;
  /** Added, times the share of the query's address found, when the addresses overlap. */
  addressOverlap: number;
}

/** Where the levels start, and the rules that keep unrelated names out. */
export interface ScreeningThresholds {
  /** From this score on: STRONG (the same name up to order, legal form or a typo). */
  strong: number;
  /** From this score on: POSSIBLE (to be reviewed by the officer). */
  possible: number;
  /** Ceiling of the score when the names share only generic words (below `possible`). */
  genericOnlyCeiling: number;
  /** One letter may differ per this many letters of the longer word (4: one edit in 4–7 letters, two in 8–11). */
  lettersPerEdit: number;
  /** Share of the query address's words that one candidate address must hold for the bonus. */
  addressMinOverlap: number;
  /**
   * A misspelt word this long or shorter is not, alone, enough for a match: one letter off a
   * five-letter word is another real word as often as a typo ("Tesla" / "TESA", "Intel" /
   * "INTER"). Measured on the 2022-05 list (README): 5 brings clear-name false positives under
   * 2% for the least recall; 6 removes more of both ("Maria" / "MARINA", "Caspia" / "CASQIA").
   */
  shortWord: number;
}

/**
 * Default weights. The words decide (0.85): each word of either name that has no partner in the
 * other lowers the score by its weight, a distinctive word by 1, a generic word by 0.15, so
 * that extra generic words ("Caspia International" / "Caspia") still reach POSSIBLE while an extra
 * distinctive word ("Lockheed Martin" / "Martin") halves the score. Characters (0.15) separate
 * near-ties. Country and address only move a borderline name across a threshold: +0.05 for the
 * same country, −0.1 for different ones, up to +0.1 for the same address.
 */
export const DEFAULT_SCREENING_WEIGHTS: Readonly<ScreeningWeights> = Object.freeze({
  tokenSet: 0.85,
  characters: 0.15,
  genericToken: 0.15,
  legalFormToken: 0.1,
  countryMatch: 0.05,
  countryMismatch: 0.1,
  addressOverlap: 0.1,
});

/**
 * Default thresholds, measured with `npm run evaluate:screening` on the 2022-05 CSL (see
 * README): STRONG from 0.85, POSSIBLE from 0.7; shared generic words alone are held at 0.5; one
 * letter may differ per four letters of a word (words of three letters or fewer, and words with
 * digits, must be equal).
 */
export const DEFAULT_SCREENING_THRESHOLDS: Readonly<ScreeningThresholds> = Object.freeze({
  strong: 0.85,
  possible: 0.7,
  genericOnlyCeiling: 0.5,
  lettersPerEdit: 4,
  addressMinOverlap: 0.5,
  shortWord: 5,
});

const wordList = (list: string): readonly string[] => list.split(' ');

/** Families of generic words: common to many unrelated names, so they weigh little. */
export const GENERIC_WORDS: Readonly<Record<string, readonly string[]>> = {
  // What the company does: "Valence Technology" and "Beijing Cloudmind Technology" share it.
  business: wordList(
    'technology technologies tech science sciences scientific electronics electronic ' +
      'electric electrical electro optoelectronics optoelectronic opto photoelectric ' +
      'battery batteries energy power industry industries industrial manufacturing ' +
      'manufacture machinery equipment engineering construction materials material chemical ' +
      'chemicals metals steel precision instrument instruments devices device components ' +
      'semiconductor systems system software digital information network networks ' +
      'communication communications telecommunication telecommunications telecom aerospace ' +
      'aviation shipping logistics trading trade import export commercial services service ' +
      'solutions products development investment investments capital finance financial bank ' +
      'holdings holding group enterprise enterprises international intl global research ' +
      'institute academy university center centre laboratory factory plant new general ' +
      'national state united joint venture hi high',
  ),
  // What kind of body it is (frequent in CSL names: ministries, banks, Russian and Spanish
  // descriptors): "Ministry of Defense Logistics Export" shares them with many entries.
  organisation: wordList(
    'organization organisation association foundation charity charitable society union ' +
      'federation committee commission council ministry department directorate ' +
      'administration bureau office agency branch unit subsidiary affiliated subordinate ' +
      'establishment institution entity concern complex project management production ' +
      'design business private public federal republic peoples foreign economic stock fund ' +
      'trust credit insurance exchange leasing invest properties money security defense ' +
      'defence military army forces force intelligence nuclear space aero air aircraft ' +
      'airlines airways ship shipyard shipbuilding marine maritime sea ocean offshore port ' +
      'lines transport transportation oil gas petroleum petrochemical refinery mining ' +
      'cement farm hotel media radio medical mechanical technical advanced control repair ' +
      'supply support generation zavod nauchno tsentr byuro obedinenie proizvodstvennoe ' +
      'institut tekhnologii grupo inversiones servicios internacional comercial ' +
      'comercializadora constructora inmobiliaria sanaye ticaret al el',
  ),
  // Places: a city or country in a name tells where, not who.
  places: wordList(
    'china chinese sino beijing shanghai tianjin chongqing shenzhen guangzhou hangzhou ' +
      'nanjing wuhan chengdu xian harbin hefei changsha dalian qingdao xiamen suzhou wuxi ' +
      'ningbo zhuhai dongguan baoding guangdong jiangsu zhejiang sichuan hubei hunan ' +
      'shandong henan hebei fujian anhui liaoning shaanxi xinjiang hong kong hongkong macau ' +
      'taiwan asia asian pacific europe european euro africa african america american ' +
      'americas latin arab arabian gulf middle afghanistan belarus burma myanmar cuba ' +
      'cyprus dubai emirates uae germany india indonesia iran iranian iraq japan kazakhstan ' +
      'korea korean lebanon libya malaysia mexico pakistan panama russia russian singapore ' +
      'sudan syria syrian thailand turkey ukraine venezuela vietnam yemen east west north ' +
      'south eastern western northern southern central',
  ),
};

const GENERIC_SET: ReadonlySet<string> = new Set(Object.values(GENERIC_WORDS).flat());

/** Generic: a word of the families above, or of a legal form left inside the name. */
const GENERIC = { has: (word: string) => GENERIC_SET.has(word) || isLegalFormWord(word) };

/** From this length a word misspelt from a generic word is generic too ("Technlogy"). */
const LONG_GENERIC_MISSPELLING = 7;

const GENERIC_BY_LETTER: ReadonlyMap<string, readonly string[]> = [...GENERIC_SET].reduce(
  (byLetter, word) => byLetter.set(word[0], [...(byLetter.get(word[0]) ?? []), word]),
  new Map<string, string[]>(),
);

/**
 * A long word misspelt from a generic word ("technlogy", "electonics") is no more telling than
 * the word: looked up on its misspelling keys it would fetch every name with "technology".
 * Shorter words are left alone: "Sina" is not "Sino" misspelt.
 */
const misspeltGeneric = memoised(
  (word: string) =>
    word.length >= LONG_GENERIC_MISSPELLING &&
    (GENERIC_BY_LETTER.get(word[0]) ?? []).some(
      (generic) => misspelling(word, generic, DEFAULT_SCREENING_THRESHOLDS) > 0,
    ),
);

/**
 * The words of a normalised name that tell which entity it is (not generic nor a generic word
 * misspelt, three letters or more), longest first: the database fetches candidates on each of
 * them, so that generic words can neither push the entry out of the candidates nor make the
 * fetch read every name that has them.
 */
export function distinctiveWords({
  words,
  max = 6,
}: {
  words: readonly string[];
  max?: number;
}): string[] {
  return [...new Set(words)]
    .filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/.test(w) && !misspeltGeneric(w))
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, max);
}

/** Address words that say nothing about which building it is. */
const ADDRESS_NOISE: ReadonlySet<string> = new Set(
  wordList(
    'road street avenue lane no number building bldg floor room unit suite block tower ' +
      'district city province county town village zone park area industrial development ' +
      'economic technology high new science east west north south the and of p o box po',
  ),
);

export type ScreeningLevel = 'STRONG' | 'POSSIBLE' | 'NONE';

export interface ScreeningQuery {
  name: string;
  /** ISO 3166-1 alpha-2 code ("CN"); other forms are not compared. */
  country?: string;
  address?: string;
}

export interface ScreeningCandidate {
  /** The CSL name or alias that the database returned. */
  name: string;
  /** True when `name` is one of the entry's alternative names. */
  alias?: boolean;
  /** ISO 3166-1 alpha-2 code(s) of the entry; the codes ending its addresses count too. */
  country?: string | readonly string[];
  /** CSL addresses, "street, city, state, postal, country-code". */
  addresses?: readonly string[];
  /** The entry is a person (CSL type Individual): written "FAMILY NAME, Given names". */
  individual?: boolean;
}

export interface ScreeningScore {
  /** 0..1, rounded to 3 decimals. */
  score: number;
  matched: boolean;
  level: ScreeningLevel;
  /** Why, in words an officer can check against the two names. */
  reasons: string[];
  /** Each signal, for audit. */
  components: {
    tokenSet: number;
    characters: number;
    country: number;
    address: number;
  };
}

// ---------------------------------------------------------------------------------------------
// pg_trgm

/**
 * The trigrams of a string as pg_trgm makes them: lower case, every run of letters and digits
 * is a word padded with two spaces in front and one behind, all three-character windows kept
 * once each.
 */
export function trigrams(text: string): Set<string> {
  return new Set(trigramsOf(text));
}

function trigramSet(text: string): ReadonlySet<string> {
  const result = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length === 0) continue;
    const padded = [...`  ${word} `];
    for (let i = 0; i + 3 <= padded.length; i += 1) result.add(padded.slice(i, i + 3).join(''));
  }
  return result;
}

// The same names are compared with every screened name: their trigrams are kept (read only).
const trigramsOf = memoised(trigramSet);

/**
 * pg_trgm's similarity(a, b): shared trigrams / trigrams of either (0 when one side has none).
 * Equal to PostgreSQL's value for ASCII text such as normalised names.
 */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigramsOf(a);
  const tb = trigramsOf(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared += 1;
  return shared / (ta.size + tb.size - shared);
}

// ---------------------------------------------------------------------------------------------
// Words

/**
 * Russian romanisations that lists and correspondents use interchangeably (BGN/PCGN, ISO 9,
 * German and French habits): Ivanoff / Ivanov, Iwan / Ivan, Maxim / Maksim, Khodorkovsky /
 * Hodorkovsky, Shchukin / Schukin, Yakovlev / Iakovlev, Yuri / Iuri. Both words are folded the
 * same way before they are compared.
 */
const ROMANISATION_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/shch/g, 'sch'],
  [/kh/g, 'h'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/ia/g, 'ya'],
  [/iu/g, 'yu'],
  [/ff$/, 'v'],
];

// fold is pure and runs for both words of every pair: its results are kept (bounded).
const folded = memoised((word: string) =>
  ROMANISATION_FOLDS.reduce((w, [pattern, to]) => w.replace(pattern, to), word),
);

export function fold(word: string): string {
  return folded(word);
}

/** From this length a word may differ by two letters (one per `lettersPerEdit`, by default). */
const TWO_EDIT_LENGTH = 2 * DEFAULT_SCREENING_THRESHOLDS.lettersPerEdit;

/** The word with one letter deleted, at each place. */
function deletions(word: string): string[] {
  return Array.from(word, (_letter, i) => word.slice(0, i) + word.slice(i + 1));
}

/**
 * The keys under which a name is found again despite misspelt letters: each word, its
 * romanisation fold, and — for words of four letters or more — each of them with one letter
 * deleted (a symmetric deletion index: "casqia" and "caspia" share "casia"; a letter added,
 * dropped or changed leaves one deletion in common). Words long enough for two letters to
 * differ also get their two-letter deletions, so that two letters changed still meet
 * ("arruitectps" and "arquitectos" share "aruitects"). Stored for every listed name, computed
 * for the screened name's distinctive words, and compared for equality (GIN array index).
 */
export function wordKeys({ words }: { words: readonly string[] }): string[] {
  const keys = new Set<string>();
  for (const word of words) {
    for (const form of new Set([word, fold(word)])) {
      keys.add(form);
      if (form.length < 4 || /\d/.test(form)) continue;
      for (const once of deletions(form)) {
        keys.add(once);
        if (form.length >= TWO_EDIT_LENGTH) for (const twice of deletions(once)) keys.add(twice);
      }
    }
  }
  return [...keys];
}

/**
 * 1 for the same word (or the same once romanisation is folded), 1 − edits / length for a
 * misspelling with at most one edit per `lettersPerEdit` letters, else 0. Words of three letters
 * or fewer and words with digits must be equal ("ZTE", "12th").
 */
function wordSimilarity(a: string, b: string, thresholds: ScreeningThresholds): number {
  if (a === b) return 1;
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  if (fold(a) === fold(b)) return 1;
  // A misspelling can also break a romanisation pattern: the closer reading counts.
  return Math.max(misspelling(a, b, thresholds), misspelling(fold(a), fold(b), thresholds));
}

function misspelling(a: string, b: string, thresholds: ScreeningThresholds): number {
  const longer = Math.max(a.length, b.length);
  // A misspelling keeps the word's first letter, as typing and hearing errors do (the premise
  // of Soundex and Jaro-Winkler): "Pedex" is not taken for "FedEx".
  if (Math.min(a.length, b.length) < 4 || a[0] !== b[0]) return 0;
  const allowed = Math.floor(longer / thresholds.lettersPerEdit);
  if (Math.abs(a.length - b.length) > allowed) return 0;
  const edits = editDistance(a, b);
  return edits <= allowed ? 1 - edits / longer : 0;
}

/** Joined words shorter than this must equal the other name's word exactly. */
const MIN_FUZZY_JOIN = 8;

interface Merge {
  from: string[];
  to: string;
}

/**
 * Joins adjacent words that the other name writes as one ("bao ding" / "Baoding", "Hua Wei" /
 * "Huawei", "Opto Electronics" / "Optoelectronics"), so that romanisations and hyphens do not
 * decide the match. Words the other name already has are not joined.
 */
function joinSplitWords(
  words: readonly string[],
  other: readonly string[],
  thresholds: ScreeningThresholds,
): { words: string[]; merges: Merge[] } {
  const otherSet = new Set(other);
  const result: string[] = [];
  const merges: Merge[] = [];
  for (let i = 0; i < words.length;) {
    let joined = false;
    for (let k = Math.min(4, words.length - i); k >= 2 && !joined; k -= 1) {
      const parts = words.slice(i, i + k);
      if (parts.some((part) => otherSet.has(part))) continue;
      const candidate = parts.join('');
      // Exact, or one misspelling in a long joined word ("opto electronic" / "optoelectronics");
      // short joins must be exact ("chu na" is not "china"). A misspelt join starts with its
      // first word as written: the misspelling is in the join, not a whole word swallowed by
      // it ("sage microelectronics" is not "STMicroelectronics").
      const target =
        other.find((o) => o === candidate) ??
        (candidate.length >= MIN_FUZZY_JOIN
          ? other.find(
              (o) => o.startsWith(parts[0]) && wordSimilarity(candidate, o, thresholds) >= 0.8,
            )
          : undefined);
      if (target !== undefined) {
        result.push(candidate);
        merges.push({ from: parts, to: target });
        i += k;
        joined = true;
      }
    }
    if (!joined) {
      result.push(words[i]);
      i += 1;
    }
  }
  return { words: result, merges };
}

interface WordPair {
  query: string;
  candidate: string;
  /** Positions in the two word lists: a word repeated ("Li Li") is two words. */
  q: number;
  c: number;
  similarity: number;
}

/** One-to-one pairing of the two word lists, best pairs first. */
function pairWords(
  query: readonly string[],
  candidate: readonly string[],
  thresholds: ScreeningThresholds,
): WordPair[] {
  const all: WordPair[] = [];
  query.forEach((qw, q) => {
    candidate.forEach((cw, c) => {
      const similarity = wordSimilarity(qw, cw, thresholds);
      if (similarity > 0) all.push({ query: qw, candidate: cw, q, c, similarity });
    });
  });
  all.sort((a, b) => b.similarity - a.similarity || a.q - b.q || a.c - b.c);
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const pairs: WordPair[] = [];
  for (const pair of all) {
    if (usedQ.has(pair.q) || usedC.has(pair.c)) continue;
    usedQ.add(pair.q);
    usedC.add(pair.c);
    pairs.push(pair);
  }
  return pairs;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const fmt = (n: number) => n.toFixed(2);
const list = (words: readonly string[]) => words.join(', ');

// ---------------------------------------------------------------------------------------------
// Country and address

const ISO_COUNTRY = /^[A-Z]{2}$/;

function countriesOf(candidate: ScreeningCandidate): Set<string> {
  const codes = new Set<string>();
  const given = candidate.country;
  for (const code of typeof given === 'string' ? [given] : (given ?? [])) {
    codes.add(code.trim().toUpperCase());
  }
  for (const address of candidate.addresses ?? []) {
    const last = address.split(',').at(-1)?.trim() ?? '';
    if (ISO_COUNTRY.test(last)) codes.add(last);
  }
  return new Set([...codes].filter((code) => ISO_COUNTRY.test(code)));
}

function addressWords(address: string): string[] {
  const words = normaliseText({ text: address });
  return [...new Set(words)].filter((w) =>
    /\d/.test(w) ? w.length >= 2 : w.length >= 3 && !ADDRESS_NOISE.has(w),
  );
}

function addressOverlap(
  query: string,
  candidates: readonly string[],
  thresholds: ScreeningThresholds,
): { overlap: number; shared: string[]; of: number } {
  const q = addressWords(query);
  let best = { overlap: 0, shared: [] as string[], of: q.length };
  if (q.length === 0) return best;
  for (const address of candidates) {
    const c = addressWords(address);
    const { words } = joinSplitWords(q, c, thresholds);
    const cSet = new Set(c);
    const shared = [...new Set(words)].filter((w) => cSet.has(w));
    const overlap = shared.length / new Set(words).size;
    if (overlap > best.overlap) best = { overlap, shared, of: new Set(words).size };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Score

interface NameSignals {
  tokenSet: number;
  characters: number;
  /** Only generic words in common while both names have distinctive ones. */
  genericOnly: boolean;
  /** A listed person's family name is missing from the query. */
  familyNameMissing: string | null;
  /** Every distinctive word of each name is paired (a long one perhaps misspelt); only generic words differ. */
  sameDistinctive: false | 'spelt alike' | 'misspelt';
  /** The only distinctive word in common is a short word, misspelt: "tesla" / "tesa". */
  shortMisspeltOnly: string | null;
  reasons: string[];
}

/** The normalised words written in parentheses in a name. */
function parenthesised(name: string): string[] {
  return [...name.matchAll(/\(([^)]*)\)/g)].flatMap((m) => normaliseName({ name: m[1] }).words);
}

/** The words, less one occurrence of each optional word. */
function withoutOptional(words: readonly string[], optional: readonly string[]): string[] {
  const left = [...optional];
  return words.filter((w) => {
    const at = left.indexOf(w);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

/** The family name of a person listed as "FAMILY NAME, Given names", normalised. */
function familyName(candidate: ScreeningCandidate): string[] {
  if (!candidate.individual || !candidate.name.includes(',')) return [];
  return normaliseName({ name: candidate.name.slice(0, candidate.name.indexOf(',')) }).words;
}

/** The name signals: words paired (order ignored, repeats kept) and characters. */
function compareNames(
  query: string,
  candidate: ScreeningCandidate,
  weights: ScreeningWeights,
  thresholds: ScreeningThresholds,
): NameSignals {
  const q = normaliseName({ name: query });
  const c = normaliseName({ name: candidate.name });
  const reasons: string[] = [];
  const forms = [...q.legalForms.map((f) => `${f} (query)`), ...c.legalForms];
  if (forms.length > 0) reasons.push(`legal forms ignored: ${list(forms)}`);

  // Words the other name writes as one are joined first, both ways.
  const qJoined = joinSplitWords(q.words, c.words, thresholds);
  const cJoined = joinSplitWords(c.words, qJoined.words, thresholds);
  for (const merge of [...qJoined.merges, ...cJoined.merges]) {
    reasons.push(`"${merge.from.join(' ')}" read as one word, like "${merge.to}"`);
  }
  const qWords = qJoined.words;
  const cWords = cJoined.words;

  // Word set: a weighted soft Jaccard over the paired words, order ignored. Every word counts,
  // a repeated one too: "Li" is one word of "Li Li", not all of it. When neither name has a
  // distinctive word ("Electronic Components Industries Co"), its generic words are all that
  // tell it apart, and weigh as distinctive ones; a legal-form word still weighs little.
  const noDistinctive = [...qWords, ...cWords].every((w) => GENERIC.has(w));
  const genericWeight = noDistinctive ? 1 : weights.genericToken;
  if (noDistinctive) {
    reasons.push('neither name has a distinctive word: its generic words weigh 1');
  }
  const weightOf = (w: string) =>
    isLegalFormWord(w) ? weights.legalFormToken : GENERIC_SET.has(w) ? genericWeight : 1;
  const pairs = pairWords(qWords, cWords, thresholds);
  const shared = pairs.reduce(
    (sum, p) => sum + (p.similarity * (weightOf(p.query) + weightOf(p.candidate))) / 2,
    0,
  );
  const total = (words: string[]) => words.reduce((sum, w) => sum + weightOf(w), 0);
  const exact = pairs.filter((p) => p.similarity === 1).map((p) => p.query);
  if (exact.length > 0) reasons.push(`words in common: ${list(exact)}`);
  for (const p of pairs.filter((pair) => pair.similarity < 1)) {
    const edits = editDistance(fold(p.query), fold(p.candidate));
    reasons.push(
      `"${p.query}" taken for "${p.candidate}" (${edits} letter${edits > 1 ? 's' : ''} differ)`,
    );
  }
  const pairedQ = new Set(pairs.map((p) => p.q));
  const pairedC = new Set(pairs.map((p) => p.c));
  // Words in parentheses are another name for the same party — an acronym or the name again
  // ("Huawei Technologies Co., Ltd. (Huawei)", "… 14th Research Institute (CETC 14)"): they
  // count when they pair, and are not missed when they do not.
  const optionalQ = parenthesised(query);
  const optionalC = parenthesised(candidate.name);
  const onlyQ = withoutOptional(
    qWords.filter((_w, i) => !pairedQ.has(i)),
    optionalQ,
  );
  const onlyC = withoutOptional(
    cWords.filter((_w, i) => !pairedC.has(i)),
    optionalC,
  );
  // A pair counts once in the union, at the mean weight of its two words; a misspelt pair adds
  // its similarity to the shared part, so one typo in a one-word name costs what it differs.
  const pairWeight = pairs.reduce(
    (sum, p) => sum + (weightOf(p.query) + weightOf(p.candidate)) / 2,
    0,
  );
  const union = pairWeight + total(onlyQ) + total(onlyC);
  const tokenSet = union > 0 ? shared / union : 0;
  if (onlyQ.length > 0) reasons.push(`only in the query: ${list(onlyQ)}`);
  if (onlyC.length > 0) reasons.push(`only in the listed name: ${list(onlyC)}`);
  reasons.push(
    `word-set similarity ${round(tokenSet)} (word order ignored; a generic word weighs ` +
      `${weights.genericToken}, a distinctive one 1)`,
  );

  // Characters: pg_trgm similarity of the legal-form-free names.
  const characters = trigramSimilarity(qWords.join(' '), cWords.join(' '));
  reasons.push(`character (trigram) similarity ${round(characters)}`);

  // A pair is distinctive when neither word is generic ("chuna" taken for "china" is not).
  const distinctive = pairs.filter((p) => !GENERIC.has(p.query) && !GENERIC.has(p.candidate));
  const genericOnly =
    distinctive.length === 0 &&
    qWords.some((w) => !GENERIC.has(w)) &&
    cWords.some((w) => !GENERIC.has(w));
  // A person is known by the family name: "Martin" is not "MELGOZA TORRES, Martin".
  const family = familyName(candidate);
  const pairedWords = new Set(pairs.map((p) => p.candidate));
  const familyNameMissing =
    family.length > 0 && !family.some((w) => pairedWords.has(w)) ? family.join(' ') : null;
  // The same distinctive words on both sides, the names differing only in generic words
  // ("Hikvision" / "Hangzhou Hikvision Digital Technology Co., Ltd."): the officer must see it.
  // Only for distinctive words spelt alike, one of four letters or more: a short word ("Wei",
  // "TCL") or a near spelling of one is too little to stand for a name alone. A word long
  // enough for two letters to differ (eight letters, one per `lettersPerEdit`) and misspelt
  // within that allowance is the same word ("Syribtem" / "SYRIATEL") when nothing else differs
  // but legal forms: there are few such pairs of real names.
  const longWord = 2 * thresholds.lettersPerEdit;
  const sameWords =
    distinctive.length > 0 &&
    distinctive.every(
      (p) => p.similarity === 1 || Math.min(p.query.length, p.candidate.length) >= longWord,
    ) &&
    distinctive.some((p) => p.query.length >= 4) &&
    onlyQ.every((w) => GENERIC.has(w)) &&
    onlyC.every((w) => GENERIC.has(w));
  // A misspelt pair raises only a name that is otherwise the same words, legal forms aside:
  // "Merchants" / "Global Merchant General Trading" is an inflection among other words.
  const onlyLegalForms = [...onlyQ, ...onlyC].every((w) => isLegalFormWord(w));
  const sameDistinctive = !sameWords
    ? false
    : distinctive.every((p) => p.similarity === 1)
      ? 'spelt alike'
      : onlyLegalForms
        ? 'misspelt'
        : false;
  // One short word one letter off is weak evidence (there are few five-letter words, and many
  // are one letter from another): it needs a second distinctive word to agree.
  const only = distinctive.length === 1 ? distinctive[0] : undefined;
  const shortMisspeltOnly =
    only &&
    only.similarity < 1 &&
    Math.max(only.query.length, only.candidate.length) <= thresholds.shortWord
      ? `"${only.query}" / "${only.candidate}"`
      : null;
  return {
    tokenSet,
    characters,
    genericOnly,
    familyNameMissing,
    sameDistinctive,
    shortMisspeltOnly,
    reasons,
  };
}

/** + for the same country, − for different ones, 0 when either side has none. */
function compareCountries(
  query: ScreeningQuery,
  candidate: ScreeningCandidate,
  weights: ScreeningWeights,
): { adjustment: number; reason?: string } {
  const country = query.country?.trim().toUpperCase();
  const listed = countriesOf(candidate);
  if (!country || !ISO_COUNTRY.test(country) || listed.size === 0) return { adjustment: 0 };
  if (listed.has(country)) {
    return {
      adjustment: weights.countryMatch,
      reason: `same country: ${country} (+${fmt(weights.countryMatch)})`,
    };
  }
  return {
    adjustment: -weights.countryMismatch,
    reason:
      `different country: ${country}, listed ${[...listed].join('/')} ` +
      `(−${fmt(weights.countryMismatch)})`,
  };
}

/** A bonus when enough of the query's address is in one of the entry's addresses. */
function compareAddresses(
  query: ScreeningQuery,
  candidate: ScreeningCandidate,
  weights: ScreeningWeights,
  thresholds: ScreeningThresholds,
): { bonus: number; reason?: string } {
  if (!query.address || !candidate.addresses || candidate.addresses.length === 0) {
    return { bonus: 0 };
  }
  const found = addressOverlap(query.address, candidate.addresses, thresholds);
  if (found.shared.length < 2 || found.overlap < thresholds.addressMinOverlap) return { bonus: 0 };
  const bonus = weights.addressOverlap * found.overlap;
  return {
    bonus,
    reason:
      `address shares ${found.shared.length} of ${found.of} words: ${list(found.shared)} ` +
      `(+${fmt(bonus)})`,
  };
}

/**
 * Scores a CSL candidate (one name or alias of an entry) against the screened party.
 * score = tokenSet × w.tokenSet + characters × w.characters ± country + address, held at
 *         thresholds.genericOnlyCeiling when the names share only generic words or a listed
 *         person's family name is missing; STRONG from thresholds.strong, POSSIBLE from
 *         thresholds.possible.
 */
export function scoreMatch({
  query,
  candidate,
  weights: weightOverrides,
  thresholds: thresholdOverrides,
}: {
  query: ScreeningQuery;
  candidate: ScreeningCandidate;
  weights?: Partial<ScreeningWeights>;
  thresholds?: Partial<ScreeningThresholds>;
}): ScreeningScore {
  const weights: ScreeningWeights = { ...DEFAULT_SCREENING_WEIGHTS, ...weightOverrides };
  const thresholds: ScreeningThresholds = {
    ...DEFAULT_SCREENING_THRESHOLDS,
    ...thresholdOverrides,
  };
  const entry = candidate.alias ? `alias "${candidate.name}"` : `name "${candidate.name}"`;
  const names = compareNames(query.name, candidate, weights, thresholds);
  const country = compareCountries(query, candidate, weights);
  const address = compareAddresses(query, candidate, weights, thresholds);
  const reasons = [`"${query.name}" compared with the listed ${entry}`, ...names.reasons];
  for (const reason of [country.reason, address.reason]) if (reason) reasons.push(reason);

  let score =
    weights.tokenSet * names.tokenSet +
    weights.characters * names.characters +
    country.adjustment +
    address.bonus;
  // Generic words alone never make a hit ("Valence Technology" / "Cloudmind Technology").
  if (names.genericOnly && score > thresholds.genericOnlyCeiling) {
    score = thresholds.genericOnlyCeiling;
    reasons.push(`only generic words in common: score held at ${fmt(score)}`);
  }
  if (names.sameDistinctive && score < thresholds.possible) {
    score = thresholds.possible;
    reasons.push(
      names.sameDistinctive === 'misspelt'
        ? `every distinctive word is in both names, a long one misspelt within the allowance, ` +
            `and they differ only in generic words: raised to the POSSIBLE threshold ${fmt(score)}`
        : `every distinctive word is in both names, which differ only in generic words: raised ` +
            `to the POSSIBLE threshold ${fmt(score)}`,
    );
  }
  if (names.shortMisspeltOnly && score > thresholds.genericOnlyCeiling) {
    score = thresholds.genericOnlyCeiling;
    reasons.push(
      `the only distinctive word in common is a short word spelt differently ` +
        `(${names.shortMisspeltOnly}): score held at ${fmt(score)}`,
    );
  }
  if (names.familyNameMissing && score > thresholds.genericOnlyCeiling) {
    score = thresholds.genericOnlyCeiling;
    reasons.push(
      `the listed person's family name "${names.familyNameMissing}" is not in the query: ` +
        `score held at ${fmt(score)}`,
    );
  }
  score = round(Math.min(1, Math.max(0, score)));
  const level: ScreeningLevel =
    score >= thresholds.strong ? 'STRONG' : score >= thresholds.possible ? 'POSSIBLE' : 'NONE';
  reasons.push(
    level === 'NONE'
      ? `score ${score} below the POSSIBLE threshold ${thresholds.possible}: no match`
      : `score ${score} ≥ ${level === 'STRONG' ? thresholds.strong : thresholds.possible}: ${level}`,
  );
  return {
    score,
    matched: level !== 'NONE',
    level,
    reasons,
    components: {
      tokenSet: round(names.tokenSet),
      characters: round(names.characters),
      country: country.adjustment,
      address: round(address.bonus),
    },
  };
}

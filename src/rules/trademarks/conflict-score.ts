import type { PartyCode } from '../../domain/parties';
import {
  CONFLICT_LEVELS,
  CONFLICT_REASONS,
  type ConflictLevel,
  type ConflictReason,
  type GoodsOverlap,
} from '../../domain/trademarks';
import { markSkeleton, type MarkForm } from './mark-form';
import { goodsOverlap } from './nice-classes';

/** One form of a mark on file (its own text, or a recorded translation or transliteration). */
export interface FiledForm extends MarkForm {
  source: 'MARK' | 'TRANSLATION' | 'TRANSLITERATION';
  text: string;
}

/** A form of the proposed mark: the whole of it, or its core once the words that only
 * describe the goods are taken out ("Valance Batteries" → "Valance"). */
export interface ProposedForm extends MarkForm {
  part: 'WHOLE' | 'CORE';
}

/** A pair the candidate query found: a proposed form against a filed one, with PostgreSQL's
 * measures of the two (fuzzystrmatch: `levenshtein` on the skeletons, `dmetaphone`). */
export interface Candidate {
  markId: string;
  markText: string;
  ownerParty: PartyCode;
  niceClasses: readonly number[];
  proposed: ProposedForm;
  filed: FiledForm;
  distance: number;
  sameSound: boolean;
}

export interface MarkConflict {
  markId: string;
  markText: string;
  ownerParty: PartyCode;
  level: ConflictLevel;
  /** Similarity of the closest forms (1 = the same letters) times the goods weight. */
  score: number;
  reasons: ConflictReason[];
  /** The form of the mark that came closest (the mark, or a translation or transliteration). */
  matchedForm: string;
  goods: GoodsOverlap;
}

export interface ConflictResult {
  level: ConflictLevel;
  score: number;
  closest: MarkConflict[];
}

/** Words that name the goods or the company form (TIC 1.9, 1.13, 1.14; the parties' names):
 * shared with another mark, they say nothing about who makes the goods. */
export const DESCRIPTIVE_WORDS: ReadonlySet<string> = new Set([
  'battery',
  'batteries',
  'cell',
  'cells',
  'powder',
  'large',
  'format',
  'cylindrical',
  'lvp',
  'lco',
  'p1a',
  'bellcore',
  'technology',
  'company',
  'co',
  'ltd',
  'inc',
  'llc',
  'limited',
  'group',
]);

/** A word long enough, and not descriptive, to tell one maker's goods from another's. */
export const isDistinctive = (token: string): boolean =>
  token.length >= 5 && !DESCRIPTIVE_WORDS.has(token);

/** The forms a proposed text is compared by: the whole, and its core when descriptive words
 * surround a distinctive one. */
export function proposedForms(whole: MarkForm): ProposedForm[] {
  const forms: ProposedForm[] = [{ ...whole, part: 'WHOLE' }];
  if (whole.script === 'LATIN') {
    const core = whole.tokens.filter((t) => !DESCRIPTIVE_WORDS.has(t));
    if (core.length > 0 && core.length < whole.tokens.length) {
      const letters = core.join('');
      forms.push({
        ...whole,
        part: 'CORE',
        letters,
        key: letters,
        skeleton: markSkeleton(letters),
        tokens: core,
      });
    }
  }
  return forms;
}

const GOODS_WEIGHT: Record<GoodsOverlap, number> = {
  SAME_CLASS: 1,
  UNKNOWN: 1,
  RELATED_CLASS: 0.9,
  UNRELATED: 0.6,
};

/** At most this many marks are listed, closest first. */
export const CLOSEST_LIMIT = 10;

interface Signal {
  reason: ConflictReason;
  similarity: number;
}

/** One or two letters apart, in strings long enough that this is not a different word. */
function smallDistance(distance: number, length: number): boolean {
  return (distance === 1 && length >= 5) || (distance === 2 && length >= 9);
}

function signals(c: Candidate, ownStems: ReadonlySet<string>): Signal[] {
  const { proposed: p, filed: f } = c;
  const found: Signal[] = [];
  const length = Math.max(p.skeleton.length, f.skeleton.length);
  if (p.script === f.script && p.letters !== '' && p.letters === f.letters) {
    // The mark with only descriptive words added is its distinctive word, not the same mark.
    if (p.part === 'CORE') return [{ reason: 'SHARED_STEM', similarity: 0.85 }];
    return [
      f.source === 'MARK'
        ? { reason: 'SAME_LETTERS', similarity: 1 }
        : { reason: 'KNOWN_RENDERING', similarity: 0.95 },
    ];
  }
  // Double Metaphone codes are at most four letters long: beyond a few letters' difference in
  // length, the same code says only that the words begin alike.
  const sameSound =
    c.sameSound &&
    Math.min(p.key.length, f.key.length) >= 4 &&
    Math.abs(p.key.length - f.key.length) <= 3;
  // Chinese characters against Latin letters, or two Chinese marks that read alike: compared
  // through pinyin (TIC 10.4: translations and transliterations).
  if (p.script === 'HAN' || f.script === 'HAN') {
    if (p.key !== '' && p.key === f.key) found.push({ reason: 'PINYIN', similarity: 0.9 });
    else if (sameSound) found.push({ reason: 'PINYIN', similarity: 0.85 });
    else if (smallDistance(c.distance, length))
      found.push({ reason: 'PINYIN', similarity: 1 - c.distance / length });
    return found;
  }
  if (p.skeleton === f.skeleton) {
    found.push({ reason: 'LOOK_ALIKE_CHARACTERS', similarity: 0.95 });
  } else if (smallDistance(c.distance, length)) {
    found.push({ reason: 'SMALL_EDIT_DISTANCE', similarity: 1 - c.distance / length });
  }
  if (sameSound) found.push({ reason: 'SAME_SOUND', similarity: 0.85 });
  const stem = (a: MarkForm, b: MarkForm) =>
    a.tokens.some(
      (t) => isDistinctive(t) && !ownStems.has(t) && (b.tokens.includes(t) || b.key.includes(t)),
    );
  if (stem(f, p) || stem(p, f)) found.push({ reason: 'SHARED_STEM', similarity: 0.8 });
  return found;
}

const lower = (level: ConflictLevel): ConflictLevel =>
  level === 'IDENTICAL' ? 'CONFUSINGLY_SIMILAR' : 'CLEAR';

const rank = (level: ConflictLevel) => CONFLICT_LEVELS.indexOf(level);

/**
 * How close a proposed mark comes to the marks on file, mark by mark, as a trademark search
 * answers it: the same letters are IDENTICAL; the same once look-alike characters are read
 * alike, a letter or two apart, the same sound, a recorded translation or transliteration, a
 * Chinese reading that sounds like it, or its distinctive word are CONFUSINGLY_SIMILAR (TIC
 * 10.4; JVC Art. 50). Unrelated goods lower the answer one step. `ownStems` are the
 * distinctive words of the proposer's own marks, which never make a conflict by themselves.
 */
export function scoreConflicts({
  niceClasses,
  candidates,
  ownStems = new Set(),
}: {
  niceClasses: readonly number[];
  candidates: readonly Candidate[];
  ownStems?: ReadonlySet<string>;
}): ConflictResult {
  const byMark = new Map<
    string,
    { candidate: Candidate; best: number; matched: string; reasons: Set<ConflictReason> }
  >();
  for (const candidate of candidates) {
    const found = signals(candidate, ownStems);
    if (found.length === 0) continue;
    const best = Math.max(...found.map((s) => s.similarity));
    const entry = byMark.get(candidate.markId) ?? {
      candidate,
      best: 0,
      matched: candidate.filed.text,
      reasons: new Set<ConflictReason>(),
    };
    found.forEach((s) => entry.reasons.add(s.reason));
    if (best > entry.best) {
      entry.best = best;
      entry.matched = candidate.filed.text;
    }
    byMark.set(candidate.markId, entry);
  }
  const closest = [...byMark.values()]
    .map(({ candidate, best, matched, reasons }): MarkConflict => {
      const goods = goodsOverlap({ proposed: niceClasses, registered: candidate.niceClasses });
      const base: ConflictLevel = reasons.has('SAME_LETTERS') ? 'IDENTICAL' : 'CONFUSINGLY_SIMILAR';
      return {
        markId: candidate.markId,
        markText: candidate.markText,
        ownerParty: candidate.ownerParty,
        level: goods === 'UNRELATED' ? lower(base) : base,
        score: Math.round(best * GOODS_WEIGHT[goods] * 1000) / 1000,
        reasons: CONFLICT_REASONS.filter((r) => reasons.has(r)),
        matchedForm: matched,
        goods,
      };
    })
    .sort(
      (a, b) =>
        rank(a.level) - rank(b.level) || b.score - a.score || a.markText.localeCompare(b.markText),
    )
    .slice(0, CLOSEST_LIMIT);
  const top = closest[0];
  return { level: top?.level ?? 'CLEAR', score: top?.score ?? 0, closest };
}

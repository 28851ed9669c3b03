import { pinyin } from 'pinyin-pro';
import type { MarkScript } from '../../domain/trademarks';

/**
 * A word mark as the conflict check compares it (TIC 10.4: identical or confusingly similar,
 * translations and transliterations included). Pure: the same text always gives the same form.
 */
export interface MarkForm {
  script: MarkScript;
  /** The letters themselves: Latin folded to a-z0-9 (case, accents, spacing, punctuation
   * dropped); Chinese characters as written. */
  letters: string;
  /** What is compared by edit distance and sound: the Latin letters, or the pinyin of Chinese
   * characters without tones (pinyin-pro), e.g. 风帆 → "fengfan". */
  key: string;
  /** `key` with look-alike characters read alike (1/l, 0/O, rn/m). */
  skeleton: string;
  /** The words of the mark (Latin) or its whole pinyin (Chinese), for the shared-stem test. */
  tokens: string[];
}

/** The look-alike characters the issue of the register names, read as the letter they imitate. */
const LOOK_ALIKES: ReadonlyArray<readonly [RegExp, string]> = [
  [/rn/g, 'm'],
  [/1/g, 'l'],
  [/0/g, 'o'],
];

const HAN = /\p{Script=Han}/u;

/** Latin letters with look-alike characters read as the letter they imitate. */
export function markSkeleton(letters: string): string {
  return LOOK_ALIKES.reduce((s, [from, to]) => s.replace(from, to), letters);
}

export function scriptOf(text: string): MarkScript {
  return HAN.test(text) ? 'HAN' : 'LATIN';
}

/** Case, accents and compatibility forms folded away (é → e, ＶＡＬＥＮＣＥ → valence). */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function markForm(text: string): MarkForm {
  if (scriptOf(text) === 'HAN') {
    const letters = [...text].filter((ch) => HAN.test(ch)).join('');
    const key = pinyin(letters, { toneType: 'none', type: 'array', nonZh: 'removed' })
      .join('')
      .toLowerCase();
    return { script: 'HAN', letters, key, skeleton: key, tokens: key ? [key] : [] };
  }
  const tokens = folded(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
  const letters = tokens.join('');
  return { script: 'LATIN', letters, key: letters, skeleton: markSkeleton(letters), tokens };
}

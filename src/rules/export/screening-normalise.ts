import { pinyin } from 'pinyin-pro';
import { transliterate } from 'transliteration';
import { editDistance } from './edit-distance';
import { memoised } from './memo';

/**
 * Name normalisation for restricted-party screening (TIC 12.2; 15 C.F.R. 744.11 and the other
 * lists of the Consolidated Screening List). The same function produces the form stored for
 * every CSL name and alias and the form of the name being screened, so both sides are compared
 * on equal terms.
 *
 * Pipeline:
 * 1. Unicode NFKC (full-width letters, digits and brackets become ASCII).
 * 2. Runs of Chinese characters: Chinese legal forms (有限公司 …) are marked, ordinals and a few
 *    generic descriptors and places are translated to the English the CSL uses (第十四 → 14th, 科技 →
 *    technology), and the rest becomes pinyin, one syllable per word, with pinyin-pro (it reads
 *    polyphonic characters in context: 银行 yin hang, 厦门 xia men, 重庆 chong qing).
 * 3. Every other script (Cyrillic, Greek, Arabic, Korean, accented Latin…) goes through the
 *    transliteration package; then lower case, dotted acronyms joined (L.L.C. → llc),
 *    apostrophes dropped (Xi'an → xian), all other punctuation becomes a space. Pinyin
 *    descriptors written as one word are translated like their characters (keji → technology).
 * 4. Legal-form words (LEGAL_FORMS) are removed from the words, and so are a few connectors
 *    (the, of, and…), which carry no identity.
 *
 * Pinyin stays one syllable per word ("bao ding"); the scorer joins adjacent words that the other
 * name writes as one ("Baoding"), so that romanisation and hyphens do not decide a match.
 */

/** Where a legal form is recognised among the words of a name. */
export type LegalFormPosition =
  /** Unambiguous anywhere: removed wherever it stands ("Corporation, Limited (CSSC) 12th …"). */
  | 'anywhere'
  /** Short or ambiguous ("SA", "AO", "Co"): removed only at the start or end of the name. */
  | 'edge';

export interface LegalFormFamily {
  family: string;
  position: LegalFormPosition;
  /** Written forms; each is normalised by the same pipeline as the names, so "S.p.A." = "spa". */
  forms: readonly string[];
}

/**
 * Legal-form words and phrases: they say what kind of entity a party is, not which one, and
 * lists and contracts add or drop them freely ("Huawei Technologies Co., Ltd." / "Huawei
 * Technologies"). Written forms in Chinese characters are removed from the characters before
 * they become pinyin; all others are matched on the normalised words.
 *
 * Deliberately NOT here (they stay in the name as low-weight generic words, see
 * GENERIC_WORDS in screening-score.ts):
 * - "Group" / 集团 / "Holding(s)": no jurisdiction has such an entity type; it is part of the
 *   registered name and tells a parent from its subsidiary ("Hefei Meiling Co. Ltd." vs its CSL
 *   alias "Hefei Meiling Group Holdings Limited"). Dropping it would make "X Group" and "X"
 *   identical; kept as a half-weight generic word, "X Group" still matches "X" while "Group"
 *   alone never makes a match.
 * - "Joint Stock Commercial Bank", "Trading", "Industrial": descriptors, not forms.
 */
export const LEGAL_FORMS: readonly LegalFormFamily[] = [
  // Chinese (PRC company law): 股份有限公司 company limited by shares, 有限责任公司 limited
  // liability company, 有限公司 limited company, 公司 company; traditional characters too.
  // The romanised forms appear in CSL aliases ("Beijing Haili Lianhe Keji Youxian Gongsi").
  {
    family: 'Chinese company forms',
    position: 'anywhere',
    forms: [
      '股份有限公司',
      '有限责任公司',
      '有限公司',
      '有限責任公司',
      '公司',
      'gufen youxian gongsi',
      'youxian zeren gongsi',
      'youxian gongsi',
      'gongsi',
    ],
  },
  // English company forms, unambiguous words: removed wherever they stand.
  {
    family: 'English company forms',
    position: 'anywhere',
    forms: [
      'Company Limited',
      'Co., Ltd.',
      'Co Ltd',
      'Co.Ltd',
      'Ltd.',
      'Limited',
      'Company',
      'Inc.',
      'Incorporated',
      'Corp.',
      'Corporation',
      'LLC',
      'L.L.C.',
      'Limited Liability Company',
      'Limited Liability Co.',
      'LLP',
      'PLC',
      'Public Limited Company',
      'Pte',
      'Pty',
    ],
  },
  // English short forms that are also ordinary words or initials: only at the edges.
  { family: 'English short forms', position: 'edge', forms: ['Co.', 'LP', 'L.P.', 'Cos'] },
  // German, Austrian, Swiss, Dutch, Belgian, Nordic forms.
  {
    family: 'Germanic company forms',
    position: 'anywhere',
    forms: ['GmbH', 'mbH', 'GmbH & Co. KG', 'B.V.', 'N.V.', 'Aktiengesellschaft'],
  },
  {
    family: 'Germanic short forms',
    position: 'edge',
    forms: ['AG', 'KG', 'AB', 'AS', 'A/S', 'Oy', 'Oyj'],
  },
  // Romance forms (France, Spain, Italy, Portugal, Latin America, Lebanon).
  {
    family: 'Romance company forms',
    position: 'anywhere',
    forms: [
      'S.A. de C.V.',
      'SA de CV',
      'S. de R.L. de C.V.',
      'Sociedad Anonima',
      'Société Anonyme',
      'Societe Anonyme',
      'S.p.A.',
      'S.r.l.',
      'S.A.R.L.',
      'S.A.S.',
      'Ltda.',
      'S.A.L.',
    ],
  },
  { family: 'Romance short forms', position: 'edge', forms: ['S.A.', 'SA', 'C.A.', 'S.L.', 'SAL'] },
  // Russian and CIS forms: ООО (limited liability), ОАО/ОJSC (open joint-stock), ЗАО/CJSC
  // (closed), ПАО/PJSC (public), АО/JSC (joint-stock), in Cyrillic, in the CSL's romanisation
  // ("Obshchestvo s Ogranichennoi Otvetstvennostyu") and in English.
  {
    family: 'Russian and CIS forms',
    position: 'anywhere',
    forms: [
      'Общество с ограниченной ответственностью',
      'Открытое акционерное общество',
      'Закрытое акционерное общество',
      'Публичное акционерное общество',
      'Акционерное общество',
      'ООО',
      'ОАО',
      'ЗАО',
      'ПАО',
      'Obshchestvo s Ogranichennoi Otvetstvennostyu',
      'Obshchestvo s Ogranichennoy Otvetstvennostyu',
      'Otkrytoe Aktsionernoe Obshchestvo',
      'Zakrytoe Aktsionernoe Obshchestvo',
      'Publichnoe Aktsionernoe Obshchestvo',
      'Aktsionernoe Obshchestvo',
      'Open Joint Stock Company',
      'Closed Joint Stock Company',
      'Public Joint Stock Company',
      'Joint Stock Company',
      'Open Joint Stock Co.',
      'Closed Joint Stock Co.',
      'Public Joint Stock Co.',
      'Joint Stock Co.',
      'OOO',
      'OAO',
      'ZAO',
      'PAO',
      'JSC',
      'OJSC',
      'CJSC',
      'PJSC',
    ],
  },
  // АО / AO is also a pinyin syllable and a common initial: only at the edges.
  { family: 'Russian short forms', position: 'edge', forms: ['АО', 'AO', 'ТОВ', 'TOV'] },
  // Other frequent forms on the CSL: Malaysia (Sdn Bhd), UAE free zones (FZE, FZC, FZCO),
  // Turkey (Şirketi), Bulgaria (OOD, EOOD), Indonesia (PT, Tbk); "company" in Russian
  // (Kompaniya) and Persian (Sherkat) romanisation.
  {
    family: 'Other company forms',
    position: 'anywhere',
    forms: [
      'Sdn. Bhd.',
      'Bhd.',
      'FZE',
      'FZC',
      'FZCO',
      'FZ-LLC',
      'Şirketi',
      'EOOD',
      'OOD',
      'Tbk',
      'Kompaniya',
      'Sherkat',
    ],
  },
  { family: 'Other short forms', position: 'edge', forms: ['PT'] },
  // Greek: Α.Ε. (société anonyme), Ε.Π.Ε. (limited liability), Ι.Κ.Ε. (private company).
  { family: 'Greek company forms', position: 'anywhere', forms: ['Ε.Π.Ε.', 'Ι.Κ.Ε.'] },
  { family: 'Greek short forms', position: 'edge', forms: ['Α.Ε.', 'ΑΕ'] },
  // Arabic and Persian "company" (شركة sharika, Persian sherkat), written or romanised.
  { family: 'Arabic company forms', position: 'anywhere', forms: ['شركة', 'Sharikat'] },
];

/**
 * Chinese generic descriptors, translated because the CSL writes them in English: a name in
 * characters (…科技有限公司) is screened against "… Technology Co., Ltd.". Only words that
 * describe the kind of business, never a proper name. Longest first at use.
 */
export const HAN_GENERIC_TRANSLATIONS: Readonly<Record<string, string>> = {
  中国: 'china',
  集团: 'group',
  控股: 'holdings',
  科技: 'technology',
  技术: 'technology',
  电子: 'electronics',
  电池: 'battery',
  能源: 'energy',
  新能源: 'new energy',
  工业: 'industry',
  国际: 'international',
  贸易: 'trading',
  进出口: 'import export',
  研究所: 'research institute',
  研究院: 'research institute',
  大学: 'university',
  通信: 'communications',
  信息: 'information',
  光电: 'optoelectronics',
  材料: 'materials',
  设备: 'equipment',
  工程: 'engineering',
  发展: 'development',
  投资: 'investment',
  实业: 'industrial',
  制造: 'manufacturing',
  产业: 'industry',
  // 航空 is "aviation" in company names (中国航空工业 → Aviation Industry … of China), 航天
  // "aerospace" (中国航天科工 → China Aerospace Science and Industry), and the two together
  // "aeronautics and astronautics" in the names of universities (南京航空航天大学).
  航空: 'aviation',
  航天: 'aerospace',
  航空航天: 'aeronautics astronautics',
};

/**
 * Places known in English by a name that is not their pinyin (哈尔滨 is Harbin, not "Ha Er
 * Bin"; 香港 Hong Kong, not "Xiang Gang"): written as the CSL writes them.
 */
export const HAN_PLACE_NAMES: Readonly<Record<string, string>> = {
  哈尔滨: 'harbin',
  香港: 'hong kong',
  澳门: 'macau',
  内蒙古: 'inner mongolia',
  西藏: 'tibet',
};

/**
 * Words with no identity of their own, removed from the tokens. "the" and "and" anywhere (CSL
 * aliases start with "and …": "…; and Chengdu Zenith"); the others only between two words, so
 * that "Bank of China" = "China Bank" but "DES International" keeps its "des".
 */
export const CONNECTOR_WORDS: Readonly<{
  anywhere: ReadonlySet<string>;
  inside: ReadonlySet<string>;
}> = {
  anywhere: new Set(['the', 'and']),
  // "i" is the Russian и ("Рога и Копыта").
  inside: new Set(['of', 'for', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'und', 'y', 'i']),
};

export interface NormalisedName {
  /** Lower-case ASCII, transliterated, punctuation removed, single spaces; legal forms kept. */
  normalised: string;
  /** The words without legal forms and connectors, in their order ("huawei technologies"). */
  words: string[];
  /** The same words, de-duplicated and sorted, for order-insensitive comparison. */
  tokens: string[];
  /** The legal forms removed, as they were written (有限公司) or normalised ("co ltd"). */
  legalForms: string[];
  /** `words` joined by one space: the legal-form-free key for trigram comparison. */
  key: string;
}

interface Word {
  text: string;
  /** A pinyin syllable: never taken for a Latin legal form ("ao" 奥, "sa" 萨). */
  fromHan: boolean;
  /** The pinyin of a Chinese legal form (有限公司 → you xian gong si), already recognised. */
  legal?: boolean;
}

const HAN_RUN = /(\p{Script=Han}+)/u;
const HAN_CHAR = /\p{Script=Han}/u;
// Acronyms written with dots (L.L.C., S.p.A., B.V., a.k.a.): the dots are removed, not spaced.
const DOTTED_ACRONYM = /(?<![\p{L}\p{N}])(?:\p{L}\.){1,}\p{L}(?![\p{L}\p{N}])\.?/gu;

/** Latin (or other non-Han) text to lower-case ASCII words. */
function latinWords(text: string): string[] {
  return transliterate(
    text.replace(DOTTED_ACRONYM, (acronym) => acronym.replace(/\./g, '')),
    {
      fixChineseSpacing: false,
    },
  )
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
}

/** Pinyin syllables of a run of Chinese characters, tones and ü folded (绿 → lu). */
function pinyinWords(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array' }).flatMap((syllable) =>
    latinWords(syllable),
  );
}

const HAN_FORMS: readonly string[] = LEGAL_FORMS.flatMap((family) =>
  family.forms.filter((form) => HAN_CHAR.test(form)),
).sort((a, b) => b.length - a.length);

const HAN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const HAN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const HAN_ORDINAL = /第([〇零一二两三四五六七八九十百千]+)/gu;

/** 十四 → 14, 七百零一 → 701, 七一二 → 712 (digit by digit); only digits and units expected. */
function chineseNumber(text: string): number {
  if ([...text].every((c) => c in HAN_DIGITS)) {
    return Number([...text].map((c) => HAN_DIGITS[c]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in HAN_DIGITS) {
      digit = HAN_DIGITS[c];
    } else if (c in HAN_UNITS) {
      total += (digit ?? 1) * HAN_UNITS[c];
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

/** 14 → "14th", 701 → "701st", 712 → "712th": the CSL writes "14th Research Institute". */
function englishOrdinal(n: number): string {
  const lastTwo = n % 100;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const HAN_TRANSLATIONS: ReadonlyArray<[string, string]> = Object.entries({
  ...HAN_GENERIC_TRANSLATIONS,
  ...HAN_PLACE_NAMES,
}).sort(([a], [b]) => b.length - a.length);

/** A piece of a run of Chinese characters while it is being taken apart. */
type HanPiece = { han: string } | { english: string } | { legal: string };

/** Replaces every occurrence of `needle` inside the Chinese pieces. */
function splitPieces(
  pieces: HanPiece[],
  needle: string,
  replacement: (found: string) => HanPiece[],
): HanPiece[] {
  return pieces.flatMap((piece) => {
    if (!('han' in piece) || !piece.han.includes(needle)) return [piece];
    return piece.han
      .split(needle)
      .flatMap((part, index) => [
        ...(index > 0 ? replacement(needle) : []),
        ...(part.length > 0 ? [{ han: part }] : []),
      ]);
  });
}

/**
 * A run of Chinese characters: legal forms marked, ordinals (第十四 → 14th) and generic words
 * translated, the rest pinyin.
 */
function hanWords(run: string, legalForms: string[]): Word[] {
  let pieces: HanPiece[] = [{ han: run }];
  for (const form of HAN_FORMS) {
    pieces = splitPieces(pieces, form, (found) => {
      legalForms.push(found);
      return [{ legal: found }];
    });
  }
  for (const piece of [...pieces]) {
    if (!('han' in piece)) continue;
    for (const [ordinal, numeral] of piece.han.matchAll(HAN_ORDINAL)) {
      const english = englishOrdinal(chineseNumber(numeral));
      pieces = splitPieces(pieces, ordinal, () => [{ english }]);
    }
  }
  for (const [han, english] of HAN_TRANSLATIONS) {
    pieces = splitPieces(pieces, han, () => [{ english }]);
  }
  return pieces.flatMap((piece): Word[] => {
    if ('han' in piece) return pinyinWords(piece.han).map((text) => ({ text, fromHan: true }));
    if ('legal' in piece) {
      return pinyinWords(piece.legal).map((text) => ({ text, fromHan: true, legal: true }));
    }
    return latinWords(piece.english).map((text) => ({ text, fromHan: false }));
  });
}

/**
 * The same descriptors written in pinyin as one word, as CSL aliases write them ("Beijing Haili
 * Lianhe Keji Youxian Gongsi"): keji → technology, jituan → group, dianzi → electronics…, and
 * the places (haerbin → harbin). Derived from the character tables so that they always agree.
 */
export const PINYIN_GENERIC_TRANSLATIONS: ReadonlyMap<string, string> = new Map(
  HAN_TRANSLATIONS.map(([han, english]) => [pinyinWords(han).join(''), english]),
);

/**
 * Abbreviations that lists and correspondents use for the same word ("Beijing Ander Tech.",
 * "Rixo Intl. Trading"): expanded on both sides, so the abbreviated and the written-out name are
 * the same words. Only abbreviations that stand for one word; "Co." is a legal form (above).
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  tech: 'technology',
  intl: 'international',
  inst: 'institute',
  eng: 'engineering',
  engg: 'engineering',
  elec: 'electronics',
  svcs: 'services',
  svc: 'services',
  lab: 'laboratory',
  labs: 'laboratories',
  univ: 'university',
  sci: 'science',
  mfg: 'manufacturing',
  st: 'saint',
  natl: 'national',
  dept: 'department',
  assn: 'association',
  bros: 'brothers',
};

/** Every word of the name, in order, the Chinese legal forms already marked. */
function scriptWords(name: string, legalForms: string[]): Word[] {
  return name
    .normalize('NFKC')
    .split(HAN_RUN)
    .flatMap((segment) =>
      HAN_CHAR.test(segment)
        ? hanWords(segment, legalForms)
        : latinWords(segment).flatMap((text) =>
            latinWords(PINYIN_GENERIC_TRANSLATIONS.get(text) ?? ABBREVIATIONS[text] ?? text).map(
              (word) => ({
                text: word,
                fromHan: false,
              }),
            ),
          ),
    );
}

interface LegalPhrase {
  words: string[];
  position: LegalFormPosition;
}

// Longest phrase first, so that "joint stock company" wins over "company".
const LEGAL_PHRASES: readonly LegalPhrase[] = LEGAL_FORMS.flatMap((family) =>
  family.forms
    .filter((form) => !HAN_CHAR.test(form))
    .map((form) => ({ words: latinWords(form), position: family.position })),
)
  .filter((phrase) => phrase.words.length > 0)
  .sort((a, b) => b.words.length - a.words.length);

function phraseAt(words: Word[], index: number, phrase: LegalPhrase): boolean {
  if (index < 0 || index + phrase.words.length > words.length) return false;
  return phrase.words.every((w, offset) => {
    const word = words[index + offset];
    return !word.fromHan && word.text === w;
  });
}

/** One-word legal forms of five letters or more ("limited", "company", "corporation"…). */
const LONG_LEGAL_WORDS: readonly string[] = [
  ...new Set(
    LEGAL_PHRASES.filter((p) => p.words.length === 1 && p.words[0].length >= 5).map(
      (p) => p.words[0],
    ),
  ),
];
const SHORT_LEGAL_WORDS: readonly string[] = ['ltd', 'inc', 'llc', 'corp'];
// Single letters ("A/S" → a, s) are initials far more often than a piece of a legal form.
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(
  LEGAL_PHRASES.flatMap((p) => p.words).filter((w) => w.length >= 2),
);
const LEGAL_FORM_WORD_LIST: readonly string[] = [...LEGAL_FORM_WORDS].filter((w) => w.length >= 5);

/** Two letters swapped ("ldt" for "ltd"), nothing else changed. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return (
    diff.length === 2 &&
    diff[1] === diff[0] + 1 &&
    a[diff[0]] === b[diff[1]] &&
    a[diff[1]] === b[diff[0]]
  );
}

/** One letter added, dropped, changed or two swapped ("limted", "corportion", "compnay"). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  if (swapped(a, b)) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Two letters may differ in a legal-form word of this length or more (one per four letters). */
const TWO_EDIT_FORM_LENGTH = 8;
const LONG_FORM_WORD_LIST: readonly string[] = LEGAL_FORM_WORD_LIST.filter(
  (w) => w.length >= TWO_EDIT_FORM_LENGTH,
);

/**
 * A legal-form word misspelt: one letter off ("limted", "compnay"), or two in a word of eight
 * letters or more that keeps its first letter ("cosposation", "liaciljty") — the allowance of
 * the scorer, one letter per four.
 */
function misspeltForm(word: string, form: string): boolean {
  if (oneEditApart(word, form)) return true;
  return (
    word !== form &&
    form.length >= TWO_EDIT_FORM_LENGTH &&
    word[0] === form[0] &&
    Math.abs(word.length - form.length) <= 2 &&
    editDistance(word, form) <= 2
  );
}

/**
 * A misspelt legal form at either edge of the name ("… Co., Ldt.", "… Limted", "…
 * Cosposation"): a word misspelt from a legal form of five letters or more (misspeltForm), or a
 * short one with two letters swapped, is taken for it — it says what kind of entity the party
 * is, misspelt or not.
 */
function misspeltLegalForm(words: Word[]): { form: string; rest: Word[] } | null {
  if (words.length < 2) return null;
  const looksLike = (word: Word) =>
    !word.fromHan &&
    (LONG_LEGAL_WORDS.some((form) => word.text.length >= 5 && misspeltForm(word.text, form)) ||
      // A long word of a longer form, misspelt ("Limited Liaciljty Company" once "limited" and
      // "company" are gone): "liability" is a legal form's word and nothing else.
      LONG_FORM_WORD_LIST.some((form) => misspeltForm(word.text, form)) ||
      SHORT_LEGAL_WORDS.some((form) => swapped(word.text, form)));
  const last = words[words.length - 1];
  if (looksLike(last)) return { form: last.text, rest: words.slice(0, -1) };
  if (looksLike(words[0])) return { form: words[0].text, rest: words.slice(1) };
  return null;
}

/**
 * Whether a word belongs to a legal form, or is one misspelt ("cosporation"), or is a connector:
 * left inside a name ("Gulf Gate Shipping Co. Group", "Obshchestwo"), such a word says what kind
 * of entity the party is, not which one, and the scorer weighs it as a generic word.
 */
// The scorer asks this for every word of every candidate, and the misspelt-form search compares
// the word with each legal-form word: the answers are kept (bounded).
const legalFormWordAnswer = memoised(
  (word: string) =>
    LEGAL_FORM_WORDS.has(word) ||
    CONNECTOR_WORDS.anywhere.has(word) ||
    CONNECTOR_WORDS.inside.has(word) ||
    (word.length >= 5 && LEGAL_FORM_WORD_LIST.some((form) => misspeltForm(word, form))) ||
    SHORT_LEGAL_WORDS.some((form) => swapped(word, form)),
);

export function isLegalFormWord(word: string): boolean {
  return legalFormWordAnswer(word);
}

/** Removes legal forms: unambiguous ones anywhere, then all of them peeled from both edges. */
function removeLegalForms(all: Word[], hanForms: string[], legalForms: string[]): Word[] {
  const words = all.filter((word) => !word.legal);
  const removed: string[] = [];
  let rest: Word[] = [];
  for (let index = 0; index < words.length;) {
    const phrase = LEGAL_PHRASES.find(
      (p) => p.position === 'anywhere' && phraseAt(words, index, p),
    );
    if (phrase) {
      removed.push(phrase.words.join(' '));
      index += phrase.words.length;
    } else {
      rest.push(words[index]);
      index += 1;
    }
  }
  for (let peeled = true; peeled && rest.length > 0;) {
    peeled = false;
    const misspelt = misspeltLegalForm(rest);
    if (misspelt) {
      removed.push(misspelt.form);
      rest = misspelt.rest;
      peeled = true;
      continue;
    }
    for (const phrase of LEGAL_PHRASES) {
      if (phraseAt(rest, 0, phrase)) {
        removed.push(phrase.words.join(' '));
        rest = rest.slice(phrase.words.length);
        peeled = true;
        break;
      }
      if (phraseAt(rest, rest.length - phrase.words.length, phrase)) {
        removed.push(phrase.words.join(' '));
        rest = rest.slice(0, rest.length - phrase.words.length);
        peeled = true;
        break;
      }
    }
  }
  // A name made only of legal-form words ("Limited") keeps them: they are all there is.
  if (rest.length === 0) return all;
  legalForms.push(...hanForms, ...removed);
  return rest;
}

/** Normalises a party name for screening against the Consolidated Screening List. */
export function normaliseName({ name }: { name: string }): NormalisedName {
  const legalForms: string[] = [];
  const hanForms: string[] = [];
  const all = scriptWords(name, hanForms);
  const normalised = all.map((w) => w.text).join(' ');
  const withoutForms = removeLegalForms(all, hanForms, legalForms);
  const meaningful = withoutForms.filter(
    (w, index) =>
      w.fromHan ||
      !(
        CONNECTOR_WORDS.anywhere.has(w.text) ||
        (CONNECTOR_WORDS.inside.has(w.text) && index > 0 && index < withoutForms.length - 1)
      ),
  );
  const words = (meaningful.length > 0 ? meaningful : withoutForms).map((w) => w.text);
  return {
    normalised,
    words,
    tokens: [...new Set(words)].sort(),
    legalForms,
    key: words.join(' '),
  };
}

/** The normalised words of any text (an address), legal forms and connectors kept. */
export function normaliseText({ text }: { text: string }): string[] {
  return scriptWords(text, []).map((word) => word.text);
}

import { BadInputError } from '../../errors';
import { countryGroupsOf } from './country-groups';
import { earDestination } from './destination';
import { parseEccn } from './eccn';
import {
  MILITARY_END_USE_ALL_ITEMS,
  MILITARY_END_USE_ITEMS,
  MILITARY_END_USE_SUPP2_ITEMS,
  NUCLEAR_END_USE_EXCLUDED,
} from './part-744-tables';
import type { CountryGroupRow, ExportFinding } from './types';

/**
 * Step 5 of the check: the end use (15 C.F.R. Part 744) and TIC 12.2, which forbids using the
 * Technology or Valence's Confidential Information "for biological, chemical or nuclear weapon
 * proliferation purposes". The declared end use is read for red-flag terms, whole words only,
 * each reported with where it stands so a reviewer can see why; the compliance officer may also
 * declare flags. Negations ("not for military use") are not understood: the term still counts,
 * which is the safe side.
 */
import { END_USE_FLAGS, type EndUseFlag } from '../../domain/export';

export { END_USE_FLAGS, type EndUseFlag };

export type EndUseCategory =
  'NUCLEAR_WEAPON' | 'CHEMICAL_BIOLOGICAL_WEAPON' | 'MISSILE' | 'NUCLEAR' | 'MILITARY';

export interface EndUseTerm {
  category: EndUseCategory;
  /** The words as written in the text. */
  term: string;
  index: number;
  /** The words around it. */
  excerpt: string;
}

const SP = '[\\s-]+';
const TERMS: ReadonlyArray<{ category: EndUseCategory; source: string; caseSensitive?: true }> = [
  {
    category: 'NUCLEAR_WEAPON',
    source: `(?:thermo)?nuclear${SP}(?:weapons?|explosives?(?:${SP}devices?)?|bombs?|warheads?|arms)`,
  },
  { category: 'NUCLEAR_WEAPON', source: `atomic${SP}(?:weapons?|bombs?)` },
  { category: 'NUCLEAR_WEAPON', source: `weapons?${SP}of${SP}mass${SP}destruction` },
  { category: 'NUCLEAR_WEAPON', source: 'WMDs?', caseSensitive: true },
  {
    category: 'CHEMICAL_BIOLOGICAL_WEAPON',
    source:
      `(?:chemical|biological|bio)(?:\\s*(?:and|or|/|&|,)\\s*(?:chemical|biological))?` +
      `${SP}(?:weapons?|warfare)`,
  },
  { category: 'CHEMICAL_BIOLOGICAL_WEAPON', source: 'bioweapons?' },
  { category: 'CHEMICAL_BIOLOGICAL_WEAPON', source: `nerve${SP}agents?` },
  { category: 'MISSILE', source: 'missiles?' },
  { category: 'MISSILE', source: 'rockets?' },
  { category: 'MISSILE', source: 'UAVs?' },
  { category: 'MISSILE', source: 'drones?' },
  { category: 'MISSILE', source: `unmanned${SP}(?:aerial|air)${SP}vehicles?` },
  { category: 'MISSILE', source: `unmanned${SP}aircraft` },
  { category: 'MISSILE', source: `space${SP}launch${SP}vehicles?` },
  { category: 'NUCLEAR', source: 'nuclear' },
  { category: 'NUCLEAR', source: 'uranium' },
  { category: 'NUCLEAR', source: 'plutonium' },
  { category: 'NUCLEAR', source: 'tritium' },
  { category: 'NUCLEAR', source: 'fissile' },
  { category: 'NUCLEAR', source: `heavy${SP}water` },
  { category: 'NUCLEAR', source: `isotope${SP}separation` },
  { category: 'NUCLEAR', source: 'lithium[\\s-]?6' },
  { category: 'NUCLEAR', source: 'Li-6', caseSensitive: true },
  { category: 'MILITARY', source: 'military' },
  { category: 'MILITARY', source: `armed${SP}forces` },
  { category: 'MILITARY', source: 'arm(?:y|ies)' },
  { category: 'MILITARY', source: 'nav(?:y|ies|al)' },
  { category: 'MILITARY', source: `air${SP}forces?` },
  { category: 'MILITARY', source: `marine${SP}corps` },
  { category: 'MILITARY', source: `coast${SP}guard` },
  { category: 'MILITARY', source: `national${SP}(?:guard|police)` },
  { category: 'MILITARY', source: 'PLA', caseSensitive: true },
  { category: 'MILITARY', source: `people[’']?s${SP}liberation${SP}army` },
  { category: 'MILITARY', source: 'weapons?' },
  { category: 'MILITARY', source: 'weaponry' },
  { category: 'MILITARY', source: 'munitions?' },
  { category: 'MILITARY', source: 'armaments?' },
  { category: 'MILITARY', source: 'warships?' },
  { category: 'MILITARY', source: `(?:ministry${SP}of|national)${SP}defen[cs]e` },
  {
    category: 'MILITARY',
    source: `defen[cs]e${SP}(?:industry|industries|contractors?|ministry|forces|programs?|programmes?)`,
  },
];

/** From the weightiest: the order of the findings, and which category wins an overlap. */
const CATEGORY_ORDER: readonly EndUseCategory[] = [
  'NUCLEAR_WEAPON',
  'CHEMICAL_BIOLOGICAL_WEAPON',
  'NUCLEAR',
  'MISSILE',
  'MILITARY',
];

const PATTERNS = TERMS.map((t) => ({
  category: t.category,
  regex: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${t.source})(?![\\p{L}\\p{N}])`,
    t.caseSensitive ? 'gu' : 'giu',
  ),
}));

function excerptOf(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 30);
  const to = Math.min(text.length, index + length + 30);
  const words = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${words}${to < text.length ? '…' : ''}`;
}

/**
 * The red-flag terms of a text, in the order they appear. Where matches overlap, the weightier
 * category wins ("nuclear weapon" is a weapon, not also "nuclear"), then the longer phrase
 * ("People's Liberation Army", not "Army").
 */
export function detectEndUseTerms({ text }: { text: string }): EndUseTerm[] {
  const candidates = PATTERNS.flatMap(({ category, regex }) =>
    [...text.matchAll(regex)].map((match) => ({
      category,
      term: match[0],
      index: match.index ?? 0,
    })),
  ).sort(
    (a, b) =>
      CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
      b.term.length - a.term.length ||
      a.index - b.index,
  );
  const found: EndUseTerm[] = [];
  for (const c of candidates) {
    const end = c.index + c.term.length;
    if (found.some((f) => c.index < f.index + f.term.length && end > f.index)) continue;
    found.push({ ...c, excerpt: excerptOf(text, c.index, c.term.length) });
  }
  return found.sort((a, b) => a.index - b.index);
}

const FLAG_CATEGORY: Record<EndUseFlag, EndUseCategory> = {
  NUCLEAR: 'NUCLEAR',
  MISSILE: 'MISSILE',
  CHEMICAL_BIOLOGICAL: 'CHEMICAL_BIOLOGICAL_WEAPON',
  MILITARY: 'MILITARY',
};

const includes = (list: readonly string[], value: string) => list.includes(value);

type Verdict = Pick<ExportFinding, 'status' | 'effect' | 'citation'> & { rule: string };

function militaryVerdict(destination: string, eccn: string | undefined, where: string): Verdict {
  if (includes(MILITARY_END_USE_ALL_ITEMS, destination)) {
    return {
      status: 'FAIL',
      effect: 'LICENSE_REQUIRED',
      citation: '15 C.F.R. 744.21(a)(2)',
      rule: `a 'military end use' or 'military end user' in ${where} needs a licence for every item subject to the EAR`,
    };
  }
  if (includes(MILITARY_END_USE_SUPP2_ITEMS, destination)) {
    const parsed = eccn === undefined ? null : parseEccn({ value: eccn });
    const entry = parsed?.valid ? parsed.entry : null;
    const listed = MILITARY_END_USE_ITEMS.find((item) => item.eccn === entry);
    if (entry === null) {
      return {
        status: 'FAIL',
        effect: 'LICENSE_REQUIRED',
        citation: '15 C.F.R. 744.21(a)(1) and Supp. No. 2 to Part 744',
        rule:
          `a 'military end use' or 'military end user' in ${where} needs a licence for the items ` +
          'of Supp. No. 2 to Part 744; the item is not classified here, so a licence is assumed',
      };
    }
    if (listed && !listed.limited) {
      return {
        status: 'FAIL',
        effect: 'LICENSE_REQUIRED',
        citation: '15 C.F.R. 744.21(a)(1) and Supp. No. 2 to Part 744',
        rule: `${entry} is listed in Supp. No. 2 to Part 744: a 'military end use' or 'military end user' in ${where} needs a licence`,
      };
    }
    return {
      status: 'WARN',
      effect: 'REVIEW',
      citation: '15 C.F.R. 744.21(a)(1), (e)(3) and 744.22',
      rule: listed
        ? `Supp. No. 2 to Part 744 lists ${entry} only for ${listed.scope}: the reviewer must decide whether the item is within it`
        : `${entry} is not in Supp. No. 2 to Part 744, so § 744.21(a)(1) adds no licence requirement; ` +
          'but a licence needed for any other reason is reviewed with a presumption of denial ' +
          "(744.21(e)(3)) and a 'military-intelligence end use' needs a licence for any item " +
          '(744.22): the reviewer must resolve it',
    };
  }
  return {
    status: 'WARN',
    effect: 'REVIEW',
    citation: '15 C.F.R. 744.21, 744.22 and Supp. No. 3 to Part 732',
    rule:
      `§ 744.21 does not reach ${where}, but a military end use is a red flag: the reviewer must ` +
      'rule out USML or 600-series items, military-intelligence end uses (744.22) and diversion',
  };
}

function verdictFor(
  category: EndUseCategory,
  destination: string,
  inD4: boolean,
  eccn: string | undefined,
  where: string,
): Verdict {
  switch (category) {
    case 'NUCLEAR_WEAPON':
      return {
        status: 'FAIL',
        effect: 'STOP',
        citation: 'TIC 12.2; 15 C.F.R. 744.2(a)(1)',
        rule:
          'TIC 12.2 forbids using the Technology or Valence Confidential Information for nuclear ' +
          'weapon proliferation purposes, a contractual prohibition no licence can lift (the EAR ' +
          'also require a licence for nuclear explosive activities, 744.2(a)(1))',
      };
    case 'CHEMICAL_BIOLOGICAL_WEAPON':
      return {
        status: 'FAIL',
        effect: 'STOP',
        citation: 'TIC 12.2; 15 C.F.R. 744.4(a)',
        rule:
          'TIC 12.2 forbids using the Technology or Valence Confidential Information for ' +
          'biological or chemical weapon proliferation purposes, a contractual prohibition no ' +
          'licence can lift (the EAR also require a licence, 744.4(a))',
      };
    case 'NUCLEAR':
      return includes(NUCLEAR_END_USE_EXCLUDED, destination)
        ? {
            status: 'INFO',
            effect: 'NONE',
            citation: '15 C.F.R. 744.2(a) and Supp. No. 3 to Part 744',
            rule:
              `${where} is in Supp. No. 3 to Part 744: the nuclear end-use licence requirement of ` +
              '§ 744.2(a) does not apply (TIC 12.2 still forbids weapon purposes)',
          }
        : {
            status: 'FAIL',
            effect: 'LICENSE_REQUIRED',
            citation: '15 C.F.R. 744.2(a)',
            rule:
              `§ 744.2(a) requires a licence for any item subject to the EAR that will be used in ` +
              'nuclear explosive activities, unsafeguarded nuclear activities or nuclear ' +
              `fuel-cycle facilities in a country outside Supp. No. 3 to Part 744, such as ${where}; ` +
              'a declared nuclear end use is treated as one of them (review policy: 744.2(d))',
          };
    case 'MISSILE':
      return inD4
        ? {
            status: 'FAIL',
            effect: 'LICENSE_REQUIRED',
            citation: '15 C.F.R. 744.3(a)(1) and (a)(3)',
            rule:
              `${where} is in Country Group D:4: rocket systems or unmanned aerial vehicles there ` +
              'need a licence when their range is 300 km or more, or cannot be determined',
          }
        : {
            status: 'WARN',
            effect: 'REVIEW',
            citation: '15 C.F.R. 744.3(a)(2)',
            rule:
              'a licence is required anywhere when the rocket systems or unmanned aerial vehicles ' +
              'deliver chemical, biological or nuclear weapons (which TIC 12.2 also forbids): the ' +
              'reviewer must establish what they carry',
          };
    case 'MILITARY':
      return militaryVerdict(destination, eccn, where);
  }
}

const LABEL: Record<EndUseCategory, string> = {
  NUCLEAR_WEAPON: 'nuclear weapon end use',
  CHEMICAL_BIOLOGICAL_WEAPON: 'chemical or biological weapon end use',
  NUCLEAR: 'nuclear end use',
  MISSILE: 'rocket, missile or UAV end use',
  MILITARY: 'military end use or end user',
};

/**
 * The end-use findings of a transfer: one per red-flag category found in the declared end use or
 * declared by flag, or one PASS when there is none.
 */
export function endUseFindings({
  declaredEndUse,
  flags = [],
  destination,
  eccn,
  groups,
}: {
  declaredEndUse: string;
  flags?: readonly EndUseFlag[];
  destination: string;
  /** The item's ECCN, for the items of Supp. No. 2 to Part 744 (744.21). */
  eccn?: string;
  groups: readonly CountryGroupRow[];
}): ExportFinding[] {
  if (typeof declaredEndUse !== 'string' || declaredEndUse.trim() === '') {
    throw new BadInputError('declaredEndUse', 'the declared end use is required');
  }
  for (const flag of flags) {
    if (!includes(END_USE_FLAGS, flag)) {
      throw new BadInputError('flags', `unknown end-use flag ${String(flag)}`);
    }
  }
  const read = earDestination({ destination });
  const membership = countryGroupsOf({ destination, groups });
  const where = membership.name ? `${membership.name} (${membership.destination})` : read;
  const terms = detectEndUseTerms({ text: declaredEndUse });
  const step = 'END_USE' as const;

  const findings = CATEGORY_ORDER.flatMap((category): ExportFinding[] => {
    const declared = flags.filter((flag) => FLAG_CATEGORY[flag] === category);
    const matched = terms.filter((term) => term.category === category);
    if (declared.length === 0 && matched.length === 0) return [];
    const evidence = [
      ...declared.map((flag) => `flag ${flag} declared`),
      ...matched.map((t) => `"${t.term}" in the declared end use at ${t.index} (${t.excerpt})`),
    ].join('; ');
    const verdict = verdictFor(category, read, membership.groups.includes('D:4'), eccn, where);
    return [
      {
        step,
        code: `END_USE_${category}`,
        status: verdict.status,
        effect: verdict.effect,
        citation: verdict.citation,
        message: `${LABEL[category]} (${evidence}): ${verdict.rule}`,
      },
    ];
  });
  if (findings.length > 0) return findings;
  return [
    {
      step,
      code: 'END_USE_NO_RED_FLAG',
      status: 'PASS',
      effect: 'NONE',
      citation: '15 C.F.R. 744.2–744.4 and 744.21; TIC 12.2',
      message:
        `The declared end use ("${declaredEndUse.trim()}") names no nuclear, missile, chemical or ` +
        'biological weapon or military end use, and none was declared',
    },
  ];
}

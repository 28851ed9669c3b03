import { BadInputError } from '../../errors';
import type { EccnEntry, ExportFinding } from './types';

/**
 * Export Control Classification Numbers (15 C.F.R. 738.2): a digit for the CCL category (0–9),
 * a letter for the product group (A systems, equipment and components; B test, inspection and
 * production equipment; C materials; D software; E technology), three digits, then the
 * paragraphs of the entry separated by dots ('3A001.e.1.b'). Items subject to the EAR that are
 * on no CCL entry are 'EAR99' (15 C.F.R. 734.3(c)).
 */
export const EAR99 = 'EAR99';
const ECCN_SHAPE = /^([0-9])([A-E])([0-9]{3})((?:\.[a-z0-9]+)*)$/;
const CCL_CITATION = '15 C.F.R. 738.2 and Part 774, Supp. No. 1';
const EAR99_CITATION = '15 C.F.R. 734.3(c)';

export type ParsedEccn =
  | {
      valid: true;
      /** Normal form: entry upper case, paragraphs lower case ('3A001.e.1.b'). */
      eccn: string;
      /** The five-character entry ('3A001'), or 'EAR99'. */
      entry: string;
      category: string | null;
      productGroup: 'A' | 'B' | 'C' | 'D' | 'E' | null;
      paragraphs: readonly string[];
    }
  | { valid: false; reason: string };

/**
 * Whether `value` is an ECCN or EAR99, and its parts. Case and surrounding space are forgiven
 * ('3a001.E.1' → '3A001.e.1'); the CCL index's dotless form ('3A001e1') is not, because it is
 * ambiguous ('3A001e12' could be e.1.2 or e.12).
 */
export function parseEccn({ value }: { value: unknown }): ParsedEccn {
  if (typeof value !== 'string' || value.trim() === '') {
    return { valid: false, reason: 'expected an ECCN such as 3A001.e.1.b, or EAR99' };
  }
  const raw = value.trim();
  if (raw.toUpperCase() === EAR99) {
    return {
      valid: true,
      eccn: EAR99,
      entry: EAR99,
      category: null,
      productGroup: null,
      paragraphs: [],
    };
  }
  const [entry = '', ...rest] = raw.split('.');
  const normal = [entry.toUpperCase(), ...rest.map((p) => p.toLowerCase())].join('.');
  const match = ECCN_SHAPE.exec(normal);
  if (!match) {
    const dotless = /^[0-9][A-E][0-9]{3}[a-z]/i.test(raw);
    return {
      valid: false,
      reason: dotless
        ? `${raw} is not an ECCN: separate the paragraphs with dots (e.g. 3A001.e.1)`
        : `${raw} is not an ECCN: expected a category digit, a product group A–E, three digits ` +
          'and dotted paragraphs (e.g. 3A001.e.1.b), or EAR99',
    };
  }
  return {
    valid: true,
    eccn: normal,
    entry: `${match[1]}${match[2]}${match[3]}`,
    category: match[1],
    productGroup: match[2] as 'A' | 'B' | 'C' | 'D' | 'E',
    paragraphs: match[4] ? match[4].slice(1).split('.') : [],
  };
}

/** The normal form of an ECCN; BAD_USER_INPUT naming `field` when it is not one. */
export function assertEccn({ field, value }: { field: string; value: unknown }): string {
  const parsed = parseEccn({ value });
  if (!parsed.valid) throw new BadInputError(field, parsed.reason);
  return parsed.eccn;
}

/**
 * Whether `designation` falls under `pattern`: the same ECCN, one of its paragraphs
 * ('3A001.e.1.b' under '3A001.e.1'), or, for a pattern of a category and product group only
 * ('3B'), any entry of that group.
 */
export function eccnFallsUnder({
  designation,
  pattern,
}: {
  designation: string;
  pattern: string;
}): boolean {
  if (/^\d[A-E]$/.test(pattern)) return designation.startsWith(pattern) && designation !== EAR99;
  return designation === pattern || designation.startsWith(`${pattern}.`);
}

export interface EccnLookup {
  eccn: string;
  /** The row that governs the ECCN: its own, or the nearest entry or paragraph above it. */
  entry: EccnEntry | null;
  /** True when the row is the ECCN's own. */
  exact: boolean;
}

/**
 * The row of the reference table for an ECCN: its own row, else the nearest row above it
 * ('3A001.e.2' → '3A001'), whose entry-level controls then apply; null when the table has none.
 */
export function lookupEccn({
  eccn,
  eccns,
}: {
  eccn: string;
  eccns: readonly EccnEntry[];
}): EccnLookup {
  const normal = assertEccn({ field: 'eccn', value: eccn });
  const byDesignation = new Map(eccns.map((row) => [row.designation, row]));
  const parts = normal.split('.');
  for (let n = parts.length; n >= 1; n--) {
    const row = byDesignation.get(parts.slice(0, n).join('.'));
    if (row) return { eccn: normal, entry: row, exact: n === parts.length };
  }
  return { eccn: normal, entry: null, exact: false };
}

/** The reasons for control of an ECCN, or [] for EAR99; null when the table does not know it. */
export function reasonsForControl({
  eccn,
  eccns,
}: {
  eccn: string;
  eccns: readonly EccnEntry[];
}): EccnEntry['reasonsForControl'] | null {
  return lookupEccn({ eccn, eccns }).entry?.reasonsForControl ?? null;
}

const list = (items: readonly string[]) => (items.length ? items.join(', ') : 'none');

/**
 * Step 1 of the check: the classification of the item and what the CCL says about it. An ECCN
 * the reference table does not hold cannot be checked against the chart: REVIEW.
 */
export function classificationFindings({
  eccn,
  relatedEccn,
  eccns,
}: {
  eccn: string;
  /** For software and technology: the ECCN of the commodity it is for, when known. */
  relatedEccn?: string;
  eccns: readonly EccnEntry[];
}): ExportFinding[] {
  const { eccn: normal, entry, exact } = lookupEccn({ eccn, eccns });
  const related =
    relatedEccn === undefined
      ? undefined
      : assertEccn({ field: 'relatedEccn', value: relatedEccn });
  const step = 'CLASSIFICATION' as const;
  if (normal === EAR99) {
    return [
      {
        step,
        code: 'CLASSIFICATION_EAR99',
        status: 'INFO',
        effect: 'NONE',
        citation: EAR99_CITATION,
        message:
          'EAR99: the item is subject to the EAR but on no entry of the Commerce Control List; ' +
          'no Country Chart licence requirement, but the end-use, end-user, embargo and ' +
          'denied-party rules still apply (Parts 744, 746, 764)',
      },
    ];
  }
  if (!entry) {
    return [
      {
        step,
        code: 'CLASSIFICATION_NOT_IN_TABLE',
        status: 'WARN',
        effect: 'REVIEW',
        citation: CCL_CITATION,
        message:
          `${normal} is not in the project's ECCN table (data/export-control/eccns.csv): its ` +
          'reasons for control must be read in the CCL and added to the table before the chart ' +
          'can be checked',
      },
    ];
  }
  const source =
    entry.provenance === 'CFR_TEXT'
      ? 'built by hand from the text of the CCL entry'
      : 'from the shared battery-ECCN extract';
  const governs = exact
    ? `${normal}`
    : `${normal} has no row of its own; the controls of ${entry.designation} apply`;
  const conditional = entry.conditionalControls.length
    ? `; controls for part of the entry only: ${entry.conditionalControls
        .map((c) => `${c.column} (${c.appliesTo.join(', ')})`)
        .join('; ')}`
    : '';
  const forItem = related ? `; it is ${productOf(normal)} for ${related}` : '';
  return [
    {
      step,
      code: 'CLASSIFICATION_ECCN',
      status: 'INFO',
      effect: 'NONE',
      citation: entry.citation,
      message:
        `${governs}: reasons for control ${list(entry.reasonsForControl)}; Country Chart ` +
        `columns ${list(entry.chartColumns)}${conditional}${forItem} (row ${source})`,
    },
  ];
}

function productOf(eccn: string): string {
  const group = parseEccn({ value: eccn });
  if (!group.valid) return 'an item';
  if (group.productGroup === 'D') return 'software';
  if (group.productGroup === 'E') return 'technology';
  return 'an item';
}

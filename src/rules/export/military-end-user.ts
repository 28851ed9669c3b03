import { parseEccn } from './eccn';
import {
  MILITARY_END_USE_ALL_ITEMS,
  MILITARY_END_USE_ITEMS,
  MILITARY_END_USE_SUPP2_ITEMS,
} from './part-744-tables';
import type { ExportEffect } from './types';

export interface MeuConsequence {
  effect: ExportEffect;
  citation: string;
  explanation: string;
}

/**
 * What a confirmed Military End-User List party (Supp. No. 7 to Part 744) means for this item:
 * a licence for every item in Russia and Belarus (744.21(a)(2)); elsewhere only for the items
 * of Supp. No. 2 to Part 744 (744.21(a)(1)) — a listed ECCN needs one, a partly listed ECCN
 * needs a reviewer's reading of the scope, any other item (EAR99 included) none under 744.21.
 */
export function militaryEndUserConsequence({
  destination,
  eccn,
}: {
  destination: string;
  eccn: string;
}): MeuConsequence {
  const to = destination.trim().toUpperCase();
  if ((MILITARY_END_USE_ALL_ITEMS as readonly string[]).includes(to)) {
    return {
      effect: 'LICENSE_REQUIRED',
      citation: '15 C.F.R. 744.21(a)(2)',
      explanation: `a military end user in ${to} needs a licence for every item subject to the EAR`,
    };
  }
  const parsed = parseEccn({ value: eccn });
  const entry = parsed.valid ? parsed.entry : null;
  const listed = MILITARY_END_USE_ITEMS.find((item) => item.eccn === entry);
  const supp2Country = (MILITARY_END_USE_SUPP2_ITEMS as readonly string[]).includes(to);
  if (listed && !listed.limited) {
    return {
      effect: 'LICENSE_REQUIRED',
      citation: '15 C.F.R. 744.21(a)(1) and Supp. No. 2 to Part 744',
      explanation: `${entry} is listed in Supp. No. 2 to Part 744: a licence is required for a military end user`,
    };
  }
  if (listed) {
    return {
      effect: 'REVIEW',
      citation: '15 C.F.R. 744.21(a)(1) and Supp. No. 2 to Part 744',
      explanation: `Supp. No. 2 lists ${entry} only for ${listed.scope}: the reviewer must decide whether the item is within it`,
    };
  }
  return {
    effect: 'NONE',
    citation: '15 C.F.R. 744.21(a)(1) and Supp. No. 2 to Part 744',
    explanation:
      `${eccn} is not in Supp. No. 2 to Part 744: the listing adds no licence requirement for this item` +
      (supp2Country ? '' : ` (and ${to} is not a § 744.21 destination)`) +
      '; a licence needed for another reason is reviewed with a presumption of denial (744.21(e)(3))',
  };
}

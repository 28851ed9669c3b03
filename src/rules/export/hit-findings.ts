import type { RememberedReview } from '../../domain/export';
import { listConsequence, type ListConsequenceKind } from './list-consequence';
import { militaryEndUserConsequence } from './military-end-user';
import type { ExportEffect, ExportFinding } from './types';

/**
 * Step 4 of the check: what the screening of the parties found. Matching names against the
 * Consolidated Screening List is done elsewhere (screening-*.ts); this turns each hit into a
 * finding that shows the list, the entry, the matched name, the programme and the consequence of
 * that list (list-consequence.ts).
 * - A POSSIBLE match nobody has reviewed yet is REVIEW, whatever the list: it may be the party.
 * - A CLEARED match (a reviewer found it is another person) has no effect.
 * - A CONFIRMED match has its list's consequence. A REVIEW list (UVL, menu-based sanctions,
 *   unknown lists) stays REVIEW until the reviewer records that its requirement is met
 *   (`reviewResolved`, e.g. the UVL statement is on file).
 */
export type HitStatus = 'POSSIBLE' | 'CONFIRMED' | 'CLEARED';

export interface ScreeningHit {
  /** The party to the transaction that was screened, as named in the check. */
  party: string;
  /** The CSL `source` value of the entry. */
  source: string;
  entryName: string;
  /** The name or alias of the entry that matched. */
  matchedName: string;
  entryId?: string;
  programs?: readonly string[];
  licenseRequirement?: string | null;
  licensePolicy?: string | null;
  status: HitStatus;
  reviewResolved?: boolean;
  /** The review of an earlier check this status comes from, when it does. */
  remembered?: RememberedReview | null;
}

/** Who decided a remembered review, when and why, for the finding's message. */
function rememberedBy(hit: ScreeningHit): string {
  const r = hit.remembered;
  if (!r) return '';
  return (
    ` (remembered: ${r.outcome === 'CLEARED' ? 'cleared' : 'confirmed'} by ${r.decidedBy} on ` +
    `${r.decidedAt.slice(0, 10)}, "${r.reason}"; clearance ${r.clearanceId}, which holds until ` +
    `the entry changes or it is revoked)`
  );
}

const SCREENING_CITATION = '15 C.F.R. 744.1 and Part 764; 31 C.F.R. Chapter V';

const EFFECT: Record<ListConsequenceKind, ExportEffect> = {
  STOP: 'STOP',
  LICENSE_REQUIRED: 'LICENSE_REQUIRED',
  REVIEW: 'REVIEW',
  FINDING: 'NONE',
};

function describeHit(hit: ScreeningHit): string {
  const list = listConsequence({ source: hit.source });
  const programme = hit.programs?.length ? hit.programs.join(', ') : list.programme;
  const id = hit.entryId ? ` ${hit.entryId}` : '';
  const terms = [
    hit.licenseRequirement ? `licence requirement: ${hit.licenseRequirement.trim()}` : null,
    hit.licensePolicy ? `licence review policy: ${hit.licensePolicy.trim()}` : null,
  ].filter((term): term is string => term !== null);
  return (
    `${hit.party}: ${list.listName} (${list.agency}) entry${id} "${hit.entryName}", matched on ` +
    `"${hit.matchedName}"; programme ${programme}${terms.length ? `; ${terms.join('; ')}` : ''}`
  );
}

/** One finding per hit, or one PASS finding when no party matched any list. */
export function hitFindings({
  hits,
  item,
}: {
  hits: readonly ScreeningHit[];
  /** The item and destination the hits are read for (the MEU listing depends on them). */
  item?: { eccn: string; destination: string };
}): ExportFinding[] {
  const step = 'SCREENING' as const;
  if (hits.length === 0) {
    return [
      {
        step,
        code: 'SCREENING_NO_MATCH',
        status: 'PASS',
        effect: 'NONE',
        citation: SCREENING_CITATION,
        message: 'No party to the transaction matched the Consolidated Screening List',
      },
    ];
  }
  return hits.map((hit): ExportFinding => {
    const list = listConsequence({ source: hit.source });
    const what = describeHit(hit);
    const code = `SCREENING_${list.listCode.replace(/-/g, '_')}`;
    if (hit.status === 'CLEARED') {
      return {
        step,
        code: `${code}_CLEARED`,
        status: 'INFO',
        effect: 'NONE',
        citation: list.citation,
        message: `${what}. A reviewer cleared it as a different person${rememberedBy(hit)}: no effect`,
      };
    }
    if (hit.status === 'POSSIBLE' && list.consequence === 'FINDING') {
      // A list whose consequence is a finding for the reviewer (OFAC's non-SDN CMIC and
      // sectoral lists, ITAR debarment) is that finding whether the match is exact or fuzzy.
      return {
        step,
        code: `${code}_POSSIBLE_MATCH`,
        status: 'WARN',
        effect: 'NONE',
        citation: list.citation,
        message:
          `${what}. A possible match on a list that does not restrict exports: a finding for ` +
          `the reviewer (${list.consequence}): ${list.explanation}`,
      };
    }
    if (hit.status === 'POSSIBLE') {
      return {
        step,
        code: `${code}_POSSIBLE_MATCH`,
        status: 'WARN',
        effect: 'REVIEW',
        citation: list.citation,
        message:
          `${what}. A possible match not yet reviewed: a reviewer must confirm or clear it. If ` +
          `confirmed (${list.consequence}): ${list.explanation}`,
      };
    }
    // An MEU listing requires a licence only for certain items (744.21): read it for this one.
    const meu = list.listCode === 'MEU' && item ? militaryEndUserConsequence(item) : null;
    const consequence = meu ? meu.effect : EFFECT[list.consequence];
    const resolved = consequence === 'REVIEW' && hit.reviewResolved === true;
    const effect: ExportEffect = resolved ? 'NONE' : consequence;
    return {
      step,
      code: `${code}_CONFIRMED`,
      // A FINDING list has no effect on the decision but is still shown as a warning.
      status: resolved
        ? 'INFO'
        : effect === 'STOP' || effect === 'LICENSE_REQUIRED'
          ? 'FAIL'
          : 'WARN',
      effect,
      citation: meu ? meu.citation : list.citation,
      message:
        `${what}. Confirmed match${rememberedBy(hit)} (${meu ? meu.effect : list.consequence}): ${meu ? meu.explanation : list.explanation}` +
        (resolved ? '. The reviewer recorded that this requirement is met' : ''),
    };
  });
}

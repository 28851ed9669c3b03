import {
  decideExport,
  type ExportDecision,
  type LicenceOnFile,
  type TransactionParty,
} from './decision';
import type { ItemKind, RememberedReview, ReviewOutcome } from '../../domain/export';
import { hitFindings, type HitStatus, type ScreeningHit } from './hit-findings';
import type { ExportFinding } from './types';

/** One item of a check with the findings of the steps that do not depend on reviews. */
export interface ItemEvaluation {
  label: string;
  eccn: string;
  /** Absent on checks stored before kinds were recorded. */
  kind?: ItemKind;
  technology?: boolean;
  classification: ExportFinding[];
  destination: ExportFinding[];
  chart: ExportFinding[];
  endUse: ExportFinding[];
}

/** Everything a check decided from, stored with it so its decision can be re-derived. */
export interface CheckEvaluation {
  items: ItemEvaluation[];
  /** The transfer's destination for the chart; null when it is not an export at all. */
  destination: string | null;
  transferFinding: ExportFinding;
  parties: TransactionParty[];
  on: string;
  hits: CheckHit[];
  /** Fail closed: no list, or a stale one (screening-list.ts); absent on older checks. */
  screeningList?: ExportFinding | null;
  licences: LicenceOnFile[];
}

/** A screening match as a check stores it, with the review remembered for it, if any. */
export type CheckHit = ScreeningHit & {
  key: string;
  score: number;
  level: 'STRONG' | 'POSSIBLE';
  remembered?: RememberedReview | null;
};

export interface Review {
  matchKey: string;
  outcome: ReviewOutcome;
}

export interface CheckOutcome {
  decision: ExportDecision;
  findings: Array<ExportFinding & { item: string | null }>;
  licence: string | null;
}

const SEVERITY: Record<ExportDecision, number> = {
  NO_LICENSE_REQUIRED: 0,
  LICENSED: 1,
  LICENSE_REQUIRED: 2,
  NEEDS_REVIEW: 3,
  PROHIBITED: 4,
};

/**
 * The decision of a check, from its stored evaluation and the reviews of its screening
 * matches: an identical name counts as confirmed and any other match as unreviewed until a
 * reviewer says otherwise; each item is decided in the EAR's order (decideExport) and the
 * check takes the most severe item's decision.
 */
export function decideCheck({
  evaluation,
  reviews,
}: {
  evaluation: CheckEvaluation;
  reviews: readonly Review[];
}): CheckOutcome {
  // A review of this check decides; else a review remembered from an earlier check of the same
  // name and entry (until the entry changes); else the match is unreviewed.
  const hits = evaluation.hits.map((hit): ScreeningHit => {
    const review = reviews.find((r) => r.matchKey === hit.key);
    if (review) return { ...hit, status: review.outcome, remembered: null };
    if (hit.remembered) return { ...hit, status: hit.remembered.outcome };
    return { ...hit, status: unreviewedStatus(hit) };
  });
  // Fail closed: without a current list, "no party matched" is not a finding to rely on.
  const listFinding = evaluation.screeningList ?? null;
  const screeningFindings = (item?: { eccn: string; destination: string }) =>
    listFinding
      ? [listFinding, ...(hits.length > 0 ? hitFindings({ hits, item }) : [])]
      : hitFindings({ hits, item });
  if (evaluation.destination === null) {
    // Not an export (e.g. a release in the U.S. to a U.S. person, 734.18): no chart, no
    // licence; only the parties can still stop it (a denied or blocked person).
    const screening = screeningFindings();
    const effects = screening.map((f) => f.effect);
    return {
      decision: effects.includes('STOP')
        ? 'PROHIBITED'
        : effects.includes('REVIEW')
          ? 'NEEDS_REVIEW'
          : 'NO_LICENSE_REQUIRED',
      findings: [evaluation.transferFinding, ...screening].map((f) => ({ ...f, item: null })),
      licence: null,
    };
  }
  let worst: CheckOutcome | null = null;
  const findings: CheckOutcome['findings'] = [{ ...evaluation.transferFinding, item: null }];
  for (const item of evaluation.items) {
    const destination = evaluation.destination;
    const result = decideExport({
      steps: {
        classification: item.classification,
        destination: item.destination,
        chart: item.chart,
        // Read per item: an MEU listing binds only the items of Supp. No. 2 to Part 744.
        screening: screeningFindings({ eccn: item.eccn, destination }),
        endUse: item.endUse,
      },
      licences: evaluation.licences,
      transaction: { eccn: item.eccn, destination, parties: evaluation.parties, on: evaluation.on },
    });
    findings.push(...result.findings.map((f) => ({ ...f, item: item.label })));
    if (!worst || SEVERITY[result.decision] > SEVERITY[worst.decision]) {
      worst = { decision: result.decision, findings: [], licence: result.licence };
    }
  }
  return {
    decision: worst?.decision ?? 'NO_LICENSE_REQUIRED',
    findings,
    licence: worst?.licence ?? null,
  };
}

/**
 * Before any review, a match is taken as confirmed only when the names are the same up to
 * word order, legal form and punctuation (score 1); a close but different spelling, however
 * strong, is a possible match that a person must confirm or clear.
 */
function unreviewedStatus(hit: { score: number }): HitStatus {
  return hit.score >= 1 ? 'CONFIRMED' : 'POSSIBLE';
}

import type { ExportDecision, ItemKind, ReviewOutcome } from '../../domain/export';
import type { Role } from '../../domain/parties';
import { parseEccn } from './eccn';
import type { ExportFinding } from './types';

export const RELEASE_GATE_ARTICLE = 'TIC 12.2; TIC 4.1; 15 C.F.R. Parts 730-774';

/** What is about to be released, as the register releasing it describes it. */
export interface ReleaseRequest {
  recipientName: string;
  destination: string;
  items: ReadonlyArray<{ eccn: string; kind?: ItemKind | null }>;
  endUse: string;
}

/** The check found for the recipient and destination, with its decision as reviewed now. */
export interface GateCheck {
  id: string;
  runAt: Date;
  runRoles: readonly Role[];
  decision: ExportDecision;
  items: ReadonlyArray<{ eccn: string; kind?: ItemKind; technology?: boolean }>;
  declaredEndUse: string;
}

/** A match of the recipient on the list screened at release time, and any answer on it. */
export interface ReleaseMatch {
  listCode: string;
  entryId: string;
  matchedName: string;
  level: 'STRONG' | 'POSSIBLE';
  /** This check's review of the entry, or a review remembered for the recipient. */
  answer: ReviewOutcome | null;
}

export interface ReleaseVerdict {
  passed: boolean;
  reason: string;
  article: string;
}

const PASSING: readonly ExportDecision[] = ['NO_LICENSE_REQUIRED', 'LICENSED'];

/** Technology: an E (technology) ECCN whatever its label, or any item that is not a product. */
function isTechnology(item: { eccn: string; kind?: ItemKind | null }): boolean {
  const parsed = parseEccn({ value: item.eccn });
  if (parsed.valid && parsed.productGroup === 'E') return true;
  return item.kind != null && item.kind !== 'PRODUCT';
}

const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether a check is about what is released: every item (ECCN and kind) and the end use. */
export function checkCoversRelease({
  check,
  request,
}: {
  check: Pick<GateCheck, 'items' | 'declaredEndUse'>;
  request: Pick<ReleaseRequest, 'items' | 'endUse'>;
}): { covers: boolean; reason: string } {
  for (const wanted of request.items) {
    const eccn = wanted.eccn.trim().toUpperCase();
    const technology = isTechnology(wanted);
    const found = check.items.some(
      (item) =>
        item.eccn.toUpperCase() === eccn &&
        (item.technology ?? isTechnology(item)) === technology &&
        (!wanted.kind || !item.kind || item.kind === wanted.kind || technology),
    );
    if (!found) {
      return {
        covers: false,
        reason: `the check is for ${check.items.map((i) => `${i.kind ?? 'item'} ${i.eccn}`).join(', ')}, not ${wanted.kind ?? 'item'} ${eccn}`,
      };
    }
  }
  if (!sameText(check.declaredEndUse, request.endUse)) {
    return {
      covers: false,
      reason: `the check was for the end use "${check.declaredEndUse}", not "${request.endUse}"`,
    };
  }
  return { covers: true, reason: 'the check covers every item and the end use' };
}

/**
 * The release gate (TIC 12.2: no release of Technology or Valence's confidential information to
 * a restricted destination, person or end use): a release passes only on a check that
 * - decided NO_LICENSE_REQUIRED or LICENSED (with its reviews applied),
 * - is for every item released (ECCN and kind) and the same end use (checkCoversRelease),
 * - for Technology, was run by someone with COMPLIANCE or LEGAL, not by ENGINEER alone,
 * and when the recipient, screened again now against a current list, matches no entry that a
 * reviewer has not cleared.
 */
export function judgeRelease({
  request,
  check,
  listFinding,
  matches,
}: {
  request: ReleaseRequest;
  check: GateCheck;
  /** The fail-closed finding of the list in use at release time (missing or stale), or null. */
  listFinding: ExportFinding | null;
  matches: readonly ReleaseMatch[];
}): ReleaseVerdict {
  const refuse = (reason: string): ReleaseVerdict => ({
    passed: false,
    reason,
    article: RELEASE_GATE_ARTICLE,
  });
  if (!PASSING.includes(check.decision)) {
    return refuse(
      `the latest check for ${request.recipientName} to ${request.destination} decided ${check.decision}`,
    );
  }
  const coverage = checkCoversRelease({ check, request });
  if (!coverage.covers) return refuse(coverage.reason);
  const technology = request.items.some(isTechnology);
  if (technology && !check.runRoles.some((role) => role === 'COMPLIANCE' || role === 'LEGAL')) {
    return refuse(
      `check ${check.id} was run by ENGINEER alone: a release of Technology needs a check run by COMPLIANCE or LEGAL`,
    );
  }
  if (listFinding) return refuse(`re-screening at release: ${listFinding.message}`);
  const open = matches.filter((m) => m.answer !== 'CLEARED');
  if (open.length > 0) {
    return refuse(
      `re-screened now, ${request.recipientName} matches ${open
        .map(
          (m) =>
            `${m.listCode} entry ${m.entryId} "${m.matchedName}" (${m.level}${m.answer ? `, ${m.answer}` : ', not reviewed'})`,
        )
        .join('; ')}`,
    );
  }
  return {
    passed: true,
    reason: `check ${check.id} of ${check.runAt.toISOString()} decided ${check.decision} for these items and end use; the recipient re-screened clear`,
    article: RELEASE_GATE_ARTICLE,
  };
}

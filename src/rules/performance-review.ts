import type { PerformanceVerdict, StoredObligationStatus } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { refuse, type Ruling } from './refusal';

const ARTICLE = 'TIC 13.7; JVC Art. 120';

/**
 * A beneficiary's answer to a recorded performance: it acknowledges it, or disputes it with its
 * reason. Only a performed (MET) obligation can be reviewed; a beneficiary that waived the
 * obligation has no right left in it to dispute; an answer may be changed (a dispute settled)
 * but not repeated. The right is the beneficiary's own (TIC 13.7; JVC Art. 120).
 */
export function decidePerformanceReview({
  obligation,
  party,
  verdict,
  reason,
  current,
}: {
  obligation: { status: StoredObligationStatus };
  party: PartyCode;
  verdict: PerformanceVerdict;
  reason: string | null;
  /** This beneficiary's position so far. */
  current: { waived: boolean; verdict: PerformanceVerdict | null };
}): Ruling<{ verdict: PerformanceVerdict }> {
  if (obligation.status !== 'MET') {
    return refuse({
      kind: 'state',
      field: 'obligationId',
      reason: `No performance is recorded: the obligation is ${obligation.status}`,
      article: ARTICLE,
    });
  }
  if (current.waived) {
    return refuse({
      kind: 'state',
      field: 'obligationId',
      reason: `${party} waived this obligation and has no performance to review`,
      article: ARTICLE,
    });
  }
  if (current.verdict === verdict) {
    return refuse({
      kind: 'state',
      field: 'verdict',
      reason: `${party} has already ${verdict.toLowerCase()} this performance`,
      article: ARTICLE,
    });
  }
  if (verdict === 'DISPUTED' && !reason?.trim()) {
    return refuse({
      kind: 'input',
      field: 'reason',
      reason: 'a dispute states what was not performed',
      article: ARTICLE,
    });
  }
  return { ok: true, value: { verdict } };
}

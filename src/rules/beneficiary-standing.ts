import type { PerformanceStatus, PerformanceVerdict } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';

export interface BeneficiaryPosition {
  party: PartyCode;
  waived: boolean;
  verdict: PerformanceVerdict | null;
}

export interface BeneficiaryStanding {
  party: PartyCode;
  /** Whether this beneficiary waived its right (TIC 13.7; JVC Art. 120). */
  waived: boolean;
  /** Still owed to this beneficiary: open or performed, and not waived by it. */
  stillOwed: boolean;
  verdict: PerformanceVerdict | null;
}

/**
 * Where an obligation stands with each of its beneficiaries. A waiver binds only the party that
 * gives it: the JVC Art. 88 reports are owed to both Parties, and Fengfan's waiver of one leaves
 * it owed to Valence (TIC 13.7; JVC Art. 120). A performance is DISPUTED as soon as one
 * beneficiary disputes it, ACKNOWLEDGED once every beneficiary still owed has acknowledged it.
 */
export function beneficiaryStanding({
  beneficiaries,
  positions,
  performed,
}: {
  beneficiaries: readonly PartyCode[];
  positions: readonly BeneficiaryPosition[];
  performed: boolean;
}): {
  standings: BeneficiaryStanding[];
  performance: PerformanceStatus | null;
  allWaived: boolean;
} {
  const standings = beneficiaries.map((party) => {
    const position = positions.find((p) => p.party === party);
    const waived = position?.waived ?? false;
    return { party, waived, stillOwed: !waived, verdict: position?.verdict ?? null };
  });
  const allWaived = standings.length > 0 && standings.every((s) => s.waived);
  if (!performed) return { standings, performance: null, allWaived };
  const owed = standings.filter((s) => s.stillOwed);
  const performance: PerformanceStatus = standings.some((s) => s.verdict === 'DISPUTED')
    ? 'DISPUTED'
    : owed.length > 0 && owed.every((s) => s.verdict === 'ACKNOWLEDGED')
      ? 'ACKNOWLEDGED'
      : 'UNREVIEWED';
  return { standings, performance, allWaived };
}

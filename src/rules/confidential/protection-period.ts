import { addOffset } from '../calendar';
import type { GoverningContract } from '../citation';

/**
 * Until when an item is protected, from the contract it was disclosed under:
 * - TIC: Article 8 survives termination "for any reason whatsoever" (TIC 8.7, 11.6): no end;
 * - JVC: during the Contract Term (JVC Art. 96), and for two years after an early termination
 *   or dissolution (Art. 96, 100): the last day is the second anniversary of the end.
 * `until` null means no end (TIC) or an end not yet known (a JVC term not started).
 */
export function protectionPeriod({
  governingContract,
  termEndsOn,
  endedEarlyOn,
}: {
  governingContract: GoverningContract;
  termEndsOn: string | null;
  endedEarlyOn: string | null;
}): { until: string | null; rule: string } {
  if (governingContract === 'TIC') {
    return { until: null, rule: 'TIC 8.7: survives termination for any reason, without end' };
  }
  if (endedEarlyOn !== null && (termEndsOn === null || endedEarlyOn < termEndsOn)) {
    return {
      until: addOffset({ from: endedEarlyOn, offset: { years: 2 } }),
      rule: `JVC Art. 96, 100: two years after the early termination on ${endedEarlyOn}`,
    };
  }
  if (termEndsOn !== null) {
    return { until: termEndsOn, rule: 'JVC Art. 96: during the Contract Term' };
  }
  return { until: null, rule: 'JVC Art. 96: during the Contract Term, which has not started' };
}

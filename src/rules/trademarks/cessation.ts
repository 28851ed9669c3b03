import type { TerminationBasis } from '../../domain/contracts';
import type { PartyCode } from '../../domain/parties';

/**
 * What TIC 11.4 leaves the Licensee when the TIC ends: it "shall cease all use of the Valence
 * Marks" immediately, "provided, however, that except in the case of termination of this
 * Contract by Valence, due to a breach or default by Fengfan or Licensee", it may use them as
 * it reasonably requires to sell or dispose of its existing inventory of the Batteries.
 *
 * Valence terminates for a breach or default of Fengfan or the Licensee under TIC 11.2 (its
 * breach notice went to them: the TIC has no other recipients for Valence) and TIC 11.3(b).
 * Insolvency (TIC 11.3(a)) is read as no "breach or default": the sell-off stays.
 */
export function markCessation({
  basis,
  terminatingParty,
}: {
  basis: TerminationBasis;
  terminatingParty: PartyCode;
}): { sellOff: boolean; reason: string; article: 'TIC 11.4' } {
  const forBreach =
    terminatingParty === 'VALENCE' &&
    (basis === 'UNCURED_BREACH' || basis === 'PROTECTED_ARTICLE_BREACH');
  return forBreach
    ? {
        sellOff: false,
        reason:
          'Valence terminated for a breach by Fengfan or the Licensee: every use of the Valence Marks ends on the day, with no sell-off of inventory',
        article: 'TIC 11.4',
      }
    : {
        sellOff: true,
        reason:
          'Every use of the Valence Marks ends on the day, except as the Licensee reasonably requires to sell or dispose of its existing inventory of the Batteries',
        article: 'TIC 11.4',
      };
}

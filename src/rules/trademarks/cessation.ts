import type { TerminationBasis } from '../../domain/contracts';
import type { PartyCode } from '../../domain/parties';
import { BATTERY_PRODUCTS, type TrademarkProduct, type UseStatus } from '../../domain/trademarks';
import { addOffset } from '../calendar';

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

/**
 * How the TIC has ended as of a day, if it has: by termination on `terminatedOn`, or by the end
 * of its ten-year term (TIC 11.1), in force on `expiresOn` and expired from the day after.
 * TIC 11.4 applies "upon termination of this Contract for any reason whatsoever", and TIC 11.6
 * makes it "survive the termination or expiration of this Contract": the Licensee ceases using
 * the Valence Marks when the term runs out too. No one terminates at expiry, so the sell-off
 * proviso ("except in the case of termination of this Contract by Valence, due to a breach or
 * default by Fengfan or Licensee") always leaves the Battery inventory to be sold.
 */
export interface TicEnd {
  by: 'TERMINATION' | 'EXPIRY';
  /** The TIC's last day: the termination day, or the last day of its term. */
  lastDay: string;
  /** The day its end takes effect: the termination day, or the day after the term. */
  onDay: string;
}

export function ticEndOn({
  terminatedOn,
  expiresOn,
  status,
  on,
}: {
  terminatedOn: string | null;
  /** The last day of the term (rules/contract-status `expiryDate`), null until it starts. */
  expiresOn: string | null;
  /** The stored status: only an EFFECTIVE TIC expires (rules/contract-status `statusOn`). */
  status: string;
  on: string;
}): TicEnd | null {
  if (terminatedOn !== null && terminatedOn <= on) {
    return { by: 'TERMINATION', lastDay: terminatedOn, onDay: terminatedOn };
  }
  if (status === 'EFFECTIVE' && expiresOn !== null && on > expiresOn) {
    return {
      by: 'EXPIRY',
      lastDay: expiresOn,
      onDay: addOffset({ from: expiresOn, offset: { days: 1 } }),
    };
  }
  return null;
}

/** The article cited when a use of a Valence mark stops because the TIC expired. */
export const EXPIRY_CESSATION_ARTICLE = 'TIC 11.4, 11.6';

/**
 * A use's state as of a day: a stored APPROVED use of a Valence mark that runs past the TIC's
 * expiry reads CEASED from the day after the last day of the term, computed from that date (no
 * scheduler writes it), except a use on Batteries, which stays APPROVED for the sell-off of the
 * existing inventory (TIC 11.4 proviso). Terminations are written when they happen
 * (services/trademarks/cessation.service), so the stored state already says so.
 */
export function useStatusOn({
  use,
  end,
}: {
  use: {
    status: UseStatus;
    markOwner: PartyCode;
    product: TrademarkProduct;
    periodTo: string | null;
  };
  end: TicEnd | null;
}): UseStatus {
  if (use.status !== 'APPROVED' || use.markOwner !== 'VALENCE' || end?.by !== 'EXPIRY') {
    return use.status;
  }
  if (use.periodTo !== null && use.periodTo <= end.lastDay) return use.status;
  return BATTERY_PRODUCTS.includes(use.product) ? 'APPROVED' : 'CEASED';
}

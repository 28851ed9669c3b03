import type { PartyCode } from '../../domain/parties';
import { BATTERY_PRODUCTS, type TrademarkProduct } from '../../domain/trademarks';
import type { Refusal } from '../refusal';
import { EXPIRY_CESSATION_ARTICLE } from './cessation';

export interface UseFacts {
  markId: string;
  markOwner: PartyCode;
  product: TrademarkProduct;
  territory: readonly string[];
  periodFrom: string;
  periodTo: string | null;
  warrantyTerms: string | null;
  warrantyApprovedOn: string | null;
}

export interface LicenceFacts {
  licensorParty: PartyCode;
  markIds: readonly string[];
  products: readonly TrademarkProduct[];
  territory: readonly string[];
  executedOn: string;
  termFrom: string;
  termTo: string | null;
}

const refusal = (field: string, reason: string, article: string): Refusal => ({
  kind: 'state',
  field,
  reason,
  article,
});

/** Whether a licence is in force on a day: executed, and within its term. */
export function licenceInForce(licence: LicenceFacts, on: string): boolean {
  return (
    licence.executedOn <= on &&
    licence.termFrom <= on &&
    (licence.termTo === null || on <= licence.termTo)
  );
}

/**
 * Whether a requested use of a party's mark may be approved on `today`: the JV uses a party's
 * mark only under a written trademark licence with that party (JVC Art. 50) in force, covering
 * the mark, the product, the territory and the period; and a Licensee Battery carrying a
 * Valence mark needs warranty terms Valence has approved (TIC 5.2). Territories are ISO 3166
 * codes; "WW" in a licence covers the world.
 */
export function checkUseApprovable({
  use,
  licence,
  today,
  ticTerminatedOn = null,
  ticExpiredOn = null,
}: {
  use: UseFacts;
  licence: LicenceFacts | null;
  today: string;
  /** The day the TIC was terminated, if it was. */
  ticTerminatedOn?: string | null;
  /** The last day of the TIC's term, if it has run out by `today` (TIC 11.1). */
  ticExpiredOn?: string | null;
}): { ok: true } | { ok: false; refusal: Refusal } {
  const art50 = 'JVC Art. 50';
  if (use.markOwner === 'VALENCE' && ticTerminatedOn !== null && ticTerminatedOn <= today) {
    return {
      ok: false,
      refusal: refusal(
        'id',
        `the TIC was terminated on ${ticTerminatedOn}: the Licensee ceases all use of the Valence Marks`,
        'TIC 11.4',
      ),
    };
  }
  if (use.markOwner === 'VALENCE' && ticExpiredOn !== null && ticExpiredOn < today) {
    return {
      ok: false,
      refusal: refusal(
        'id',
        `the TIC's term ended on ${ticExpiredOn} (TIC 11.1): upon its end "for any reason whatsoever" the Licensee ceases all use of the Valence Marks (TIC 11.4, which survives expiration, TIC 11.6)`,
        EXPIRY_CESSATION_ARTICLE,
      ),
    };
  }
  if (!licence) {
    return {
      ok: false,
      refusal: refusal('licenceId', 'no written trademark licence is named for this use', art50),
    };
  }
  const problem = licenceProblem(use, licence, today);
  if (problem) return { ok: false, refusal: refusal('licenceId', problem, art50) };
  if (use.markOwner === 'VALENCE' && BATTERY_PRODUCTS.includes(use.product)) {
    if (!use.warrantyTerms) {
      return {
        ok: false,
        refusal: refusal(
          'warrantyTerms',
          'a battery carrying a Valence mark needs its warranty terms, for Valence to approve',
          'TIC 5.2',
        ),
      };
    }
    if (!use.warrantyApprovedOn) {
      return {
        ok: false,
        refusal: refusal(
          'warrantyTerms',
          'Valence has not approved the warranty terms of this battery carrying its mark',
          'TIC 5.2',
        ),
      };
    }
  }
  return { ok: true };
}

function licenceProblem(use: UseFacts, licence: LicenceFacts, today: string): string | null {
  if (licence.licensorParty !== use.markOwner) {
    return `the licence is granted by ${licence.licensorParty}, not by the mark's owner ${use.markOwner}`;
  }
  if (!licence.markIds.includes(use.markId)) return 'the licence does not cover this mark';
  if (!licence.products.includes(use.product)) return `the licence does not cover ${use.product}`;
  const world = licence.territory.includes('WW');
  const outside = use.territory.filter((t) => !world && !licence.territory.includes(t));
  if (outside.length > 0) return `the licence does not cover the territory ${outside.join(', ')}`;
  if (!licenceInForce(licence, today)) return `the licence is not in force on ${today}`;
  if (use.periodFrom < licence.termFrom) return 'the use starts before the licence term';
  if (licence.termTo !== null && (use.periodTo === null || use.periodTo > licence.termTo)) {
    return `the use runs past the licence term, which ends on ${licence.termTo}`;
  }
  return null;
}

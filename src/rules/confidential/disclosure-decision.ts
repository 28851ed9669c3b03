import type { ConfidentialCategory, DisclosureStatus } from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';
import { refuse, type Ruling } from '../refusal';
import { fengfanRecipient, type OwnershipFacts } from './fengfan-recipient';

export const FENGFAN_GATE_ARTICLE = 'TIC 2.4, 2.8; JVC Art. 45';

export interface DisclosureItem {
  disclosingParty: PartyCode;
  category: ConfidentialCategory;
  valenceTechnology: boolean;
}

/** Technology: Valence's Technology, or an item about technology (TIC 1.3, 12.2). */
export const isTechnologyItem = (item: Pick<DisclosureItem, 'category' | 'valenceTechnology'>) =>
  item.valenceTechnology || item.category === 'TECHNOLOGY';

/**
 * The disclosing party's answer to a request to disclose an item beyond the receiving party
 * (TIC 8.1: its prior written authorization, in its sole discretion). A refusal needs only
 * a reason. An approval of the Technology or of Valence's information to Fengfan or a Fengfan
 * Affiliate is refused unless Valence's written consent is on record (TIC 2.4, 2.8; JVC Art.
 * 45) — a contractual gate that no export check opens, so it comes first; after it, a
 * Technology item still needs a passing export check (`needsExportCheck`, TIC 12.2).
 */
export function decideDisclosure({
  item,
  request,
  approve,
  deciderParty,
  valenceConsentReference,
  ownership = null,
}: {
  item: DisclosureItem;
  request: {
    status: DisclosureStatus;
    recipientParty: PartyCode | null;
    recipientName: string;
    fengfanAffiliate: boolean;
  };
  approve: boolean;
  deciderParty: PartyCode;
  valenceConsentReference: string | null;
  /** The supplier register's ownership facts: a recipient Fengfan controls is its Affiliate. */
  ownership?: OwnershipFacts | null;
}): Ruling<{ needsExportCheck: boolean }> {
  if (request.status !== 'PENDING') {
    return refuse({
      kind: 'state',
      field: 'requestId',
      reason: `the request is already ${request.status}`,
      article: 'TIC 8.1',
    });
  }
  if (!approve) return { ok: true, value: { needsExportCheck: false } };
  const recipient = fengfanRecipient({
    recipientParty: request.recipientParty,
    recipientName: request.recipientName,
    statedFengfanAffiliate: request.fengfanAffiliate,
    ownership,
  });
  const valences = isTechnologyItem(item) || item.disclosingParty === 'VALENCE';
  if (recipient.fengfan && valences) {
    const consent = valenceConsentReference?.trim();
    if (!consent || deciderParty !== 'VALENCE') {
      return refuse({
        kind: 'state',
        field: 'valenceConsentReference',
        reason: `${recipient.reason}: the Technology and Valence's confidential information go to Fengfan or its Affiliates only with Valence's express written consent on record, whatever an export check says`,
        article: FENGFAN_GATE_ARTICLE,
      });
    }
  }
  return { ok: true, value: { needsExportCheck: isTechnologyItem(item) } };
}

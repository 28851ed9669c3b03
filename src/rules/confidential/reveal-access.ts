import type { ConfidentialStatus } from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';
import { refuse, type Ruling } from '../refusal';

export interface GrantState {
  expiresOn: string;
  revoked: boolean;
}

/**
 * Whether a user may read an item's protected content now (TIC 8.1): the disclosing party
 * reads its own information; on the receiving side only a user with an unexpired, unrevoked
 * need-to-know grant (8.1(i)) and a covering NDA or JV undertaking (8.1(ii); JVC Art. 98); an
 * item an accepted exception released (8.3(a)-(c)) is no longer restricted. Every read states
 * its purpose: the information is disclosed "solely" to perform the contract (TIC 8.1).
 */
export function decideReveal({
  readerParty,
  item,
  purpose,
  grants,
  ndaCovered,
  today,
}: {
  readerParty: PartyCode;
  item: { disclosingParty: PartyCode; receivingParty: PartyCode; status: ConfidentialStatus };
  purpose: string;
  grants: readonly GrantState[];
  ndaCovered: { covered: boolean; reason: string; article: string };
  today: string;
}): Ruling<{ basis: string; article: string }> {
  if (purpose.trim().length === 0) {
    return refuse({
      kind: 'input',
      field: 'purpose',
      reason:
        'state why you read it: confidential information is used solely to perform the contract',
      article: 'TIC 8.1',
    });
  }
  if (readerParty === item.disclosingParty) {
    return {
      ok: true,
      value: { basis: 'the disclosing party reads its own information', article: 'TIC 8.1' },
    };
  }
  if (readerParty !== item.receivingParty) {
    return refuse({
      kind: 'party',
      field: 'itemId',
      reason: `${readerParty} neither disclosed nor received this item`,
      article: 'TIC 8.1',
    });
  }
  if (item.status === 'RELEASED') {
    return {
      ok: true,
      value: { basis: 'an accepted exception released the item', article: 'TIC 8.3; JVC Art. 96' },
    };
  }
  const live = grants.filter((g) => !g.revoked && g.expiresOn >= today);
  if (live.length === 0) {
    const lapsed = grants
      .filter((g) => !g.revoked)
      .map((g) => g.expiresOn)
      .sort()
      .at(-1);
    return refuse({
      kind: 'party',
      field: 'itemId',
      reason: lapsed
        ? `your need-to-know grant for this item expired on ${lapsed}`
        : grants.length > 0
          ? 'your need-to-know grant for this item was revoked'
          : 'you hold no need-to-know grant for this item',
      article: 'TIC 8.1(i)',
    });
  }
  if (!ndaCovered.covered) {
    return refuse({
      kind: 'party',
      field: 'itemId',
      reason: ndaCovered.reason,
      article: ndaCovered.article,
    });
  }
  return {
    ok: true,
    value: { basis: 'a need-to-know grant and a covering agreement', article: 'TIC 8.1(i), (ii)' },
  };
}

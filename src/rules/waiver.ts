import type { ObligationNature, StoredObligationStatus } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { refuse, type Ruling } from './refusal';

const ARTICLE = 'TIC 13.7; JVC Art. 120';

/**
 * One beneficiary's express waiver. It binds only the party that gives it: an obligation owed
 * to several stays owed to the others, and is WAIVED only once every beneficiary has waived it
 * (TIC 13.7; JVC Art. 120 — a failure to assert a right is never a waiver, so a waiver is an
 * act of the party whose right it is). Only an open, dated obligation can be waived: a standing
 * one (each invoice's payment, each notice's cure) is waived occasion by occasion.
 */
export function decideWaiver({
  obligation,
  party,
  waivedAlready,
}: {
  obligation: {
    status: StoredObligationStatus;
    nature: ObligationNature;
    dueOn: string | null;
    beneficiaryParties: readonly PartyCode[];
    article: string;
  };
  party: PartyCode;
  /** The beneficiaries that have already waived it. */
  waivedAlready: readonly PartyCode[];
}): Ruling<{ complete: boolean; stillOwedTo: PartyCode[] }> {
  if (obligation.status !== 'OPEN') {
    return refuse({
      kind: 'state',
      field: 'obligationId',
      reason: `The obligation is already ${obligation.status}`,
      article: ARTICLE,
    });
  }
  if (obligation.nature === 'OPTION') {
    return refuse({
      kind: 'state',
      field: 'obligationId',
      reason: 'An option is owed by no one: it is used or left to lapse, not waived',
      article: obligation.article,
    });
  }
  if (obligation.dueOn === null) {
    return refuse({
      kind: 'state',
      field: 'obligationId',
      reason: 'Only a dated obligation can be waived: a waiver concerns one dated occasion',
      article: obligation.article,
    });
  }
  if (waivedAlready.includes(party)) {
    return refuse({
      kind: 'state',
      field: 'obligationId',
      reason: `${party} has already waived this obligation`,
      article: ARTICLE,
    });
  }
  const waived = [...waivedAlready, party];
  const stillOwedTo = obligation.beneficiaryParties.filter((p) => !waived.includes(p));
  return { ok: true, value: { complete: stillOwedTo.length === 0, stillOwedTo } };
}

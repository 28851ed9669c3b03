import type { StoredObligationStatus } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { refuse, type Ruling } from './refusal';

/**
 * Recording that an obligation was performed. The obligor records its own performance; a
 * beneficiary may record what it received (a payment, a report), which is its own
 * acknowledgement. Either way the other beneficiaries may still dispute it (TIC 13.7; JVC
 * Art. 120: no one loses a right by another's record). Refused for a date in the future, an
 * obligation no longer open, or one whose clock has not started.
 */
export function decidePerformance({
  obligation,
  party,
  metOn,
  today,
}: {
  obligation: {
    status: StoredObligationStatus;
    dueOn: string | null;
    obligorParty: PartyCode | null;
    beneficiaryParties: readonly PartyCode[];
    article: string;
  };
  party: PartyCode;
  metOn: string;
  today: string;
}): Ruling<{ acknowledgedBy: PartyCode | null }> {
  if (metOn > today) {
    return refuse({
      kind: 'input',
      field: 'metOn',
      reason: 'cannot be in the future',
      article: obligation.article,
    });
  }
  if (obligation.status !== 'OPEN') {
    return refuse({
      kind: 'state',
      field: 'obligationId',
      reason: `The obligation is already ${obligation.status}`,
      article: obligation.article,
    });
  }
  if (obligation.dueOn === null) {
    return refuse({
      kind: 'state',
      field: 'obligationId',
      reason: 'The obligation is not due yet: its triggering event is not recorded',
      article: obligation.article,
    });
  }
  const receipt =
    party !== obligation.obligorParty && obligation.beneficiaryParties.includes(party);
  return { ok: true, value: { acknowledgedBy: receipt ? party : null } };
}

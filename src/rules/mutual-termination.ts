import type { PartySignature } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import type { GoverningContract } from './citation';
import { latestIsoDate } from './iso-date';
import { refuse, type Ruling } from './refusal';

const ARTICLE = 'TIC 11.1';

/** TIC 11.1 "may be terminated by the mutual agreement of the parties": the TIC's own clause. */
export function checkMutualTerminationProposal({
  governingContract,
}: {
  governingContract: GoverningContract;
}): Ruling<null> {
  if (governingContract !== 'TIC') {
    return refuse({
      kind: 'input',
      field: 'contractId',
      reason:
        'the JVC provides no termination by mutual agreement alone: it ends on an Art. 104 notice, the Art. 105 procedure and the Approval Authority’s approval',
      article: 'JVC Art. 104, 105',
    });
  }
  return { ok: true, value: null };
}

/**
 * One party signs a proposed mutual termination through its own LEGAL (TIC 11.1, executed like
 * an amendment, TIC 13.8): it takes effect on the day the last party to the contract signs.
 */
export function signMutualTermination({
  signatures,
  effectiveOn,
  party,
  signedBy,
  signedOn,
  today,
  parties,
}: {
  signatures: readonly PartySignature[];
  effectiveOn: string | null;
  party: PartyCode;
  signedBy: string;
  signedOn: string;
  today: string;
  /** Every Party to the contract, whose signatures it needs. */
  parties: readonly PartyCode[];
}): Ruling<{ signatures: PartySignature[]; effectiveOn: string | null }> {
  if (effectiveOn) {
    return refuse({
      kind: 'state',
      field: 'mutualTerminationId',
      reason: `Already signed by every party on ${effectiveOn}`,
      article: ARTICLE,
    });
  }
  if (signatures.some((s) => s.party === party)) {
    return refuse({
      kind: 'state',
      field: 'mutualTerminationId',
      reason: `${party} has already signed this mutual termination`,
      article: ARTICLE,
    });
  }
  if (signedOn > today) {
    return refuse({
      kind: 'input',
      field: 'signedOn',
      reason: 'cannot be in the future',
      article: ARTICLE,
    });
  }
  const next = [...signatures, { party, signedBy, signedOn }];
  const complete = parties.every((p) => next.some((s) => s.party === p));
  return {
    ok: true,
    value: {
      signatures: next,
      effectiveOn: complete ? latestIsoDate({ dates: next.map((s) => s.signedOn) }) : null,
    },
  };
}

/**
 * TIC 11.3(a) concerns the Licensee's proceeding; it is recorded from its commencement, and its
 * dismissal, if any, no earlier than that.
 */
export function checkInsolvencyRecord({
  governingContract,
  commencedOn,
  dismissedOn,
  alreadyDismissedOn,
  today,
}: {
  governingContract: GoverningContract;
  commencedOn: string;
  dismissedOn: string | null;
  alreadyDismissedOn: string | null;
  today: string;
}): Ruling<null> {
  const article = 'TIC 11.3(a)';
  if (governingContract !== 'TIC') {
    return refuse({
      kind: 'input',
      field: 'contractId',
      reason: 'TIC 11.3(a) is a clause of the TIC',
      article,
    });
  }
  if (commencedOn > today) {
    return refuse({
      kind: 'input',
      field: 'commencedOn',
      reason: 'cannot be in the future',
      article,
    });
  }
  if (dismissedOn === null) return { ok: true, value: null };
  if (alreadyDismissedOn) {
    return refuse({
      kind: 'state',
      field: 'proceedingId',
      reason: `Already dismissed on ${alreadyDismissedOn}`,
      article,
    });
  }
  if (dismissedOn > today) {
    return refuse({
      kind: 'input',
      field: 'dismissedOn',
      reason: 'cannot be in the future',
      article,
    });
  }
  if (dismissedOn < commencedOn) {
    return refuse({
      kind: 'input',
      field: 'dismissedOn',
      reason: `cannot precede the commencement (${commencedOn})`,
      article,
    });
  }
  return { ok: true, value: null };
}

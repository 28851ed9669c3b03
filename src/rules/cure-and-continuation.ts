import type { CureAnswer, NoticeKind, PartySignature } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import type { GoverningContract } from './citation';
import { latestIsoDate } from './iso-date';
import { refuse, type Ruling } from './refusal';

const CURE_ARTICLE: Record<GoverningContract, string> = { TIC: 'TIC 11.2', JVC: 'JVC Art. 104(2)' };

interface CureState {
  kind: NoticeKind;
  sentOn: string;
  cureClaimedOn: string | null;
  cureAnswer: CureAnswer | null;
}

/**
 * The breaching party claims it cured the breach a notice describes, on `curedOn`, with its
 * evidence (TIC 11.2; JVC Art. 104(2)). A claim stands until the sender answers it; after a
 * dispute the breaching party may claim again (a later cure); after an acceptance the breach
 * is cured and no further claim is made.
 */
export function checkCureClaim({
  governingContract,
  notice,
  curedOn,
  today,
}: {
  governingContract: GoverningContract;
  notice: CureState;
  curedOn: string;
  today: string;
}): Ruling<null> {
  const article = CURE_ARTICLE[governingContract];
  if (notice.kind !== 'BREACH') {
    return refuse({ kind: 'input', field: 'noticeId', reason: 'is not a breach notice', article });
  }
  if (notice.cureAnswer === 'ACCEPTED') {
    return refuse({
      kind: 'state',
      field: 'noticeId',
      reason: `Already cured on ${notice.cureClaimedOn}, and the cure accepted`,
      article,
    });
  }
  if (notice.cureClaimedOn && notice.cureAnswer === null) {
    return refuse({
      kind: 'state',
      field: 'noticeId',
      reason: `A cure claimed for ${notice.cureClaimedOn} awaits the sender's answer`,
      article,
    });
  }
  if (curedOn > today) {
    return refuse({ kind: 'input', field: 'curedOn', reason: 'cannot be in the future', article });
  }
  if (curedOn < notice.sentOn) {
    return refuse({
      kind: 'input',
      field: 'curedOn',
      reason: `cannot be before the notice (${notice.sentOn})`,
      article,
    });
  }
  return { ok: true, value: null };
}

/**
 * The sender of the breach notice — the non-breaching party, whose termination right the cure
 * would close — accepts or disputes the claimed cure (TIC 11.2; JVC Art. 104(2)).
 */
export function checkCureAnswer({
  governingContract,
  notice,
  answeredOn,
  today,
}: {
  governingContract: GoverningContract;
  notice: CureState;
  answeredOn: string;
  today: string;
}): Ruling<null> {
  const article = CURE_ARTICLE[governingContract];
  if (notice.kind !== 'BREACH') {
    return refuse({ kind: 'input', field: 'noticeId', reason: 'is not a breach notice', article });
  }
  if (!notice.cureClaimedOn) {
    return refuse({
      kind: 'state',
      field: 'noticeId',
      reason: 'no cure has been claimed',
      article,
    });
  }
  if (notice.cureAnswer) {
    return refuse({
      kind: 'state',
      field: 'noticeId',
      reason: `The claimed cure was already ${notice.cureAnswer.toLowerCase()}`,
      article,
    });
  }
  if (answeredOn > today) {
    return refuse({
      kind: 'input',
      field: 'answeredOn',
      reason: 'cannot be in the future',
      article,
    });
  }
  if (answeredOn < notice.cureClaimedOn) {
    return refuse({
      kind: 'input',
      field: 'answeredOn',
      reason: `cannot be before the cure it answers (${notice.cureClaimedOn})`,
      article,
    });
  }
  return { ok: true, value: null };
}

/**
 * One Party signs the written agreement to continue the JVC after a termination notice (JVC
 * Art. 105): the agreement is made when every Party has signed, each within the window (its
 * rolled last day), and dates from the last signature.
 */
export function signContinuation({
  notice,
  governingContract,
  windowEndsOn,
  party,
  signedBy,
  signedOn,
  today,
  parties,
}: {
  notice: { kind: NoticeKind; sentOn: string; continuationSignatures: readonly PartySignature[] };
  governingContract: GoverningContract;
  /** The window's rolled last day; null when the notice opened no window. */
  windowEndsOn: string | null;
  party: PartyCode;
  signedBy: string;
  signedOn: string;
  today: string;
  /** The Parties whose signatures the agreement needs: the signatories of the JVC. */
  parties: readonly PartyCode[];
}): Ruling<{ signatures: PartySignature[]; agreedOn: string | null }> {
  const article = 'JVC Art. 105';
  if (notice.kind !== 'TERMINATION' || governingContract !== 'JVC') {
    return refuse({
      kind: 'input',
      field: 'noticeId',
      reason: 'is not a JVC termination notice',
      article,
    });
  }
  if (!windowEndsOn) {
    return refuse({
      kind: 'state',
      field: 'noticeId',
      reason: 'the notice is not deemed received: no window is open',
      article,
    });
  }
  if (notice.continuationSignatures.some((s) => s.party === party)) {
    return refuse({
      kind: 'state',
      field: 'noticeId',
      reason: `${party} has already signed the agreement to continue`,
      article,
    });
  }
  if (signedOn > today) {
    return refuse({ kind: 'input', field: 'signedOn', reason: 'cannot be in the future', article });
  }
  if (signedOn < notice.sentOn) {
    return refuse({
      kind: 'input',
      field: 'signedOn',
      reason: `cannot be before the notice (${notice.sentOn})`,
      article,
    });
  }
  if (signedOn > windowEndsOn) {
    return refuse({
      kind: 'state',
      field: 'signedOn',
      reason: `The negotiation window closed on ${windowEndsOn}`,
      article,
    });
  }
  const signatures = [...notice.continuationSignatures, { party, signedBy, signedOn }];
  const complete = parties.every((p) => signatures.some((s) => s.party === p));
  return {
    ok: true,
    value: {
      signatures,
      agreedOn: complete ? latestIsoDate({ dates: signatures.map((s) => s.signedOn) }) : null,
    },
  };
}

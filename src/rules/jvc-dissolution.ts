import type { DissolutionStage, DissolutionStep } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { refuse, type Ruling } from './refusal';

interface DissolutionFacts {
  /** The rolled last day of the Art. 105 window (rules/notice-clocks.ts). */
  windowEndsOn: string;
  continuationAgreedOn: string | null;
  dissolutionAppliedOn: string | null;
  dissolutionApprovedOn: string | null;
  /** The JVC's termination date, once recorded on this basis. */
  terminatedOn: string | null;
}

/**
 * The stage of the JVC termination procedure a termination notice has reached as of `asOf`,
 * the article that governs it and what comes next:
 * notice → Art. 105 window → deemed agreement to terminate → application to the Examination
 * and Approval Authority ("forthwith", Art. 105) → approval → terminated, and the Joint
 * Venture Company in liquidation (Arts. 106–112).
 */
export function dissolutionStage(facts: DissolutionFacts & { asOf: string }): {
  stage: DissolutionStage;
  article: string;
  next: string;
} {
  if (facts.continuationAgreedOn && facts.continuationAgreedOn <= facts.asOf) {
    return {
      stage: 'CONTINUED',
      article: 'JVC Art. 105',
      next: `Both Parties agreed in writing on ${facts.continuationAgreedOn} to continue the contract`,
    };
  }
  if (facts.terminatedOn && facts.terminatedOn <= facts.asOf) {
    return {
      stage: 'LIQUIDATION',
      article: 'JVC Art. 106-112',
      next:
        'The Board appoints a liquidation committee forthwith (Art. 106); the committee values and ' +
        'liquidates the assets and reports to the Approval Authority on completion (Art. 107-112)',
    };
  }
  if (facts.dissolutionApprovedOn && facts.dissolutionApprovedOn <= facts.asOf) {
    return {
      stage: 'APPROVED',
      article: 'JVC Art. 105',
      next: `The Approval Authority approved the dissolution on ${facts.dissolutionApprovedOn}: record the termination`,
    };
  }
  if (facts.dissolutionAppliedOn && facts.dissolutionAppliedOn <= facts.asOf) {
    return {
      stage: 'APPLICATION_SUBMITTED',
      article: 'JVC Art. 105',
      next: `Application submitted on ${facts.dissolutionAppliedOn}: awaiting the Approval Authority`,
    };
  }
  if (facts.asOf > facts.windowEndsOn) {
    return {
      stage: 'DEEMED_AGREED_TO_TERMINATE',
      article: 'JVC Art. 105',
      next:
        `No written agreement to continue by ${facts.windowEndsOn}: each Party is deemed to have ` +
        'agreed to terminate; the application goes to the Approval Authority forthwith',
    };
  }
  return {
    stage: 'NEGOTIATION',
    article: 'JVC Art. 105',
    next: `The Parties negotiate until ${facts.windowEndsOn}; both may sign an agreement to continue`,
  };
}

/**
 * Whether a step of the procedure may be recorded on `on`: the application only once the
 * window has lapsed without an agreement to continue, the approval only after the application,
 * each once, and neither in the future (JVC Art. 105).
 */
export function checkDissolutionStep({
  step,
  on,
  today,
  ...facts
}: Omit<DissolutionFacts, 'terminatedOn'> & {
  step: DissolutionStep;
  on: string;
  today: string;
}): Ruling<null> {
  const article = 'JVC Art. 105';
  if (on > today)
    return refuse({ kind: 'input', field: 'on', reason: 'cannot be in the future', article });
  if (facts.continuationAgreedOn) {
    return refuse({
      kind: 'state',
      field: 'noticeId',
      reason: `the Parties agreed on ${facts.continuationAgreedOn} to continue the contract`,
      article,
    });
  }
  if (step === 'APPLICATION_SUBMITTED') {
    if (facts.dissolutionAppliedOn) {
      return refuse({
        kind: 'state',
        field: 'step',
        reason: `already submitted on ${facts.dissolutionAppliedOn}`,
        article,
      });
    }
    if (on <= facts.windowEndsOn) {
      return refuse({
        kind: 'input',
        field: 'on',
        reason: `the application follows the deemed agreement to terminate, after the window ends on ${facts.windowEndsOn}`,
        article,
      });
    }
    return { ok: true, value: null };
  }
  if (facts.dissolutionApprovedOn) {
    return refuse({
      kind: 'state',
      field: 'step',
      reason: `already approved on ${facts.dissolutionApprovedOn}`,
      article,
    });
  }
  if (!facts.dissolutionAppliedOn) {
    return refuse({
      kind: 'state',
      field: 'step',
      reason: 'no application has been submitted yet',
      article,
    });
  }
  if (on < facts.dissolutionAppliedOn) {
    return refuse({
      kind: 'input',
      field: 'on',
      reason: `cannot precede the application of ${facts.dissolutionAppliedOn}`,
      article,
    });
  }
  return { ok: true, value: null };
}

/** What a termination notice needs to know of the breach notice it rests on. */
export interface BreachBasis {
  kind: string;
  senderParty: PartyCode;
  recipientParties: readonly PartyCode[];
  /** Whether the right to terminate for that breach was open on the termination notice's date. */
  terminationRightOpen: boolean;
}

const JVC_GROUNDS = /^JVC Art\. (104\([1-7]\)|55)$/;

/**
 * A JVC termination notice names the event of Art. 104 it rests on (or the deadlock of Art.
 * 55); under Art. 104(2) it names the breach notice, which the same Party sent to the party
 * it now gives notice to, and whose 60-day cure period lapsed uncured by the notice's date.
 */
export function checkTerminationNoticeGround({
  groundArticle,
  sender,
  recipients,
  breach,
}: {
  groundArticle: string | null;
  sender: PartyCode;
  recipients: readonly PartyCode[];
  breach: BreachBasis | null;
}): Ruling<null> {
  if (!groundArticle || !JVC_GROUNDS.test(groundArticle)) {
    return refuse({
      kind: 'input',
      field: 'groundArticle',
      reason:
        'a JVC termination notice names the event relied on: "JVC Art. 104(1)" … "JVC Art. 104(7)", or "JVC Art. 55"',
      article: 'JVC Art. 104',
    });
  }
  if (groundArticle !== 'JVC Art. 104(2)') return { ok: true, value: null };
  const article = 'JVC Art. 104(2)';
  if (!breach) {
    return refuse({
      kind: 'input',
      field: 'basisNoticeId',
      reason: 'name the breach notice the termination rests on',
      article,
    });
  }
  if (breach.kind !== 'BREACH' || breach.senderParty !== sender) {
    return refuse({
      kind: 'input',
      field: 'basisNoticeId',
      reason: 'is not a breach notice your party gave',
      article,
    });
  }
  if (!recipients.every((r) => breach.recipientParties.includes(r))) {
    return refuse({
      kind: 'input',
      field: 'recipients',
      reason: 'the termination notice goes to the breaching Party the breach notice was given to',
      article,
    });
  }
  if (!breach.terminationRightOpen) {
    return refuse({
      kind: 'state',
      field: 'basisNoticeId',
      reason:
        'the breach was cured, or its 60-day cure period had not lapsed, by the date of this notice',
      article,
    });
  }
  return { ok: true, value: null };
}

/**
 * The row policy: for every action on a single record, who may take it on that record, and
 * the article that says so. `policy.ts` decides which roles may call an operation at all;
 * this table decides, once the row is loaded, whether the caller's party stands in the
 * position the contract requires (the notice's sender, the obligation's beneficiary, a Party
 * to the contract, …). Services call `assertMay(ctx, action, row)` and nothing else refuses
 * a caller: `ForbiddenError` is constructed only in `src/auth` (a test enforces it).
 */
import type { EventKind } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { ForbiddenError } from '../errors';
import type { GoverningContract } from '../rules/citation';
import { eventRecorders } from '../rules/event-recorders';
import type { Refusal } from '../rules/refusal';
import type { Principal } from './policy';

/** A row rule answers yes, no, or no with the more precise refusal a pure rule gave. */
type Answer = boolean | Refusal;

interface RowRule<Row> {
  /** Who may act, in words, for the denial message. */
  who: string;
  article: string;
  allows: (actor: Principal, row: Row) => Answer;
}

const rule = <Row>(r: RowRule<Row>): RowRule<Row> => r;

/** The parties to a contract as the rules see them (the JV is not a Party to the JVC). */
export interface ContractParties {
  parties: ReadonlyArray<{ party: PartyCode; signatory: boolean }>;
}

export interface NoticeRow {
  senderParty: PartyCode;
  recipientParties: readonly PartyCode[];
}

export interface ObligationRow {
  obligorParty: PartyCode | null;
  beneficiaryParties: readonly PartyCode[];
  article: string;
}

const isSignatory = (actor: Principal, row: ContractParties) =>
  row.parties.some((p) => p.party === actor.party && p.signatory);

/** Only a Party (a signatory) acts on the contract itself: the JV is not a Party to the JVC. */
const signatoryWho =
  (article: string, what: string) =>
  (actor: Principal, row: ContractParties): Answer =>
    row.parties.some((p) => p.party === actor.party && p.signatory) || {
      kind: 'party',
      field: 'contractId',
      reason: `${actor.party} is not a Party to this contract and does not ${what} it`,
      article,
    };

export const ROW_POLICY = {
  'contract.amend': rule<ContractParties>({
    who: 'a Party to the contract',
    article: 'TIC 13.8; JVC Art. 122',
    allows: signatoryWho('TIC 13.8; JVC Art. 122', 'amend'),
  }),
  // TIC 11.1: a mutual termination is proposed and signed by each party through its own LEGAL.
  'contract.proposeMutualTermination': rule<ContractParties>({
    who: 'a Party to the contract',
    article: 'TIC 11.1',
    allows: isSignatory,
  }),
  'contract.signMutualTermination': rule<ContractParties>({
    who: 'a Party to the contract',
    article: 'TIC 11.1',
    allows: isSignatory,
  }),
  // TIC 11.2: "the non-breaching Party may terminate": the Party that gave the breach notice.
  'contract.terminateForUncuredBreach': rule<ContractParties & { notice: NoticeRow }>({
    who: 'the non-breaching Party that gave the breach notice',
    article: 'TIC 11.2',
    allows: (actor, row) => isSignatory(actor, row) && row.notice.senderParty === actor.party,
  }),
  // JVC Art. 104, 105: after the deemed agreement to terminate and the Authority's approval,
  // either Party records the termination; the JV is not a Party to the JVC (Art. 1).
  'contract.terminateOnDissolution': rule<ContractParties>({
    who: 'a Party to the contract',
    article: 'JVC Art. 104, 105',
    allows: isSignatory,
  }),
  // TIC 11.3: "Valence shall have the right to terminate": on the Licensee's insolvency (a) or
  // a breach of Art. 2, 8 or 10 by Fengfan or the Licensee (b).
  'contract.terminateUnderTic113': rule<ContractParties>({
    who: 'VALENCE',
    article: 'TIC 11.3',
    allows: (actor, row) =>
      !isSignatory(actor, row)
        ? false
        : actor.party === 'VALENCE' || {
            kind: 'party',
            field: 'basis',
            reason: `${actor.party} may not terminate under TIC 11.3: it gives the right to VALENCE only`,
            article: 'TIC 11.3',
          },
  }),
  // TIC 11.3(a) turns on the Licensee's proceeding: any Party to the TIC may put it on record.
  'contract.recordInsolvency': rule<ContractParties>({
    who: 'a Party to the contract',
    article: 'TIC 11.3(a)',
    allows: isSignatory,
  }),
  // TIC 11.2; JVC Art. 104(2): the breaching party (a recipient of the breach notice) cures,
  // and the non-breaching party (its sender), whose termination right the cure closes, answers.
  'notice.claimCure': rule<NoticeRow>({
    who: 'a recipient of the breach notice (the breaching party)',
    article: 'TIC 11.2; JVC Art. 104(2)',
    allows: (actor, notice) => notice.recipientParties.includes(actor.party),
  }),
  'notice.answerCure': rule<NoticeRow>({
    who: 'the sender of the breach notice (the non-breaching party)',
    article: 'TIC 11.2; JVC Art. 104(2)',
    allows: (actor, notice) => notice.senderParty === actor.party,
  }),
  // JVC Art. 105: "the Parties have … agreed in writing to continue": each Party signs.
  'notice.signContinuation': rule<ContractParties & NoticeRow>({
    who: 'a Party to the contract that sent or received the termination notice',
    article: 'JVC Art. 105',
    allows: (actor, row) =>
      isSignatory(actor, row) &&
      (row.senderParty === actor.party || row.recipientParties.includes(actor.party)),
  }),
  // JVC Art. 105: the application to the Approval Authority, and its approval, recorded by a Party.
  'notice.recordDissolutionStep': rule<ContractParties & NoticeRow>({
    who: 'a Party to the contract that sent or received the termination notice',
    article: 'JVC Art. 105',
    allows: (actor, row) =>
      isSignatory(actor, row) &&
      (row.senderParty === actor.party || row.recipientParties.includes(actor.party)),
  }),
  // The obligor records its own performance; a beneficiary may record what it received (the
  // payment of TIC 6.3, the report of JVC Art. 88), which is its own acknowledgement. No third
  // party to the obligation records it.
  'obligation.recordPerformance': rule<ObligationRow>({
    who: 'the obligor or a beneficiary',
    article: 'TIC 13.7; JVC Art. 120',
    allows: (actor, o) =>
      o.obligorParty === actor.party || o.beneficiaryParties.includes(actor.party),
  }),
  // Acknowledging or disputing a performance is the right of the party it is owed to; the
  // obligor cannot acknowledge its own performance.
  'obligation.reviewPerformance': rule<ObligationRow>({
    who: 'a beneficiary of the obligation',
    article: 'TIC 13.7; JVC Art. 120',
    allows: (actor, o) =>
      o.beneficiaryParties.includes(actor.party) && o.obligorParty !== actor.party,
  }),
  // A waiver binds only the beneficiary that gives it (the rule in rules/waiver.ts).
  'obligation.waive': rule<ObligationRow>({
    who: 'a beneficiary of the obligation',
    article: 'TIC 13.7; JVC Art. 120',
    allows: (actor, o) => o.beneficiaryParties.includes(actor.party),
  }),
  // Whoever is in a position to know of the event, and benefits from the clock it starts,
  // records it: Valence its invoice (TIC 6.3), the Licensee the Technology Information it
  // receives and its Production Startup (TIC 7.1, 1.8), the Joint Venture Company its board
  // meetings and reports (JVC Art. 58, 88); any Party the dates every Party relies on. The
  // article of each kind is in rules/event-recorders.ts; an event foreign to the contract is
  // refused by the event rule as bad input, not here.
  'event.record': rule<{ kind: EventKind; governingContract: GoverningContract }>({
    who: 'the party in a position to record the event',
    article: 'TIC 6.3, 7.1, 1.8; JVC Art. 35, 58, 88',
    allows: (actor, event) => {
      const recorders = eventRecorders({
        governingContract: event.governingContract,
        kind: event.kind,
      });
      if (!recorders.relevant || !recorders.parties) return true;
      if (recorders.parties.includes(actor.party)) return true;
      return {
        kind: 'party',
        field: 'kind',
        reason: `${actor.party} does not record ${event.kind}: only ${recorders.parties.join(' or ')} does (${recorders.reason})`,
        article: recorders.article,
      };
    },
  }),
  // The side that did not record an event, and whose clock it starts, may dispute it.
  'event.dispute': rule<{ concernedParties: readonly PartyCode[]; recordedParty: PartyCode }>({
    who: 'a party the event concerns, other than the one that recorded it',
    article: 'TIC 13.7; JVC Art. 120',
    allows: (actor, event) =>
      event.concernedParties.includes(actor.party) && event.recordedParty !== actor.party,
  }),
  // A clearance is its party's own compliance answer (TIC 12.2: each party complies itself).
  'screeningClearance.revoke': rule<{ party: string }>({
    who: 'the party that cleared the match',
    article: 'TIC 12.2',
    allows: (actor, clearance) => clearance.party === actor.party,
  }),
  'exportCheck.review': rule<{ runParty: string }>({
    who: 'the party that ran the check',
    article: 'TIC 12.2',
    allows: (actor, check) => check.runParty === actor.party,
  }),
  // Trademark uses (issue 15). Each party keeps its own marks (TIC 10.4: "retains all
  // ownership"); a licence to the JV is granted by the owner of every mark in it (JVC Art. 50).
  'trademark.manage': rule<{ ownerParty: PartyCode }>({
    who: "the mark's owner",
    article: 'TIC 10.4',
    allows: (actor, mark) => mark.ownerParty === actor.party,
  }),
  'trademarkLicence.grant': rule<{ markOwners: readonly PartyCode[] }>({
    who: 'the owner of every mark it licenses',
    article: 'JVC Art. 50',
    allows: (actor, licence) =>
      licence.markOwners.length > 0 && licence.markOwners.every((owner) => owner === actor.party),
  }),
  // JVC Art. 50: the Joint Venture Company uses a Party's marks under a licence with it.
  'trademarkUse.request': rule<{ markOwner: PartyCode }>({
    who: "the JV, for a Party's mark",
    article: 'JVC Art. 50',
    allows: (actor, use) => actor.party === 'JV' && use.markOwner !== 'JV',
  }),
  'trademarkUse.decide': rule<{ markOwner: PartyCode }>({
    who: "the mark's owner",
    article: 'JVC Art. 50; TIC 10.4',
    allows: (actor, use) => use.markOwner === actor.party,
  }),
  // TIC 5.2: Valence approves the warranty terms of Licensee Batteries carrying its marks.
  'trademarkUse.approveWarranty': rule<{ markOwner: PartyCode }>({
    who: 'VALENCE, for a battery carrying a Valence mark',
    article: 'TIC 5.2',
    allows: (actor, use) => actor.party === 'VALENCE' && use.markOwner === 'VALENCE',
  }),
  // TIC 5.3: "Fengfan and Licensee shall promptly notify Valence in writing".
  'trademark.reportInfringement': rule<{ markOwner: PartyCode }>({
    who: 'FENGFAN or the JV, of a Valence mark',
    article: 'TIC 5.3',
    allows: (actor, mark) =>
      (actor.party === 'FENGFAN' || actor.party === 'JV') && mark.markOwner === 'VALENCE',
  }),
  // Reminders and alerts (issue 16): a webhook is its party's own channel (TIC 8.2).
  'webhook.manage': rule<{ party: string }>({
    who: 'the party that registered the webhook',
    article: 'TIC 8.2',
    allows: (actor, webhook) => webhook.party === actor.party,
  }),
} as const;

export type RowAction = keyof typeof ROW_POLICY;
export type RowOf<A extends RowAction> = Parameters<(typeof ROW_POLICY)[A]['allows']>[1];

/** The answer of the table for one actor, action and row, with the refusal when it is no. */
export function decideRow<A extends RowAction>(
  actor: Principal,
  action: A,
  row: RowOf<A>,
): { allowed: true } | { allowed: false; reason: string; article: string } {
  const entry = ROW_POLICY[action] as RowRule<RowOf<A>>;
  const answer = entry.allows(actor, row);
  if (answer === true) return { allowed: true };
  if (answer === false) {
    return {
      allowed: false,
      reason: `${actor.party} may not ${describe(action)}: only ${entry.who} may`,
      article: entry.article,
    };
  }
  return { allowed: false, reason: answer.reason, article: answer.article };
}

/** Refuses (FORBIDDEN, article cited) unless the row policy lets the caller act on the row. */
export function assertMay<A extends RowAction>(
  ctx: { user: Principal },
  action: A,
  row: RowOf<A>,
): void {
  const decision = decideRow(ctx.user, action, row);
  if (!decision.allowed) throw new ForbiddenError(decision.reason, decision.article);
}

/** "obligation.waive" → "waive this obligation". */
function describe(action: string): string {
  const [entity, verb] = action.split('.');
  const words = verb.replace(/([A-Z])/g, ' $1').toLowerCase();
  const noun = entity.replace(/([A-Z])/g, ' $1').toLowerCase();
  return `${words} this ${noun}`;
}

import type { ContractStatus, NoticeKind, TerminationBasis } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { addOffset } from './calendar';
import type { GoverningContract } from './citation';
import type { CureClock } from './notice-clocks';
import { refuse, type Refusal, type Ruling } from './refusal';

/** The notice a termination rests on, as far as the rule needs it. */
export interface BasisNotice {
  kind: NoticeKind;
  senderParty: PartyCode;
  recipientParties: readonly PartyCode[];
  sentOn: string;
  breachedArticle: string | null;
  /** The day the breach was cured, if the sender accepted the cure. */
  curedOn: string | null;
  /** The notice's cure clock (rules/notice-clocks.ts); null when it started none. */
  cure: CureClock | null;
  /** JVC termination notice: whether the Art. 105 window had lapsed without agreement. */
  deemedAgreedToTerminate: boolean;
  dissolutionApprovedOn: string | null;
}

/** The record each basis names, loaded by the service. */
export type BasisRecord =
  | { basis: 'MUTUAL_AGREEMENT'; effectiveOn: string | null }
  | {
      basis: 'UNCURED_BREACH' | 'PROTECTED_ARTICLE_BREACH' | 'JVC_DISSOLUTION';
      notice: BasisNotice;
    }
  | {
      basis: 'INSOLVENCY';
      proceeding: { debtorParty: PartyCode; commencedOn: string; dismissedOn: string | null };
    };

export interface TerminationDecision {
  /** The article the termination rests on, recorded on the contract and its status change. */
  article: string;
  /** The first day the termination may take effect on this basis. */
  availableFrom: string;
  reason: string;
}

/** Which bases each contract provides for. */
const BASES: Record<GoverningContract, readonly TerminationBasis[]> = {
  TIC: ['MUTUAL_AGREEMENT', 'UNCURED_BREACH', 'INSOLVENCY', 'PROTECTED_ARTICLE_BREACH'],
  JVC: ['JVC_DISSOLUTION'],
};

const INSOLVENCY_DAYS = 60;

/** TIC 11.3(b): "Article 8 … or Articles 2 or 10": the article cited must be one of those. */
export function isProtectedArticle(article: string | null): boolean {
  return article !== null && /^TIC (2|8|10)(\.\d+)?(\([0-9a-z]+\))*$/i.test(article.trim());
}

/**
 * Whether the contract may be terminated on `terminatedOn` on the basis of `record` (who may
 * invoke each basis is the row policy's: auth/row-policy.ts):
 * - TIC 11.1 (MUTUAL_AGREEMENT): every party has signed the mutual termination; it ends the
 *   contract no earlier than the last signature.
 * - TIC 11.2 (UNCURED_BREACH): the terminating party sent the breach notice (it is the
 *   non-breaching Party), the cure period has lapsed on both readings (rules/notice-clocks.ts),
 *   and the sender has accepted no cure of it.
 * - TIC 11.3(a) (INSOLVENCY): Valence only; the Licensee's proceeding was not dismissed within
 *   sixty (60) calendar days of its commencement: from the 61st day. A later dismissal does not
 *   undo a right that has arisen.
 * - TIC 11.3(b) (PROTECTED_ARTICLE_BREACH): Valence only, on its breach notice to Fengfan or the
 *   Licensee for a breach of Art. 2, 8 or 10; 11.3 gives no cure period: from the notice's date.
 * - JVC Art. 104, 105 (JVC_DISSOLUTION): a termination notice whose 30-day window lapsed without
 *   a written agreement to continue (each Party is then deemed to have agreed to terminate), and
 *   the Approval Authority's approval of the dissolution: from the approval. Art. 105 is the
 *   procedure after an Art. 104 notice, not a ground of its own.
 * The termination date can never precede its basis, nor be in the future.
 */
export function decideTermination({
  governingContract,
  status,
  terminatedOn,
  today,
  record,
}: {
  governingContract: GoverningContract;
  /** The contract's status before the termination, when known. */
  status?: ContractStatus;
  terminatedOn: string;
  today: string;
  record: BasisRecord;
}): Ruling<TerminationDecision> {
  if (terminatedOn > today) {
    return refuse({
      kind: 'input',
      field: 'terminatedOn',
      reason: 'cannot be in the future',
      article: articleOf(governingContract, record.basis),
    });
  }
  const fits = checkBasisFits({ governingContract, basis: record.basis });
  if (!fits.ok) return fits;
  // TIC 11.2 and 11.3 concern a contract in force; one signed but not yet effective (TIC 1.4,
  // 4.1) ends only by mutual agreement (TIC 11.1).
  if (governingContract === 'TIC' && status === 'SIGNED' && record.basis !== 'MUTUAL_AGREEMENT') {
    return refuse({
      kind: 'state',
      field: 'basis',
      reason:
        'the TIC has not taken effect: before its Effective Date it ends only by mutual agreement (TIC 11.1)',
      article: 'TIC 1.4, 4.1, 11.1',
    });
  }
  const ruling = decideBasis(record);
  if (!ruling.ok) return ruling;
  if (terminatedOn < ruling.value.availableFrom) {
    return refuse({
      kind: 'input',
      field: 'terminatedOn',
      reason: `cannot precede its basis: termination on this basis is available from ${ruling.value.availableFrom}`,
      article: ruling.value.article,
    });
  }
  return ruling;
}

function articleOf(governingContract: GoverningContract, basis: TerminationBasis): string {
  if (governingContract === 'JVC') return 'JVC Art. 104, 105';
  switch (basis) {
    case 'MUTUAL_AGREEMENT':
      return 'TIC 11.1';
    case 'UNCURED_BREACH':
      return 'TIC 11.2';
    case 'INSOLVENCY':
      return 'TIC 11.3(a)';
    case 'PROTECTED_ARTICLE_BREACH':
      return 'TIC 11.3(b)';
    default:
      return 'TIC 11.1-11.3';
  }
}

const state = (
  article: string,
  reason: string,
  field = 'basisId',
): { ok: false; refusal: Refusal } => refuse({ kind: 'state', field, reason, article });
const wrongRecord = (article: string, reason: string): { ok: false; refusal: Refusal } =>
  refuse({ kind: 'input', field: 'basisId', reason, article });

function decideBasis(record: BasisRecord): Ruling<TerminationDecision> {
  switch (record.basis) {
    case 'MUTUAL_AGREEMENT': {
      const article = 'TIC 11.1';
      if (!record.effectiveOn) {
        return state(article, 'the mutual termination has not been signed by every party yet');
      }
      return {
        ok: true,
        value: {
          article,
          availableFrom: record.effectiveOn,
          reason: `Terminated by the mutual agreement of the parties, signed by all on ${record.effectiveOn} (${article})`,
        },
      };
    }
    case 'UNCURED_BREACH': {
      const article = 'TIC 11.2';
      const { notice } = record;
      if (notice.kind !== 'BREACH') return wrongRecord(article, 'is not a breach notice');
      if (!notice.cure) {
        return state(article, 'the breach notice is not deemed received: no cure period has run');
      }
      if (notice.curedOn) {
        return state(
          article,
          `the breach was cured on ${notice.curedOn} and the cure accepted: no right to terminate for it`,
        );
      }
      return {
        ok: true,
        value: {
          article,
          availableFrom: notice.cure.terminationFrom,
          reason:
            `The breaching Party did not cure within 60 days after the notice of ${notice.sentOn}; ` +
            `the non-breaching Party terminates upon written notice (${article})`,
        },
      };
    }
    case 'PROTECTED_ARTICLE_BREACH': {
      const article = 'TIC 11.3(b)';
      const { notice } = record;
      if (notice.kind !== 'BREACH' || notice.senderParty !== 'VALENCE') {
        return wrongRecord(article, 'is not a breach notice given by Valence');
      }
      if (!notice.recipientParties.some((p) => p === 'FENGFAN' || p === 'JV')) {
        return wrongRecord(article, 'TIC 11.3(b) concerns a breach by Fengfan or the Licensee');
      }
      if (!isProtectedArticle(notice.breachedArticle)) {
        return wrongRecord(
          article,
          `TIC 11.3(b) covers breaches of Article 8 (Valence's Confidential Information) or Articles 2 or 10; the notice cites ${notice.breachedArticle ?? 'no article'}`,
        );
      }
      return {
        ok: true,
        value: {
          article,
          availableFrom: notice.sentOn,
          reason: `Breach of ${notice.breachedArticle} by ${notice.recipientParties.join(', ')}: Valence terminates immediately upon written notice (${article})`,
        },
      };
    }
    case 'INSOLVENCY': {
      const article = 'TIC 11.3(a)';
      const { proceeding } = record;
      const lastDay = addOffset({
        from: proceeding.commencedOn,
        offset: { days: INSOLVENCY_DAYS },
      });
      if (proceeding.dismissedOn && proceeding.dismissedOn <= lastDay) {
        return state(
          article,
          `the proceeding was dismissed on ${proceeding.dismissedOn}, within 60 calendar days of its commencement`,
        );
      }
      return {
        ok: true,
        value: {
          article,
          availableFrom: addOffset({ from: lastDay, offset: { days: 1 } }),
          reason: `The Licensee's proceeding commenced on ${proceeding.commencedOn} was not dismissed within 60 calendar days (by ${lastDay}) (${article})`,
        },
      };
    }
    case 'JVC_DISSOLUTION': {
      const article = 'JVC Art. 104, 105';
      const { notice } = record;
      if (notice.kind !== 'TERMINATION') return wrongRecord(article, 'is not a termination notice');
      if (!notice.deemedAgreedToTerminate) {
        return state(
          article,
          'the Art. 105 negotiation has not ended in a deemed agreement to terminate (the window is open, or the Parties agreed to continue)',
        );
      }
      if (!notice.dissolutionApprovedOn) {
        return state(
          article,
          'the Examination and Approval Authority has not approved the dissolution (JVC Art. 105)',
        );
      }
      return {
        ok: true,
        value: {
          article,
          availableFrom: notice.dissolutionApprovedOn,
          reason: `Deemed agreement to terminate after the Art. 105 window; dissolution approved on ${notice.dissolutionApprovedOn} (${article})`,
        },
      };
    }
  }
}

/** Whether the contract provides for termination on `basis` at all (checked before loading it). */
export function checkBasisFits({
  governingContract,
  basis,
}: {
  governingContract: GoverningContract;
  basis: TerminationBasis;
}): Ruling<null> {
  if (!BASES[governingContract].includes(basis)) {
    return refuse({
      kind: 'input',
      field: 'basis',
      reason:
        governingContract === 'JVC'
          ? 'the JVC ends on a termination notice under Art. 104 followed by the Art. 105 procedure and the Approval Authority’s approval: use JVC_DISSOLUTION'
          : `${basis} is not a basis for terminating the TIC; use one of ${BASES.TIC.join(', ')}`,
      article: governingContract === 'JVC' ? 'JVC Art. 104, 105' : 'TIC 11.1-11.3',
    });
  }
  return { ok: true, value: null };
}

import { CONTRACT_STATUSES, type ContractStatus } from '../domain/contracts';
import { BadInputError } from '../errors';
import { addOffset } from './calendar';
import type { GoverningContract } from './citation';
import { assertIsoDate } from './iso-date';

export interface StatusTransition {
  allowed: boolean;
  article: string;
  reason: string;
}

type Rule = { article: string; reason: string };
type Table = Partial<Record<`${ContractStatus}->${ContractStatus}`, Rule>>;

/** The transitions each contract provides for, with the article that provides for them. */
const ALLOWED: Record<GoverningContract, Table> = {
  TIC: {
    'DRAFT->SIGNED': {
      article: 'TIC 13.6',
      reason: 'executed by the parties, in counterparts forming one instrument (TIC 13.6)',
    },
    'SIGNED->EFFECTIVE': {
      article: 'TIC 1.4, 4.1',
      reason:
        'the Effective Date is the Licensee’s ratification after its establishment (TIC 1.4), ' +
        'and the contract takes effect only once the US export approvals are obtained (TIC 4.1)',
    },
    'EFFECTIVE->TERMINATED': {
      article: 'TIC 11.1–11.3',
      reason:
        'by mutual agreement (TIC 11.1), for an uncured material breach (TIC 11.2) or by Valence ' +
        'on the Licensee’s bankruptcy or a breach of Art. 2, 8 or 10 (TIC 11.3)',
    },
    'EFFECTIVE->EXPIRED': {
      article: 'TIC 11.1',
      reason: 'the term ends ten (10) years from the Effective Date (TIC 11.1)',
    },
    // TIC 11.1 lets the parties terminate "by the mutual agreement of the parties" without
    // tying it to the Effective Date: a signed contract that never took effect (e.g. export
    // approvals refused, TIC 4.1) can be ended that way. The breach and bankruptcy grounds of
    // TIC 11.2-11.3 presuppose a contract in force and do not apply here.
    'SIGNED->TERMINATED': {
      article: 'TIC 11.1',
      reason:
        'a signed contract that has not taken effect may be terminated by the mutual agreement ' +
        'of the parties (TIC 11.1)',
    },
  },
  JVC: {
    'DRAFT->SIGNED': {
      article: 'JVC Art. 124',
      reason: 'signed in Chinese and English originals, equally valid (JVC Art. 124)',
    },
    'SIGNED->EFFECTIVE': {
      article: 'JVC Art. 10, 126',
      reason:
        'the contract takes effect on its approval by the Examination and Approval Authority ' +
        '(JVC Art. 10, 126)',
    },
    'EFFECTIVE->TERMINATED': {
      article: 'JVC Art. 104–105',
      reason:
        'on written notice for one of the events of JVC Art. 104, followed by 30 days without a ' +
        'written agreement to continue (JVC Art. 105)',
    },
    'EFFECTIVE->EXPIRED': {
      article: 'JVC Art. 103',
      reason: 'the Contract Term of fifty (50) years has run out (JVC Art. 103)',
    },
    // JVC Art. 104(1) gives each party a right to terminate when the conditions precedent of
    // Art. 34 — among them the Authority's approval (Art. 34(1)) — are not satisfied or waived
    // within 120 days of signature: a ground that exists precisely before the contract takes
    // effect. The negotiation of Art. 105 then applies.
    'SIGNED->TERMINATED': {
      article: 'JVC Art. 104(1), 105',
      reason:
        'if the conditions precedent of Art. 34 (including approval) are not satisfied or waived ' +
        'within 120 days of signature, either party may terminate by written notice ' +
        '(JVC Art. 104(1)), subject to the 30-day negotiation of JVC Art. 105',
    },
  },
};

/** Why the remaining moves are refused, by the status being left. */
const REFUSED_FROM: Record<GoverningContract, Record<ContractStatus, string>> = {
  TIC: {
    DRAFT: 'TIC 13.6',
    SIGNED: 'TIC 1.4, 4.1',
    EFFECTIVE: 'TIC 11.1',
    TERMINATED: 'TIC 11.4',
    EXPIRED: 'TIC 11.1',
  },
  JVC: {
    DRAFT: 'JVC Art. 124',
    SIGNED: 'JVC Art. 10, 126',
    EFFECTIVE: 'JVC Art. 103',
    TERMINATED: 'JVC Art. 105',
    EXPIRED: 'JVC Art. 103',
  },
};

function assertStatus(field: string, value: unknown): asserts value is ContractStatus {
  if (!(CONTRACT_STATUSES as readonly unknown[]).includes(value)) {
    throw new BadInputError(field, `unknown contract status ${String(value)}`);
  }
}

function assertContract(value: unknown): asserts value is GoverningContract {
  if (value !== 'TIC' && value !== 'JVC') {
    throw new BadInputError('governingContract', `unknown contract ${String(value)}`);
  }
}

const ORDER: Record<ContractStatus, number> = {
  DRAFT: 0,
  SIGNED: 1,
  EFFECTIVE: 2,
  TERMINATED: 3,
  EXPIRED: 3,
};

export const TERM: Record<GoverningContract, { years: number; article: string }> = {
  TIC: { years: 10, article: 'TIC 11.1' },
  JVC: { years: 50, article: 'JVC Art. 103' },
};

function refusal(contract: GoverningContract, from: ContractStatus, to: ContractStatus): Rule {
  const article = REFUSED_FROM[contract][from];
  if (from === to) return { article, reason: `The ${contract} is already ${from}` };
  if (from === 'TERMINATED' || from === 'EXPIRED') {
    const why =
      contract === 'TIC'
        ? from === 'TERMINATED'
          ? 'its licences ended on termination (TIC 11.4); only a new contract can revive them'
          : 'its ten-year term has run out (TIC 11.1); only a new contract can revive it'
        : from === 'EXPIRED'
          ? 'an extension must be applied for no less than six months before expiry (JVC Art. 103)'
          : 'the parties are deemed to have agreed to dissolve the Joint Venture Company (JVC Art. 105)';
    return {
      article,
      reason: `A ${from.toLowerCase()} ${contract} has ended and cannot become ${to}: ${why}`,
    };
  }
  if (ORDER[to] < ORDER[from]) {
    return { article, reason: `A ${contract} cannot go back from ${from} to ${to}` };
  }
  if (from === 'DRAFT') {
    return {
      article,
      reason: `A draft ${contract} binds no one: it must be signed first (${article})`,
    };
  }
  // SIGNED -> EXPIRED is the only move left: the term has not started.
  const term = TERM[contract];
  return {
    article: term.article,
    reason:
      `The ${contract}'s term runs from its ` +
      (contract === 'TIC' ? 'Effective Date' : 'Establishment Date') +
      ` (${term.article}): it cannot expire before it has taken effect`,
  };
}

/** Whether a contract may move from status `from` to status `to`, and under which article. */
export function statusTransition({
  governingContract,
  from,
  to,
}: {
  governingContract: GoverningContract;
  from: ContractStatus;
  to: ContractStatus;
}): StatusTransition {
  assertContract(governingContract);
  assertStatus('from', from);
  assertStatus('to', to);
  const rule = ALLOWED[governingContract][`${from}->${to}`];
  if (rule) {
    return { allowed: true, article: rule.article, reason: `${from} → ${to}: ${rule.reason}` };
  }
  return { allowed: false, ...refusal(governingContract, from, to) };
}

/**
 * The day the term ends: ten years from the TIC's Effective Date (TIC 11.1), fifty years from
 * the JV's Establishment Date, the date its Business License is issued (JVC Art. 103). A period
 * "from" a date excludes that date, so it ends on the anniversary ('2004-03-15' + 10 years →
 * '2014-03-15'; a 29 February start ends on 28 February).
 */
export function expiryDate({
  governingContract,
  startsOn,
}: {
  governingContract: GoverningContract;
  startsOn: string;
}): { expiresOn: string; termYears: number; article: string } {
  assertContract(governingContract);
  assertIsoDate({ field: 'startsOn', value: startsOn });
  const { years, article } = TERM[governingContract];
  return { expiresOn: addOffset({ from: startsOn, offset: { years } }), termYears: years, article };
}

/**
 * The status as of a date: an EFFECTIVE contract whose term has run out is EXPIRED (TIC 11.1:
 * ten years; JVC Art. 103: fifty years), computed rather than stored, as MISSED is for
 * obligations. A term "for a period of ten (10) years from the Effective Date" excludes its
 * first day and so includes the anniversary that ends it: the contract is in force on
 * `expiresOn` and EXPIRED from the day after.
 */
export function statusOn({
  status,
  expiresOn,
  today,
}: {
  status: ContractStatus;
  expiresOn: string | null;
  today: string;
}): ContractStatus {
  return status === 'EFFECTIVE' && expiresOn !== null && today > expiresOn ? 'EXPIRED' : status;
}

import type { EventKind } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import type { GoverningContract } from './citation';

export interface EventRecorders {
  /** Whether the event means anything under this contract. */
  relevant: boolean;
  /** The parties whose LEGAL may record it; null: any party to the contract. */
  parties: PartyCode[] | null;
  article: string;
  reason: string;
}

type Rule = {
  contract: GoverningContract | 'BOTH';
  parties: PartyCode[] | null;
  article: string;
  reason: string;
};

/** Which events belong to which contract, and who is in a position to record each. */
const RULES: Record<EventKind, Rule> = {
  EFFECTIVE_DATE: {
    contract: 'BOTH',
    parties: null,
    article: 'TIC 1.4; JVC Art. 10, 126',
    reason: 'the contract takes effect on ratification (TIC) or approval (JVC)',
  },
  ESTABLISHMENT_DATE: {
    contract: 'JVC',
    parties: null,
    article: 'JVC Art. 8, 103',
    reason: 'the Business License is issued to the Joint Venture Company',
  },
  PRODUCTION_STARTUP: {
    contract: 'TIC',
    parties: ['JV'],
    article: 'TIC 1.8',
    reason: "the equipment is installed and debugged in the Licensee's facility",
  },
  INVOICE: {
    contract: 'TIC',
    parties: ['VALENCE'],
    article: 'TIC 6.3',
    reason: 'Associated Expenses are invoiced by Valence to the Licensee',
  },
  TECHNOLOGY_INFORMATION_RECEIVED: {
    contract: 'TIC',
    parties: ['JV'],
    article: 'TIC 7.1',
    reason: 'the Licensee receives the Technology Information',
  },
  NONCONFORMITY_NOTIFIED: {
    contract: 'TIC',
    parties: ['JV'],
    article: 'TIC 7.1',
    reason: 'the Licensee notifies non-conforming Technology Information',
  },
  TECHNOLOGY_INFORMATION_CONFORMED: {
    contract: 'TIC',
    parties: ['JV'],
    article: 'TIC 7.1',
    reason: 'the Licensee finds the Technology Information conforming',
  },
  CAPITAL_VERIFICATION_REPORT: {
    contract: 'JVC',
    parties: ['JV'],
    article: 'JVC Art. 35',
    reason: 'the Joint Venture Company receives the capital verification report',
  },
  BOARD_MEETING: {
    contract: 'JVC',
    parties: ['JV'],
    article: 'JVC Art. 58, 61',
    reason: 'the Board of Directors of the Joint Venture Company meets',
  },
  INTERIM_MEETING_REQUESTED: {
    contract: 'JVC',
    parties: ['JV'],
    article: 'JVC Art. 58',
    reason: 'the Chairman receives a written request for an interim board meeting',
  },
  MONTHLY_REPORT_FURNISHED: {
    contract: 'JVC',
    parties: ['JV'],
    article: 'JVC Art. 88',
    reason: 'the Joint Venture Company furnishes its monthly report',
  },
  QUARTERLY_REPORT_FURNISHED: {
    contract: 'JVC',
    parties: ['JV'],
    article: 'JVC Art. 88',
    reason: 'the Joint Venture Company furnishes its quarterly report',
  },
};

export function eventRecorders({
  governingContract,
  kind,
}: {
  governingContract: GoverningContract;
  kind: EventKind;
}): EventRecorders {
  const rule = RULES[kind];
  if (!rule)
    return { relevant: false, parties: null, article: '', reason: `unknown event ${String(kind)}` };
  if (rule.contract !== 'BOTH' && rule.contract !== governingContract) {
    return {
      relevant: false,
      parties: null,
      article: rule.article,
      reason: `${kind} is an event of the ${rule.contract}, not of the ${governingContract} (${rule.article})`,
    };
  }
  return { relevant: true, parties: rule.parties, article: rule.article, reason: rule.reason };
}

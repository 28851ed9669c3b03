import type { EventKind } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import type { GoverningContract } from './citation';

export interface EventRecorders {
  /** Whether the event means anything under this contract. */
  relevant: boolean;
  /** The parties whose LEGAL may record it; null: any party to the contract. */
  parties: PartyCode[] | null;
  /** The parties the event concerns, who alone see it; null: every party to the contract. */
  concerns: PartyCode[] | null;
  article: string;
  reason: string;
}

type Rule = {
  contract: GoverningContract | 'BOTH';
  parties: PartyCode[] | null;
  concerns: PartyCode[] | null;
  article: string;
  reason: string;
};

/**
 * Which events belong to which contract, who is in a position to record each, and whom each
 * concerns: the invoice and the Technology Information pass between Valence and the Licensee
 * (TIC 6.3, 7.1; Fengfan has no right to the Technology, TIC 2.8), as does Production Startup,
 * which starts their verification (TIC 1.8, 7.3).
 */
const RULES: Record<EventKind, Rule> = {
  EFFECTIVE_DATE: {
    contract: 'BOTH',
    parties: null,
    concerns: null,
    article: 'TIC 1.4; JVC Art. 10, 126',
    reason: 'the contract takes effect on ratification (TIC) or approval (JVC)',
  },
  ESTABLISHMENT_DATE: {
    contract: 'JVC',
    parties: null,
    concerns: null,
    article: 'JVC Art. 8, 103',
    reason: 'the Business License is issued to the Joint Venture Company',
  },
  PRODUCTION_STARTUP: {
    contract: 'TIC',
    parties: ['JV'],
    concerns: ['JV', 'VALENCE'],
    article: 'TIC 1.8',
    reason: "the equipment is installed and debugged in the Licensee's facility",
  },
  INVOICE: {
    contract: 'TIC',
    parties: ['VALENCE'],
    concerns: ['JV', 'VALENCE'],
    article: 'TIC 6.3',
    reason: 'Associated Expenses are invoiced by Valence to the Licensee',
  },
  TECHNOLOGY_INFORMATION_RECEIVED: {
    contract: 'TIC',
    parties: ['JV'],
    concerns: ['JV', 'VALENCE'],
    article: 'TIC 7.1',
    reason: 'the Licensee receives the Technology Information',
  },
  NONCONFORMITY_NOTIFIED: {
    contract: 'TIC',
    parties: ['JV'],
    concerns: ['JV', 'VALENCE'],
    article: 'TIC 7.1',
    reason: 'the Licensee notifies non-conforming Technology Information',
  },
  TECHNOLOGY_INFORMATION_CONFORMED: {
    contract: 'TIC',
    parties: ['JV'],
    concerns: ['JV', 'VALENCE'],
    article: 'TIC 7.1',
    reason: 'the Licensee finds the Technology Information conforming',
  },
  CAPITAL_VERIFICATION_REPORT: {
    contract: 'JVC',
    parties: ['JV'],
    concerns: null,
    article: 'JVC Art. 35',
    reason: 'the Joint Venture Company receives the capital verification report',
  },
  BOARD_MEETING: {
    contract: 'JVC',
    parties: ['JV'],
    concerns: null,
    article: 'JVC Art. 58, 61',
    reason: 'the Board of Directors of the Joint Venture Company meets',
  },
  INTERIM_MEETING_REQUESTED: {
    contract: 'JVC',
    parties: ['JV'],
    concerns: null,
    article: 'JVC Art. 58',
    reason: 'the Chairman receives a written request for an interim board meeting',
  },
  MONTHLY_REPORT_FURNISHED: {
    contract: 'JVC',
    parties: ['JV'],
    concerns: null,
    article: 'JVC Art. 88',
    reason: 'the Joint Venture Company furnishes its monthly report',
  },
  QUARTERLY_REPORT_FURNISHED: {
    contract: 'JVC',
    parties: ['JV'],
    concerns: null,
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
    return {
      relevant: false,
      parties: null,
      concerns: null,
      article: '',
      reason: `unknown event ${String(kind)}`,
    };
  if (rule.contract !== 'BOTH' && rule.contract !== governingContract) {
    return {
      relevant: false,
      parties: null,
      concerns: null,
      article: rule.article,
      reason: `${kind} is an event of the ${rule.contract}, not of the ${governingContract} (${rule.article})`,
    };
  }
  return {
    relevant: true,
    parties: rule.parties,
    concerns: rule.concerns,
    article: rule.article,
    reason: rule.reason,
  };
}

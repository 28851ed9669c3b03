import { EVENT_KINDS, type EventKind } from '../../../src/domain/contracts';
import type { PartyCode } from '../../../src/domain/parties';
import type { GoverningContract } from '../../../src/rules/citation';
import { eventRecorders } from '../../../src/rules/event-recorders';

/**
 * Each event kind: the contract it belongs to ('BOTH' for the Effective Date), the parties whose
 * LEGAL may record it (null: any party to the contract) and the article that says so.
 */
const TABLE: Array<{
  kind: EventKind;
  contract: GoverningContract | 'BOTH';
  parties: PartyCode[] | null;
  /** Whom the event concerns (null: every party to the contract): who sees it. */
  concerns: PartyCode[] | null;
  article: string;
  says: RegExp;
}> = [
  {
    kind: 'EFFECTIVE_DATE',
    contract: 'BOTH',
    parties: null,
    concerns: null,
    article: 'TIC 1.4; JVC Art. 10, 126',
    says: /ratification .*approval/,
  },
  {
    kind: 'ESTABLISHMENT_DATE',
    contract: 'JVC',
    parties: null,
    concerns: null,
    article: 'JVC Art. 8, 103',
    says: /Business License/,
  },
  {
    kind: 'PRODUCTION_STARTUP',
    contract: 'TIC',
    parties: ['JV'],
    concerns: ['JV', 'VALENCE'],
    article: 'TIC 1.8',
    says: /installed and debugged/,
  },
  {
    kind: 'INVOICE',
    contract: 'TIC',
    parties: ['VALENCE'],
    concerns: ['JV', 'VALENCE'],
    article: 'TIC 6.3',
    says: /invoiced by Valence/,
  },
  {
    kind: 'TECHNOLOGY_INFORMATION_RECEIVED',
    contract: 'TIC',
    parties: ['JV'],
    concerns: ['JV', 'VALENCE'],
    article: 'TIC 7.1',
    says: /receives the Technology Information/,
  },
  {
    kind: 'NONCONFORMITY_NOTIFIED',
    contract: 'TIC',
    parties: ['JV'],
    concerns: ['JV', 'VALENCE'],
    article: 'TIC 7.1',
    says: /notifies non-conforming/,
  },
  {
    kind: 'TECHNOLOGY_INFORMATION_CONFORMED',
    contract: 'TIC',
    parties: ['JV'],
    concerns: ['JV', 'VALENCE'],
    article: 'TIC 7.1',
    says: /finds the Technology Information conforming/,
  },
  {
    kind: 'CAPITAL_VERIFICATION_REPORT',
    contract: 'JVC',
    parties: ['JV'],
    concerns: null,
    article: 'JVC Art. 35',
    says: /capital verification report/,
  },
  {
    kind: 'BOARD_MEETING',
    contract: 'JVC',
    parties: ['JV'],
    concerns: null,
    article: 'JVC Art. 58, 61',
    says: /Board of Directors/,
  },
  {
    kind: 'INTERIM_MEETING_REQUESTED',
    contract: 'JVC',
    parties: ['JV'],
    concerns: null,
    article: 'JVC Art. 58',
    says: /interim board meeting/,
  },
  {
    kind: 'MONTHLY_REPORT_FURNISHED',
    contract: 'JVC',
    parties: ['JV'],
    concerns: null,
    article: 'JVC Art. 88',
    says: /monthly report/,
  },
  {
    kind: 'QUARTERLY_REPORT_FURNISHED',
    contract: 'JVC',
    parties: ['JV'],
    concerns: null,
    article: 'JVC Art. 88',
    says: /quarterly report/,
  },
];

const CONTRACTS: GoverningContract[] = ['TIC', 'JVC'];

describe('eventRecorders: which events belong to which contract, and who records them', () => {
  it('has a row here for every event kind', () => {
    expect(TABLE.map((row) => row.kind).sort()).toEqual([...EVENT_KINDS].sort());
  });

  it.each(
    TABLE.flatMap((row) =>
      CONTRACTS.filter((c) => row.contract === 'BOTH' || row.contract === c).map((c) => ({
        ...row,
        governingContract: c,
      })),
    ),
  )(
    '$kind under the $governingContract: recorded by $parties ($article)',
    ({ kind, governingContract, parties, concerns, article, says }) => {
      const result = eventRecorders({ governingContract, kind });
      expect(result).toEqual({
        relevant: true,
        parties,
        concerns,
        article,
        reason: expect.any(String),
      });
      expect(result.reason).toMatch(says);
    },
  );

  it.each(
    TABLE.flatMap((row) =>
      CONTRACTS.filter((c) => row.contract !== 'BOTH' && row.contract !== c).map((c) => ({
        ...row,
        governingContract: c,
      })),
    ),
  )(
    '$kind is no event of the $governingContract',
    ({ kind, governingContract, contract, article }) => {
      expect(eventRecorders({ governingContract, kind })).toEqual({
        relevant: false,
        parties: null,
        concerns: null,
        article,
        reason: `${kind} is an event of the ${contract}, not of the ${governingContract} (${article})`,
      });
    },
  );

  it('answers an unknown event kind as not relevant, citing no article', () => {
    expect(
      eventRecorders({ governingContract: 'JVC', kind: 'SHAREHOLDER_VOTE' as EventKind }),
    ).toEqual({
      relevant: false,
      parties: null,
      concerns: null,
      article: '',
      reason: 'unknown event SHAREHOLDER_VOTE',
    });
  });
});

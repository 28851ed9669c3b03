import { decideRow } from '../../src/auth/row-policy';
import type { PartyCode } from '../../src/domain/parties';

/**
 * The row rights over obligations and events, walked for every party: who records performance,
 * who reviews it, who waives (TIC 13.7; JVC Art. 120), who records an event and who disputes
 * it. The expected answers are written out here, never read from the table.
 */
const PARTIES: PartyCode[] = ['VALENCE', 'FENGFAN', 'JV'];
const as = (party: PartyCode) => ({ party, roles: ['LEGAL' as const] });

/** The JVC Art. 88 report: owed by the JV to both Parties. */
const REPORT = {
  obligorParty: 'JV' as const,
  beneficiaryParties: ['FENGFAN', 'VALENCE'] as PartyCode[],
  article: 'JVC Art. 88',
};
/** The TIC 6.3 payment: owed by the JV to Valence. */
const PAYMENT = {
  obligorParty: 'JV' as const,
  beneficiaryParties: ['VALENCE'] as PartyCode[],
  article: 'TIC 6.3',
};

describe.each([
  ['obligation.recordPerformance', REPORT, ['VALENCE', 'FENGFAN', 'JV']],
  ['obligation.recordPerformance', PAYMENT, ['VALENCE', 'JV']],
  ['obligation.reviewPerformance', REPORT, ['VALENCE', 'FENGFAN']],
  ['obligation.reviewPerformance', PAYMENT, ['VALENCE']],
  ['obligation.waive', REPORT, ['VALENCE', 'FENGFAN']],
  ['obligation.waive', PAYMENT, ['VALENCE']],
] as const)('%s on %j', (action, row, allowed) => {
  it.each(PARTIES)('%s', (party) => {
    const decision = decideRow(as(party), action, row);
    expect(decision.allowed).toBe((allowed as readonly string[]).includes(party));
    if (!decision.allowed) expect(decision.article).toBe('TIC 13.7; JVC Art. 120');
  });
});

describe('event.record: whoever is in a position to record, and benefits from the clock', () => {
  it.each([
    ['INVOICE', 'TIC', ['VALENCE']],
    ['EXPORT_APPROVAL', 'TIC', ['VALENCE']],
    ['LICENSEE_RATIFICATION', 'TIC', ['JV']],
    ['CELL_PRODUCTION_STARTUP', 'TIC', ['JV', 'VALENCE']],
    ['POWDER_PRODUCTION_STARTUP', 'TIC', ['JV', 'VALENCE']],
    ['TECHNOLOGY_INFORMATION_RECEIVED', 'TIC', ['JV', 'VALENCE']],
    ['APPROVAL_AUTHORITY_APPROVAL', 'JVC', ['VALENCE', 'FENGFAN', 'JV']],
    ['BOARD_MEETING', 'JVC', ['JV']],
    ['MONTHLY_REPORT_FURNISHED', 'JVC', ['JV']],
    ['INTERIM_MEETING_REQUESTED', 'JVC', ['VALENCE', 'FENGFAN', 'JV']],
    // Foreign to the contract: the event rule refuses it as bad input, not the row policy.
    ['INVOICE', 'JVC', ['VALENCE', 'FENGFAN', 'JV']],
  ] as const)('%s under the %s: %j', (kind, governingContract, allowed) => {
    for (const party of PARTIES) {
      const decision = decideRow(as(party), 'event.record', { kind, governingContract });
      expect([party, decision.allowed]).toEqual([
        party,
        (allowed as readonly string[]).includes(party),
      ]);
    }
  });
});

describe('event.dispute: the other side of the clock', () => {
  const startup = {
    concernedParties: ['JV', 'VALENCE'] as PartyCode[],
    recordedParty: 'VALENCE' as const,
  };
  it.each([
    ['VALENCE', false], // recorded it
    ['JV', true],
    ['FENGFAN', false], // not concerned (TIC 2.8)
  ] as const)('%s may dispute: %s', (party, allowed) => {
    expect(decideRow(as(party), 'event.dispute', startup).allowed).toBe(allowed);
  });
});

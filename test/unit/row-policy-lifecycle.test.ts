import { decideRow } from '../../src/auth/row-policy';
import type { PartyCode } from '../../src/domain/parties';

/**
 * The row rights of the contract lifecycle, walked for every party: who claims and answers a
 * cure, signs a continuation or a mutual termination, and terminates on which basis.
 */
const PARTIES: PartyCode[] = ['VALENCE', 'FENGFAN', 'JV'];
const actor = (party: PartyCode) => ({ party, roles: ['LEGAL' as const] });

// The TIC binds all three as Parties; the JV is not a Party to the JVC (JVC Art. 1).
const TIC = {
  parties: PARTIES.map((party) => ({ party, signatory: true })),
};
const JVC = {
  parties: [
    { party: 'VALENCE' as const, signatory: true },
    { party: 'FENGFAN' as const, signatory: true },
    { party: 'JV' as const, signatory: false },
  ],
};
// Valence's breach notice to the JV (TIC 11.2), Fengfan's termination notice to Valence (JVC).
const breach = { senderParty: 'VALENCE' as const, recipientParties: ['JV' as const] };
const termination = { senderParty: 'FENGFAN' as const, recipientParties: ['VALENCE' as const] };

describe('the lifecycle rows of the row policy', () => {
  it.each([
    {
      action: 'notice.claimCure',
      row: breach,
      allowed: ['JV'],
      article: 'TIC 11.2; JVC Art. 104(2)',
    },
    {
      action: 'notice.answerCure',
      row: breach,
      allowed: ['VALENCE'],
      article: 'TIC 11.2; JVC Art. 104(2)',
    },
    {
      action: 'notice.signContinuation',
      row: { ...JVC, ...termination },
      allowed: ['VALENCE', 'FENGFAN'],
      article: 'JVC Art. 105',
    },
    {
      action: 'notice.recordDissolutionStep',
      row: { ...JVC, ...termination },
      allowed: ['VALENCE', 'FENGFAN'],
      article: 'JVC Art. 105',
    },
    {
      action: 'contract.terminateForUncuredBreach',
      row: { ...TIC, notice: breach },
      allowed: ['VALENCE'],
      article: 'TIC 11.2',
    },
    {
      action: 'contract.terminateUnderTic113',
      row: TIC,
      allowed: ['VALENCE'],
      article: 'TIC 11.3',
    },
    {
      action: 'contract.terminateOnDissolution',
      row: JVC,
      allowed: ['VALENCE', 'FENGFAN'],
      article: 'JVC Art. 104, 105',
    },
    {
      action: 'contract.proposeMutualTermination',
      row: TIC,
      allowed: ['VALENCE', 'FENGFAN', 'JV'],
      article: 'TIC 11.1',
    },
    {
      action: 'contract.signMutualTermination',
      row: TIC,
      allowed: ['VALENCE', 'FENGFAN', 'JV'],
      article: 'TIC 11.1',
    },
    {
      action: 'contract.recordInsolvency',
      row: TIC,
      allowed: ['VALENCE', 'FENGFAN', 'JV'],
      article: 'TIC 11.3(a)',
    },
  ] as const)('$action: $allowed ($article)', ({ action, row, allowed, article }) => {
    for (const party of PARTIES) {
      const decision = decideRow(actor(party), action, row as never);
      if ((allowed as readonly string[]).includes(party)) {
        expect([party, decision]).toEqual([party, { allowed: true }]);
      } else {
        expect([party, decision]).toEqual([
          party,
          { allowed: false, reason: expect.stringContaining(party), article },
        ]);
      }
    }
  });
});

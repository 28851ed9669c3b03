import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decideRow, ROW_POLICY, type RowAction, type RowOf } from '../../../src/auth/row-policy';
import { PARTY_CODES, ROLES, type PartyCode } from '../../../src/domain/parties';

/** The TIC's parties: all three sign (TIC preamble, 13.11). */
const TIC_PARTIES = PARTY_CODES.map((party) => ({ party, signatory: true }));
/** The JVC's: Fengfan and Valence sign; the JV reads it but is not a Party (JVC Art. 1). */
const JVC_PARTIES = [
  { party: 'FENGFAN' as const, signatory: true },
  { party: 'VALENCE' as const, signatory: true },
  { party: 'JV' as const, signatory: false },
];

/**
 * For every action of the row policy, rows and the parties that may act on each, from the
 * article the table cites. A new action without cases here fails the first test.
 */
const CASES: { [A in RowAction]: Array<{ row: RowOf<A>; may: PartyCode[]; says: string }> } = {
  'contract.amend': [
    { row: { parties: TIC_PARTIES }, may: ['VALENCE', 'FENGFAN', 'JV'], says: 'TIC 13.8' },
    { row: { parties: JVC_PARTIES }, may: ['VALENCE', 'FENGFAN'], says: 'JVC Art. 122' },
  ],
  // TIC 11.1: mutual agreement — every party to the TIC proposes and signs for itself.
  'contract.proposeMutualTermination': [
    { row: { parties: TIC_PARTIES }, may: ['VALENCE', 'FENGFAN', 'JV'], says: 'TIC 11.1' },
  ],
  'contract.signMutualTermination': [
    { row: { parties: TIC_PARTIES }, may: ['VALENCE', 'FENGFAN', 'JV'], says: 'TIC 11.1' },
  ],
  // TIC 11.2: the non-breaching party — the one that gave the breach notice — terminates.
  'contract.terminateForUncuredBreach': [
    {
      row: { parties: TIC_PARTIES, notice: { senderParty: 'VALENCE', recipientParties: ['JV'] } },
      may: ['VALENCE'],
      says: 'TIC 11.2',
    },
  ],
  // JVC Art. 104, 105: the Parties, not the JV (JVC Art. 1).
  'contract.terminateOnDissolution': [
    { row: { parties: JVC_PARTIES }, may: ['VALENCE', 'FENGFAN'], says: 'JVC Art. 10' },
  ],
  // TIC 11.3: "Valence shall have the right to terminate".
  'contract.terminateUnderTic113': [
    { row: { parties: TIC_PARTIES }, may: ['VALENCE'], says: 'TIC 11.3' },
  ],
  'contract.recordInsolvency': [
    { row: { parties: TIC_PARTIES }, may: ['VALENCE', 'FENGFAN', 'JV'], says: 'TIC 11.3(a)' },
  ],
  // TIC 11.2: the breaching party (the recipient) claims the cure; the sender answers it.
  'notice.claimCure': [
    {
      row: { senderParty: 'VALENCE', recipientParties: ['JV'] },
      may: ['JV'],
      says: 'TIC 11.2',
    },
  ],
  'notice.answerCure': [
    {
      row: { senderParty: 'VALENCE', recipientParties: ['JV'] },
      may: ['VALENCE'],
      says: 'TIC 11.2',
    },
  ],
  // JVC Art. 105: both Parties sign the continuation; the JV is not a Party.
  'notice.signContinuation': [
    {
      row: { parties: JVC_PARTIES, senderParty: 'FENGFAN', recipientParties: ['VALENCE'] },
      may: ['VALENCE', 'FENGFAN'],
      says: 'JVC Art. 105',
    },
  ],
  'notice.recordDissolutionStep': [
    {
      row: { parties: JVC_PARTIES, senderParty: 'FENGFAN', recipientParties: ['VALENCE'] },
      may: ['VALENCE', 'FENGFAN'],
      says: 'JVC Art. 105',
    },
  ],
  'obligation.recordPerformance': [
    {
      row: { obligorParty: 'JV', beneficiaryParties: ['VALENCE'], article: 'TIC 6.3' },
      may: ['JV', 'VALENCE'],
      says: 'TIC 13.7',
    },
  ],
  'obligation.waive': [
    // JVC Art. 88 reports are owed to both Parties; the JV, which owes them, cannot waive.
    {
      row: { obligorParty: 'JV', beneficiaryParties: ['FENGFAN', 'VALENCE'], article: 'JVC 88' },
      may: ['FENGFAN', 'VALENCE'],
      says: 'JVC Art. 120',
    },
  ],
  // Performance is acknowledged or disputed by whom it is owed to, never by the obligor.
  'obligation.reviewPerformance': [
    {
      row: { obligorParty: 'JV', beneficiaryParties: ['VALENCE'], article: 'TIC 6.3' },
      may: ['VALENCE'],
      says: 'TIC 13.7',
    },
  ],
  'event.record': [
    // TIC 6.3: Valence invoices the Associated Expenses.
    { row: { kind: 'INVOICE', governingContract: 'TIC' }, may: ['VALENCE'], says: 'TIC 6.3' },
    // JVC Art. 8, 103: the Business License concerns every party; any may record it.
    {
      row: { kind: 'ESTABLISHMENT_DATE', governingContract: 'JVC' },
      may: ['VALENCE', 'FENGFAN', 'JV'],
      says: '',
    },
  ],
  // The side that did not record an event it is concerned by may dispute it.
  'event.dispute': [
    {
      row: { concernedParties: ['JV', 'VALENCE'], recordedParty: 'VALENCE' },
      may: ['JV'],
      says: 'TIC',
    },
  ],
  'screeningClearance.revoke': [{ row: { party: 'JV' }, may: ['JV'], says: 'TIC 12.2' }],
  'exportCheck.review': [{ row: { runParty: 'FENGFAN' }, may: ['FENGFAN'], says: 'TIC 12.2' }],
  // Trademark uses (issue 15). TIC 10.4: each party "retains all ownership" of its marks.
  'trademark.manage': [
    { row: { ownerParty: 'FENGFAN' }, may: ['FENGFAN'], says: 'TIC 10.4' },
    { row: { ownerParty: 'JV' }, may: ['JV'], says: 'TIC 10.4' },
  ],
  // JVC Art. 50: a licence "signed with that Party", the owner of the marks it covers.
  'trademarkLicence.grant': [
    { row: { markOwners: ['VALENCE', 'VALENCE'] }, may: ['VALENCE'], says: 'JVC Art. 50' },
    { row: { markOwners: ['VALENCE', 'FENGFAN'] }, may: [], says: 'JVC Art. 50' },
  ],
  // JVC Art. 50: the Joint Venture Company "may use the marks owned by a Party".
  'trademarkUse.request': [
    { row: { markOwner: 'VALENCE' }, may: ['JV'], says: 'JVC Art. 50' },
    { row: { markOwner: 'JV' }, may: [], says: 'JVC Art. 50' },
  ],
  'trademarkUse.decide': [
    { row: { markOwner: 'VALENCE' }, may: ['VALENCE'], says: 'JVC Art. 50' },
    { row: { markOwner: 'FENGFAN' }, may: ['FENGFAN'], says: 'JVC Art. 50' },
  ],
  // TIC 5.2: "subject to the approval of Valence" for batteries carrying a Valence trademark.
  'trademarkUse.approveWarranty': [
    { row: { markOwner: 'VALENCE' }, may: ['VALENCE'], says: 'TIC 5.2' },
    { row: { markOwner: 'FENGFAN' }, may: [], says: 'TIC 5.2' },
  ],
  // TIC 5.3: "Fengfan and Licensee shall promptly notify Valence in writing".
  'trademark.reportInfringement': [
    { row: { markOwner: 'VALENCE' }, may: ['FENGFAN', 'JV'], says: 'TIC 5.3' },
    { row: { markOwner: 'FENGFAN' }, may: [], says: 'TIC 5.3' },
  ],
  // Reminders and alerts (issue 16): only the party that registered a webhook manages it.
  'webhook.manage': [
    { row: { party: 'JV' }, may: ['JV'], says: 'TIC 8.2' },
    { row: { party: 'VALENCE' }, may: ['VALENCE'], says: 'TIC 8.2' },
  ],
};

describe('the row policy', () => {
  it('has worked cases for every action, and every action cites an article', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(ROW_POLICY).sort());
    for (const entry of Object.values(ROW_POLICY)) {
      expect(entry.article).toMatch(/(TIC|JVC) /);
      expect(entry.who.length).toBeGreaterThan(0);
    }
  });

  const walk = (Object.keys(CASES) as RowAction[]).flatMap((action) =>
    CASES[action].flatMap((example, index) =>
      PARTY_CODES.flatMap((party) =>
        ROLES.map((role) => ({ action, index, example, party, role })),
      ),
    ),
  );

  it.each(walk)('$action #$index as $party $role', ({ action, example, party, role }) => {
    const decision = decideRow({ party, roles: [role] }, action, example.row as never);
    if (example.may.includes(party)) {
      expect(decision).toEqual({ allowed: true });
    } else {
      expect(decision.allowed).toBe(false);
      if (!decision.allowed) {
        // A denial names the party refused and the article that says so.
        expect(decision.reason).toContain(party);
        expect(decision.article).toContain(example.says);
      }
    }
  });
});

describe('one home for refusals', () => {
  /** Every .ts file under a folder. */
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
    });

  it('constructs ForbiddenError only in src/auth: services ask the row policy', () => {
    const root = path.join(__dirname, '../../../src');
    const offenders = sources(root)
      .filter((file) => !file.startsWith(path.join(root, 'auth') + path.sep))
      .filter((file) => /new ForbiddenError\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });
});

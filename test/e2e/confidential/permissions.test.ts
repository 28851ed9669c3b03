/**
 * Who may call each operation of the confidential registers, written out for the 15 demo users
 * (never read from src/auth/policy.ts): TIC 8.1, 8.2, 8.3; JVC Art. 96, 98.
 */
import { errorCodes, returnedNothing, startTestApp, type TestApp } from '../../support/test-app';
import { everyParty, matrixCases, type Grants } from '../../support/permission-matrix';

const NOBODY = '00000000-0000-4000-8000-000000000000';

const WORKERS = everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']);
const OFFICERS = everyParty(['LEGAL', 'COMPLIANCE']);
const LEGAL = everyParty(['LEGAL']);

/** The expected policy: every other demo user is refused. */
const ALLOWED = {
  // TIC 8.1: the disclosing party's users see its items; receiving LEGAL/COMPLIANCE the
  // summaries, ENGINEER what it holds a grant for (row scope); VIEWER and ADMIN nothing.
  confidentialItems: WORKERS,
  confidentialItem: WORKERS,
  confidentialItemCounts: WORKERS,
  disclosureRequests: WORKERS,
  revealConfidentialContent: WORKERS,
  registerConfidentialItem: OFFICERS,
  // TIC 8.1(i): the receiving party decides which of its staff need access.
  grantNeedToKnow: OFFICERS,
  revokeNeedToKnow: OFFICERS,
  // TIC 8.2: the disclosing party reviews every read of its information.
  accessLog: OFFICERS,
  ndaCoverage: OFFICERS,
  requestDisclosure: OFFICERS,
  // TIC 8.1(ii): forms are registered and approved by LEGAL; agreements recorded by the
  // user's own party (its ADMIN or LEGAL).
  registerNdaForm: LEGAL,
  approveNdaForm: LEGAL,
  // Those who record agreements, approve forms or check coverage see the forms.
  ndaForms: everyParty(['ADMIN', 'LEGAL', 'COMPLIANCE']),
  recordNondisclosureAgreement: everyParty(['ADMIN', 'LEGAL']),
  decideDisclosure: LEGAL,
  recordCompelledDisclosure: LEGAL,
  claimException: LEGAL,
  decideException: LEGAL,
} satisfies Record<string, Grants>;
type Field = keyof typeof ALLOWED;
const FIELDS = Object.keys(ALLOWED) as Field[];

/** An article every denial of the field must cite. */
const CITES: Record<Field, string> = {
  confidentialItems: 'TIC 8.1',
  confidentialItem: 'TIC 8.1',
  confidentialItemCounts: 'TIC 8.1',
  disclosureRequests: 'TIC 8.1',
  revealConfidentialContent: 'TIC 8.1',
  registerConfidentialItem: 'TIC 1.3',
  grantNeedToKnow: 'TIC 8.1(i)',
  revokeNeedToKnow: 'TIC 8.1(i)',
  accessLog: 'TIC 8.2',
  ndaCoverage: 'TIC 8.1(ii)',
  requestDisclosure: 'TIC 8.1',
  registerNdaForm: 'TIC 8.1(ii)',
  approveNdaForm: 'TIC 8.1(ii)',
  ndaForms: 'TIC 8.1(ii)',
  recordNondisclosureAgreement: 'TIC 8.1(ii)',
  decideDisclosure: 'TIC 8.1',
  recordCompelledDisclosure: 'TIC 8.3(d)',
  claimException: 'TIC 8.3',
  decideException: 'TIC 8.3',
};

const disclosure = {
  itemId: NOBODY,
  recipientKind: 'THIRD_PARTY',
  recipientName: 'Acme Research GmbH',
  country: 'DE',
  purpose: 'Testing',
  endUse: 'Cell testing',
};

/** One call per field: ids that exist nowhere, so an allowed caller gets past the guard only. */
const OPERATIONS: Record<Field, { document: string; variables: Record<string, unknown> }> = {
  confidentialItems: { document: `{ confidentialItems(first: 5) { totalCount } }`, variables: {} },
  confidentialItem: {
    document: `query($id: ID!) { confidentialItem(id: $id) { id } }`,
    variables: { id: NOBODY },
  },
  confidentialItemCounts: {
    document: `{ confidentialItemCounts(groupBy: [STATUS]) { count } }`,
    variables: {},
  },
  disclosureRequests: {
    document: `{ disclosureRequests(first: 5, status: PENDING) { totalCount } }`,
    variables: {},
  },
  revealConfidentialContent: {
    document: `mutation($id: ID!) { revealConfidentialContent(itemId: $id, purpose: "Review") { text } }`,
    variables: { id: NOBODY },
  },
  registerConfidentialItem: {
    document: `mutation($input: RegisterConfidentialItemInput!) { registerConfidentialItem(input: $input) { id } }`,
    variables: {
      input: {
        title: 't',
        summary: 's',
        receivingParty: 'JV',
        contractId: NOBODY,
        article: 'TIC 8.1',
        basis: 'MARKED',
        disclosedOn: '2026-01-01',
        category: 'PROCESS',
        content: 'c',
      },
    },
  },
  grantNeedToKnow: {
    document: `mutation($input: GrantNeedToKnowInput!) { grantNeedToKnow(input: $input) { id } }`,
    variables: { input: { itemId: NOBODY, userId: NOBODY, purpose: 'work' } },
  },
  revokeNeedToKnow: {
    document: `mutation($input: RevokeNeedToKnowInput!) { revokeNeedToKnow(input: $input) { id } }`,
    variables: { input: { grantId: NOBODY, reason: 'done' } },
  },
  accessLog: {
    document: `query($id: ID!) { accessLog(itemId: $id, first: 5) { totalCount } }`,
    variables: { id: NOBODY },
  },
  ndaCoverage: {
    document: `{ ndaCoverage(from: "2026-01-01", to: "2026-01-31") { usersWithGrants } }`,
    variables: {},
  },
  requestDisclosure: {
    document: `mutation($input: RequestDisclosureInput!) { requestDisclosure(input: $input) { id } }`,
    variables: { input: disclosure },
  },
  registerNdaForm: {
    document: `mutation { registerNdaForm(input: { kind: NDA, title: "Staff NDA", reference: "v1" }) { id } }`,
    variables: {},
  },
  ndaForms: {
    document: `{ ndaForms(first: 5) { totalCount nodes { id approvedBy } } }`,
    variables: {},
  },
  approveNdaForm: {
    document: `mutation($id: ID!) { approveNdaForm(formId: $id) { id } }`,
    variables: { id: NOBODY },
  },
  recordNondisclosureAgreement: {
    document: `mutation($input: RecordNondisclosureAgreementInput!) { recordNondisclosureAgreement(input: $input) { id } }`,
    variables: { input: { userId: NOBODY, formId: NOBODY, executedOn: '2026-01-01' } },
  },
  decideDisclosure: {
    document: `mutation($input: DecideDisclosureInput!) { decideDisclosure(input: $input) { id } }`,
    variables: { input: { requestId: NOBODY, approve: true, reason: 'ok' } },
  },
  recordCompelledDisclosure: {
    document: `mutation($input: RecordCompelledDisclosureInput!) { recordCompelledDisclosure(input: $input) { id } }`,
    variables: {
      input: {
        ...disclosure,
        authority: 'order',
        noticeGivenOn: '2026-01-01',
        disclosedOn: '2026-01-05',
      },
    },
  },
  claimException: {
    document: `mutation($input: ClaimExceptionInput!) { claimException(input: $input) { id } }`,
    variables: { input: { itemId: NOBODY, ground: 'PUBLIC_KNOWLEDGE', evidence: 'e' } },
  },
  decideException: {
    document: `mutation($input: DecideExceptionInput!) { decideException(input: $input) { id } }`,
    variables: { input: { claimId: NOBODY, accept: true, reason: 'r' } },
  },
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the confidential registers, party × role', () => {
  it('covers every field of the capability', () => {
    expect(FIELDS.sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it.each(matrixCases(FIELDS, ALLOWED))(
    '$field as $party $role: $verdict',
    async ({ field, party, role, verdict }) => {
      const { document, variables } = OPERATIONS[field];
      const response = await t.gql(document, variables, { party, role });
      if (verdict === 'allowed') {
        for (const code of errorCodes(response))
          expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(code);
        return;
      }
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(returnedNothing(response)).toBe(true);
      const [error] = response.errors!;
      expect(error.path).toEqual([field]);
      expect(String(error.extensions?.article)).toContain(CITES[field]);
    },
  );

  it('refuses anonymous callers everywhere', async () => {
    for (const field of FIELDS) {
      const { document, variables } = OPERATIONS[field];
      expect(errorCodes(await t.gql(document, variables, null))).toEqual(['UNAUTHENTICATED']);
    }
  });
});

/**
 * Row scoping on every contracts-as-data path: a contract FENGFAN is not a party to (HIDDEN,
 * between VALENCE and the JV) and everything recorded under it must be invisible to FENGFAN,
 * and untouchable: a refused mutation answers exactly like an id that does not exist and
 * leaves the database as it was. VALENCE, a party to HIDDEN, sees all of it (the positive
 * control that shows the fixtures are reachable at all).
 *
 * Some fixture rows name FENGFAN on purpose (an obligation owed to it, an article of CHILD
 * that matches the same search, a key term of CHILD that disagrees with HIDDEN's), so that
 * the contract scope is the only thing keeping them apart.
 */
import { randomUUID } from 'node:crypto';
import type { PartyCode, Role } from '../../src/domain/parties';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  returnedNothing,
} from '../support/test-app';

let t: TestApp;

type Caller = { party: PartyCode; role: Role };
const VALENCE_LEGAL: Caller = { party: 'VALENCE', role: 'LEGAL' };
const JV_LEGAL: Caller = { party: 'JV', role: 'LEGAL' };

/** Ids of the fixture rows, filled in by beforeAll. */
const ids = {
  hidden: '',
  child: '',
  /** Owed by the JV to VALENCE. */
  hiddenObligation: '',
  /** Owed by the JV to VALENCE and FENGFAN: only the contract scope keeps it from FENGFAN. */
  hiddenObligationForFengfan: '',
  childObligation: '',
  hiddenNotice: '',
  childNotice: '',
  hiddenAmendment: '',
};

const AS_OF = '2025-06-01';
const HIDDEN_OBLIGATION_DUE = '2025-06-20';
const HIDDEN_FENGFAN_OBLIGATION_DUE = '2025-06-25';
const CHILD_OBLIGATION_DUE = '2025-06-22';
/** A word only the fixture articles contain. */
const SEARCH_WORD = 'Zanzibar';

async function insertContract(fixture: {
  code: string;
  kind: string;
  title: string;
  parentCode: string;
  parties: Array<[PartyCode, string]>;
  articles: Array<[string, string]>;
}): Promise<string> {
  const [{ id }] = await t.db.query<Array<{ id: string }>>(
    `INSERT INTO contract (code, title, kind, parent_id, signed_on, status, effective_on)
     VALUES ($1, $2, $3, (SELECT id FROM contract WHERE code = $4), '2025-03-01', 'EFFECTIVE',
             '2025-04-01')
     RETURNING id`,
    [fixture.code, fixture.title, fixture.kind, fixture.parentCode],
  );
  for (const [party, role] of fixture.parties) {
    await t.db.query(
      'INSERT INTO contract_party (contract_id, party_code, role) VALUES ($1, $2, $3)',
      [id, party, role],
    );
  }
  for (const [index, [number, body]] of fixture.articles.entries()) {
    await t.db.query(
      `INSERT INTO article (contract_id, number, heading, chapter, body, position)
       VALUES ($1, $2, NULL, 'FIXTURE', $3, $4)`,
      [id, number, body, index + 1],
    );
  }
  return id;
}

async function insertObligation(fixture: {
  contractId: string;
  code: string;
  obligor: PartyCode;
  beneficiaries: PartyCode[];
  article: string;
  dueOn: string;
}): Promise<string> {
  const [{ id }] = await t.db.query<Array<{ id: string }>>(
    `INSERT INTO obligation (contract_id, code, obligor_party, beneficiary_parties, description,
                             article, due_rule, due_on, status)
     VALUES ($1, $2, $3, $4, $5, $6, 'by a fixed date', $7, 'OPEN') RETURNING id`,
    [
      fixture.contractId,
      fixture.code,
      fixture.obligor,
      fixture.beneficiaries,
      `Fixture obligation ${fixture.code}`,
      fixture.article,
      fixture.dueOn,
    ],
  );
  return id;
}

async function insertNotice(fixture: {
  contractId: string;
  kind: string;
  recipients: PartyCode[];
  sentAt: string;
  subject: string;
  recordedBy: string;
}): Promise<string> {
  const [{ id }] = await t.db.query<Array<{ id: string }>>(
    `INSERT INTO notice (contract_id, sender_party, recipient_parties, kind, method, sent_at,
                         sent_on, deemed_received_on, subject, languages, recorded_by)
     VALUES ($1, 'VALENCE', $2, $3, 'COURIER', $4,
             ($4::timestamptz AT TIME ZONE 'America/Los_Angeles')::date,
             ($4::timestamptz + interval '14 days')::date, $5, '{en}', $6)
     RETURNING id`,
    [
      fixture.contractId,
      fixture.recipients,
      fixture.kind,
      fixture.sentAt,
      fixture.subject,
      fixture.recordedBy,
    ],
  );
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  const valenceLegal = await t.userId('VALENCE', 'LEGAL');

  // HIDDEN: an NDA under the TIC (TIC 8.1) between VALENCE and the JV only.
  ids.hidden = await insertContract({
    code: 'HIDDEN',
    kind: 'NONDISCLOSURE_AGREEMENT',
    title: 'Nondisclosure agreement between Valence and the Licensee',
    parentCode: 'TIC',
    parties: [
      ['VALENCE', 'DISCLOSING_PARTY'],
      ['JV', 'RECEIVING_PARTY'],
    ],
    articles: [
      ['1', 'This agreement binds the Licensee under TIC 8.1.'],
      ['2', `The Licensee keeps the ${SEARCH_WORD} formulation confidential.`],
    ],
  });
  // CHILD: all three parties, an appendix to HIDDEN.
  ids.child = await insertContract({
    code: 'CHILD',
    kind: 'SUPPLIER_SUBLICENCE',
    title: 'Supplier sublicence appended to the nondisclosure agreement',
    parentCode: 'HIDDEN',
    parties: [
      ['VALENCE', 'PARTY'],
      ['FENGFAN', 'PARTY'],
      ['JV', 'PARTY'],
    ],
    articles: [['1', `The supplier receives the ${SEARCH_WORD} formulation under sublicence.`]],
  });

  // Key terms stating one fact three ways: the TIC's, HIDDEN's and CHILD's.
  await t.db.query(
    `INSERT INTO key_term (contract_id, name, kind, amount, currency, article, quote) VALUES
       ($1, 'Technology investment value', 'MONEY', 1000000, 'USD', 'HIDDEN 2', 'US $1,000,000'),
       ($2, 'Technology investment value', 'MONEY', 2000000, 'USD', 'CHILD 1', 'US $2,000,000')`,
    [ids.hidden, ids.child],
  );
  await t.db.query(
    `INSERT INTO contract_status_change (contract_id, from_status, to_status, changed_on, article,
                                         reason, recorded_by)
     VALUES ($1, 'SIGNED', 'EFFECTIVE', '2025-04-01', 'HIDDEN 1', 'ratified by the Licensee', $2)`,
    [ids.hidden, valenceLegal],
  );
  await t.db.query(
    `INSERT INTO contract_event (contract_id, kind, occurred_on, description, amount, currency,
                                 reference, recorded_by, recorded_party, concerned_parties)
     VALUES ($1, 'INVOICE', '2025-05-01', 'Invoice under the NDA', 1500, 'USD', 'INV-HIDDEN-1',
             $2, 'VALENCE', ARRAY['JV', 'VALENCE'])`,
    [ids.hidden, valenceLegal],
  );
  ids.hiddenNotice = await insertNotice({
    contractId: ids.hidden,
    kind: 'BREACH',
    recipients: ['JV'],
    sentAt: '2025-05-02T02:00:00Z',
    subject: 'HIDDEN breach notice',
    recordedBy: valenceLegal,
  });
  ids.childNotice = await insertNotice({
    contractId: ids.child,
    kind: 'GENERAL',
    recipients: ['FENGFAN', 'JV'],
    sentAt: '2025-05-03T02:00:00Z',
    subject: 'CHILD general notice',
    recordedBy: valenceLegal,
  });
  const [{ id: amendmentId }] = await t.db.query<Array<{ id: string }>>(
    `INSERT INTO amendment (contract_id, title, text, proposed_by, proposed_party, proposed_at)
     VALUES ($1, 'HIDDEN amendment', 'Article 2 is extended to samples.', $2, 'VALENCE',
             '2025-05-05T00:00:00Z')
     RETURNING id`,
    [ids.hidden, valenceLegal],
  );
  ids.hiddenAmendment = amendmentId;
  await t.db.query(
    `INSERT INTO amendment_signature (amendment_id, party_code, signed_by, signed_on)
     VALUES ($1, 'VALENCE', $2, '2025-05-06')`,
    [amendmentId, valenceLegal],
  );
  ids.hiddenObligation = await insertObligation({
    contractId: ids.hidden,
    code: 'HIDDEN-2-return-materials',
    obligor: 'JV',
    beneficiaries: ['VALENCE'],
    article: 'HIDDEN 2',
    dueOn: HIDDEN_OBLIGATION_DUE,
  });
  ids.hiddenObligationForFengfan = await insertObligation({
    contractId: ids.hidden,
    code: 'HIDDEN-2-report-to-fengfan',
    obligor: 'JV',
    beneficiaries: ['VALENCE', 'FENGFAN'],
    article: 'HIDDEN 2',
    dueOn: HIDDEN_FENGFAN_OBLIGATION_DUE,
  });
  ids.childObligation = await insertObligation({
    contractId: ids.child,
    code: 'CHILD-1-deliver',
    obligor: 'FENGFAN',
    beneficiaries: ['VALENCE'],
    article: 'CHILD 1',
    dueOn: CHILD_OBLIGATION_DUE,
  });
});
afterAll(() => t.close());

// --- documents -------------------------------------------------------------------------------

interface ObligationNode {
  id: string;
  code: string;
  contractId: string;
  status: string;
  dueOn: string | null;
  obligorParty: PartyCode | null;
  beneficiaryParties: PartyCode[];
}
const OBLIGATION_FIELDS = 'id code contractId status dueOn obligorParty beneficiaryParties';
const OBLIGATIONS = `query($filter: ObligationFilterInput) {
  obligations(first: 100, filter: $filter) {
    edges { node { ${OBLIGATION_FIELDS} } }
    pageInfo { hasNextPage }
  }
}`;
const UPCOMING = `query($asOf: LocalDate, $within: Int!, $includeOverdue: Boolean!) {
  upcomingDeadlines(asOf: $asOf, within: $within, includeOverdue: $includeOverdue, first: 100) {
    nodes { ${OBLIGATION_FIELDS} }
  }
}`;
interface NoticeNode {
  id: string;
  contractId: string;
  subject: string;
  senderParty: PartyCode;
  recipientParties: PartyCode[];
}
const NOTICES = `query($contractId: ID) {
  notices(first: 100, contractId: $contractId) {
    edges { node { id contractId subject senderParty recipientParties } }
  }
}`;
interface Discrepancy {
  name: string;
  contractCodes: string[];
  values: Array<{ value: string; statedIn: Array<{ contractCode: string; article: string }> }>;
}
const DISCREPANCIES = `query($contractId: ID) {
  contractDiscrepancies(contractId: $contractId) {
    name contractCodes values { value statedIn { contractCode article } }
  }
}`;
interface ArticleHit {
  contractId: string;
  contractCode: string;
  number: string;
  snippets: string[];
}
const SEARCH = `query($query: String!, $contractId: ID) {
  searchArticles(query: $query, contractId: $contractId) { contractId contractCode number snippets }
}`;
interface ParentView {
  code: string;
  keyTerms: Array<{ name: string; value: string }>;
  events: Array<{ kind: string; occurredOn: string; reference: string | null }>;
  amendments: Array<{
    id: string;
    title: string;
    proposedParty: PartyCode;
    signatures: Array<{ party: PartyCode; signedOn: string }>;
  }>;
  statusHistory: Array<{
    fromStatus: string;
    toStatus: string;
    changedOn: string;
    article: string;
  }>;
}
const PARENT_FIELDS = `code
  keyTerms { name value }
  events { kind occurredOn reference }
  amendments { id title proposedParty signatures { party signedOn } }
  statusHistory { fromStatus toStatus changedOn article }`;
const CHILD_WITH_PARENT = `query($id: ID!) {
  contract(id: $id) { code parent { ${PARENT_FIELDS} } }
}`;
const CONTRACTS_WITH_PARENT = `{
  contracts(first: 100) { edges { node { code parent { code keyTerms { name } } } } }
}`;
const CONTRACT_RECORDS = `query($id: ID!) { contract(id: $id) { ${PARENT_FIELDS} } }`;

/** Obligation nodes of a page, failing on errors. */
async function obligations(as: Caller, filter: Record<string, unknown>): Promise<ObligationNode[]> {
  const { data, errors } = await t.gql<{
    obligations: { edges: Array<{ node: ObligationNode }>; pageInfo: { hasNextPage: boolean } };
  }>(OBLIGATIONS, { filter: { asOf: AS_OF, ...filter } }, as);
  expect(errors).toBeUndefined();
  expect(data!.obligations.pageInfo.hasNextPage).toBe(false);
  return data!.obligations.edges.map((edge) => edge.node);
}

async function upcoming(
  as: Caller,
  vars: { asOf: string; within: number; includeOverdue: boolean },
): Promise<ObligationNode[]> {
  const { data, errors } = await t.gql<{ upcomingDeadlines: { nodes: ObligationNode[] } }>(
    UPCOMING,
    vars,
    as,
  );
  expect(errors).toBeUndefined();
  return data!.upcomingDeadlines.nodes;
}

async function notices(as: Caller, contractId: string | null): Promise<NoticeNode[]> {
  const { data, errors } = await t.gql<{ notices: { edges: Array<{ node: NoticeNode }> } }>(
    NOTICES,
    { contractId },
    as,
  );
  expect(errors).toBeUndefined();
  return data!.notices.edges.map((edge) => edge.node);
}

async function discrepancies(as: Caller, contractId: string | null): Promise<Discrepancy[]> {
  const { data, errors } = await t.gql<{ contractDiscrepancies: Discrepancy[] }>(
    DISCREPANCIES,
    { contractId },
    as,
  );
  expect(errors).toBeUndefined();
  return data!.contractDiscrepancies;
}

async function search(as: Caller, contractId: string | null): Promise<ArticleHit[]> {
  const { data, errors } = await t.gql<{ searchArticles: ArticleHit[] }>(
    SEARCH,
    { query: SEARCH_WORD, contractId },
    as,
  );
  expect(errors).toBeUndefined();
  return data!.searchArticles;
}

/** Every row of the tables an issue-4 mutation could touch, in a stable order. */
async function snapshot(): Promise<Record<string, string[]>> {
  const tables = [
    'contract',
    'contract_party',
    'contract_status_change',
    'key_term',
    'contract_event',
    'notice',
    'obligation',
    'amendment',
    'amendment_signature',
    'audit_event',
  ];
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await t.db.query<Array<{ row: string }>>(
      `SELECT r::text AS row FROM ${table} r ORDER BY 1`,
    );
    result[table] = rows.map((r) => r.row);
  }
  return result;
}

const discrepantValues = (d: Discrepancy | undefined) => d?.values.map((v) => v.value).sort();

// --- FENGFAN: reads ----------------------------------------------------------------------------

describe.each<Role>(['LEGAL', 'COMPLIANCE'])('FENGFAN %s reads nothing of HIDDEN', (role) => {
  const as: Caller = { party: 'FENGFAN', role };

  it('obligations(contractId: HIDDEN) is empty, dated or not, whatever the filter', async () => {
    expect(await obligations(as, { contractId: ids.hidden })).toEqual([]);
    expect(await obligations(as, { contractId: ids.hidden, includeUndated: true })).toEqual([]);
    expect(await obligations(as, { contractId: ids.hidden, beneficiary: 'FENGFAN' })).toEqual([]);
    expect(await obligations(as, { contractId: ids.hidden, status: 'OPEN' })).toEqual([]);
  });

  it("obligations() lists CHILD's obligation and none of HIDDEN's", async () => {
    for (const includeUndated of [false, true]) {
      const nodes = await obligations(as, { includeUndated });
      expect(nodes.filter((n) => n.contractId === ids.hidden)).toEqual([]);
      expect(nodes.filter((n) => n.code.startsWith('HIDDEN'))).toEqual([]);
      expect(nodes.filter((n) => n.contractId === ids.child)).toEqual([
        {
          id: ids.childObligation,
          code: 'CHILD-1-deliver',
          contractId: ids.child,
          status: 'OPEN',
          dueOn: CHILD_OBLIGATION_DUE,
          obligorParty: 'FENGFAN',
          beneficiaryParties: ['VALENCE'],
        },
      ]);
    }
    // Even filtered on what FENGFAN is owed (HIDDEN's second obligation names it).
    const owedToFengfan = await obligations(as, { beneficiary: 'FENGFAN', includeUndated: true });
    expect(owedToFengfan.filter((n) => n.contractId === ids.hidden)).toEqual([]);
  });

  it.each([
    ['within 60 days of 2025-06-01', { asOf: AS_OF, within: 60, includeOverdue: false }],
    ['overdue as of 2025-08-01', { asOf: '2025-08-01', within: 0, includeOverdue: true }],
  ])("upcomingDeadlines %s: only CHILD's obligation", async (_, vars) => {
    const nodes = await upcoming(as, vars);
    expect(nodes.map((n) => [n.code, n.contractId, n.dueOn])).toEqual([
      ['CHILD-1-deliver', ids.child, CHILD_OBLIGATION_DUE],
    ]);
  });

  it("notices: none under HIDDEN; CHILD's notice is listed", async () => {
    expect(await notices(as, ids.hidden)).toEqual([]);
    const all = await notices(as, null);
    expect(all.filter((n) => n.contractId === ids.hidden)).toEqual([]);
    expect(all.filter((n) => n.contractId === ids.child)).toEqual([
      {
        id: ids.childNotice,
        contractId: ids.child,
        subject: 'CHILD general notice',
        senderParty: 'VALENCE',
        recipientParties: ['FENGFAN', 'JV'],
      },
    ]);
  });

  it('contractDiscrepancies: none for HIDDEN, and HIDDEN is in no family', async () => {
    expect(await discrepancies(as, ids.hidden)).toEqual([]);
    // CHILD's parent is out of scope, so CHILD stands alone: its one statement disagrees
    // with nothing FENGFAN can see.
    expect(await discrepancies(as, ids.child)).toEqual([]);
    const all = await discrepancies(as, null);
    const investment = all.find((d) => d.name === 'Technology investment value');
    expect(investment?.contractCodes).toEqual(['JVC', 'TIC']);
    expect(discrepantValues(investment)).toEqual(['USD 5900000', 'USD 7241000']);
    for (const discrepancy of all) {
      expect(discrepancy.contractCodes).not.toContain('HIDDEN');
      expect(discrepancy.contractCodes).not.toContain('CHILD');
    }
    expect(JSON.stringify(all)).not.toMatch(/HIDDEN|USD 1000000|USD 2000000/);
  });

  it("searchArticles: nothing in HIDDEN; CHILD's article matches", async () => {
    expect(await search(as, ids.hidden)).toEqual([]);
    const hits = await search(as, null);
    expect(hits.map((h) => [h.contractCode, h.number])).toEqual([['CHILD', '1']]);
    expect(hits[0].snippets.join(' ')).toContain(`«${SEARCH_WORD}»`);
  });

  it("CHILD's parent is null, so HIDDEN's records are unreachable through it", async () => {
    const { data, errors } = await t.gql<{
      contract: { code: string; parent: ParentView | null };
    }>(CHILD_WITH_PARENT, { id: ids.child }, as);
    expect(errors).toBeUndefined();
    expect(data!.contract).toEqual({ code: 'CHILD', parent: null });

    const list = await t.gql<{
      contracts: { edges: Array<{ node: { code: string; parent: { code: string } | null } }> };
    }>(CONTRACTS_WITH_PARENT, {}, as);
    expect(list.errors).toBeUndefined();
    const nodes = list.data!.contracts.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.code)).not.toContain('HIDDEN');
    expect(nodes.find((node) => node.code === 'CHILD')).toEqual({ code: 'CHILD', parent: null });
  });

  it("HIDDEN's records by id are NOT_FOUND", async () => {
    const response = await t.gql(CONTRACT_RECORDS, { id: ids.hidden }, as);
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(returnedNothing(response)).toBe(true);
  });
});

// --- FENGFAN: mutations ------------------------------------------------------------------------

interface MutationCase {
  name: string;
  document: string;
  /** The input aimed at `target`, a HIDDEN row or an id that does not exist. */
  input: (target: string) => Record<string, unknown>;
  /** The id of the HIDDEN row the mutation is aimed at. */
  target: () => string;
}

const MUTATIONS: MutationCase[] = [
  {
    name: 'markObligationMet on the obligation owed to VALENCE',
    document: `mutation($input: MarkObligationMetInput!) { markObligationMet(input: $input) { id } }`,
    input: (obligationId) => ({ obligationId, metOn: '2025-06-15', evidence: 'returned' }),
    target: () => ids.hiddenObligation,
  },
  {
    name: 'markObligationMet on the obligation owed to FENGFAN',
    document: `mutation($input: MarkObligationMetInput!) { markObligationMet(input: $input) { id } }`,
    input: (obligationId) => ({ obligationId, metOn: '2025-06-15', evidence: 'reported' }),
    target: () => ids.hiddenObligationForFengfan,
  },
  {
    name: 'waiveObligation on the obligation owed to VALENCE',
    document: `mutation($input: WaiveObligationInput!) { waiveObligation(input: $input) { id } }`,
    input: (obligationId) => ({ obligationId, reason: 'waived in writing' }),
    target: () => ids.hiddenObligation,
  },
  {
    name: 'waiveObligation on the obligation owed to FENGFAN',
    document: `mutation($input: WaiveObligationInput!) { waiveObligation(input: $input) { id } }`,
    input: (obligationId) => ({ obligationId, reason: 'waived in writing' }),
    target: () => ids.hiddenObligationForFengfan,
  },
  {
    name: 'recordEvent',
    document: `mutation($input: RecordEventInput!) { recordEvent(input: $input) { id } }`,
    input: (contractId) => ({
      contractId,
      kind: 'INVOICE',
      occurredOn: '2025-05-10',
      description: 'Second invoice under the NDA',
      amount: '100',
      currency: 'USD',
      reference: 'INV-HIDDEN-2',
    }),
    target: () => ids.hidden,
  },
  {
    name: 'recordNotice',
    document: `mutation($input: RecordNoticeInput!) { recordNotice(input: $input) { id } }`,
    input: (contractId) => ({
      contractId,
      recipients: ['JV'],
      kind: 'GENERAL',
      method: 'COURIER',
      sentAt: '2025-05-10T02:00:00Z',
      confirmationReceived: false,
      subject: 'A notice under the NDA',
      languages: ['en'],
    }),
    target: () => ids.hidden,
  },
  {
    name: 'proposeAmendment',
    document: `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
    input: (contractId) => ({ contractId, title: 'Another amendment', text: 'Article 1 reads…' }),
    target: () => ids.hidden,
  },
  {
    name: 'terminateContract',
    document: `mutation($input: TerminateContractInput!) { terminateContract(input: $input) { id } }`,
    // HIDDEN's breach notice (Valence to the JV) lapsed uncured on 15 July 2025 (TIC 11.2).
    input: (contractId) => ({
      contractId,
      terminatedOn: '2025-08-01',
      basis: 'UNCURED_BREACH',
      basisId: ids.hiddenNotice,
    }),
    target: () => ids.hidden,
  },
  {
    name: "signAmendment on HIDDEN's amendment",
    document: `mutation($input: SignAmendmentInput!) { signAmendment(input: $input) { id } }`,
    input: (amendmentId) => ({ amendmentId, signedOn: '2025-05-07' }),
    target: () => ids.hiddenAmendment,
  },
  {
    name: "recordAmendmentApproval on HIDDEN's amendment",
    document: `mutation($input: RecordAmendmentApprovalInput!) {
      recordAmendmentApproval(input: $input) { id }
    }`,
    input: (amendmentId) => ({ amendmentId, approvedOn: '2025-05-08' }),
    target: () => ids.hiddenAmendment,
  },
  {
    name: "claimCure on HIDDEN's notice",
    document: `mutation($input: ClaimCureInput!) { claimCure(input: $input) { id } }`,
    input: (noticeId) => ({ noticeId, curedOn: '2025-05-20', evidence: 'cured' }),
    target: () => ids.hiddenNotice,
  },
  {
    name: "signContinuation on HIDDEN's notice",
    document: `mutation($input: SignContinuationInput!) {
      signContinuation(input: $input) { id }
    }`,
    input: (noticeId) => ({ noticeId, signedOn: '2025-05-20' }),
    target: () => ids.hiddenNotice,
  },
];

const withoutId = (response: GraphQLResponse<unknown>, id: string) =>
  (response.errors ?? []).map((e) => e.message.replace(id, '<id>'));

describe('FENGFAN LEGAL cannot touch HIDDEN', () => {
  const as: Caller = { party: 'FENGFAN', role: 'LEGAL' };

  it.each(MUTATIONS.map((m) => [m.name, m] as const))(
    '%s → NOT_FOUND, exactly like an id that does not exist; nothing changes',
    async (_, mutation) => {
      const before = await snapshot();
      const target = mutation.target();
      const response = await t.gql(mutation.document, { input: mutation.input(target) }, as);
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(returnedNothing(response)).toBe(true);
      expect(await snapshot()).toEqual(before);

      const missing = randomUUID();
      const control = await t.gql(mutation.document, { input: mutation.input(missing) }, as);
      expect(errorCodes(control)).toEqual(['NOT_FOUND']);
      expect(withoutId(response, target)).toEqual(withoutId(control, missing));
      expect(await snapshot()).toEqual(before);
    },
  );
});

describe('FENGFAN COMPLIANCE cannot touch HIDDEN', () => {
  const as: Caller = { party: 'FENGFAN', role: 'COMPLIANCE' };

  // COMPLIANCE may call none of these mutations: the guard refuses before any row is read.
  it.each(MUTATIONS.map((m) => [m.name, m] as const))(
    '%s → FORBIDDEN; nothing changes',
    async (_, mutation) => {
      const before = await snapshot();
      const response = await t.gql(
        mutation.document,
        { input: mutation.input(mutation.target()) },
        as,
      );
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(returnedNothing(response)).toBe(true);
      expect(await snapshot()).toEqual(before);
    },
  );
});

// --- VALENCE: the positive control ------------------------------------------------------------

describe('VALENCE LEGAL, a party to HIDDEN, sees all of it', () => {
  const as = VALENCE_LEGAL;

  it("obligations(contractId: HIDDEN) lists both of HIDDEN's obligations", async () => {
    const nodes = await obligations(as, { contractId: ids.hidden });
    expect(nodes).toEqual([
      {
        id: ids.hiddenObligation,
        code: 'HIDDEN-2-return-materials',
        contractId: ids.hidden,
        status: 'OPEN',
        dueOn: HIDDEN_OBLIGATION_DUE,
        obligorParty: 'JV',
        beneficiaryParties: ['VALENCE'],
      },
      {
        id: ids.hiddenObligationForFengfan,
        code: 'HIDDEN-2-report-to-fengfan',
        contractId: ids.hidden,
        status: 'OPEN',
        dueOn: HIDDEN_FENGFAN_OBLIGATION_DUE,
        obligorParty: 'JV',
        beneficiaryParties: ['VALENCE', 'FENGFAN'],
      },
    ]);
  });

  it('upcomingDeadlines within 60 days of 2025-06-01 lists HIDDEN and CHILD, by due date', async () => {
    const nodes = await upcoming(as, { asOf: AS_OF, within: 60, includeOverdue: false });
    expect(nodes.map((n) => [n.code, n.dueOn])).toEqual([
      ['HIDDEN-2-return-materials', HIDDEN_OBLIGATION_DUE],
      ['CHILD-1-deliver', CHILD_OBLIGATION_DUE],
      ['HIDDEN-2-report-to-fengfan', HIDDEN_FENGFAN_OBLIGATION_DUE],
    ]);
  });

  it("notices(contractId: HIDDEN) lists HIDDEN's notice", async () => {
    expect(await notices(as, ids.hidden)).toEqual([
      {
        id: ids.hiddenNotice,
        contractId: ids.hidden,
        subject: 'HIDDEN breach notice',
        senderParty: 'VALENCE',
        recipientParties: ['JV'],
      },
    ]);
  });

  it("contractDiscrepancies(contractId: HIDDEN) compares HIDDEN's family, HIDDEN included", async () => {
    const found = await discrepancies(as, ids.hidden);
    const investment = found.find((d) => d.name === 'Technology investment value');
    expect(investment?.contractCodes).toEqual(['CHILD', 'HIDDEN', 'JVC', 'TIC']);
    expect(discrepantValues(investment)).toEqual([
      'USD 1000000',
      'USD 2000000',
      'USD 5900000',
      'USD 7241000',
    ]);
    const hidden = investment?.values.find((v) => v.value === 'USD 1000000');
    expect(hidden?.statedIn.map((s) => s.contractCode)).toEqual(['HIDDEN']);
  });

  it('searchArticles finds the word in HIDDEN and in CHILD', async () => {
    const inHidden = await search(as, ids.hidden);
    expect(inHidden.map((h) => [h.contractCode, h.number])).toEqual([['HIDDEN', '2']]);
    const everywhere = await search(as, null);
    expect(everywhere.map((h) => `${h.contractCode} ${h.number}`).sort()).toEqual([
      'CHILD 1',
      'HIDDEN 2',
    ]);
  });

  it("CHILD's parent is HIDDEN, with its key terms, events, amendments and status history", async () => {
    const { data, errors } = await t.gql<{
      contract: { code: string; parent: ParentView | null };
    }>(CHILD_WITH_PARENT, { id: ids.child }, as);
    expect(errors).toBeUndefined();
    expect(data!.contract).toEqual({
      code: 'CHILD',
      parent: {
        code: 'HIDDEN',
        keyTerms: [{ name: 'Technology investment value', value: 'USD 1000000' }],
        events: [{ kind: 'INVOICE', occurredOn: '2025-05-01', reference: 'INV-HIDDEN-1' }],
        amendments: [
          {
            id: ids.hiddenAmendment,
            title: 'HIDDEN amendment',
            proposedParty: 'VALENCE',
            signatures: [{ party: 'VALENCE', signedOn: '2025-05-06' }],
          },
        ],
        statusHistory: [
          {
            fromStatus: 'SIGNED',
            toStatus: 'EFFECTIVE',
            changedOn: '2025-04-01',
            article: 'HIDDEN 1',
          },
        ],
      },
    });
  });
});

// Last: these change HIDDEN. The same inputs FENGFAN was refused are accepted from the LEGAL
// of a party to HIDDEN, so the refusals above came from the scope, not from the inputs.
describe('the same mutations from a party to HIDDEN are accepted', () => {
  const byName = new Map(MUTATIONS.map((m) => [m.name, m]));
  it.each<[string, Caller]>([
    ['markObligationMet on the obligation owed to VALENCE', JV_LEGAL],
    ['waiveObligation on the obligation owed to FENGFAN', VALENCE_LEGAL],
    ['recordEvent', VALENCE_LEGAL],
    ['recordNotice', VALENCE_LEGAL],
    ['proposeAmendment', VALENCE_LEGAL],
    ["signAmendment on HIDDEN's amendment", JV_LEGAL],
    ['terminateContract', VALENCE_LEGAL],
    // After the termination: the breaching party may still claim the cure of the accrued breach.
    ["claimCure on HIDDEN's notice", JV_LEGAL],
  ])('%s, by %o', async (name, as) => {
    const mutation = byName.get(name)!;
    const response = await t.gql(
      mutation.document,
      { input: mutation.input(mutation.target()) },
      as,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).not.toBeNull();
  });
});

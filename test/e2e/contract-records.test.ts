import { randomUUID } from 'node:crypto';
import type { PartyCode, Role } from '../../src/domain/parties';
import {
  AmendmentEntity,
  AmendmentSignatureEntity,
  AuditEventEntity,
  ContractEntity,
  ObligationEntity,
} from '../../src/entities';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  returnedNothing,
} from '../support/test-app';

let t: TestApp;
let ticId: string;
let jvcId: string;
beforeAll(async () => {
  t = await startTestApp();
  const contracts = t.db.getRepository(ContractEntity);
  ticId = (await contracts.findOneByOrFail({ code: 'TIC' })).id;
  jvcId = (await contracts.findOneByOrFail({ code: 'JVC' })).id;
});
afterAll(() => t.close());

type Caller = { party: PartyCode; role: Role };
const legal = (party: PartyCode): Caller => ({ party, role: 'LEGAL' });

interface StatusChange {
  fromStatus: string;
  toStatus: string;
  changedOn: string;
  article: string;
  reason: string;
}
interface ContractView {
  id: string;
  code: string;
  kind: string;
  status: string;
  signedOn: string | null;
  effectiveOn: string | null;
  termYears: number | null;
  termStartsOn: string | null;
  expiresOn: string | null;
  governingLaw: string | null;
  forum: string | null;
  terminatedOn: string | null;
  terminationGround: string | null;
  terminationArticle: string | null;
  parent: { code: string } | null;
  statusHistory: StatusChange[];
}
interface ArticleHit {
  id: string;
  contractId: string;
  contractCode: string;
  number: string;
  heading: string | null;
  chapter: string;
  rank: number;
  snippets: string[];
}
interface KeyTerm {
  id: string;
  contractId: string;
  name: string;
  kind: string;
  amount: string | null;
  currency: string | null;
  value: string;
  article: string;
  quote: string;
}
interface Discrepancy {
  name: string;
  contractCodes: string[];
  message: string;
  values: Array<{ value: string; statedIn: Array<{ contractCode: string; article: string }> }>;
}
interface Finding {
  code: string;
  article: string;
  status: string;
  message: string;
}
interface Amendment {
  id: string;
  contractId: string;
  title: string;
  text: string;
  proposedParty: PartyCode;
  approvalAuthorityApprovedOn: string | null;
  effective: boolean;
  effectiveOn: string | null;
  signatures: Array<{ party: PartyCode; signedOn: string }>;
  missingSignatures: PartyCode[];
  findings: Finding[];
}
interface Obligation {
  id: string;
  code: string;
  article: string;
  status: string;
  dueOn: string | null;
  obligorParty: PartyCode | null;
  beneficiaryParties: PartyCode[];
  closedReason: string | null;
  survivesUntil: string | null;
}
interface ContractEvent {
  id: string;
  contractId: string;
  kind: string;
  occurredOn: string;
  recordedParty: PartyCode;
}
interface AuditEvent {
  actorParty: PartyCode;
  actorUserId: string | null;
  operation: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The contract without its status history, which VIEWER and ADMIN may not read. */
const METADATA_FIELDS = `id code kind status signedOn effectiveOn termYears termStartsOn expiresOn
  governingLaw forum terminatedOn terminationGround terminationArticle parent { code }`;
const CONTRACT_FIELDS = `${METADATA_FIELDS}
  statusHistory { fromStatus toStatus changedOn article reason }`;
const CONTRACT = `query($id: ID!) { contract(id: $id) { ${CONTRACT_FIELDS} } }`;
const CONTRACT_METADATA = `query($id: ID!) { contract(id: $id) { ${METADATA_FIELDS} } }`;
const SEARCH = `query($query: String!, $contractId: ID, $first: Int! = 20) {
  searchArticles(query: $query, contractId: $contractId, first: $first) {
    id contractId contractCode number heading chapter rank snippets
  }
}`;
const KEY_TERMS = `query($id: ID!) {
  contract(id: $id) { keyTerms { id contractId name kind amount currency value article quote } }
}`;
const DISCREPANCIES = `query($contractId: ID) {
  contractDiscrepancies(contractId: $contractId) {
    name contractCodes message values { value statedIn { contractCode article } }
  }
}`;
const AMENDMENT_FIELDS = `id contractId title text proposedParty approvalAuthorityApprovedOn effective
  effectiveOn signatures { party signedOn } missingSignatures findings { code article status message }`;
const PROPOSE = `mutation($input: ProposeAmendmentInput!) {
  proposeAmendment(input: $input) { ${AMENDMENT_FIELDS} }
}`;
const SIGN = `mutation($input: SignAmendmentInput!) {
  signAmendment(input: $input) { ${AMENDMENT_FIELDS} }
}`;
const APPROVE = `mutation($input: RecordAmendmentApprovalInput!) {
  recordAmendmentApproval(input: $input) { ${AMENDMENT_FIELDS} }
}`;
const AMENDMENTS = `query($id: ID!) { contract(id: $id) { amendments { ${AMENDMENT_FIELDS} } } }`;
const RECORD_EVENT = `mutation($input: RecordEventInput!) {
  recordEvent(input: $input) { id contractId kind occurredOn recordedParty }
}`;
const TERMINATE = `mutation($input: TerminateContractInput!) {
  terminateContract(input: $input) { ${CONTRACT_FIELDS} }
}`;
const OBLIGATIONS = `query($filter: ObligationFilterInput) {
  obligations(first: 100, filter: $filter) {
    edges { node {
      id code article status dueOn obligorParty beneficiaryParties closedReason survivesUntil
    } }
    pageInfo { hasNextPage }
  }
}`;
const AUDIT = `query($filter: AuditEventFilterInput) {
  auditEvents(first: 100, filter: $filter) {
    edges { node { actorParty actorUserId operation entity entityId before after } }
    pageInfo { hasNextPage }
  }
}`;

/** The data of a response that must have succeeded. */
function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  expect(response.data).toBeTruthy();
  return response.data!;
}

/** The single error of a response that must have failed. */
function failure(response: GraphQLResponse<unknown>, code: string) {
  expect(errorCodes(response)).toEqual([code]);
  return response.errors![0];
}

const sorted = <T>(values: readonly T[]): T[] => [...values].sort();

async function contract(id: string, as: Caller = legal('VALENCE')): Promise<ContractView> {
  return ok(await t.gql<{ contract: ContractView }>(CONTRACT, { id }, as)).contract;
}

async function search(
  variables: { query: string; contractId?: string; first?: number },
  as: Caller,
): Promise<GraphQLResponse<{ searchArticles: ArticleHit[] }>> {
  return t.gql<{ searchArticles: ArticleHit[] }>(SEARCH, variables, as);
}

async function obligationsOf(contractId: string, asOf: string): Promise<Obligation[]> {
  const data = ok(
    await t.gql<{
      obligations: { edges: Array<{ node: Obligation }>; pageInfo: { hasNextPage: boolean } };
    }>(
      OBLIGATIONS,
      { filter: { contractId, includeUndated: true, asOf } },
      { party: 'VALENCE', role: 'COMPLIANCE' },
    ),
  );
  expect(data.obligations.pageInfo.hasNextPage).toBe(false);
  return data.obligations.edges.map((edge) => edge.node);
}

async function auditOf(as: Caller, filter: Record<string, string>): Promise<AuditEvent[]> {
  const data = ok(
    await t.gql<{
      auditEvents: { edges: Array<{ node: AuditEvent }>; pageInfo: { hasNextPage: boolean } };
    }>(AUDIT, { filter }, as),
  );
  expect(data.auditEvents.pageInfo.hasNextPage).toBe(false);
  return data.auditEvents.edges.map((edge) => edge.node);
}

describe('contract metadata', () => {
  it('states kind, status, term, governing law and forum of both seeded contracts', async () => {
    const tic = ok(
      await t.gql<{ contract: Omit<ContractView, 'statusHistory'> }>(
        CONTRACT_METADATA,
        { id: ticId },
        { party: 'FENGFAN', role: 'VIEWER' },
      ),
    ).contract;
    expect(tic).not.toHaveProperty('statusHistory');
    expect(tic).toMatchObject({
      code: 'TIC',
      kind: 'TECHNOLOGY_INVESTMENT',
      status: 'SIGNED',
      signedOn: '2003-07-08',
      termYears: 10,
      parent: { code: 'JVC' },
      effectiveOn: null,
      termStartsOn: null,
      expiresOn: null,
      terminatedOn: null,
      terminationGround: null,
      terminationArticle: null,
    });
    expect(tic.governingLaw).toContain('California');
    expect(tic.governingLaw).toContain('TIC 13.4');
    expect(tic.forum).toContain('SIAC');
    expect(tic.forum).toContain('Singapore');
    expect(tic.forum).toContain('TIC 13.4');
    // Its history starts with the signature, in the preamble and under TIC 13.6.
    expect((await contract(ticId, { party: 'FENGFAN', role: 'COMPLIANCE' })).statusHistory).toEqual(
      [
        {
          fromStatus: 'DRAFT',
          toStatus: 'SIGNED',
          changedOn: '2003-07-08',
          article: 'TIC preamble; TIC 13.6',
          reason: expect.stringContaining('Signed'),
        },
      ],
    );

    const jvc = await contract(jvcId, { party: 'JV', role: 'ENGINEER' });
    expect(jvc).toMatchObject({
      code: 'JVC',
      kind: 'JOINT_VENTURE_CONTRACT',
      status: 'SIGNED',
      signedOn: '2002-11-08',
      termYears: 50,
      parent: null,
      effectiveOn: null,
      termStartsOn: null,
      expiresOn: null,
      statusHistory: [
        {
          fromStatus: 'DRAFT',
          toStatus: 'SIGNED',
          changedOn: '2002-11-08',
          article: 'JVC signature block; JVC Art. 124',
          reason: expect.stringContaining('Signed'),
        },
      ],
    });
    expect(jvc.governingLaw).toContain("People's Republic of China");
    expect(jvc.governingLaw).toContain('JVC Art. 118');
  });
});

describe('searchArticles', () => {
  it('finds TIC 2.4 and 2.1 for "sublicense suppliers", with the matched words in « »', async () => {
    const hits = ok(
      await search({ query: 'sublicense suppliers' }, { party: 'JV', role: 'VIEWER' }),
    ).searchArticles;
    expect(hits.map((hit) => `${hit.contractCode} ${hit.number}`)).toEqual(['TIC 2.4', 'TIC 2.1']);
    expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
    for (const hit of hits) {
      expect(hit.contractId).toBe(ticId);
      expect(hit.chapter).toMatch(/^ARTICLE 2\b/);
      expect(hit.snippets.length).toBeGreaterThan(0);
      const text = hit.snippets.join(' … ');
      expect(text).toContain('«sublicense»');
      expect(text).toContain('«suppliers»');
      for (const snippet of hit.snippets) expect(snippet).toMatch(/«[^«»]+»/);
    }
  });

  it('a quoted phrase matches the words only next to each other', async () => {
    const hits = ok(
      await search({ query: '"sublicense suppliers"' }, { party: 'FENGFAN', role: 'ENGINEER' }),
    ).searchArticles;
    // TIC 2.1 says "sublicense the rights granted hereunder to suppliers": not the phrase.
    expect(hits.map((hit) => `${hit.contractCode} ${hit.number}`)).toEqual(['TIC 2.4']);
    expect(hits[0].snippets.join(' ')).toContain('«sublicense» «suppliers»');
  });

  it('contractId restricts the search to one contract', async () => {
    const as: Caller = { party: 'VALENCE', role: 'ENGINEER' };
    const all = ok(await search({ query: 'written notice', first: 50 }, as)).searchArticles;
    expect(new Set(all.map((hit) => hit.contractCode))).toEqual(new Set(['TIC', 'JVC']));

    const jvcOnly = ok(
      await search({ query: 'written notice', first: 50, contractId: jvcId }, as),
    ).searchArticles;
    expect(jvcOnly.length).toBeGreaterThan(0);
    expect(jvcOnly.every((hit) => hit.contractId === jvcId && hit.contractCode === 'JVC')).toBe(
      true,
    );
    expect(jvcOnly.map((hit) => hit.number)).toContain('104');

    const ticOnly = ok(
      await search({ query: 'written notice', first: 50, contractId: ticId }, as),
    ).searchArticles;
    expect(ticOnly.length).toBeGreaterThan(0);
    expect(ticOnly.every((hit) => hit.contractId === ticId && hit.contractCode === 'TIC')).toBe(
      true,
    );
    expect(ticOnly.map((hit) => hit.number)).toContain('11.2');
  });

  describe('scoping', () => {
    const WORD = 'quokkafrost';
    let scopedId: string;
    beforeAll(async () => {
      // A contract between VALENCE and the JV only: FENGFAN is no party to it.
      const [row] = (await t.db.query(
        `INSERT INTO contract (code, title, kind, status, signed_on)
         VALUES ('NDA-SCOPE', 'Scoping test NDA', 'NONDISCLOSURE_AGREEMENT', 'SIGNED', '2025-05-05')
         RETURNING id`,
      )) as Array<{ id: string }>;
      scopedId = row.id;
      await t.db.query(
        `INSERT INTO contract_party (contract_id, party_code, role)
         VALUES ($1, 'VALENCE', 'DISCLOSING_PARTY'), ($1, 'JV', 'RECEIVING_PARTY')`,
        [scopedId],
      );
      await t.db.query(
        `INSERT INTO article (contract_id, number, heading, chapter, body, position)
         VALUES ($1, '1', 'Confidential process', 'ARTICLE 1 - CONFIDENTIALITY', $2, 1)`,
        [scopedId, `The ${WORD} process disclosed by Valence is Confidential Information.`],
      );
    });

    it.each([
      { party: 'VALENCE', role: 'VIEWER' },
      { party: 'JV', role: 'LEGAL' },
    ] as Caller[])('$party $role, a party to it, finds its article', async (caller) => {
      const hits = ok(await search({ query: WORD }, caller)).searchArticles;
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({
        contractId: scopedId,
        contractCode: 'NDA-SCOPE',
        number: '1',
      });
      expect(hits[0].snippets.join(' ')).toContain(`«${WORD}»`);
    });

    it.each([
      { party: 'FENGFAN', role: 'LEGAL' },
      { party: 'FENGFAN', role: 'VIEWER' },
    ] as Caller[])('$party $role, no party to it, does not find it', async (caller) => {
      expect(ok(await search({ query: WORD }, caller)).searchArticles).toEqual([]);
      expect(
        ok(await search({ query: WORD, contractId: scopedId }, caller)).searchArticles,
      ).toEqual([]);
      // Its own contracts still search as before.
      const own = ok(await search({ query: 'sublicense suppliers' }, caller)).searchArticles;
      expect(own.map((hit) => hit.number)).toEqual(['2.4', '2.1']);
    });
  });

  it.each([
    { variables: { query: 'x' }, field: 'query' },
    { variables: { query: '  y  ' }, field: 'query' },
    { variables: { query: 'notice', first: 0 }, field: 'first' },
    { variables: { query: 'notice', first: 51 }, field: 'first' },
  ])('rejects $variables with BAD_USER_INPUT on $field', async ({ variables, field }) => {
    const response = await search(variables, { party: 'VALENCE', role: 'LEGAL' });
    expect(failure(response, 'BAD_USER_INPUT').extensions?.field).toBe(field);
    expect(returnedNothing(response)).toBe(true);
  });

  it('returns 20 hits by default and at most first: 50, the largest page', async () => {
    // "party" occurs in far more than 50 articles of the two contracts.
    const as: Caller = { party: 'VALENCE', role: 'LEGAL' };
    expect(ok(await search({ query: 'party' }, as)).searchArticles).toHaveLength(20);
    const hits = ok(await search({ query: 'party', first: 50 }, as)).searchArticles;
    expect(hits).toHaveLength(50);
    const ranks = hits.map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });
});

describe('key terms', () => {
  async function keyTerms(id: string, as: Caller): Promise<KeyTerm[]> {
    return ok(await t.gql<{ contract: { keyTerms: KeyTerm[] } }>(KEY_TERMS, { id }, as)).contract
      .keyTerms;
  }

  it('the TIC states its liability cap in TIC 9.1, and its investment in 6.1 and 7.2', async () => {
    const terms = await keyTerms(ticId, { party: 'JV', role: 'COMPLIANCE' });
    expect(terms.every((term) => term.contractId === ticId)).toBe(true);
    expect(terms.every((term) => term.article.startsWith('TIC '))).toBe(true);
    const cap = terms.filter((term) => term.name === 'TIC liability cap');
    expect(cap).toEqual([
      expect.objectContaining({
        kind: 'MONEY',
        amount: '500000',
        currency: 'USD',
        value: 'USD 500000',
        article: 'TIC 9.1',
      }),
    ]);
    expect(cap[0].quote).toContain('US$500,000');
    const investment = terms.filter((term) => term.name === 'Technology investment value');
    expect(sorted(investment.map((term) => `${term.article}: ${term.value}`))).toEqual([
      'TIC 6.1: USD 7241000',
      'TIC 7.2: USD 7241000',
    ]);
    expect(investment.find((term) => term.article === 'TIC 6.1')?.quote).toContain('US $7,241,000');
  });

  it('the JVC states its registered capital in JVC Art. 31', async () => {
    const terms = await keyTerms(jvcId, { party: 'FENGFAN', role: 'ENGINEER' });
    expect(terms.every((term) => term.contractId === jvcId)).toBe(true);
    expect(terms.every((term) => term.article.startsWith('JVC '))).toBe(true);
    const capital = terms.filter((term) => term.name === 'Registered capital');
    expect(capital).toEqual([
      expect.objectContaining({
        kind: 'MONEY',
        amount: '29900000',
        currency: 'USD',
        value: 'USD 29900000',
        article: 'JVC Art. 31',
      }),
    ]);
    expect(capital[0].quote).toContain('US$29,900,000');
    const investment = terms.filter((term) => term.name === 'Technology investment value');
    expect(sorted(investment.map((term) => `${term.article}: ${term.value}`))).toEqual([
      'JVC Art. 32: USD 5900000',
      'JVC Art. 42: USD 5900000',
    ]);
  });
});

describe('contractDiscrepancies', () => {
  /** Order-insensitive within a discrepancy: values and their articles, sorted. */
  const normalise = (discrepancies: Discrepancy[]) =>
    discrepancies.map((d) => ({
      name: d.name,
      contractCodes: d.contractCodes,
      values: d.values
        .map((v) => ({
          value: v.value,
          statedIn: v.statedIn.map((s) => `${s.contractCode} ${s.article}`).sort(),
        }))
        .sort((a, b) => (a.value < b.value ? -1 : 1)),
    }));

  const EXPECTED = [
    {
      name: 'JVC signing date',
      contractCodes: ['JVC', 'TIC'],
      values: [
        { value: '2002-11-08', statedIn: ['JVC signature block'] },
        { value: '2003-07-08', statedIn: ['TIC 13.11'] },
        { value: 'June __, 2003 (day left blank)', statedIn: ['TIC Recital E'] },
      ],
    },
    {
      name: 'Technology investment value',
      contractCodes: ['JVC', 'TIC'],
      values: [
        { value: 'USD 5900000', statedIn: ['JVC 32', 'JVC 42'] },
        { value: 'USD 7241000', statedIn: ['TIC 6.1', 'TIC 7.2'] },
      ],
    },
  ];

  function expectCitations(discrepancies: Discrepancy[]) {
    const [date, investment] = discrepancies;
    for (const cited of ['JVC signature block', 'TIC Recital E', 'TIC 13.11']) {
      expect(date.message).toContain(cited);
    }
    for (const value of ['2002-11-08', 'June __, 2003', '2003-07-08']) {
      expect(date.message).toContain(value);
    }
    for (const cited of ['TIC 6.1', 'TIC 7.2', 'JVC Art. 32', 'JVC Art. 42']) {
      expect(investment.message).toContain(cited);
    }
    expect(investment.message).toContain('USD 7241000');
    expect(investment.message).toContain('USD 5900000');
  }

  it('finds exactly the technology investment and the JVC signing date', async () => {
    const found = ok(
      await t.gql<{ contractDiscrepancies: Discrepancy[] }>(
        DISCREPANCIES,
        {},
        { party: 'VALENCE', role: 'LEGAL' },
      ),
    ).contractDiscrepancies;
    expect(normalise(found)).toEqual(EXPECTED);
    expectCitations(found);
  });

  it.each([
    { code: 'TIC', caller: { party: 'JV', role: 'COMPLIANCE' } as Caller },
    { code: 'JVC', caller: { party: 'FENGFAN', role: 'ENGINEER' } as Caller },
  ])('finds the same with contractId of the $code', async ({ code, caller }) => {
    const found = ok(
      await t.gql<{ contractDiscrepancies: Discrepancy[] }>(
        DISCREPANCIES,
        { contractId: code === 'TIC' ? ticId : jvcId },
        caller,
      ),
    ).contractDiscrepancies;
    expect(normalise(found)).toEqual(EXPECTED);
    expectCitations(found);
  });

  it('finds nothing for a contract id the caller cannot see', async () => {
    const found = ok(
      await t.gql<{ contractDiscrepancies: Discrepancy[] }>(
        DISCREPANCIES,
        { contractId: randomUUID() },
        { party: 'VALENCE', role: 'LEGAL' },
      ),
    ).contractDiscrepancies;
    expect(found).toEqual([]);
  });
});

describe('amendments', () => {
  let ticAmendment: string;

  async function sign(
    amendmentId: string,
    signedOn: string,
    as: Caller,
  ): Promise<GraphQLResponse<{ signAmendment: Amendment }>> {
    return t.gql<{ signAmendment: Amendment }>(SIGN, { input: { amendmentId, signedOn } }, as);
  }

  async function propose(contractId: string, title: string, as: Caller): Promise<Amendment> {
    return ok(
      await t.gql<{ proposeAmendment: Amendment }>(
        PROPOSE,
        { input: { contractId, title, text: `${title}: the parties agree as follows.` } },
        as,
      ),
    ).proposeAmendment;
  }

  const signatureRows = (amendmentId: string) =>
    t.db
      .getRepository(AmendmentSignatureEntity)
      .find({ where: { amendmentId }, order: { signedOn: 'ASC' } });

  it('VALENCE LEGAL proposes a TIC amendment; it binds no one yet (TIC 13.8)', async () => {
    const amendment = await propose(ticId, 'Amendment No. 1 to the TIC', legal('VALENCE'));
    ticAmendment = amendment.id;
    expect(amendment).toMatchObject({
      contractId: ticId,
      title: 'Amendment No. 1 to the TIC',
      proposedParty: 'VALENCE',
      approvalAuthorityApprovedOn: null,
      effective: false,
      effectiveOn: null,
      signatures: [],
    });
    expect(sorted(amendment.missingSignatures)).toEqual(['FENGFAN', 'JV', 'VALENCE']);
    expect(amendment.findings).toContainEqual(
      expect.objectContaining({
        code: 'AMENDMENT_SIGNATURES_MISSING',
        article: 'TIC 13.8',
        status: 'FAIL',
      }),
    );
  });

  it('VALENCE signs: not effective, FENGFAN and JV still to sign', async () => {
    const amendment = ok(await sign(ticAmendment, '2026-03-02', legal('VALENCE'))).signAmendment;
    expect(amendment).toMatchObject({
      effective: false,
      effectiveOn: null,
      signatures: [{ party: 'VALENCE', signedOn: '2026-03-02' }],
    });
    expect(sorted(amendment.missingSignatures)).toEqual(['FENGFAN', 'JV']);
    const rows = await signatureRows(ticAmendment);
    expect(rows).toEqual([
      expect.objectContaining({
        partyCode: 'VALENCE',
        signedOn: '2026-03-02',
        signedBy: await t.userId('VALENCE', 'LEGAL'),
      }),
    ]);
  });

  it('VALENCE signing again is a CONFLICT and adds nothing', async () => {
    const response = await sign(ticAmendment, '2026-03-04', legal('VALENCE'));
    failure(response, 'CONFLICT');
    expect(returnedNothing(response)).toBe(true);
    expect((await signatureRows(ticAmendment)).map((row) => row.signedOn)).toEqual(['2026-03-02']);
  });

  it.each([
    { party: 'FENGFAN', role: 'COMPLIANCE' },
    { party: 'JV', role: 'COMPLIANCE' },
  ] as Caller[])('$party $role cannot sign: FORBIDDEN citing TIC 13.8', async (caller) => {
    const response = await sign(ticAmendment, '2026-03-03', caller);
    const error = failure(response, 'FORBIDDEN');
    expect(String(error.extensions?.article)).toContain('TIC 13.8');
    expect((await signatureRows(ticAmendment)).map((row) => row.partyCode)).toEqual(['VALENCE']);
  });

  it('a party signs only for itself: the input has no party field', async () => {
    const smuggled = await t.gql(
      SIGN,
      { input: { amendmentId: ticAmendment, signedOn: '2026-03-03', party: 'FENGFAN' } },
      legal('JV'),
    );
    failure(smuggled, 'BAD_USER_INPUT');
    expect((await signatureRows(ticAmendment)).map((row) => row.partyCode)).toEqual(['VALENCE']);
  });

  it('JV signs for the JV: still not effective, FENGFAN missing', async () => {
    const amendment = ok(await sign(ticAmendment, '2026-03-05', legal('JV'))).signAmendment;
    expect(amendment.effective).toBe(false);
    expect(amendment.effectiveOn).toBeNull();
    expect(amendment.missingSignatures).toEqual(['FENGFAN']);
    expect(amendment.signatures).toEqual([
      { party: 'VALENCE', signedOn: '2026-03-02' },
      { party: 'JV', signedOn: '2026-03-05' },
    ]);
    const jvRow = (await signatureRows(ticAmendment)).find((row) => row.partyCode === 'JV');
    expect(jvRow?.signedBy).toBe(await t.userId('JV', 'LEGAL'));
  });

  it('FENGFAN signs last: effective on the date of the last signature', async () => {
    const amendment = ok(await sign(ticAmendment, '2026-03-09', legal('FENGFAN'))).signAmendment;
    expect(amendment).toMatchObject({
      effective: true,
      effectiveOn: '2026-03-09',
      missingSignatures: [],
    });
    expect(amendment.signatures).toEqual([
      { party: 'VALENCE', signedOn: '2026-03-02' },
      { party: 'JV', signedOn: '2026-03-05' },
      { party: 'FENGFAN', signedOn: '2026-03-09' },
    ]);
    expect(amendment.findings).toContainEqual(
      expect.objectContaining({ code: 'AMENDMENT_SIGNED', article: 'TIC 13.8', status: 'PASS' }),
    );
    const row = await t.db.getRepository(AmendmentEntity).findOneByOrFail({ id: ticAmendment });
    expect(row.effectiveOn).toBe('2026-03-09');
    const signers = await signatureRows(ticAmendment);
    for (const signature of signers) {
      expect(signature.signedBy).toBe(await t.userId(signature.partyCode, 'LEGAL'));
    }
  });

  it('recordAmendmentApproval on a TIC amendment is BAD_USER_INPUT (only JVC Art. 122)', async () => {
    const response = await t.gql(
      APPROVE,
      { input: { amendmentId: ticAmendment, approvedOn: '2026-03-10' } },
      legal('VALENCE'),
    );
    expect(failure(response, 'BAD_USER_INPUT').extensions?.field).toBe('amendmentId');
    const row = await t.db.getRepository(AmendmentEntity).findOneByOrFail({ id: ticAmendment });
    expect(row.approvalAuthorityApprovedOn).toBeNull();
  });

  it('signing the TIC amendment left an audit event per signature, by the signing party', async () => {
    const events = await t.db
      .getRepository(AuditEventEntity)
      .find({ where: { entity: 'Amendment', entityId: ticAmendment }, order: { id: 'ASC' } });
    expect(events.map((e) => `${e.operation} ${e.actorParty}`)).toEqual([
      'proposeAmendment VALENCE',
      'signAmendment VALENCE',
      'signAmendment JV',
      'signAmendment FENGFAN',
    ]);
    for (const event of events) {
      expect(event.actorUserId).toBe(await t.userId(event.actorParty, 'LEGAL'));
    }
    expect(events[3].after).toMatchObject({ party: 'FENGFAN', effectiveOn: '2026-03-09' });
  });

  describe('on the JVC (JVC Art. 122: signatures and the Approval Authority)', () => {
    let approvedLast: string;
    let signedLast: string;

    it('FENGFAN and VALENCE, the Parties, sign: not effective until the approval is recorded', async () => {
      const amendment = await propose(jvcId, 'Amendment No. 1 to the JVC', legal('FENGFAN'));
      approvedLast = amendment.id;
      expect(amendment.proposedParty).toBe('FENGFAN');
      // The JV reads the JVC but is not a Party to it: its signature is not awaited.
      expect(sorted(amendment.missingSignatures)).toEqual(['FENGFAN', 'VALENCE']);
      const first = ok(await sign(approvedLast, '2026-04-01', legal('FENGFAN'))).signAmendment;
      expect(first.missingSignatures).toEqual(['VALENCE']);
      const signed = ok(await sign(approvedLast, '2026-04-02', legal('VALENCE'))).signAmendment;
      expect(signed).toMatchObject({ effective: false, effectiveOn: null, missingSignatures: [] });
      expect(signed.signatures).toEqual([
        { party: 'FENGFAN', signedOn: '2026-04-01' },
        { party: 'VALENCE', signedOn: '2026-04-02' },
      ]);
      expect(signed.findings).toContainEqual(
        expect.objectContaining({
          code: 'AMENDMENT_APPROVAL_MISSING',
          article: 'JVC Art. 122',
          status: 'FAIL',
        }),
      );
      const row = await t.db.getRepository(AmendmentEntity).findOneByOrFail({ id: approvedLast });
      expect(row.effectiveOn).toBeNull();
    });

    it('the JV cannot sign a JVC amendment: FORBIDDEN citing JVC Art. 122, nothing written', async () => {
      const audits = () =>
        t.db
          .getRepository(AuditEventEntity)
          .countBy({ entity: 'Amendment', entityId: approvedLast });
      const auditsBefore = await audits();
      const response = await sign(approvedLast, '2026-04-03', legal('JV'));
      const error = failure(response, 'FORBIDDEN');
      expect(String(error.extensions?.article)).toContain('JVC Art. 122');
      expect(error.message).toContain('JV is not a Party');
      expect(returnedNothing(response)).toBe(true);
      expect((await signatureRows(approvedLast)).map((row) => row.partyCode)).toEqual([
        'FENGFAN',
        'VALENCE',
      ]);
      expect(await audits()).toBe(auditsBefore);
      const row = await t.db.getRepository(AmendmentEntity).findOneByOrFail({ id: approvedLast });
      expect(row.effectiveOn).toBeNull();
    });

    it('the approval after the last signature makes it effective on the approval date', async () => {
      // The JV is not a Party to the JVC: it does not record the approval of its amendments.
      const byJv = await t.gql(
        APPROVE,
        { input: { amendmentId: approvedLast, approvedOn: '2026-04-20' } },
        legal('JV'),
      );
      expect(failure(byJv, 'FORBIDDEN').extensions?.article).toBe('TIC 13.8; JVC Art. 122');
      // Party A handles the applications to the Approval Authority (JVC Art. 40).
      const approved = ok(
        await t.gql<{ recordAmendmentApproval: Amendment }>(
          APPROVE,
          { input: { amendmentId: approvedLast, approvedOn: '2026-04-20' } },
          legal('FENGFAN'),
        ),
      ).recordAmendmentApproval;
      expect(approved).toMatchObject({
        approvalAuthorityApprovedOn: '2026-04-20',
        effective: true,
        effectiveOn: '2026-04-20',
        missingSignatures: [],
      });
      const again = await t.gql(
        APPROVE,
        { input: { amendmentId: approvedLast, approvedOn: '2026-04-21' } },
        legal('VALENCE'),
      );
      failure(again, 'CONFLICT');
      const row = await t.db.getRepository(AmendmentEntity).findOneByOrFail({ id: approvedLast });
      expect(row).toMatchObject({
        approvalAuthorityApprovedOn: '2026-04-20',
        effectiveOn: '2026-04-20',
      });
    });

    it('an approval before the last signature: effective on the last signature', async () => {
      const amendment = await propose(jvcId, 'Amendment No. 2 to the JVC', legal('VALENCE'));
      signedLast = amendment.id;
      ok(await sign(signedLast, '2026-05-01', legal('VALENCE')));
      const approved = ok(
        await t.gql<{ recordAmendmentApproval: Amendment }>(
          APPROVE,
          { input: { amendmentId: signedLast, approvedOn: '2026-05-04' } },
          legal('FENGFAN'),
        ),
      ).recordAmendmentApproval;
      expect(approved).toMatchObject({ effective: false, effectiveOn: null });
      expect(approved.missingSignatures).toEqual(['FENGFAN']);
      const signed = ok(await sign(signedLast, '2026-05-11', legal('FENGFAN'))).signAmendment;
      expect(signed).toMatchObject({
        approvalAuthorityApprovedOn: '2026-05-04',
        effective: true,
        effectiveOn: '2026-05-11',
      });
    });

    it('Contract.amendments lists each contract’s amendments with their signatures', async () => {
      const tic = ok(
        await t.gql<{ contract: { amendments: Amendment[] } }>(
          AMENDMENTS,
          { id: ticId },
          { party: 'JV', role: 'ENGINEER' },
        ),
      ).contract.amendments;
      expect(tic.map((a) => a.id)).toEqual([ticAmendment]);
      expect(tic[0]).toMatchObject({ effective: true, effectiveOn: '2026-03-09' });
      expect(tic[0].signatures.map((s) => s.party)).toEqual(['VALENCE', 'JV', 'FENGFAN']);

      const jvc = ok(
        await t.gql<{ contract: { amendments: Amendment[] } }>(
          AMENDMENTS,
          { id: jvcId },
          { party: 'FENGFAN', role: 'COMPLIANCE' },
        ),
      ).contract.amendments;
      expect(jvc.map((a) => [a.id, a.effectiveOn])).toEqual([
        [approvedLast, '2026-04-20'],
        [signedLast, '2026-05-11'],
      ]);
      expect(jvc.every((a) => a.contractId === jvcId && a.effective)).toBe(true);
      // Signed by the two Parties only, in the order they signed.
      expect(jvc.map((a) => a.signatures.map((s) => s.party))).toEqual([
        ['FENGFAN', 'VALENCE'],
        ['VALENCE', 'FENGFAN'],
      ]);
    });
  });
});

describe('termination and survival', () => {
  async function recordEvent(
    input: Record<string, unknown>,
    as: Caller,
  ): Promise<GraphQLResponse<{ recordEvent: ContractEvent }>> {
    return t.gql<{ recordEvent: ContractEvent }>(RECORD_EVENT, { input }, as);
  }

  async function terminate(
    input: {
      contractId: string;
      terminatedOn: string;
      basis: string;
      basisId: string;
      ground?: string;
    },
    as: Caller,
  ): Promise<GraphQLResponse<{ terminateContract: ContractView }>> {
    return t.gql<{ terminateContract: ContractView }>(TERMINATE, { input }, as);
  }

  /** Every table a termination or an event writes to, counted. */
  async function rowCounts(): Promise<Record<string, number>> {
    const [row] = await t.db.query<Array<Record<string, number>>>(
      `SELECT (SELECT count(*)::int FROM audit_event) AS audit_events,
              (SELECT count(*)::int FROM contract_event) AS events,
              (SELECT count(*)::int FROM contract_status_change) AS status_changes,
              (SELECT count(*)::int FROM obligation) AS obligations,
              (SELECT count(*)::int FROM obligation WHERE status = 'OPEN') AS open_obligations,
              (SELECT count(*)::int FROM contract WHERE status = 'TERMINATED') AS terminated`,
    );
    return row;
  }

  const openObligationIds = async (contractId: string) =>
    sorted(
      (await t.db.getRepository(ObligationEntity).findBy({ contractId, status: 'OPEN' })).map(
        (o) => o.id,
      ),
    );

  describe('the TIC', () => {
    const GROUND = 'The Licensee failed to cure a material breach within 60 days of notice';
    let openBefore: string[];

    // The Licensee ratifies the TIC "following the establishment of the Licensee" (TIC 1.4), so
    // the JVC's approval and the JV's establishment come first.
    it('the JVC takes effect on approval; its term starts on the Establishment Date', async () => {
      ok(
        await recordEvent(
          {
            contractId: jvcId,
            kind: 'APPROVAL_AUTHORITY_APPROVAL',
            occurredOn: '2026-01-05',
            description: 'Approved by the Examination and Approval Authority (JVC Art. 126)',
          },
          legal('FENGFAN'),
        ),
      );
      expect(await contract(jvcId)).toMatchObject({
        status: 'EFFECTIVE',
        effectiveOn: '2026-01-05',
        termStartsOn: null,
        expiresOn: null,
      });
      ok(
        await recordEvent(
          {
            contractId: jvcId,
            kind: 'ESTABLISHMENT_DATE',
            occurredOn: '2026-01-08',
            description: 'Business License issued (JVC Art. 8)',
          },
          legal('JV'),
        ),
      );
      expect(await contract(jvcId)).toMatchObject({
        status: 'EFFECTIVE',
        termStartsOn: '2026-01-08',
        expiresOn: '2076-01-08',
      });
      const firstMeeting = (await obligationsOf(jvcId, '2026-01-08')).find(
        (o) => o.code === 'JVC-58-first-board-meeting',
      );
      // One month after 8 January is Sunday 8 February: Monday 9 February (PRC Civil Code Art. 203).
      expect(firstMeeting).toMatchObject({ dueOn: '2026-02-09', status: 'OPEN' });
    });

    it('the ratification, with the approvals, makes it EFFECTIVE, starts its 10-year term and dates TIC 7.1', async () => {
      for (const [kind, occurredOn, party] of [
        ['APPROVAL_AUTHORITY_APPROVAL', '2026-01-05', 'FENGFAN'],
        ['EXPORT_APPROVAL', '2026-01-05', 'VALENCE'],
      ] as const) {
        ok(
          await recordEvent(
            { contractId: ticId, kind, occurredOn, description: kind },
            legal(party),
          ),
        );
      }
      const event = ok(
        await recordEvent(
          {
            contractId: ticId,
            kind: 'LICENSEE_RATIFICATION',
            occurredOn: '2026-01-10',
            description: 'The Licensee ratified the Contract (TIC 1.4)',
          },
          legal('JV'),
        ),
      ).recordEvent;
      expect(event).toMatchObject({
        contractId: ticId,
        kind: 'LICENSEE_RATIFICATION',
        occurredOn: '2026-01-10',
        recordedParty: 'JV',
      });
      const tic = await contract(ticId);
      expect(tic).toMatchObject({
        status: 'EFFECTIVE',
        effectiveOn: '2026-01-10',
        termStartsOn: '2026-01-10',
        expiresOn: '2036-01-10',
      });
      expect(tic.statusHistory).toEqual([
        expect.objectContaining({
          fromStatus: 'DRAFT',
          toStatus: 'SIGNED',
          changedOn: '2003-07-08',
          article: 'TIC preamble; TIC 13.6',
        }),
        expect.objectContaining({
          fromStatus: 'SIGNED',
          toStatus: 'EFFECTIVE',
          changedOn: '2026-01-10',
          article: 'TIC 1.4, 4.1',
        }),
      ]);
    });

    it('a VALENCE invoice dates the TIC 6.3 payment, 30 days later', async () => {
      const event = ok(
        await recordEvent(
          {
            contractId: ticId,
            kind: 'INVOICE',
            occurredOn: '2026-02-01',
            description: 'Associated Expenses, January 2026',
            amount: '18250.00',
            currency: 'USD',
            reference: 'VAL-2026-001',
          },
          legal('VALENCE'),
        ),
      ).recordEvent;
      expect(event.recordedParty).toBe('VALENCE');
      const dated = (await obligationsOf(ticId, '2026-02-01')).filter((o) => o.dueOn !== null);
      expect(dated.map((o) => [o.article, o.dueOn, o.status])).toEqual([
        ['TIC 7.1(a)', '2026-02-10', 'OPEN'],
        ['TIC 7.1(b)', '2026-02-25', 'OPEN'],
        ['TIC 6.3', '2026-03-03', 'OPEN'],
        // TIC 11.4, 11.6: the Licensee stops using Valence's marks when the term ends: the day
        // after its last day, 2036-01-10 (ten years from the Effective Date), a Friday.
        ['TIC 11.4', '2036-01-11', 'OPEN'],
      ]);
      expect(dated[2]).toMatchObject({ obligorParty: 'JV', beneficiaryParties: ['VALENCE'] });
    });

    const NOTICE = `mutation($input: RecordNoticeInput!) {
      recordNotice(input: $input) { id deemedReceivedOn cureClock { deadline terminationFrom } }
    }`;
    const INSOLVENCY = `mutation($input: RecordInsolvencyProceedingInput!) {
      recordInsolvencyProceeding(input: $input) { id debtorParty commencedOn }
    }`;
    let breachNoticeId: string;
    let proceedingId: string;

    it('a breach notice from Valence to the Licensee starts the cure period (TIC 11.2)', async () => {
      // Handed over in Nevada on Monday 2 March 2026, received 16 March. TIC 11.2: cure by
      // 1 May (60 days after the notice's date); termination only after 15 May (60 days after
      // its receipt), from 16 May.
      const notice = ok(
        await t.gql<{
          recordNotice: {
            id: string;
            deemedReceivedOn: string;
            cureClock: { deadline: string; terminationFrom: string };
          };
        }>(
          NOTICE,
          {
            input: {
              contractId: ticId,
              recipients: ['JV'],
              kind: 'BREACH',
              method: 'COURIER',
              sentAt: '2026-03-02T18:00:00Z',
              confirmationReceived: false,
              subject: 'Unpaid Associated Expenses (TIC 6.3)',
              breachedArticle: 'TIC 6.3',
            },
          },
          legal('VALENCE'),
        ),
      ).recordNotice;
      expect(notice).toMatchObject({
        deemedReceivedOn: '2026-03-16',
        cureClock: { deadline: '2026-05-01', terminationFrom: '2026-05-16' },
      });
      breachNoticeId = notice.id;
      proceedingId = ok(
        await t.gql<{ recordInsolvencyProceeding: { id: string; debtorParty: string } }>(
          INSOLVENCY,
          {
            input: {
              contractId: ticId,
              commencedOn: '2026-03-20',
              description: 'Creditors petition against the Licensee',
            },
          },
          legal('FENGFAN'),
        ),
      ).recordInsolvencyProceeding.id;
    });

    it('JVC_DISSOLUTION is no basis for terminating the TIC: BAD_USER_INPUT on basis', async () => {
      const response = await terminate(
        {
          contractId: ticId,
          terminatedOn: '2026-06-01',
          basis: 'JVC_DISSOLUTION',
          basisId: breachNoticeId,
        },
        legal('VALENCE'),
      );
      expect(failure(response, 'BAD_USER_INPUT').extensions?.field).toBe('basis');
      expect((await contract(ticId)).status).toBe('EFFECTIVE');
      expect(
        await t.db
          .getRepository(AuditEventEntity)
          .countBy({ operation: 'terminateContract', entityId: ticId }),
      ).toBe(0);
    });

    it.each(['FENGFAN', 'JV'] as const)(
      'TIC 11.3 is Valence’s alone: %s LEGAL gets FORBIDDEN citing TIC 11.3, nothing written',
      async (party) => {
        const before = await rowCounts();
        const response = await terminate(
          {
            contractId: ticId,
            terminatedOn: '2026-06-01',
            basis: 'INSOLVENCY',
            basisId: proceedingId,
          },
          legal(party),
        );
        const error = failure(response, 'FORBIDDEN');
        expect(error.extensions?.article).toBe('TIC 11.3');
        expect(error.message).toContain('VALENCE only');
        expect(returnedNothing(response)).toBe(true);
        expect(await rowCounts()).toEqual(before);
        expect(await contract(ticId)).toMatchObject({ status: 'EFFECTIVE', terminatedOn: null });
      },
    );

    it('the breaching party cannot terminate for its own breach: FORBIDDEN citing TIC 11.2', async () => {
      const before = await rowCounts();
      const response = await terminate(
        {
          contractId: ticId,
          terminatedOn: '2026-06-01',
          basis: 'UNCURED_BREACH',
          basisId: breachNoticeId,
        },
        legal('JV'),
      );
      expect(failure(response, 'FORBIDDEN').extensions?.article).toBe('TIC 11.2');
      expect(await rowCounts()).toEqual(before);
    });

    it.each([
      { terminatedOn: '2026-05-15', says: 'available from 2026-05-16' },
      { terminatedOn: '2099-01-01', says: 'future' },
    ])(
      'a termination on $terminatedOn cannot precede its basis nor be in the future: BAD_USER_INPUT',
      async ({ terminatedOn, says }) => {
        const before = await rowCounts();
        const response = await terminate(
          { contractId: ticId, terminatedOn, basis: 'UNCURED_BREACH', basisId: breachNoticeId },
          legal('VALENCE'),
        );
        const error = failure(response, 'BAD_USER_INPUT');
        expect(error.extensions?.field).toBe('terminatedOn');
        expect(error.message).toContain(says);
        expect(await rowCounts()).toEqual(before);
      },
    );

    it('TIC 11.3(a) before 60 days have passed since the proceeding commenced: BAD_USER_INPUT', async () => {
      // Commenced 20 March: not dismissed within 60 calendar days (by 19 May), from 20 May.
      const response = await terminate(
        {
          contractId: ticId,
          terminatedOn: '2026-05-19',
          basis: 'INSOLVENCY',
          basisId: proceedingId,
        },
        legal('VALENCE'),
      );
      const error = failure(response, 'BAD_USER_INPUT');
      expect(error.extensions?.field).toBe('terminatedOn');
      expect(error.message).toContain('2026-05-20');
    });

    it('a termination that fails after its first write leaves no row and no audit event', async () => {
      // An obligation whose article no survival rule can read: the termination writes the
      // contract and its status change, then fails on it, and the transaction rolls back.
      const [row] = (await t.db.query(
        `INSERT INTO obligation (contract_id, code, obligor_party, beneficiary_parties,
           description, article, due_rule)
         VALUES ($1, 'TIC-broken-article', 'JV', '{VALENCE}', 'Unreadable', 'TIC 99.1', 'never')
         RETURNING id`,
        [ticId],
      )) as Array<{ id: string }>;
      const before = await rowCounts();
      const response = await terminate(
        {
          contractId: ticId,
          terminatedOn: '2026-06-01',
          basis: 'UNCURED_BREACH',
          basisId: breachNoticeId,
        },
        legal('VALENCE'),
      );
      failure(response, 'BAD_USER_INPUT');
      expect(await rowCounts()).toEqual(before);
      expect(await contract(ticId)).toMatchObject({ status: 'EFFECTIVE', terminatedOn: null });
      expect(
        await t.db
          .getRepository(AuditEventEntity)
          .countBy({ operation: 'terminateContract', entityId: ticId }),
      ).toBe(0);
      await t.db.query(`DELETE FROM obligation WHERE id = $1`, [row.id]);
    });

    it('VALENCE LEGAL terminates it for the uncured breach (TIC 11.2)', async () => {
      openBefore = await openObligationIds(ticId);
      const terminated = ok(
        await terminate(
          {
            contractId: ticId,
            terminatedOn: '2026-06-01',
            basis: 'UNCURED_BREACH',
            basisId: breachNoticeId,
            ground: GROUND,
          },
          legal('VALENCE'),
        ),
      ).terminateContract;
      expect(terminated).toMatchObject({
        id: ticId,
        status: 'TERMINATED',
        terminatedOn: '2026-06-01',
        terminationGround: GROUND,
        terminationArticle: 'TIC 11.2',
      });
      const tic = await contract(ticId, { party: 'FENGFAN', role: 'COMPLIANCE' });
      expect(tic).toMatchObject({ status: 'TERMINATED', terminatedOn: '2026-06-01' });
      expect(tic.statusHistory.map((c) => [c.fromStatus, c.toStatus, c.changedOn])).toEqual([
        ['DRAFT', 'SIGNED', '2003-07-08'],
        ['SIGNED', 'EFFECTIVE', '2026-01-10'],
        ['EFFECTIVE', 'TERMINATED', '2026-06-01'],
      ]);
      expect(tic.statusHistory[2]).toMatchObject({ article: 'TIC 11.2', reason: GROUND });
    });

    it('overdue obligations stay MISSED; the TIC 6.3 payment survives (TIC 11.6); future TIC 7.1 duties close', async () => {
      const obligations = await obligationsOf(ticId, '2026-06-01');
      const payment = obligations.filter((o) => o.article === 'TIC 6.3' && o.dueOn !== null);
      // Unpaid past its due date: an accrued breach, missed, not closed (TIC 11.2).
      expect(payment).toEqual([
        expect.objectContaining({
          dueOn: '2026-03-03',
          status: 'MISSED',
          closedReason: null,
          survivesUntil: null,
        }),
      ]);
      // The deliveries of TIC 7.1(a) and (b), overdue on 1 June, stay missed too; the TIC 7.1
      // clauses still waiting for their event close.
      const delivery = obligations.filter((o) => o.article.startsWith('TIC 7.1'));
      expect(sorted(delivery.map((o) => `${o.article} ${o.dueOn ?? '-'} ${o.status}`))).toEqual([
        'TIC 7.1 - CLOSED',
        'TIC 7.1 - CLOSED',
        'TIC 7.1 - CLOSED',
        'TIC 7.1(a) 2026-02-10 MISSED',
        'TIC 7.1(b) 2026-02-25 MISSED',
      ]);
      for (const obligation of delivery.filter((o) => o.status === 'CLOSED')) {
        expect(obligation.closedReason).toContain('Closed by termination on 2026-06-01');
        expect(obligation.closedReason).toContain('TIC 11.6');
      }
      // Every obligation: overdue → still open (missed); else Art. 6 survives, the rest closed.
      for (const obligation of obligations) {
        const expected =
          obligation.dueOn !== null && obligation.dueOn < '2026-06-01'
            ? 'MISSED'
            : obligation.article === 'TIC 6.3'
              ? 'OPEN'
              : // Cease using the Valence Marks (TIC 11.4), open since the term began, survives (11.6).
                obligation.article === 'TIC 11.4'
                ? 'OPEN'
                : 'CLOSED';
        expect([obligation.code, obligation.status]).toEqual([obligation.code, expected]);
      }
    });

    // Each caller has the right it invokes (Valence TIC 11.3(a), Valence TIC 11.2 on its own
    // notice): only the contract's status refuses it.
    it.each([
      { basis: 'INSOLVENCY', basisId: () => proceedingId },
      { basis: 'UNCURED_BREACH', basisId: () => breachNoticeId },
    ] as const)('terminating it again is a CONFLICT ($basis)', async ({ basis, basisId }) => {
      const before = await rowCounts();
      const response = await terminate(
        { contractId: ticId, terminatedOn: '2026-06-02', basis, basisId: basisId() },
        legal('VALENCE'),
      );
      failure(response, 'CONFLICT');
      expect(await rowCounts()).toEqual(before);
      const tic = await contract(ticId);
      expect(tic).toMatchObject({ terminatedOn: '2026-06-01', terminationArticle: 'TIC 11.2' });
      expect(tic.statusHistory).toHaveLength(3);
    });

    it('after termination an invoice still dates a payment (TIC 6.3 survives), any other event is a CONFLICT', async () => {
      // TIC 11.6: payment of the Associated Expenses survives termination, so Valence may still
      // invoice expenses incurred before it; nothing else starts a new clock.
      const before = await rowCounts();
      const refused = await recordEvent(
        {
          contractId: ticId,
          kind: 'PRODUCTION_STARTUP',
          occurredOn: '2026-06-15',
          description: 'Production line debugged',
        },
        legal('JV'),
      );
      const error = failure(refused, 'CONFLICT');
      expect(error.message).toContain('terminated');
      expect(await rowCounts()).toEqual(before);

      const openBefore = await openObligationIds(ticId);
      const invoice = await recordEvent(
        {
          contractId: ticId,
          kind: 'INVOICE',
          occurredOn: '2026-06-15',
          description: 'Associated Expenses, May 2026',
          amount: '900.00',
          currency: 'USD',
          reference: 'VAL-2026-006',
        },
        legal('VALENCE'),
      );
      expect(invoice.errors).toBeUndefined();
      const openAfter = await openObligationIds(ticId);
      expect(openAfter.length).toBe(openBefore.length + 1);
      const [payment] = await t.db.query(
        `SELECT article, due_on::text AS due FROM obligation WHERE id = ANY($1::uuid[]) AND NOT id = ANY($2::uuid[])`,
        [openAfter, openBefore],
      );
      expect(payment).toEqual({ article: 'TIC 6.3', due: '2026-07-15' });
    });

    it('the audit trail records the termination and each obligation it changed', async () => {
      const [event, ...others] = await auditOf(legal('VALENCE'), {
        entity: 'Contract',
        entityId: ticId,
      }).then((events) => events.filter((e) => e.operation === 'terminateContract'));
      expect(others).toEqual([]);
      expect(event).toMatchObject({
        actorParty: 'VALENCE',
        actorUserId: await t.userId('VALENCE', 'LEGAL'),
        entity: 'Contract',
        entityId: ticId,
        before: expect.objectContaining({ status: 'EFFECTIVE', terminatedOn: null }),
        after: expect.objectContaining({
          status: 'TERMINATED',
          terminatedOn: '2026-06-01',
          terminationArticle: 'TIC 11.2',
        }),
      });

      const changes = (await auditOf(legal('VALENCE'), { entity: 'Obligation' })).filter(
        (e) => e.operation === 'closeObligation' || e.operation === 'obligationSurvives',
      );
      const rows = await t.db.getRepository(ObligationEntity).findBy({ contractId: ticId });
      // Every obligation open before it, except the overdue ones it left alone (accrued).
      const overdue = rows.filter((o) => o.dueOn !== null && o.dueOn < '2026-06-01');
      expect(overdue.length).toBeGreaterThan(0);
      expect(sorted(changes.map((e) => e.entityId))).toEqual(
        openBefore.filter((id) => !overdue.some((o) => o.id === id)),
      );
      for (const change of changes) {
        const row = rows.find((o) => o.id === change.entityId)!;
        expect([row.article, change.operation]).toEqual([
          row.article,
          // TIC 11.6: payment (6.3) and the cessation of the marks' use (11.4) survive.
          ['TIC 6.3', 'TIC 11.4'].includes(row.article) ? 'obligationSurvives' : 'closeObligation',
        ]);
        // The trail keeps what changed: a closed obligation's status, a surviving one's article.
        expect(change.after).toMatchObject(
          ['TIC 6.3', 'TIC 11.4'].includes(row.article)
            ? { article: 'TIC 11.6' }
            : { status: 'CLOSED', article: 'TIC 11.6' },
        );
        expect(row.status).toBe(['TIC 6.3', 'TIC 11.4'].includes(row.article) ? 'OPEN' : 'CLOSED');
      }
    });
  });

  describe('the JVC', () => {
    let confidentialityId: string;
    let openBefore: string[];

    it('is in force from its approval, its term running from the Establishment Date', async () => {
      // Both were recorded before the TIC's ratification (TIC 1.4; JVC Art. 10, 103, 126).
      expect(await contract(jvcId)).toMatchObject({
        status: 'EFFECTIVE',
        effectiveOn: '2026-01-05',
        termStartsOn: '2026-01-08',
        expiresOn: '2076-01-08',
      });
    });

    const NOTICE = `mutation($input: RecordNoticeInput!) {
      recordNotice(input: $input) {
        id deemedReceivedOn negotiationWindow(asOf: "2026-08-01") { windowEndsOn }
      }
    }`;
    const STEP = `mutation($input: RecordDissolutionStepInput!) {
      recordDissolutionStep(input: $input) {
        id dissolutionAppliedOn dissolutionApprovedOn
        dissolutionProgress(asOf: "2026-09-12") { stage article }
      }
    }`;
    const PROGRESS = `query($asOf: LocalDate) { notices(first: 50) { edges { node {
      id dissolutionProgress(asOf: $asOf) { stage article next }
    } } } }`;
    let terminationNoticeId: string;
    const progressOn = async (asOf: string) =>
      ok(
        await t.gql<{
          notices: {
            edges: Array<{ node: { id: string; dissolutionProgress: { stage: string } | null } }>;
          };
        }>(PROGRESS, { asOf }, legal('FENGFAN')),
      ).notices.edges.find((e) => e.node.id === terminationNoticeId)!.node.dissolutionProgress;

    it('Fengfan gives notice of termination under Art. 104(3); the Art. 105 window follows', async () => {
      // Handed over in Baoding on 1 July 2026, received by Valence on 15 July; the window's
      // 30th day is Friday 14 August, a working day in the PRC.
      const notice = ok(
        await t.gql<{
          recordNotice: { id: string; deemedReceivedOn: string; negotiationWindow: unknown };
        }>(
          NOTICE,
          {
            input: {
              contractId: jvcId,
              recipients: ['VALENCE'],
              kind: 'TERMINATION',
              method: 'COURIER',
              sentAt: '2026-07-01T02:00:00Z',
              confirmationReceived: false,
              subject: 'Notice of termination: Party B is unable to pay its debts',
              languages: ['zh', 'en'],
              groundArticle: 'JVC Art. 104(3)',
            },
          },
          legal('FENGFAN'),
        ),
      ).recordNotice;
      expect(notice).toMatchObject({
        deemedReceivedOn: '2026-07-15',
        negotiationWindow: { windowEndsOn: '2026-08-14' },
      });
      terminationNoticeId = notice.id;
      expect(await progressOn('2026-08-14')).toMatchObject({ stage: 'NEGOTIATION' });
      expect(await progressOn('2026-08-15')).toMatchObject({
        stage: 'DEEMED_AGREED_TO_TERMINATE',
      });
    });

    it('UNCURED_BREACH is no basis for terminating the JVC: BAD_USER_INPUT on basis', async () => {
      const response = await terminate(
        {
          contractId: jvcId,
          terminatedOn: '2026-09-15',
          basis: 'UNCURED_BREACH',
          basisId: terminationNoticeId,
        },
        legal('VALENCE'),
      );
      const error = failure(response, 'BAD_USER_INPUT');
      expect(error.extensions?.field).toBe('basis');
      expect(error.extensions?.article).toBeUndefined();
      expect(error.message).toContain('JVC Art. 104, 105');
      expect((await contract(jvcId)).status).toBe('EFFECTIVE');
    });

    it('the JV, not a Party to the JVC, cannot terminate it: FORBIDDEN, nothing written', async () => {
      const before = await rowCounts();
      const response = await terminate(
        {
          contractId: jvcId,
          terminatedOn: '2026-09-15',
          basis: 'JVC_DISSOLUTION',
          basisId: terminationNoticeId,
        },
        legal('JV'),
      );
      const error = failure(response, 'FORBIDDEN');
      expect(error.extensions?.article).toBe('JVC Art. 104, 105');
      expect(error.message).toContain('only a Party to the contract');
      expect(returnedNothing(response)).toBe(true);
      expect(await rowCounts()).toEqual(before);
      expect(await contract(jvcId)).toMatchObject({ status: 'EFFECTIVE', terminatedOn: null });
    });

    it('the application to the Authority follows the deemed agreement, the approval the application (JVC Art. 105)', async () => {
      const early = await t.gql(
        STEP,
        {
          input: { noticeId: terminationNoticeId, step: 'APPLICATION_SUBMITTED', on: '2026-08-14' },
        },
        legal('VALENCE'),
      );
      expect(failure(early, 'BAD_USER_INPUT').extensions?.field).toBe('on');
      const noApplication = await t.gql(
        STEP,
        { input: { noticeId: terminationNoticeId, step: 'APPROVED', on: '2026-09-10' } },
        legal('VALENCE'),
      );
      expect(failure(noApplication, 'CONFLICT').extensions?.article).toBe('JVC Art. 105');
      // Before the approval, the JVC cannot be terminated on this basis.
      const unapproved = await terminate(
        {
          contractId: jvcId,
          terminatedOn: '2026-09-15',
          basis: 'JVC_DISSOLUTION',
          basisId: terminationNoticeId,
        },
        legal('FENGFAN'),
      );
      expect(failure(unapproved, 'CONFLICT').message).toContain('Approval Authority');

      const applied = await t.gql(
        STEP,
        {
          input: { noticeId: terminationNoticeId, step: 'APPLICATION_SUBMITTED', on: '2026-08-17' },
        },
        legal('FENGFAN'),
      );
      expect(applied.errors).toBeUndefined();
      const approved = ok(
        await t.gql<{ recordDissolutionStep: unknown }>(
          STEP,
          { input: { noticeId: terminationNoticeId, step: 'APPROVED', on: '2026-09-10' } },
          legal('VALENCE'),
        ),
      ).recordDissolutionStep;
      expect(approved).toMatchObject({
        dissolutionAppliedOn: '2026-08-17',
        dissolutionApprovedOn: '2026-09-10',
        dissolutionProgress: { stage: 'APPROVED', article: 'JVC Art. 105' },
      });
      // The termination cannot precede the approval it rests on.
      const beforeApproval = await terminate(
        {
          contractId: jvcId,
          terminatedOn: '2026-09-09',
          basis: 'JVC_DISSOLUTION',
          basisId: terminationNoticeId,
        },
        legal('FENGFAN'),
      );
      expect(failure(beforeApproval, 'BAD_USER_INPUT').extensions?.field).toBe('terminatedOn');
    });

    it('terminating on the approved dissolution keeps Chapter 17 for two years, overdue duties missed, and closes the rest', async () => {
      // No seeded obligation cites Chapter 17: one confidentiality undertaking, inserted.
      const [row] = (await t.db.query(
        `INSERT INTO obligation (contract_id, code, obligor_party, beneficiary_parties,
           description, article, due_rule)
         VALUES ($1, 'JVC-96-confidentiality-test', 'JV', '{FENGFAN,VALENCE}',
           'Keep the Parties'' confidential information confidential', 'JVC Art. 96',
           'during the Contract Term and two years after early termination')
         RETURNING id`,
        [jvcId],
      )) as Array<{ id: string }>;
      confidentialityId = row.id;
      openBefore = await openObligationIds(jvcId);
      expect(openBefore).toContain(confidentialityId);

      const terminated = ok(
        await terminate(
          {
            contractId: jvcId,
            terminatedOn: '2026-09-15',
            basis: 'JVC_DISSOLUTION',
            basisId: terminationNoticeId,
            ground: 'Party B became unable to pay its debts (JVC Art. 104(3))',
          },
          legal('FENGFAN'),
        ),
      ).terminateContract;
      expect(terminated).toMatchObject({
        status: 'TERMINATED',
        terminatedOn: '2026-09-15',
        terminationArticle: 'JVC Art. 104, 105',
      });
      expect(
        terminated.statusHistory.map((c) => [c.fromStatus, c.toStatus, c.changedOn, c.article]),
      ).toEqual([
        ['DRAFT', 'SIGNED', '2002-11-08', 'JVC signature block; JVC Art. 124'],
        ['SIGNED', 'EFFECTIVE', '2026-01-05', 'JVC Art. 10, 126'],
        ['EFFECTIVE', 'TERMINATED', '2026-09-15', 'JVC Art. 104, 105'],
      ]);
      // The Joint Venture Company goes into liquidation (JVC Art. 106-112).
      expect(await progressOn('2026-09-15')).toMatchObject({
        stage: 'LIQUIDATION',
        article: 'JVC Art. 106-112',
      });

      const obligations = await obligationsOf(jvcId, '2026-09-15');
      const confidentiality = obligations.find((o) => o.id === confidentialityId);
      expect(confidentiality).toMatchObject({
        status: 'OPEN',
        survivesUntil: '2028-09-15',
        closedReason: null,
      });
      const others = obligations.filter((o) => o.id !== confidentialityId);
      expect(others.length).toBeGreaterThan(10);
      expect(others.some((o) => o.dueOn !== null)).toBe(true);
      for (const obligation of others) {
        if (obligation.dueOn !== null && obligation.dueOn < '2026-09-15') {
          // Overdue and unperformed: an accrued breach stays on record (JVC Art. 99, 113).
          expect([obligation.code, obligation.status]).toEqual([obligation.code, 'MISSED']);
          expect(obligation.closedReason).toBeNull();
          continue;
        }
        expect([obligation.code, obligation.status]).toEqual([obligation.code, 'CLOSED']);
        expect(obligation.closedReason).toContain('Closed by termination on 2026-09-15');
        expect(obligation.closedReason).toContain('JVC Art. 100');
        expect(obligation.survivesUntil).toBeNull();
      }
    });

    it('the audit trail records the termination and each obligation it changed', async () => {
      const events = (await auditOf(legal('FENGFAN'), { entityId: jvcId })).filter(
        (e) => e.operation === 'terminateContract',
      );
      expect(events).toEqual([
        expect.objectContaining({
          actorParty: 'FENGFAN',
          entity: 'Contract',
          after: expect.objectContaining({ status: 'TERMINATED', terminatedOn: '2026-09-15' }),
        }),
      ]);
      const changes = (await auditOf(legal('FENGFAN'), { entity: 'Obligation' })).filter(
        (e) => e.operation === 'closeObligation' || e.operation === 'obligationSurvives',
      );
      const overdue = (await t.db.getRepository(ObligationEntity).findBy({ contractId: jvcId }))
        .filter((o) => o.dueOn !== null && o.dueOn < '2026-09-15')
        .map((o) => o.id);
      expect(sorted(changes.map((e) => e.entityId))).toEqual(
        openBefore.filter((id) => !overdue.includes(id)),
      );
      expect(changes.filter((e) => e.operation === 'obligationSurvives')).toEqual([
        expect.objectContaining({
          entityId: confidentialityId,
          after: expect.objectContaining({
            survivesUntil: '2028-09-15',
            article: 'JVC Art. 96, 100',
          }),
        }),
      ]);
    });

    it('a board meeting after termination is a CONFLICT and reopens no regular meeting', async () => {
      // The yearly meeting (JVC Art. 58) recurs: a meeting would meet this year's and open
      // next year's. The termination closed both the standing obligation and this year's.
      const meetings = async () =>
        (await obligationsOf(jvcId, '2026-10-01'))
          .filter((o) => o.code.startsWith('JVC-58-annual-board-meeting'))
          .map((o) => [o.code, o.status]);
      const before = await rowCounts();
      const meetingsBefore = await meetings();
      expect(meetingsBefore).toEqual([
        ['JVC-58-annual-board-meeting#2026', 'CLOSED'],
        ['JVC-58-annual-board-meeting', 'CLOSED'],
      ]);
      const response = await recordEvent(
        {
          contractId: jvcId,
          kind: 'BOARD_MEETING',
          occurredOn: '2026-10-01',
          description: 'Board meeting after termination',
        },
        legal('JV'),
      );
      const error = failure(response, 'CONFLICT');
      expect(error.message).toContain('terminated');
      expect(returnedNothing(response)).toBe(true);
      expect(await rowCounts()).toEqual(before);
      expect(await meetings()).toEqual(meetingsBefore);
    });
  });
});

describe('the computed status: EXPIRED once the term has run out (TIC 11.1; JVC Art. 103)', () => {
  const EVENT = `mutation($input: RecordEventInput!) { recordEvent(input: $input) { id occurredOn } }`;
  const LIST = `{ contracts(first: 50) { edges { node { code status expiresOn } } } }`;

  /**
   * A throwaway sublicence under the TIC (so governed by the TIC's clauses), signed and with a
   * ten-year term; the seeded TIC stays as the other tests expect it.
   */
  async function sublicence(code: string, signedOn: string): Promise<string> {
    const [row] = (await t.db.query(
      `INSERT INTO contract (code, title, kind, parent_id, status, signed_on, term_years)
       VALUES ($1, $1, 'SUPPLIER_SUBLICENCE', $2, 'SIGNED', $3, 10) RETURNING id`,
      [code, ticId, signedOn],
    )) as Array<{ id: string }>;
    await t.db.query(
      `INSERT INTO contract_party (contract_id, party_code, role)
       VALUES ($1, 'VALENCE', 'LICENSOR'), ($1, 'JV', 'LICENSEE')`,
      [row.id],
    );
    return row.id;
  }

  const storedStatus = async (id: string) =>
    (
      (await t.db.query(`SELECT status FROM contract WHERE id = $1`, [id])) as Array<{
        status: string;
      }>
    )[0].status;

  it('an Effective Date more than ten years ago: EXPIRED, while the stored status stays EFFECTIVE', async () => {
    const id = await sublicence('SUB-EXPIRED', '2009-11-02');
    const event = await t.gql(
      EVENT,
      {
        input: {
          contractId: id,
          kind: 'EFFECTIVE_DATE',
          occurredOn: '2010-03-01',
          description: 'Ratified by the Licensee',
        },
      },
      legal('VALENCE'),
    );
    expect(event.errors).toBeUndefined();

    const expired = await contract(id);
    expect(expired).toMatchObject({
      status: 'EXPIRED',
      effectiveOn: '2010-03-01',
      termYears: 10,
      termStartsOn: '2010-03-01',
      expiresOn: '2020-03-01',
    });
    // Computed, not recorded: the row and the history still say EFFECTIVE.
    expect(await storedStatus(id)).toBe('EFFECTIVE');
    expect(expired.statusHistory.map((c) => [c.fromStatus, c.toStatus, c.changedOn])).toEqual([
      ['SIGNED', 'EFFECTIVE', '2010-03-01'],
    ]);
    // The same in a list of contracts, and for every role that reads contracts.
    for (const role of ['VIEWER', 'ADMIN', 'LEGAL'] as const) {
      const listed = ok(
        await t.gql<{
          contracts: { edges: Array<{ node: { code: string; status: string } }> };
        }>(LIST, {}, { party: 'JV', role }),
      ).contracts.edges.map((edge) => edge.node);
      expect(listed.find((node) => node.code === 'SUB-EXPIRED')).toEqual({
        code: 'SUB-EXPIRED',
        status: 'EXPIRED',
        expiresOn: '2020-03-01',
      });
    }
  });

  it('a term still running stays EFFECTIVE', async () => {
    const id = await sublicence('SUB-RUNNING', '2025-11-02');
    ok(
      await t.gql(
        EVENT,
        {
          input: {
            contractId: id,
            kind: 'EFFECTIVE_DATE',
            occurredOn: '2026-01-15',
            description: 'Ratified by the Licensee',
          },
        },
        legal('VALENCE'),
      ),
    );
    expect(await contract(id)).toMatchObject({ status: 'EFFECTIVE', expiresOn: '2036-01-15' });
    expect(await storedStatus(id)).toBe('EFFECTIVE');
  });

  it('refuses an Effective Date before the signature: BAD_USER_INPUT on occurredOn, nothing written', async () => {
    const id = await sublicence('SUB-EARLY', '2009-11-02');
    const [before] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM contract_event) AS events,
              (SELECT count(*)::int FROM contract_status_change) AS changes,
              (SELECT count(*)::int FROM audit_event) AS audits`,
    )) as Array<Record<string, number>>;
    const response = await t.gql(
      EVENT,
      {
        input: {
          contractId: id,
          kind: 'EFFECTIVE_DATE',
          occurredOn: '2009-11-01',
          description: 'Ratified the day before it was signed',
        },
      },
      legal('VALENCE'),
    );
    expect(failure(response, 'BAD_USER_INPUT').extensions?.field).toBe('occurredOn');
    const [after] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM contract_event) AS events,
              (SELECT count(*)::int FROM contract_status_change) AS changes,
              (SELECT count(*)::int FROM audit_event) AS audits`,
    )) as Array<Record<string, number>>;
    expect(after).toEqual(before);
    expect(await contract(id)).toMatchObject({
      status: 'SIGNED',
      effectiveOn: null,
      termStartsOn: null,
    });
  });
});

describe('searchArticles returns the matching article itself', () => {
  it('with its full body and position', async () => {
    const { data, errors } = await t.gql<{
      searchArticles: Array<{
        number: string;
        article: { number: string; body: string; position: number };
      }>;
    }>(
      `{ searchArticles(query: "liability exceed", first: 5) { number article { number body position } } }`,
      {},
      { party: 'JV', role: 'VIEWER' },
    );
    expect(errors).toBeUndefined();
    const hit = data!.searchArticles.find((h) => h.number === '9.1');
    expect(hit?.article.number).toBe('9.1');
    expect(hit?.article.body).toContain('US$500,000');
    expect(hit?.article.position).toBeGreaterThan(0);
  });
});

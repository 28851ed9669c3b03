/**
 * The selection-shaped read of the registers' lists (marks, confidentialItems, suppliers,
 * supplierSublicenses; services/shaped-read) answers exactly what the entity path answers: the
 * same queries run against two apps on clones of the same seeded database, with the same
 * fixture rows, one with SELECTION_SHAPED_READS off and queries interpreted by graphql-js
 * (COMPILED_EXECUTION off), the other as in production, for every party and role — rows, nesting,
 * order, cursors, counts, and the errors of nested fields with their own rule.
 */
import { CALLERS } from '../../support/permission-matrix';
import { startTestApp, type TestApp } from '../../support/test-app';
import { seen } from '../../support/seen';
import { addFixtures, TODAY } from './fixtures';

let shaped: TestApp;
let entity: TestApp;

beforeAll(async () => {
  shaped = await startTestApp({}, { today: TODAY });
  entity = await startTestApp(
    { SELECTION_SHAPED_READS: 'false', COMPILED_EXECUTION: 'false' },
    { today: TODAY },
  );
  await addFixtures(shaped);
  await addFixtures(entity);
});
afterAll(async () => {
  await shaped?.close();
  await entity?.close();
});

const PAGE_INFO = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

const MARK_FIELDS = `id text logoRef language script ownerParty protectionBasis designatedOn
  designationRef createdAt consent { party documentRef givenOn }
  registrations { id country number niceClasses status }
  renderings { id kind text language script }`;

const ITEM_FIELDS = `id title summary disclosingParty receivingParty contractId article basis
  disclosedOn advisedOn confirmedInWritingOn category valenceTechnology eccn status
  contentSha256 protectedUntil protectionRule registeredAt
  documents { id fileName mediaType byteSize sha256 }`;

const SUPPLIER_SCALARS = `id legalName otherNames country address registrationNumber partyCode
  recordedOn`;

const SUPPLIER_FIELDS = `${SUPPLIER_SCALARS}
  holders { id holderId heldId sharePercent appointsGeneralManager appointsBoardMajority from
            endedOn recordedOn }`;

const SUBLICENCE_FIELDS = `id supplierId contractId sublicensorParty status suspendedReason
  validFrom validTo purpose purposeText materials { material recipients } agreementExecutedOn
  documentReference documentSha256 noFurtherSublicensing noPowderOffer valenceTerms
  confidentialityUndertaking createdAt updatedAt
  supplier { ${SUPPLIER_SCALARS} }
  transfers { id sublicenseId description items { eccn itemKind } endUse destination
              transferredOn gatePassed gateCheckId gateDecision gateReason gateArticle
              recordedAt }`;

const SUPPLIER_PLACES_IF = `query($withPlaces: Boolean!) { suppliers(first: 20) { nodes {
  id country @include(if: $withPlaces) otherNames @include(if: $withPlaces)
  holders @include(if: $withPlaces) { holderId } } } }`;

interface Case {
  query: string;
  variables?: Record<string, unknown>;
  /**
   * A second page: the query is run a first time without `after`, then again `after` the first
   * page's endCursor (at `list`), each app with its own cursor.
   */
  secondPageOf?: string;
}

const QUERIES: Record<string, Case> = {
  // --- marks ---
  'marks: every field, registrations and renderings, with cursors and counts': {
    query: `{ marks(first: 50) { ${PAGE_INFO} edges { cursor node { ${MARK_FIELDS} } } } }`,
  },
  'marks: the list of the benchmark, as nodes': {
    query: `{ marks(first: 20) { nodes {
      id text ownerParty script protectionBasis
      registrations { country number niceClasses status } renderings { kind text language }
    } } }`,
  },
  'marks: a second page by owner, descending': {
    query: `query($after: String) { marks(first: 2, after: $after,
        orderBy: { field: OWNER, direction: DESC }) {
      ${PAGE_INFO} edges { cursor node { text ownerParty registrations { number } } } } }`,
    secondPageOf: 'marks',
  },
  'marks: aliases, the consent and the type name': {
    query: `{ marks(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) { nodes {
      text consent { party documentRef givenOn } __typename
      regs: registrations { country } registrations { number status }
      renderings { __typename kind } translations: renderings { text }
    } } }`,
  },
  'marks: nodes and edges together, through fragments': {
    query: `query { marks(first: 4, orderBy: { field: TEXT, direction: DESC }) {
      nodes { ...MarkName } edges { cursor node { id ... on Mark { renderings { language } } } }
    } }
    fragment MarkName on Mark { text script registrations { ...Registered } }
    fragment Registered on MarkRegistration { country status }`,
  },
  'marks: the JV’s only': {
    query: `{ marks(first: 3, filter: { owner: JV }) { ${PAGE_INFO}
      nodes { id text ownerParty registrations { country number } renderings { text } } } }`,
  },

  // --- confidential items ---
  'items: every field and documents, with cursors and counts': {
    query: `{ confidentialItems(first: 50) {
      ${PAGE_INFO} edges { cursor node { ${ITEM_FIELDS} } } } }`,
  },
  'items: the list of the benchmark, as nodes': {
    query: `{ confidentialItems(first: 20) { nodes {
      id title disclosingParty receivingParty article category status protectedUntil
      documents { fileName mediaType byteSize sha256 }
    } } }`,
  },
  'items: a second page by title, ascending': {
    query: `query($after: String) { confidentialItems(first: 2, after: $after,
        orderBy: { field: TITLE, direction: ASC }) {
      ${PAGE_INFO} edges { cursor node { title documents { fileName } } } } }`,
    secondPageOf: 'confidentialItems',
  },
  'items: aliases, grants and the contract': {
    query: `{ confidentialItems(first: 20, orderBy: { field: DISCLOSED_ON, direction: ASC }) {
      nodes {
        title docs: documents { sha256 } documents { fileName }
        grants { expiresOn purpose revokedAt } contract { code }
        disclosureRequests { status } exceptionClaims { status }
      } } }`,
  },
  'items: nodes and edges together': {
    query: `{ confidentialItems(first: 4, orderBy: { field: REGISTERED_AT, direction: ASC }) {
      totalCount nodes { title } edges { cursor node { id documents { sha256 } } } } }`,
  },
  'items: what the party received': {
    query: `{ confidentialItems(first: 3, filter: { register: RECEIVED }) { ${PAGE_INFO}
      nodes { id title receivingParty valenceTechnology documents { byteSize } } } }`,
  },

  // --- suppliers ---
  'suppliers: every field and holders, with cursors and counts': {
    query: `{ suppliers(first: 50) { ${PAGE_INFO} edges { cursor node { ${SUPPLIER_FIELDS} } } } }`,
  },
  'suppliers: the list of the benchmark, as nodes': {
    query: `{ suppliers(first: 20) { nodes {
      id legalName otherNames country holders { holderId sharePercent appointsBoardMajority }
    } } }`,
  },
  'suppliers: a second page by the day recorded': {
    query: `query($after: String) { suppliers(first: 2, after: $after,
        orderBy: { field: RECORDED_ON, direction: ASC }) {
      ${PAGE_INFO} edges { cursor node { legalName recordedOn holders { sharePercent } } } } }`,
    secondPageOf: 'suppliers',
  },
  'suppliers: aliases, the screening and the affiliation': {
    query: `{ suppliers(first: 20, orderBy: { field: LEGAL_NAME, direction: DESC }) { nodes {
      legalName holders { sharePercent } owners: holders { holderId endedOn }
      screening { screenedAt screenedOn trigger names } affiliation { affiliation message }
      earlier: affiliation(asOf: "2019-01-01") { affiliation }
    } } }`,
  },
  'suppliers: nodes and edges together': {
    query: `{ suppliers(first: 3) {
      nodes { legalName } edges { cursor node { id holders { sharePercent heldId } } } } }`,
  },
  // The statement of a list is reused for every request with its shape
  // (services/shaped-read/statement-text.ts): the same selection again, with each of the
  // other parts of a statement changed in turn, must not be answered with the first's text.
  'suppliers: the benchmark’s selection, five rows': {
    query: `{ suppliers(first: 5) { nodes {
      id legalName otherNames country holders { holderId sharePercent appointsBoardMajority }
    } } }`,
  },
  'suppliers: the benchmark’s selection, by the day recorded, descending': {
    query: `{ suppliers(first: 20, orderBy: { field: RECORDED_ON, direction: DESC }) { nodes {
      id legalName otherNames country holders { holderId sharePercent appointsBoardMajority }
    } } }`,
  },
  'suppliers: the benchmark’s selection, the parties only': {
    query: `{ suppliers(first: 20, filter: { parties: true }) { nodes {
      id legalName otherNames country holders { holderId sharePercent appointsBoardMajority }
    } } }`,
  },
  // The SQL of a selection is kept with the query's text only when no variable or directive
  // can change it (services/shaped-read/selection-memo.ts): one text, asked first without a
  // field, then with it, must read that field the second time.
  'suppliers: a field left out by a directive': {
    query: SUPPLIER_PLACES_IF,
    variables: { withPlaces: false },
  },
  'suppliers: the same field brought back by the directive': {
    query: SUPPLIER_PLACES_IF,
    variables: { withPlaces: true },
  },
  'suppliers: by part of a name': {
    query: `{ suppliers(first: 5, filter: { name: "baoding" }) { ${PAGE_INFO}
      nodes { id legalName partyCode holders { holderId } } } }`,
  },

  // --- supplier sublicences ---
  'sublicences: every field, supplier and transfers, with cursors and counts': {
    query: `{ supplierSublicenses(first: 50) {
      ${PAGE_INFO} edges { cursor node { ${SUBLICENCE_FIELDS} } } } }`,
  },
  'sublicences: the list of the benchmark, as nodes': {
    query: `{ supplierSublicenses(first: 20) { nodes {
      id status validFrom validTo purpose supplier { legalName country }
    } } }`,
  },
  'sublicences: a second page by the last valid day': {
    query: `query($after: String) { supplierSublicenses(first: 2, after: $after,
        orderBy: { field: VALID_TO, direction: ASC }) {
      ${PAGE_INFO} edges { cursor node { validTo supplier { legalName } transfers { id } } } } }`,
    secondPageOf: 'supplierSublicenses',
  },
  'sublicences: aliases, the supplier’s holders and the transfers’ items': {
    query: `{ supplierSublicenses(first: 20, orderBy: { field: CREATED_AT, direction: ASC }) {
      nodes {
        id supplier { legalName holders { holderId } screening { trigger } }
        company: supplier { country }
        transfers { description items { eccn itemKind } } moved: transfers { recordedAt }
      } } }`,
  },
  'sublicences: nodes and edges together': {
    query: `{ supplierSublicenses(first: 3) {
      nodes { id supplier { id } } edges { cursor node { validFrom transfers { gateReason items { eccn } } } }
    } }`,
  },
  'sublicences: the active ones': {
    query: `{ supplierSublicenses(first: 5, filter: { status: ACTIVE }) { ${PAGE_INFO}
      nodes { id status supplier { legalName } transfers { description } } } }`,
  },
};

type Seen = ReturnType<typeof seen>;

/** The answer of `app` to the case: one response, or the first page and the second. */
async function answer(app: TestApp, c: Case, as: (typeof CALLERS)[number]): Promise<Seen[]> {
  const first = seen(await app.gql(c.query, c.variables, as));
  if (!c.secondPageOf) return [first];
  const page = (first.data as Record<string, { pageInfo: { endCursor: string | null } } | null>)?.[
    c.secondPageOf
  ];
  const after = page?.pageInfo.endCursor ?? null;
  return [first, seen(await app.gql(c.query, { ...c.variables, after }, as))];
}

const cases = Object.keys(QUERIES).flatMap((name) =>
  CALLERS.map((caller) => [name, caller.party, caller.role] as const),
);

describe('the selection-shaped read of the registers answers as the entity path does', () => {
  it.each(cases)('%s, as %s %s', async (name, party, role) => {
    const fromShaped = await answer(shaped, QUERIES[name], { party, role });
    const fromEntities = await answer(entity, QUERIES[name], { party, role });
    expect(fromShaped).toEqual(fromEntities);
    // Both ran the query (rather than refusing, alike, a mistake in it); data is null where
    // the list is FORBIDDEN to the caller's role.
    for (const response of fromShaped) {
      expect(response.errors.map((error) => error.code)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    }
  });
});

describe('what the shaped read returns, worked out from the fixtures', () => {
  const itemsAs = async (party: 'VALENCE' | 'FENGFAN' | 'JV', role: 'LEGAL' | 'ENGINEER') => {
    const response = await shaped.gql<{
      confidentialItems: {
        totalCount: number;
        nodes: Array<{ title: string; valenceTechnology: boolean; documents: unknown[] }>;
      };
    }>(
      `{ confidentialItems(first: 20) { totalCount nodes {
        title valenceTechnology documents { fileName } } } }`,
      {},
      { party, role },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.confidentialItems;
  };

  it('shows the JV ENGINEER its own items and the one it holds a live grant for; the JV LEGAL every item', async () => {
    // Newest registered first. The ENGINEER's grant on the price list expired on 2024-05-31
    // and its grant on the electrolyte additive was revoked: only the slurry recipe's is live.
    const engineer = await itemsAs('JV', 'ENGINEER');
    expect(engineer.totalCount).toBe(3);
    expect(engineer.nodes).toEqual([
      {
        title: 'Powder cost model',
        valenceTechnology: false,
        documents: [{ fileName: 'z-3-main.pdf' }],
      },
      { title: 'Line yield report', valenceTechnology: false, documents: [] },
      {
        title: 'Cathode slurry recipe',
        valenceTechnology: true,
        // In the order added: the main document at 03:00, its annex at 04:00.
        documents: [{ fileName: 'z-0-main.pdf' }, { fileName: 'a-0-annex.xlsx' }],
      },
    ]);
    const legal = await itemsAs('JV', 'LEGAL');
    expect(legal.nodes.map((node) => node.title)).toEqual([
      'Electrolyte additive',
      'Board budget 2024',
      'Powder cost model',
      'Line yield report',
      'Supplier price list',
      'Cathode slurry recipe',
    ]);
  });

  it('never shows Fengfan an item of Valence’s Technology', async () => {
    const fengfan = await itemsAs('FENGFAN', 'LEGAL');
    // The three items Fengfan disclosed or received; none is Valence's Technology.
    expect(fengfan.nodes).toEqual([
      {
        title: 'Assembly staffing plan',
        valenceTechnology: false,
        documents: [{ fileName: 'z-5-main.pdf' }, { fileName: 'a-5-annex.xlsx' }],
      },
      { title: 'Board budget 2024', valenceTechnology: false, documents: [] },
      {
        title: 'Powder cost model',
        valenceTechnology: false,
        documents: [{ fileName: 'z-3-main.pdf' }],
      },
    ]);
  });

  it("reads a mark's registrations in (country, number) order and its renderings by kind and text", async () => {
    const response = await shaped.gql<{ marks: { nodes: unknown[] } }>(
      `{ marks(first: 10, filter: { owner: VALENCE }) { nodes {
        text consent { party }
        registrations { country number niceClasses status } renderings { kind text }
      } } }`,
      {},
      { party: 'FENGFAN', role: 'VIEWER' },
    );
    expect(response.errors).toBeUndefined();
    // By text: the two fixture marks and the seeded trade name VALENCE.
    expect(response.data!.marks.nodes).toEqual([
      {
        text: 'ANODE WORKS',
        consent: null,
        registrations: [],
        renderings: [{ kind: 'TRANSLATION', text: '阳极工坊' }],
      },
      {
        text: 'LITHIUM STAR',
        consent: null,
        registrations: [
          { country: 'CN', number: '5501', niceClasses: [9], status: 'FILED' },
          { country: 'US', number: '6999', niceClasses: [9], status: 'EXPIRED' },
          { country: 'US', number: '7001', niceClasses: [9, 12], status: 'REGISTERED' },
        ],
        renderings: [
          { kind: 'TRANSLATION', text: '锂星' },
          { kind: 'TRANSLITERATION', text: 'Li Xing' },
        ],
      },
      { text: 'VALENCE', consent: null, registrations: [], renderings: [] },
    ]);
  });

  it("reads a company's holders in the order recorded, their shares as numbers", async () => {
    const response = await shaped.gql<{ suppliers: { nodes: unknown[] } }>(
      `{ suppliers(first: 10, filter: { name: "vanadium" }) { nodes {
        legalName holders { holderId sharePercent appointsBoardMajority } } } }`,
      {},
      { party: 'VALENCE', role: 'COMPLIANCE' },
    );
    expect(response.errors).toBeUndefined();
    // North China Holdings recorded on 2024-01-08, Fengfan on 2024-01-09.
    expect(response.data!.suppliers.nodes).toEqual([
      {
        legalName: 'Baoding Vanadium Co., Ltd.',
        holders: [
          {
            holderId: 'c0000000-0000-4000-8000-000000000003',
            sharePercent: 12.5,
            appointsBoardMajority: false,
          },
          {
            holderId: 'c0000000-0000-4000-8000-000000000004',
            sharePercent: 60,
            appointsBoardMajority: true,
          },
        ],
      },
    ]);
  });
});

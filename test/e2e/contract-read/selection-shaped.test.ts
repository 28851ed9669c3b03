/**
 * The selection-shaped read (services/contract-read) answers exactly what the entity path
 * answers: the same queries run against two apps on clones of the same seeded database, one
 * with SELECTION_SHAPED_READS off and queries interpreted by graphql-js (COMPILED_EXECUTION
 * off), the other as in production, for every party and role — rows, nesting, order, cursors,
 * counts, and the errors of nested fields with their own rule.
 */
import type { PartyCode } from '../../../src/domain/parties';
import { CALLERS } from '../../support/permission-matrix';
import { startTestApp, type TestApp } from '../../support/test-app';
import { seen } from '../../support/seen';

let shaped: TestApp;
let entity: TestApp;

/** Fixture contracts, with fixed ids so that both databases hold the same rows. */
const FIXTURES: Array<{ id: string; code: string; parties: PartyCode[]; articles: number }> = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    code: 'FIX-A',
    parties: ['VALENCE', 'JV'],
    articles: 3,
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    code: 'FIX-B',
    parties: ['FENGFAN', 'JV'],
    articles: 0,
  },
  {
    id: '00000000-0000-4000-8000-000000000003',
    code: 'FIX-C',
    parties: ['VALENCE', 'FENGFAN', 'JV'],
    articles: 2,
  },
  { id: '00000000-0000-4000-8000-000000000004', code: 'FIX-D', parties: ['VALENCE'], articles: 1 },
];

async function addFixtures(t: TestApp): Promise<void> {
  for (const [index, fixture] of FIXTURES.entries()) {
    await t.db.query(
      `INSERT INTO contract (id, code, title, kind, parent_id, signed_on, status, effective_on,
                             term_years, term_starts_on, governing_law)
       VALUES ($1, $2, $3, 'SUPPLIER_SUBLICENCE', (SELECT id FROM contract WHERE code = 'TIC'),
               $4, 'EFFECTIVE', $4, 2, $4, 'California')`,
      [fixture.id, fixture.code, `Fixture ${fixture.code}`, `202${index}-03-0${index + 1}`],
    );
    for (const party of fixture.parties) {
      await t.db.query(
        `INSERT INTO contract_party (contract_id, party_code, role, signatory)
         VALUES ($1, $2, 'PARTY', true)`,
        [fixture.id, party],
      );
    }
    for (let n = 1; n <= fixture.articles; n += 1) {
      await t.db.query(
        `INSERT INTO article (id, contract_id, number, heading, chapter, body, position)
         VALUES (md5($1::text || $2)::uuid, $1::uuid, $2, $3, 'Chapter 1', $4, $5)`,
        [fixture.id, String(n), n === 2 ? null : `Heading ${n}`, `Body ${n} of ${fixture.code}`, n],
      );
    }
  }
}

beforeAll(async () => {
  // A pinned day: the fixtures' two-year terms make some EXPIRED and others EFFECTIVE.
  shaped = await startTestApp({}, { today: '2024-06-01' });
  entity = await startTestApp(
    { SELECTION_SHAPED_READS: 'false', COMPILED_EXECUTION: 'false' },
    { today: '2024-06-01' },
  );
  await addFixtures(shaped);
  await addFixtures(entity);
});
afterAll(async () => {
  await shaped?.close();
  await entity?.close();
});

const CONTRACT_FIELDS = `id code title kind signedOn status effectiveOn termYears termStartsOn
  governingLaw forum terminatedOn terminationGround terminationArticle terminationBasis
  terminationBasisId expiresOn`;

const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'every field, parties and articles, with cursors and counts': {
    query: `{ contracts(first: 100) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { ${CONTRACT_FIELDS}
        parties { role party { code legalName shortName country address } }
        articles { id contractId number heading chapter body position } } }
    } }`,
  },
  'the list of the benchmark, as nodes': {
    query: `{ contracts(first: 20) { nodes {
      id code title status parties { role party { code shortName } } articles { number heading }
    } } }`,
  },
  'a second page by title, descending': {
    query: `query($after: String) { contracts(first: 2, after: $after,
        orderBy: { field: TITLE, direction: DESC }, filter: { kind: SUPPLIER_SUBLICENSE }) {
      pageInfo { hasNextPage endCursor } nodes { code parties { role } } } }`,
    variables: {
      after: Buffer.from(
        JSON.stringify(['TITLE:DESC', 'Fixture FIX-Z', 'ffffffff-ffff-4fff-bfff-ffffffffffff']),
      ).toString('base64url'),
    },
  },
  'a slice, aliases, a ruled nested field and the parent': {
    query: `{ contracts(first: 10, filter: { status: EFFECTIVE }) { nodes {
      code
      first: articles(first: 1) { number }
      articles { number }
      more: articles(afterPosition: 1) { number heading }
      parties { party { code } } alsoParties: parties { role }
      keyTerms { name }
      parent { code parties { role } }
    } } }`,
  },
  'one contract with its bodies': {
    query: `query($id: ID!) { contract(id: $id) { ${CONTRACT_FIELDS}
      parties { role party { code shortName } } articles { number heading body } } }`,
    variables: { id: FIXTURES[2].id },
  },
  'one contract another party may not see': {
    query: `query($id: ID!) { contract(id: $id) { code articles { number } } }`,
    variables: { id: FIXTURES[1].id },
  },
};

const cases = Object.keys(QUERIES).flatMap((name) =>
  CALLERS.map((caller) => [name, caller.party, caller.role] as const),
);

describe('the selection-shaped read answers as the entity path does', () => {
  it.each(cases)('%s, as %s %s', async (name, party, role) => {
    const { query, variables } = QUERIES[name];
    const fromShaped = seen(await shaped.gql(query, variables, { party, role }));
    const fromEntities = seen(await entity.gql(query, variables, { party, role }));
    expect(fromShaped).toEqual(fromEntities);
    // Both ran the query (rather than refusing, alike, a mistake in it); data is null where
    // a non-null field failed: NOT_FOUND, or keyTerms FORBIDDEN to ADMIN and VIEWER.
    expect(fromShaped.errors.map((error) => error.code)).not.toContain('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('what the shaped read returns, worked out from the fixtures', () => {
  it('shows a party only the contracts it is a party to, with their parties and articles', async () => {
    type Node = {
      code: string;
      parties: Array<{ party: { code: string } }>;
      articles: Array<{ heading: string | null }>;
    };
    const response = await shaped.gql<{ contracts: { nodes: Node[] } }>(
      `{ contracts(first: 20, filter: { kind: SUPPLIER_SUBLICENSE }) { nodes {
        code parties { party { code } } articles { heading } } } }`,
      {},
      { party: 'FENGFAN', role: 'VIEWER' },
    );
    expect(response.errors).toBeUndefined();
    // FENGFAN is a party to FIX-B and FIX-C only; parties in code order, articles in order.
    expect(response.data!.contracts.nodes).toEqual([
      {
        code: 'FIX-B',
        parties: [{ party: { code: 'FENGFAN' } }, { party: { code: 'JV' } }],
        articles: [],
      },
      {
        code: 'FIX-C',
        parties: [
          { party: { code: 'FENGFAN' } },
          { party: { code: 'JV' } },
          { party: { code: 'VALENCE' } },
        ],
        articles: [{ heading: 'Heading 1' }, { heading: null }],
      },
    ]);
  });

  it('computes the status of each row from its term (2 years from the day it took effect)', async () => {
    const response = await shaped.gql<{
      contracts: { nodes: Array<{ code: string; status: string; expiresOn: string }> };
    }>(
      `{ contracts(first: 20, filter: { kind: SUPPLIER_SUBLICENSE }) { nodes { code status expiresOn } } }`,
      {},
      { party: 'VALENCE', role: 'LEGAL' },
    );
    // FIX-A from 2020-03-01: last day 2022-03-01, EXPIRED on 2024-06-01; FIX-C from
    // 2022-03-03 ends 2024-03-03, EXPIRED; FIX-D from 2023-03-04 runs to 2025-03-04.
    expect(response.data!.contracts.nodes).toEqual([
      { code: 'FIX-A', status: 'EXPIRED', expiresOn: '2022-03-01' },
      { code: 'FIX-C', status: 'EXPIRED', expiresOn: '2024-03-03' },
      { code: 'FIX-D', status: 'EFFECTIVE', expiresOn: '2025-03-04' },
    ]);
  });
});

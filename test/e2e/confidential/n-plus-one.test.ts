/**
 * No N+1 in the registers: a page of items with their documents, grants, disclosure requests,
 * exception claims and contract costs as many SQL statements for two items as for six.
 */
import { startTestApp, type TestApp } from '../../support/test-app';
import { as, contractId, GRANT, ndaOnRecord, ok, registerItem } from './support';

let t: TestApp;
let tic: string;
let added = 0;

const PAGE = `{
  confidentialItems(first: 20) {
    totalCount
    nodes {
      id title
      documents { sha256 }
      grants { id expiresOn }
      disclosureRequests { id status }
      exceptionClaims { id status }
      contract { code }
    }
  }
}`;

/** An item with one of everything hanging on it. */
async function addItem(): Promise<void> {
  added += 1;
  const item = await registerItem(t, as('VALENCE', 'LEGAL'), {
    title: `Process sheet ${added}`,
    summary: 'A process sheet',
    receivingParty: 'JV',
    contractId: tic,
    article: 'TIC 7.1(b)',
    basis: 'MARKED',
    disclosedOn: '2026-02-02',
    category: 'PROCESS',
    documents: [
      {
        fileName: `sheet-${added}.txt`,
        mediaType: 'text/plain',
        contentBase64: Buffer.from(`sheet ${added}`).toString('base64'),
      },
    ],
  });
  ok(
    await t.gql(
      GRANT,
      {
        input: {
          itemId: item.id,
          userId: await t.userId('JV', 'ENGINEER'),
          purpose: 'Run the line',
        },
      },
      as('JV', 'LEGAL'),
    ),
  );
  ok(
    await t.gql(
      `mutation($input: RequestDisclosureInput!) { requestDisclosure(input: $input) { id } }`,
      {
        input: {
          itemId: item.id,
          recipientKind: 'THIRD_PARTY',
          recipientName: 'Acme GmbH',
          country: 'DE',
          purpose: 'p',
          endUse: 'e',
        },
      },
      as('JV', 'LEGAL'),
    ),
  );
  ok(
    await t.gql(
      `mutation($input: ClaimExceptionInput!) { claimException(input: $input) { id } }`,
      { input: { itemId: item.id, ground: 'PRIOR_WRITTEN_RECORDS', evidence: 'Lab book 2019' } },
      as('JV', 'LEGAL'),
    ),
  );
}

async function statementsForPage(): Promise<{ count: number; items: number }> {
  t.queries.reset();
  const data = ok(
    await t.gql<{
      confidentialItems: {
        totalCount: number;
        nodes: Array<{ documents: unknown[]; grants: unknown[] }>;
      };
    }>(PAGE, {}, as('JV', 'LEGAL')),
  );
  // Every node came with its relations.
  for (const node of data.confidentialItems.nodes) {
    expect(node.documents).toHaveLength(1);
    expect(node.grants).toHaveLength(1);
  }
  return { count: t.queries.count, items: data.confidentialItems.totalCount };
}

beforeAll(async () => {
  // No user cache: each request looks its user up, so counts do not depend on timing.
  t = await startTestApp({ USER_CACHE_TTL_MS: '0' }, { today: '2026-03-02' });
  tic = await contractId(t, 'TIC');
  await ndaOnRecord(t, 'JV', ['VALENCE'], ['ENGINEER']);
});
afterAll(() => t.close());

it('costs the same number of statements for 2 items as for 6', async () => {
  await addItem();
  await addItem();
  const two = await statementsForPage();
  expect(two.items).toBe(2);
  for (let i = 0; i < 4; i += 1) await addItem();
  const six = await statementsForPage();
  expect(six.items).toBe(6);
  expect(six.count).toBe(two.count);
  // The page, its count, and one statement per relation (plus the request's user lookup).
  expect(six.count).toBeLessThanOrEqual(9);
});

it('shows a receiving ENGINEER its own grants only, in the same batched statement', async () => {
  await ndaOnRecord(t, 'JV', ['VALENCE'], ['COMPLIANCE']);
  const [first] = ok(
    await t.gql<{ confidentialItems: { nodes: Array<{ id: string }> } }>(
      `{ confidentialItems(first: 1) { nodes { id } } }`,
      {},
      as('JV', 'LEGAL'),
    ),
  ).confidentialItems.nodes;
  ok(
    await t.gql(
      GRANT,
      { input: { itemId: first.id, userId: await t.userId('JV', 'COMPLIANCE'), purpose: 'Audit' } },
      as('JV', 'LEGAL'),
    ),
  );
  const GRANTS = `query($id: ID!) { confidentialItem(id: $id) { grants { userId } } }`;
  type Grants = { confidentialItem: { grants: Array<{ userId: string }> } };
  const engineer = await t.userId('JV', 'ENGINEER');
  const compliance = await t.userId('JV', 'COMPLIANCE');
  const seenBy = async (party: 'JV' | 'VALENCE', role: 'ENGINEER' | 'LEGAL') =>
    ok(await t.gql<Grants>(GRANTS, { id: first.id }, as(party, role)))
      .confidentialItem.grants.map((g) => g.userId)
      .sort();
  expect(await seenBy('JV', 'ENGINEER')).toEqual([engineer]);
  expect(await seenBy('JV', 'LEGAL')).toEqual([engineer, compliance].sort());
  // The disclosing party's ENGINEER sees every grant on its own item.
  expect(await seenBy('VALENCE', 'ENGINEER')).toEqual([engineer, compliance].sort());
});

/**
 * Fengfan never sees a Valence Technology item (TIC 2.8; JVC Art. 45): not by list, by id, by
 * search, by count, nor through any field or operation that names it. On the receiving side,
 * LEGAL and COMPLIANCE see the summaries; anyone else only what they hold a grant for (TIC 8.1).
 */
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';
import { as, contractId, firstError, ok, registerItem, REVEAL, type Item } from './support';

let t: TestApp;
let technology: Item;
let forecast: Item;

beforeAll(async () => {
  t = await startTestApp({ USER_CACHE_TTL_MS: '0' }, { today: '2026-03-02' });
  const tic = await contractId(t, 'TIC');
  const jvc = await contractId(t, 'JVC');
  technology = await registerItem(t, as('VALENCE', 'LEGAL'), {
    title: 'Cathode coating recipe',
    summary: 'Coating parameters of the LVP powder line',
    receivingParty: 'JV',
    contractId: tic,
    article: 'TIC 7.1(b)',
    basis: 'MARKED',
    disclosedOn: '2026-02-02',
    category: 'TECHNOLOGY',
    valenceTechnology: true,
    eccn: 'EAR99',
    content: 'the coating recipe',
  });
  forecast = await registerItem(t, as('VALENCE', 'LEGAL'), {
    title: 'Coating capacity forecast',
    summary: 'Valence market forecast shared with Party A',
    receivingParty: 'FENGFAN',
    contractId: jvc,
    article: 'JVC Art. 96',
    basis: 'ADVISED_ORALLY',
    advisedOn: '2026-02-03',
    confirmedInWritingOn: '2026-02-05',
    disclosedOn: '2026-02-03',
    category: 'BUSINESS',
    content: 'the forecast',
  });
});
afterAll(() => t.close());

const LIST = `query($filter: ConfidentialItemFilterInput) {
  confidentialItems(first: 50, filter: $filter) {
    totalCount
    nodes { id title documents { sha256 } grants { id } disclosureRequests { id } exceptionClaims { id } }
  }
}`;
type List = {
  confidentialItems: { totalCount: number; nodes: Array<{ id: string; title: string }> };
};
const COUNT = `query($groupBy: [ConfidentialGroupField!]!, $filter: ConfidentialItemFilterInput) {
  confidentialItemCounts(groupBy: $groupBy, filter: $filter) { receivingParty category count }
}`;
type Counts = {
  confidentialItemCounts: Array<{
    receivingParty: string | null;
    category: string | null;
    count: number;
  }>;
};

describe('Fengfan and Valence Technology (TIC 2.8; JVC Art. 45)', () => {
  it('is not in Fengfan’s list, with or without nested fields, while Valence sees both', async () => {
    for (const role of ['LEGAL', 'COMPLIANCE', 'ENGINEER'] as const) {
      const { confidentialItems } = ok(await t.gql<List>(LIST, {}, as('FENGFAN', role)));
      expect(confidentialItems.nodes.map((n) => n.id)).not.toContain(technology.id);
    }
    const fengfan = ok(await t.gql<List>(LIST, {}, as('FENGFAN', 'LEGAL'))).confidentialItems;
    expect(fengfan.nodes.map((n) => n.id)).toEqual([forecast.id]);
    expect(fengfan.totalCount).toBe(1);
    const valence = ok(await t.gql<List>(LIST, {}, as('VALENCE', 'LEGAL'))).confidentialItems;
    expect(valence.nodes.map((n) => n.id).sort()).toEqual([technology.id, forecast.id].sort());
  });

  it('is NOT_FOUND by id, exactly like an id that does not exist', async () => {
    const byId = `query($id: ID!) { confidentialItem(id: $id) { id } }`;
    const hidden = await t.gql(byId, { id: technology.id }, as('FENGFAN', 'LEGAL'));
    const missing = await t.gql(
      byId,
      { id: '00000000-0000-4000-8000-000000000000' },
      as('FENGFAN', 'LEGAL'),
    );
    expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    expect(
      ok(
        await t.gql<{ confidentialItem: { id: string } }>(
          byId,
          { id: technology.id },
          as('JV', 'LEGAL'),
        ),
      ).confidentialItem.id,
    ).toBe(technology.id);
  });

  it('is not found by a search on its own title', async () => {
    const search = { filter: { search: 'recipe' } };
    expect(
      ok(await t.gql<List>(LIST, search, as('FENGFAN', 'LEGAL'))).confidentialItems.totalCount,
    ).toBe(0);
    expect(
      ok(await t.gql<List>(LIST, search, as('JV', 'LEGAL'))).confidentialItems.nodes.map(
        (n) => n.id,
      ),
    ).toEqual([technology.id]);
    // The shared word finds only what Fengfan may see.
    const coating = ok(
      await t.gql<List>(LIST, { filter: { search: 'coating' } }, as('FENGFAN', 'LEGAL')),
    );
    expect(coating.confidentialItems.nodes.map((n) => n.id)).toEqual([forecast.id]);
  });

  it('is not counted: Fengfan’s counts are those of its list', async () => {
    const fengfan = ok(await t.gql<Counts>(COUNT, { groupBy: [] }, as('FENGFAN', 'LEGAL')));
    expect(fengfan.confidentialItemCounts).toEqual([
      { receivingParty: null, category: null, count: 1 },
    ]);
    const byCategory = ok(
      await t.gql<Counts>(COUNT, { groupBy: ['CATEGORY'] }, as('FENGFAN', 'LEGAL')),
    );
    expect(byCategory.confidentialItemCounts).toEqual([
      { receivingParty: null, category: 'BUSINESS', count: 1 },
    ]);
    const valence = ok(
      await t.gql<Counts>(
        COUNT,
        { groupBy: ['RECEIVING_PARTY', 'CATEGORY'] },
        as('VALENCE', 'COMPLIANCE'),
      ),
    );
    expect(valence.confidentialItemCounts).toEqual([
      { receivingParty: 'FENGFAN', category: 'BUSINESS', count: 1 },
      { receivingParty: 'JV', category: 'TECHNOLOGY', count: 1 },
    ]);
  });

  it('is NOT_FOUND to every operation that names it', async () => {
    const fengfanLegal = as('FENGFAN', 'LEGAL');
    const calls: Array<[string, Record<string, unknown>]> = [
      [
        `query($id: ID!) { accessLog(itemId: $id, first: 5) { totalCount } }`,
        { id: technology.id },
      ],
      [REVEAL, { itemId: technology.id, purpose: 'curiosity' }],
      [
        `mutation($input: ClaimExceptionInput!) { claimException(input: $input) { id } }`,
        { input: { itemId: technology.id, ground: 'PUBLIC_KNOWLEDGE', evidence: 'a web page' } },
      ],
      [
        `mutation($input: RecordCompelledDisclosureInput!) { recordCompelledDisclosure(input: $input) { id } }`,
        {
          input: {
            itemId: technology.id,
            recipientKind: 'THIRD_PARTY',
            recipientName: 'A court',
            country: 'CN',
            purpose: 'order',
            endUse: 'court file',
            authority: 'court order',
            noticeGivenOn: '2026-02-01',
            disclosedOn: '2026-02-10',
          },
        },
      ],
      [
        `mutation($input: RequestDisclosureInput!) { requestDisclosure(input: $input) { id } }`,
        {
          input: {
            itemId: technology.id,
            recipientKind: 'THIRD_PARTY',
            recipientName: 'Fengfan Trading',
            country: 'CN',
            purpose: 'sale',
            endUse: 'sale',
          },
        },
      ],
      [
        `mutation($input: GrantNeedToKnowInput!) { grantNeedToKnow(input: $input) { id } }`,
        {
          input: {
            itemId: technology.id,
            userId: await t.userId('FENGFAN', 'ENGINEER'),
            purpose: 'work',
          },
        },
      ],
    ];
    for (const [query, variables] of calls) {
      expect(errorCodes(await t.gql(query, variables, fengfanLegal))).toEqual(['NOT_FOUND']);
    }
  });

  it('refuses to register Valence Technology for Fengfan at all (TIC 2.8)', async () => {
    const response = await t.gql(
      `mutation($input: RegisterConfidentialItemInput!) { registerConfidentialItem(input: $input) { id } }`,
      {
        input: {
          title: 'Powder process',
          summary: 's',
          receivingParty: 'FENGFAN',
          contractId: await contractId(t, 'TIC'),
          article: 'TIC 7.1',
          basis: 'MARKED',
          disclosedOn: '2026-02-02',
          category: 'TECHNOLOGY',
          valenceTechnology: true,
          content: 'x',
        },
      },
      as('VALENCE', 'LEGAL'),
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(firstError(response)?.extensions?.field).toBe('receivingParty');
    expect(firstError(response)?.message).toContain('TIC 2.8');
  });
});

describe('the receiving side (TIC 8.1)', () => {
  it('shows the summary to LEGAL and COMPLIANCE, and nothing to ENGINEER or VIEWER without a grant', async () => {
    for (const role of ['LEGAL', 'COMPLIANCE'] as const) {
      expect(
        ok(await t.gql<List>(LIST, {}, as('JV', role))).confidentialItems.nodes.map((n) => n.id),
      ).toEqual([technology.id]);
    }
    expect(ok(await t.gql<List>(LIST, {}, as('JV', 'ENGINEER'))).confidentialItems.totalCount).toBe(
      0,
    );
    expect(errorCodes(await t.gql(LIST, {}, as('JV', 'VIEWER')))).toEqual(['FORBIDDEN']);
  });

  it('gives the disclosing party’s ENGINEER its own items', async () => {
    expect(
      ok(await t.gql<List>(LIST, {}, as('VALENCE', 'ENGINEER'))).confidentialItems.totalCount,
    ).toBe(2);
  });
});

describe('retrying a registration (idempotency key)', () => {
  it('returns the first item for the same key and input, and refuses other input', async () => {
    const input = {
      title: 'Supplier qualification list',
      summary: 'Raw-material suppliers Valence qualified',
      receivingParty: 'JV',
      contractId: await contractId(t, 'TIC'),
      article: 'TIC 3.2(e)',
      basis: 'ADVISED_IN_WRITING',
      advisedOn: '2026-02-10',
      disclosedOn: '2026-02-10',
      category: 'SUPPLIER_LIST',
      content: 'suppliers',
      idempotencyKey: 'supplier-list-2026-02',
    };
    const first = await registerItem(t, as('VALENCE', 'COMPLIANCE'), input);
    const again = await registerItem(t, as('VALENCE', 'COMPLIANCE'), input);
    expect(again.id).toBe(first.id);
    const [{ n }] = await t.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM confidential_item WHERE title = $1`,
      [input.title],
    );
    expect(n).toBe(1);
    const other = await t.gql(
      `mutation($input: RegisterConfidentialItemInput!) { registerConfidentialItem(input: $input) { id } }`,
      { input: { ...input, summary: 'another summary' } },
      as('VALENCE', 'COMPLIANCE'),
    );
    expect(errorCodes(other)).toEqual(['CONFLICT']);
  });
});

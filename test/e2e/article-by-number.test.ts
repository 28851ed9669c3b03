import type { PartyCode } from '../../src/domain/parties';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

/** A citation links to its article: articleByNumber reads one article, scoped like its contract. */
let t: TestApp;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  const { data } = await t.gql<{
    contracts: { edges: Array<{ node: { id: string; code: string } }> };
  }>(
    '{ contracts(first: 10) { edges { node { id code } } } }',
    {},
    { party: 'VALENCE', role: 'LEGAL' },
  );
  for (const { node } of data!.contracts.edges) ids[node.code] = node.id;
});
afterAll(() => t.close());

const QUERY = `query($contractId: ID!, $number: String!) {
  articleByNumber(contractId: $contractId, number: $number) { contractId number heading body }
}`;
type Article = { contractId: string; number: string; heading: string | null; body: string };

it.each<[string, string, string, RegExp]>([
  // TIC 8.1: the receiving party keeps Confidential Information confidential
  ['TIC', '8.1', '8.1', /confiden/i],
  ['TIC', 'TIC 7.1(b)', '7.1', /Technology Information/],
  // JVC Art. 96: confidentiality; Art. 104 lists the events of early termination
  ['JVC', 'Art. 96', '96', /confiden/i],
  ['JVC', 'JVC Art. 104(2)', '104', /terminat/i],
])('%s %s is article %s', async (code, citation, number, says) => {
  const response = await t.gql<{ articleByNumber: Article }>(
    QUERY,
    { contractId: ids[code], number: citation },
    { party: 'JV', role: 'VIEWER' },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.articleByNumber.number).toBe(number);
  expect(response.data!.articleByNumber.contractId).toBe(ids[code]);
  expect(response.data!.articleByNumber.body).toMatch(says);
});

it('is NOT_FOUND for an article the contract does not have', async () => {
  const response = await t.gql(
    QUERY,
    { contractId: ids.TIC, number: '99.9' },
    { party: 'JV', role: 'LEGAL' },
  );
  expect(errorCodes(response)).toEqual(['NOT_FOUND']);
});

it('is BAD_USER_INPUT for something that is not an article number', async () => {
  const response = await t.gql(
    QUERY,
    { contractId: ids.TIC, number: 'confidentiality' },
    { party: 'JV', role: 'LEGAL' },
  );
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors![0].extensions?.field).toBe('number');
});

it.each<PartyCode>(['VALENCE', 'FENGFAN', 'JV'])(
  'is read by every role of %s (readContracts)',
  async (party) => {
    for (const role of ['ADMIN', 'LEGAL', 'COMPLIANCE', 'ENGINEER', 'VIEWER'] as const) {
      const response = await t.gql(QUERY, { contractId: ids.TIC, number: '13.3' }, { party, role });
      expect(response.errors).toBeUndefined();
    }
  },
);

it('is refused to a caller without a token', async () => {
  const response = await t.gql(QUERY, { contractId: ids.TIC, number: '13.3' }, null);
  expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
});

import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

/**
 * Every rule of a request judges the same day, `ctx.today`, taken once from the server's clock
 * in the contracts' time zone (Asia/Shanghai): a test pins the clock instead of depending on
 * the wall clock.
 */
let t: TestApp;
let jvcId: string;
beforeAll(async () => {
  // 2025-03-01 00:30 in Shanghai is still 28 February in UTC.
  t = await startTestApp({}, { now: '2025-02-28T16:30:00Z' });
  const { data } = await t.gql<{
    contracts: { edges: Array<{ node: { id: string; code: string } }> };
  }>('{ contracts(first: 10) { edges { node { id code } } } }', {}, { party: 'JV', role: 'LEGAL' });
  jvcId = data!.contracts.edges.find((edge) => edge.node.code === 'JVC')!.node.id;
});
afterAll(() => t.close());

const RECORD_EVENT = `mutation($input: RecordEventInput!) { recordEvent(input: $input) { id occurredOn } }`;
const establishment = (occurredOn: string) => ({
  input: {
    contractId: jvcId,
    kind: 'ESTABLISHMENT_DATE',
    occurredOn,
    description: 'Business License issued',
  },
});

it('refuses a date after the pinned today as in the future', async () => {
  const response = await t.gql(RECORD_EVENT, establishment('2025-03-02'), {
    party: 'JV',
    role: 'LEGAL',
  });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors![0].message).toContain('cannot be in the future');
});

it('takes today in China: 1 March in Shanghai while it is 28 February in UTC', async () => {
  const response = await t.gql<{ recordEvent: { occurredOn: string } }>(
    RECORD_EVENT,
    establishment('2025-03-01'),
    { party: 'JV', role: 'LEGAL' },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.recordEvent.occurredOn).toBe('2025-03-01');
});

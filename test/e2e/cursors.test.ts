import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('a forged cursor of the right shape but the wrong types', () => {
  it.each([
    [
      'obligations',
      `query($after: String) { obligations(first: 5, after: $after) { edges { cursor } } }`,
      ['nope', 'x'],
    ],
    [
      'notices',
      `query($after: String) { notices(first: 5, after: $after) { edges { cursor } } }`,
      ['nope', 'x'],
    ],
    [
      'auditEvents',
      `query($after: String) { auditEvents(first: 5, after: $after) { edges { cursor } } }`,
      ['abc'],
    ],
  ])('%s: BAD_USER_INPUT naming `after`, not a server error', async (_field, query, values) => {
    const response = await t.gql(
      query,
      { after: forged(values) },
      { party: 'VALENCE', role: 'LEGAL' },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('after');
  });
});

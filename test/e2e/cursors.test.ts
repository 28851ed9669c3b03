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
      ['DUE_ON:ASC', 'nope', 'x'],
    ],
    [
      'notices',
      `query($after: String) { notices(first: 5, after: $after) { edges { cursor } } }`,
      ['SENT_AT:DESC', 'nope', 'x'],
    ],
    [
      'auditEvents',
      `query($after: String) { auditEvents(first: 5, after: $after) { edges { cursor } } }`,
      ['event.id:DESC', 'abc'],
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

describe('counted connections', () => {
  const USERS = `query($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      nodes { id }
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  type UsersPage = {
    users: {
      totalCount: number;
      nodes: Array<{ id: string }>;
      edges: Array<{ cursor: string; node: { id: string } }>;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
  };
  const ADMIN = { party: 'JV', role: 'ADMIN' } as const;

  it('counts the whole list on every page, and pages walk it from start to end', async () => {
    // The seed gives each party one demo user per role: five JV users.
    const first = await t.gql<UsersPage>(USERS, { first: 2 }, ADMIN);
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.users;
    expect(page1.totalCount).toBe(5);
    expect(page1.nodes).toEqual(page1.edges.map((edge) => edge.node));
    expect(page1.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: page1.edges[0].cursor,
      endCursor: page1.edges[1].cursor,
    });

    const seen = page1.nodes.map((node) => node.id);
    let after = page1.pageInfo.endCursor;
    for (;;) {
      const next = (await t.gql<UsersPage>(USERS, { first: 2, after }, ADMIN)).data!.users;
      expect(next.totalCount).toBe(5);
      expect(next.pageInfo.hasPreviousPage).toBe(true);
      seen.push(...next.nodes.map((node) => node.id));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);
  });

  it('counts only what the caller may see: the rows of its own party', async () => {
    const valence = await t.gql<UsersPage>(
      USERS,
      { first: 1 },
      { party: 'VALENCE', role: 'ADMIN' },
    );
    expect(valence.data!.users.totalCount).toBe(5);
    expect(valence.data!.users.nodes).toHaveLength(1);
  });
});

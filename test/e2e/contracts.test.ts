import { randomUUID } from 'node:crypto';
import type { PartyCode, Role } from '../../src/domain/parties';
import { errorCodes, startTestApp, type TestApp, returnedNothing } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  // No user cache: the context looks the caller up on every request, so statement counts
  // do not depend on how long ago the previous request ran.
  t = await startTestApp({ USER_CACHE_TTL_MS: '0' });
});
afterAll(() => t.close());

const PARTIES: PartyCode[] = ['VALENCE', 'FENGFAN', 'JV'];
const ROLES: Role[] = ['ADMIN', 'LEGAL', 'COMPLIANCE', 'ENGINEER', 'VIEWER'];
const everyRoleOf = (parties: PartyCode[]) =>
  parties.flatMap((party) => ROLES.map((role) => ({ party, role })));

interface ContractView {
  id: string;
  code: string;
  title: string;
  kind: string;
  parent: { code: string } | null;
  parties: Array<{ role: string; party: { code: string } }>;
  articles: Array<{ number: string; position: number }>;
}

interface ContractsPage {
  contracts: {
    edges: Array<{ cursor: string; node: ContractView }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const CONTRACT_FIELDS = `id code title kind parent { code }
  parties { role party { code } }
  articles { number position }`;

const CONTRACTS = `query Contracts($first: Int, $after: String) {
  contracts(first: $first, after: $after) {
    edges { cursor node { ${CONTRACT_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const CONTRACT = `query Contract($id: ID!) { contract(id: $id) { ${CONTRACT_FIELDS} } }`;

async function listContracts(
  as: { party: PartyCode; role: Role },
  page: { first: number; after?: string | null } = { first: 100 },
): Promise<ContractsPage['contracts']> {
  const { data, errors } = await t.gql<ContractsPage>(CONTRACTS, page, as);
  expect(errors).toBeUndefined();
  return data!.contracts;
}

async function contractsByCode(as: { party: PartyCode; role: Role }) {
  const connection = await listContracts(as);
  expect(connection.pageInfo.hasNextPage).toBe(false);
  return new Map(connection.edges.map((edge) => [edge.node.code, edge.node]));
}

async function contractId(code: string): Promise<string> {
  const [row] = await t.db.query<Array<{ id: string }>>('SELECT id FROM contract WHERE code = $1', [
    code,
  ]);
  return row.id;
}

const roleMap = (contract: ContractView) =>
  Object.fromEntries(contract.parties.map((p) => [p.party.code, p.role]));

/** Inserts a contract with its parties and articles straight into the database. */
async function insertContract(fixture: {
  code: string;
  kind: string;
  title: string;
  parentCode: string | null;
  parties: Array<[PartyCode, string]>;
  articles: string[];
}): Promise<string> {
  const [{ id }] = await t.db.query<Array<{ id: string }>>(
    `INSERT INTO contract (code, title, kind, parent_id)
     VALUES ($1, $2, $3, (SELECT id FROM contract WHERE code = $4)) RETURNING id`,
    [fixture.code, fixture.title, fixture.kind, fixture.parentCode],
  );
  for (const [party, role] of fixture.parties) {
    await t.db.query(
      'INSERT INTO contract_party (contract_id, party_code, role) VALUES ($1, $2, $3)',
      [id, party, role],
    );
  }
  for (const [index, number] of fixture.articles.entries()) {
    await t.db.query(
      `INSERT INTO article (contract_id, number, heading, chapter, body, position)
       VALUES ($1, $2, NULL, 'FIXTURE', $3, $4)`,
      [id, number, `Body of ${fixture.code} article ${number}`, index + 1],
    );
  }
  return id;
}

/** Removes fixtures (children first: parent_id has no cascade); parties and articles cascade. */
async function deleteContracts(codes: string[]): Promise<void> {
  for (const code of codes) await t.db.query('DELETE FROM contract WHERE code = $1', [code]);
}

describe('contracts: cursor pagination', () => {
  it.each(PARTIES)('walks JVC then TIC one per page, as a %s user', async (party) => {
    const as = { party, role: 'VIEWER' } as const;

    const first = await listContracts(as, { first: 1 });
    expect(first.edges.map((edge) => edge.node.code)).toEqual(['JVC']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).toBe(first.edges[0].cursor);

    const second = await listContracts(as, { first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.code)).toEqual(['TIC']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.pageInfo.endCursor).toBe(second.edges[0].cursor);

    const walked = [...first.edges, ...second.edges].map((edge) => edge.node.id);
    expect(new Set(walked).size).toBe(2);

    const past = await listContracts(as, { first: 1, after: second.pageInfo.endCursor });
    expect(past).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('returns both on one page when the page is big enough', async () => {
    const page = await listContracts({ party: 'JV', role: 'LEGAL' }, { first: 2 });
    expect(page.edges.map((edge) => edge.node.code)).toEqual(['JVC', 'TIC']);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['first: 0', { first: 0 }],
    ['first: 101', { first: 101 }],
    ['a forged cursor', { first: 1, after: 'not-a-cursor' }],
  ])('refuses %s with BAD_USER_INPUT', async (_, page) => {
    const response = await t.gql(CONTRACTS, page, { party: 'VALENCE', role: 'VIEWER' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('contract(id:)', () => {
  it('returns the TIC with its parties, its articles in document order and the JVC as parent', async () => {
    const id = await contractId('TIC');
    const { data, errors } = await t.gql<{ contract: ContractView }>(
      CONTRACT,
      { id },
      { party: 'FENGFAN', role: 'ENGINEER' },
    );
    expect(errors).toBeUndefined();
    const tic = data!.contract;
    expect(tic).toMatchObject({ id, code: 'TIC', parent: { code: 'JVC' } });
    expect(roleMap(tic)).toEqual({ VALENCE: 'LICENSOR', FENGFAN: 'PARTY', JV: 'LICENSEE' });
    expect(tic.articles).toHaveLength(75);
    expect(tic.articles.slice(0, 4).map((a) => a.number)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(tic.articles.at(-1)?.number).toBe('13.11');
    // Document order: section numbers ascend numerically (1.9 < 1.10 < 2.1), as do positions.
    const sections = tic.articles.map((a) => a.number.split('.').map(Number));
    for (let i = 1; i < sections.length; i += 1) {
      const [major, minor] = sections[i];
      const [prevMajor, prevMinor] = sections[i - 1];
      expect(major === prevMajor ? minor === prevMinor + 1 : major === prevMajor + 1).toBe(true);
    }
    const positions = tic.articles.map((a) => a.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('returns the JVC with no parent and Articles 1 to 128 in order', async () => {
    const id = await contractId('JVC');
    const { data, errors } = await t.gql<{ contract: ContractView }>(
      CONTRACT,
      { id },
      { party: 'JV', role: 'VIEWER' },
    );
    expect(errors).toBeUndefined();
    const jvc = data!.contract;
    expect(jvc).toMatchObject({ id, code: 'JVC', parent: null });
    expect(roleMap(jvc)).toEqual({
      FENGFAN: 'PARTY_A',
      VALENCE: 'PARTY_B',
      JV: 'JOINT_VENTURE_COMPANY',
    });
    expect(jvc.articles.map((a) => a.number)).toEqual(
      Array.from({ length: 128 }, (_, i) => String(i + 1)),
    );
  });

  it('answers NOT_FOUND for an id that matches no contract', async () => {
    const response = await t.gql(
      CONTRACT,
      { id: randomUUID() },
      { party: 'VALENCE', role: 'ADMIN' },
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(returnedNothing(response)).toBe(true);
  });
});

describe('row scoping: a contract FENGFAN is not party to', () => {
  let vjId: string;
  let childId: string;

  beforeAll(async () => {
    vjId = await insertContract({
      code: 'TEST-VJ',
      kind: 'NONDISCLOSURE_AGREEMENT',
      title: 'scoping fixture',
      parentCode: null,
      parties: [
        ['VALENCE', 'LICENSOR'],
        ['JV', 'LICENSEE'],
      ],
      articles: ['1'],
    });
    childId = await insertContract({
      code: 'TEST-CHILD',
      kind: 'SUPPLIER_SUBLICENCE',
      title: 'scoping fixture child',
      parentCode: 'TEST-VJ',
      parties: [
        ['VALENCE', 'PARTY'],
        ['FENGFAN', 'PARTY'],
        ['JV', 'PARTY'],
      ],
      articles: ['1', '2'],
    });
  });
  afterAll(() => deleteContracts(['TEST-CHILD', 'TEST-VJ']));

  describe.each(ROLES)('for FENGFAN %s', (role) => {
    const as = { party: 'FENGFAN', role } as const;

    it('is not in the list; the child is, with no parent', async () => {
      const byCode = await contractsByCode(as);
      expect([...byCode.keys()]).toEqual(['JVC', 'TEST-CHILD', 'TIC']);
      expect(byCode.get('TEST-CHILD')?.parent).toBeNull();
    });

    it('is NOT_FOUND by id, exactly like an id that does not exist', async () => {
      const response = await t.gql(CONTRACT, { id: vjId }, as);
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(returnedNothing(response)).toBe(true);
      const missing = await t.gql(CONTRACT, { id: randomUUID() }, as);
      expect(response.errors![0].message.replace(vjId, '<id>')).toBe(
        missing.errors![0].message.replace(/[0-9a-f-]{36}/, '<id>'),
      );
    });

    it("is not reachable as the child's parent by id", async () => {
      const { data, errors } = await t.gql<{ contract: ContractView }>(
        CONTRACT,
        { id: childId },
        as,
      );
      expect(errors).toBeUndefined();
      expect(data!.contract).toMatchObject({ code: 'TEST-CHILD', parent: null });
      expect(roleMap(data!.contract)).toEqual({ VALENCE: 'PARTY', FENGFAN: 'PARTY', JV: 'PARTY' });
      expect(data!.contract.articles.map((a) => a.number)).toEqual(['1', '2']);
    });
  });

  describe.each(everyRoleOf(['VALENCE', 'JV']))('for $party $role', (as) => {
    it('is in the list with its parties and article, and is the parent of the child', async () => {
      const byCode = await contractsByCode(as);
      expect([...byCode.keys()]).toEqual(['JVC', 'TEST-CHILD', 'TEST-VJ', 'TIC']);
      const vj = byCode.get('TEST-VJ')!;
      expect(vj).toMatchObject({
        id: vjId,
        kind: 'NONDISCLOSURE_AGREEMENT',
        title: 'scoping fixture',
        parent: null,
      });
      expect(roleMap(vj)).toEqual({ VALENCE: 'LICENSOR', JV: 'LICENSEE' });
      expect(vj.articles.map((a) => a.number)).toEqual(['1']);
      expect(byCode.get('TEST-CHILD')?.parent).toEqual({ code: 'TEST-VJ' });
    });

    it('is returned by id, and as the parent of the child by id', async () => {
      const vj = await t.gql<{ contract: ContractView }>(CONTRACT, { id: vjId }, as);
      expect(vj.errors).toBeUndefined();
      expect(vj.data!.contract).toMatchObject({ id: vjId, code: 'TEST-VJ', parent: null });
      expect(vj.data!.contract.articles.map((a) => a.number)).toEqual(['1']);
      const child = await t.gql<{ contract: ContractView }>(CONTRACT, { id: childId }, as);
      expect(child.errors).toBeUndefined();
      expect(child.data!.contract.parent).toEqual({ code: 'TEST-VJ' });
    });
  });
});

describe('no N+1: the statement count does not grow with the page size', () => {
  const BATCH = ['BATCH-1', 'BATCH-2', 'BATCH-3', 'BATCH-4'];
  const NESTED = `query Nested($first: Int!) {
    contracts(first: $first) { edges { node {
      code parent { code }
      parties { role party { code legalName } }
      articles { number }
    } } }
  }`;
  interface NestedPage {
    contracts: {
      edges: Array<{
        node: {
          code: string;
          parent: { code: string } | null;
          parties: Array<{ role: string; party: { code: string; legalName: string } }>;
          articles: Array<{ number: string }>;
        };
      }>;
    };
  }

  beforeAll(async () => {
    // Codes that sort before JVC, so the first four contracts VALENCE sees all have a
    // parent, parties and articles, and each relation is loaded for every page size.
    for (const [index, code] of BATCH.entries()) {
      await insertContract({
        code,
        kind: 'TRADEMARK_LICENCE',
        title: `batch fixture ${index + 1}`,
        parentCode: index % 2 === 0 ? 'JVC' : 'TIC',
        parties:
          index % 2 === 0
            ? [
                ['VALENCE', 'PARTY_B'],
                ['JV', 'PARTY'],
              ]
            : [
                ['VALENCE', 'LICENSOR'],
                ['FENGFAN', 'PARTY'],
                ['JV', 'LICENSEE'],
              ],
        articles: ['1', '2', '3'],
      });
    }
  });
  afterAll(() => deleteContracts(BATCH));

  async function statementsFor(first: number) {
    const token = await t.tokenFor('VALENCE', 'LEGAL');
    t.queries.reset();
    const { data, errors } = await t.gql<NestedPage>(NESTED, { first }, { token });
    const count = t.queries.count;
    expect(errors).toBeUndefined();
    return { count, nodes: data!.contracts.edges.map((edge) => edge.node) };
  }

  it('costs the same for 1 contract as for 4, and only a handful of statements', async () => {
    const one = await statementsFor(1);
    const four = await statementsFor(4);

    expect(one.nodes.map((node) => node.code)).toEqual(['BATCH-1']);
    expect(four.nodes.map((node) => node.code)).toEqual(BATCH);
    for (const node of four.nodes) {
      expect(node.parent?.code).toMatch(/^(JVC|TIC)$/);
      expect(node.parties.length).toBeGreaterThanOrEqual(2);
      expect(node.parties.every((p) => p.party.legalName.length > 0)).toBe(true);
      expect(node.articles.map((a) => a.number)).toEqual(['1', '2', '3']);
    }

    expect(four.count).toBe(one.count);
    expect(one.count).toBeLessThanOrEqual(8);
  });

  it('pages the articles of each contract with first and afterPosition, in one statement', async () => {
    const SLICED = `query Sliced($first: Int!) {
      contracts(first: $first) { nodes {
        code
        head: articles(first: 2) { number position }
        rest: articles(first: 2, afterPosition: 2) { number }
      } }
    }`;
    const run = async (first: number) => {
      const token = await t.tokenFor('VALENCE', 'LEGAL');
      t.queries.reset();
      const response = await t.gql<{
        contracts: {
          nodes: Array<{
            code: string;
            head: Array<{ number: string; position: number }>;
            rest: Array<{ number: string }>;
          }>;
        };
      }>(SLICED, { first }, { token });
      expect(response.errors).toBeUndefined();
      return { count: t.queries.count, nodes: response.data!.contracts.nodes };
    };
    const one = await run(1);
    const four = await run(4);
    for (const node of four.nodes) {
      expect(node.head).toEqual([
        { number: '1', position: 1 },
        { number: '2', position: 2 },
      ]);
      expect(node.rest).toEqual([{ number: '3' }]);
    }
    expect(four.count).toBe(one.count);
    expect(one.count).toBeLessThanOrEqual(8);
  });

  it('refuses a slice size outside 1 to 100', async () => {
    const response = await t.gql(
      `{ contracts(first: 1) { nodes { articles(first: 0) { number } } } }`,
      {},
      { party: 'VALENCE', role: 'LEGAL' },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

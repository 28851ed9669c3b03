/**
 * SQL statements per request for each benchmarked query (scripts/bench/queries.ts), counted
 * at the application's connection: the same for a page of 1 as for a page of 20, and for a
 * contract of 1 article as for one of 40. The contract reads and the registers' lists are one
 * statement for the rows (their nested rows with them), besides the caller's lookup.
 */
import { benchQueries } from '../../../scripts/bench/queries';
import { copyExportCheck, generateDataset } from '../../../scripts/bench/dataset';
import { startTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
let ids: { one: string; forty: string };

beforeAll(async () => {
  // No user cache: every request looks its caller up, so counts do not depend on timing.
  t = await startTestApp({ USER_CACHE_TTL_MS: '0' }, { today: '2026-02-15' });
  await generateDataset(t.db, {
    contracts: 25,
    articles: 1000,
    obligationsPerContract: 3,
    registerRows: 30,
  });
  await t.db.query(
    `INSERT INTO contract (code, title, kind, status) VALUES ('BENCH-ONE', 'One article', 'SUPPLIER_SUBLICENCE', 'SIGNED')`,
  );
  await t.db.query(
    `INSERT INTO contract_party (contract_id, party_code, role, signatory)
     SELECT id, 'JV', 'LICENSEE', true FROM contract WHERE code = 'BENCH-ONE'`,
  );
  await t.db.query(
    `INSERT INTO article (contract_id, number, heading, chapter, body, position)
     SELECT id, '1', 'Only', 'Chapter 1', 'The only article.', 1 FROM contract WHERE code = 'BENCH-ONE'`,
  );
  const rows = await t.db.query<Array<{ code: string; id: string }>>(
    `SELECT code, id FROM contract WHERE code IN ('BENCH-ONE', 'BENCH-0001')`,
  );
  ids = {
    one: rows.find((row) => row.code === 'BENCH-ONE')!.id,
    forty: rows.find((row) => row.code === 'BENCH-0001')!.id,
  };
  const run = await t.gql(
    `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { id } }`,
    {
      input: {
        items: [{ eccn: 'EAR99' }],
        releaseKind: 'EXPORT',
        destination: 'CN',
        parties: [{ name: 'Baoding Cathode Works', country: 'CN', role: 'END_USER' }],
        declaredEndUse: 'Manufacture of lithium batteries for electric buses',
      },
    },
    { party: 'JV', role: 'COMPLIANCE' },
  );
  expect(run.errors).toBeUndefined();
  await copyExportCheck(t.db, 30);
});
afterAll(() => t.close());

/** The benchmark's query by its name, with `first` set to `size` where it has one. */
function sized(name: string, size: number, contractId: string) {
  const query = benchQueries(contractId).find((q) => q.name.startsWith(name))!;
  return { ...query, query: query.query.replace('first: 20', `first: ${size}`) };
}

async function statements(query: { query: string; variables: Record<string, unknown> }) {
  const token = await t.tokenFor('JV', 'LEGAL');
  t.queries.reset();
  const response = await t.gql<Record<string, { nodes?: unknown[]; articles?: unknown[] }>>(
    query.query,
    query.variables,
    { token },
  );
  expect(response.errors).toBeUndefined();
  return { count: t.queries.count, data: response.data! };
}

describe('SQL statements per request, constant in the size of the answer', () => {
  it('the contract list: the caller and one statement, for 1, 5 or 20 contracts', async () => {
    const counts = [];
    for (const size of [1, 5, 20]) {
      const { count, data } = await statements(sized('contract list', size, ''));
      expect(data.contracts.nodes).toHaveLength(size);
      counts.push(count);
    }
    expect(counts).toEqual([2, 2, 2]);
  });

  it('one contract: the caller and one statement, with 1 article or 40', async () => {
    const one = await statements(sized('one contract', 0, ids.one));
    const forty = await statements(sized('one contract', 0, ids.forty));
    expect(one.data.contract.articles).toHaveLength(1);
    expect(forty.data.contract.articles).toHaveLength(40);
    expect([one.count, forty.count]).toEqual([2, 2]);
  });

  it.each(['upcomingDeadlines', 'exportChecks'])(
    '%s: as many for 1 row as for 20',
    async (name) => {
      const one = await statements(sized(name, 1, ''));
      const twenty = await statements(sized(name, 20, ''));
      expect(one.data[name].nodes).toHaveLength(1);
      expect(twenty.data[name].nodes).toHaveLength(20);
      expect(twenty.count).toBe(one.count);
    },
  );

  it.each(['marks', 'confidentialItems', 'suppliers', 'supplierSublicenses'])(
    '%s: the caller and one statement, for 1 row or 20 with their nested rows',
    async (name) => {
      const one = await statements(sized(name, 1, ''));
      const twenty = await statements(sized(name, 20, ''));
      expect(one.data[name].nodes).toHaveLength(1);
      expect(twenty.data[name].nodes).toHaveLength(20);
      expect([one.count, twenty.count]).toEqual([2, 2]);
    },
  );
});

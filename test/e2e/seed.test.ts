import { seedDatabase } from '../../src/seed/seed';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface ContractsData {
  contracts: {
    edges: Array<{
      node: {
        code: string;
        title: string;
        signedOn: string;
        parent: { code: string } | null;
        parties: Array<{ role: string; party: { code: string } }>;
        articles: Array<{ number: string; chapter: string; body: string }>;
      };
    }>;
  };
}

const CONTRACTS = `{
  contracts(first: 10) {
    edges { node {
      code title signedOn parent { code }
      parties { role party { code } }
      articles { number chapter body }
    } }
  }
}`;

describe('the seed', () => {
  it('loads every article of both contracts, as counted in the texts', async () => {
    const { data, errors } = await t.gql<ContractsData>(
      CONTRACTS,
      {},
      { party: 'JV', role: 'VIEWER' },
    );
    expect(errors).toBeUndefined();
    const byCode = Object.fromEntries(
      data!.contracts.edges.map((edge) => [edge.node.code, edge.node]),
    );
    // TIC: sections 1.1-1.16, 2.1-2.8, 3.1-3.3, 4.1-4.3, 5.1-5.6, 6.1-6.3, 7.1-7.5, 8.1-8.7,
    // 9.1, 10.1-10.4, 11.1-11.6, 12.1-12.2, 13.1-13.11 = 75. JVC: Articles 1-128.
    expect(byCode.TIC.articles).toHaveLength(75);
    expect(byCode.JVC.articles).toHaveLength(128);
    expect(byCode.TIC.articles.map((a) => a.number).slice(0, 3)).toEqual(['1.1', '1.2', '1.3']);
    expect(byCode.TIC.articles.at(-1)?.number).toBe('13.11');
    expect(byCode.JVC.articles.map((a) => a.number)).toEqual(
      Array.from({ length: 128 }, (_, i) => String(i + 1)),
    );
    const tic61 = byCode.TIC.articles.find((a) => a.number === '6.1');
    expect(tic61?.body).toContain('US $7,241,000');
    expect(tic61?.chapter).toBe('ARTICLE 6 - CONSIDERATION AND REIMBURSEMENT');
  });

  it('records the parties with their roles, the signing dates and the appendix link', async () => {
    const { data } = await t.gql<ContractsData>(CONTRACTS, {}, { party: 'VALENCE', role: 'LEGAL' });
    const byCode = Object.fromEntries(
      data!.contracts.edges.map((edge) => [edge.node.code, edge.node]),
    );
    expect(byCode.TIC.parent).toEqual({ code: 'JVC' });
    expect(byCode.TIC.signedOn).toBe('2003-07-08');
    expect(byCode.JVC.signedOn).toBe('2002-11-08');
    const roles = (code: string) =>
      Object.fromEntries(byCode[code].parties.map((p) => [p.party.code, p.role]));
    expect(roles('TIC')).toEqual({ VALENCE: 'LICENSOR', FENGFAN: 'PARTY', JV: 'LICENSEE' });
    expect(roles('JVC')).toEqual({
      FENGFAN: 'PARTY_A',
      VALENCE: 'PARTY_B',
      JV: 'JOINT_VENTURE_COMPANY',
    });
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const report = await seedDatabase(t.db);
    expect(report).toEqual({ partiesAdded: 0, usersAdded: 0, contractsAdded: 0, articlesAdded: 0 });
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM article');
    expect(count).toBe(203);
  });
});

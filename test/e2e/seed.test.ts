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
    expect(report).toEqual({
      partiesAdded: 0,
      usersAdded: 0,
      contractsAdded: 0,
      articlesAdded: 0,
      keyTermsAdded: 0,
      obligationsAdded: 0,
    });
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM article');
    expect(count).toBe(203);
  });

  it('upgrades a database seeded by an older version: fills metadata, adds terms and obligations', async () => {
    // A foundation-era database: contracts without term, law and forum, no key terms,
    // no obligations and no status history.
    await t.db.query(`DELETE FROM obligation`);
    await t.db.query(`DELETE FROM key_term`);
    await t.db.query(`DELETE FROM contract_status_change`);
    await t.db.query(`UPDATE contract SET term_years = NULL, governing_law = NULL, forum = NULL`);

    const report = await seedDatabase(t.db);
    expect(report.contractsAdded).toBe(0);
    expect(report.keyTermsAdded).toBeGreaterThan(50);
    expect(report.obligationsAdded).toBeGreaterThanOrEqual(20);
    const rows: Array<{ code: string; term_years: number; changes: number }> = await t.db.query(
      `SELECT c.code, c.term_years,
              (SELECT count(*)::int FROM contract_status_change s WHERE s.contract_id = c.id) AS changes
         FROM contract c ORDER BY c.code`,
    );
    expect(rows).toEqual([
      { code: 'JVC', term_years: 50, changes: 1 },
      { code: 'TIC', term_years: 10, changes: 1 },
    ]);
    const again = await seedDatabase(t.db);
    expect([again.keyTermsAdded, again.obligationsAdded]).toEqual([0, 0]);
  });

  it('records each signature as the DRAFT → SIGNED change, with its article', async () => {
    const { data } = await t.gql<{
      contracts: { edges: Array<{ node: { code: string; statusHistory: unknown[] } }> };
    }>(
      `{ contracts(first: 5) { edges { node { code statusHistory { fromStatus toStatus changedOn article } } } } }`,
      {},
      { party: 'VALENCE', role: 'LEGAL' },
    );
    const history = Object.fromEntries(
      data!.contracts.edges.map((e) => [e.node.code, e.node.statusHistory]),
    );
    expect(history.TIC).toEqual([
      {
        fromStatus: 'DRAFT',
        toStatus: 'SIGNED',
        changedOn: '2003-07-08',
        article: 'TIC preamble; TIC 13.6',
      },
    ]);
    expect(history.JVC).toEqual([
      {
        fromStatus: 'DRAFT',
        toStatus: 'SIGNED',
        changedOn: '2002-11-08',
        article: 'JVC signature block; JVC Art. 124',
      },
    ]);
  });
});

/**
 * The benchmarked requests: a GraphQL document and variables for the server, and for the
 * contract reads the path and SQL of the raw node + pg baseline, which returns the same JSON
 * (`{"data": …}`) from one statement built by PostgreSQL (json_agg). The baseline applies the
 * same row scope (the caller's party must be a party to the contract) but checks no token.
 */
export interface BenchQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  baseline?: { path: string; sql: string; params: unknown[] };
}

/** The party the benchmark reads as (JV LEGAL): a party to every generated contract. */
export const BENCH_PARTY = 'JV';
export const BENCH_EMAIL = 'legal@jv.demo';

/** A contract's status today, EXPIRED computed from its term, as the API reckons it. */
const statusSql = (c: string) => `(CASE WHEN ${c}.status = 'EFFECTIVE'
    AND ${c}.term_starts_on IS NOT NULL
    AND (now() AT TIME ZONE 'Asia/Shanghai')::date > (${c}.term_starts_on + make_interval(
      years => CASE ${c}.code WHEN 'TIC' THEN 10 WHEN 'JVC' THEN 50 ELSE ${c}.term_years END))::date
  THEN 'EXPIRED' ELSE ${c}.status END)`;

const partiesSql = (c: string) => `(SELECT coalesce(json_agg(json_build_object(
      'role', cp.role, 'party', json_build_object('code', p.code, 'shortName', p.short_name))
    ORDER BY cp.party_code), '[]')
  FROM contract_party cp JOIN party p ON p.code = cp.party_code
  WHERE cp.contract_id = ${c}.id)`;

const visibleSql = (c: string) =>
  `EXISTS (SELECT 1 FROM contract_party v WHERE v.contract_id = ${c}.id AND v.party_code = $1)`;

/** The benchmarked requests; the contract list once per page size in `listSizes`. */
export function benchQueries(contractId: string, listSizes: number[] = [20]): BenchQuery[] {
  return [
    ...listSizes.map(listQuery),
    {
      name: 'one contract (parties, article bodies)',
      query: `query One($id: ID!) { contract(id: $id) {
        id code title status parties { role party { code shortName } }
        articles { number heading body }
      } }`,
      variables: { id: contractId },
      baseline: {
        path: '/contract',
        params: [BENCH_PARTY, contractId],
        sql: `SELECT json_build_object('data', json_build_object('contract', json_build_object(
              'id', c.id, 'code', c.code, 'title', c.title, 'status', ${statusSql('c')},
              'parties', ${partiesSql('c')},
              'articles', (SELECT coalesce(json_agg(json_build_object(
                  'number', a.number, 'heading', a.heading, 'body', a.body) ORDER BY a.position),
                  '[]')
                FROM article a WHERE a.contract_id = c.id))))::text AS body
          FROM contract c WHERE c.id = $2 AND ${visibleSql('c')}`,
      },
    },
    {
      name: 'upcomingDeadlines (20, with contract)',
      query: `query Upcoming { upcomingDeadlines(within: 120, asOf: "2026-03-01", first: 20) {
        nodes { code description article dueOn status obligorParty contract { code } }
      } }`,
      variables: {},
    },
    {
      name: 'exportChecks (20, with findings)',
      query: `query Checks { exportChecks(first: 20) { nodes {
        id decision destination releaseKind runAt findings { code citation }
      } } }`,
      variables: {},
    },
  ];
}

function listQuery(size: number): BenchQuery {
  return {
    name: `contract list (${size}, parties, article headings)`,
    query: `query List { contracts(first: ${size}) { nodes {
        id code title status parties { role party { code shortName } } articles { number heading }
      } } }`,
    variables: {},
    baseline: {
      path: `/list/${size}`,
      params: [BENCH_PARTY],
      sql: `SELECT json_build_object('data', json_build_object('contracts', json_build_object(
            'nodes', coalesce(json_agg(json_build_object(
              'id', c.id, 'code', c.code, 'title', c.title, 'status', ${statusSql('c')},
              'parties', ${partiesSql('c')},
              'articles', (SELECT coalesce(json_agg(json_build_object(
                  'number', a.number, 'heading', a.heading) ORDER BY a.position), '[]')
                FROM article a WHERE a.contract_id = c.id)
            ) ORDER BY c.code, c.id), '[]'))))::text AS body
          FROM (SELECT * FROM contract c WHERE ${visibleSql('c')}
                ORDER BY c.code, c.id LIMIT ${size}) c`,
    },
  };
}

/**
 * The benchmarked requests: a GraphQL document and variables for the server, and for the
 * contract and register reads the path and SQL of the raw node + pg baseline, which returns
 * the same JSON (`{"data": …}`) from one statement built by PostgreSQL (json_agg). The
 * baseline applies the same row scope and order as the server (auth/visibility.ts, the list
 * services, the loaders of nested lists) but checks no token.
 */
export interface BenchQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  baseline?: { path: string; sql: string; params: unknown[] };
}

/**
 * The party the benchmark reads as (JV LEGAL): a party to every generated contract, and a
 * role that sees every item of its party's registers (services/confidential/item-scope.ts).
 */
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

/**
 * The benchmarked requests; the contract list and the registers' lists once per page size in
 * `listSizes`.
 */
export function benchQueries(contractId: string, listSizes: number[] = [20]): BenchQuery[] {
  const registers = listSizes.flatMap((size) => registerQueries.map((q) => resized(q, size)));
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
    ...registers,
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
    {
      // No field but the type's name: what every request costs before any row is read
      // (HTTP, the token, the caller, Apollo's pipeline, the access log).
      name: 'fixed cost ({ __typename })',
      query: `query Fixed { __typename }`,
      variables: {},
      baseline: {
        path: '/fixed',
        params: [],
        sql: `SELECT json_build_object('data', json_build_object('__typename', 'Query'))::text AS body`,
      },
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

/**
 * A list's JSON, `{"data": {"<field>": {"nodes": […]}}}`: each row of the page `page` (a
 * SELECT, aliased `row`) built by `node`, in `order`.
 */
const connectionSql = (field: string, node: string, order: string, page: string) =>
  `SELECT json_build_object('data', json_build_object('${field}', json_build_object(
      'nodes', coalesce(json_agg(${node} ORDER BY ${order}), '[]'))))::text AS body
   FROM (${page}) AS row`;

/**
 * The registers' lists, 20 rows each, in the server's default order (services/*: the sort
 * key, then the id in the same direction; timestamps at the millisecond a cursor carries),
 * their nested lists in their loaders' order (services/loaders.ts, suppliers/supplier-loaders.ts).
 */
const registerQueries: BenchQuery[] = [
  {
    // Every party reads every mark and its registrations and renderings (Trademark*: TRUE).
    name: 'marks (20, registrations, renderings)',
    query: `query Marks { marks(first: 20) { nodes {
        id text ownerParty script protectionBasis
        registrations { country number niceClasses status } renderings { kind text language }
      } } }`,
    variables: {},
    baseline: {
      path: '/marks',
      params: [],
      sql: connectionSql(
        'marks',
        `json_build_object('id', row.id, 'text', row.text, 'ownerParty', row.owner_party,
          'script', row.script, 'protectionBasis', row.protection_basis,
          'registrations', (SELECT coalesce(json_agg(json_build_object('country', r.country,
              'number', r.number, 'niceClasses', r.nice_classes, 'status', r.status)
              ORDER BY r.country, r.number), '[]')
            FROM trademark_registration r WHERE r.mark_id = row.id),
          'renderings', (SELECT coalesce(json_agg(json_build_object('kind', r.kind,
              'text', r.text, 'language', r.language) ORDER BY r.kind, r.text), '[]')
            FROM trademark_rendering r WHERE r.mark_id = row.id))`,
        'row.text, row.id',
        `SELECT * FROM trademark m ORDER BY m.text, m.id LIMIT 20`,
      ),
    },
  },
  {
    // The items the JV disclosed or received (never Valence's Technology for Fengfan); LEGAL
    // sees each one without a need-to-know grant. Documents are seen with their item.
    name: 'confidentialItems (20, documents)',
    query: `query Items { confidentialItems(first: 20) { nodes {
        id title disclosingParty receivingParty article category status protectedUntil
        documents { fileName mediaType byteSize sha256 }
      } } }`,
    variables: {},
    baseline: {
      path: '/confidential-items',
      params: [BENCH_PARTY],
      sql: connectionSql(
        'confidentialItems',
        `json_build_object('id', row.id, 'title', row.title,
          'disclosingParty', row.disclosing_party, 'receivingParty', row.receiving_party,
          'article', row.article, 'category', row.category, 'status', row.status,
          'protectedUntil', row.protected_until,
          'documents', (SELECT coalesce(json_agg(json_build_object('fileName', d.file_name,
              'mediaType', d.media_type, 'byteSize', d.byte_size, 'sha256', d.sha256)
              ORDER BY d.created_at, d.id), '[]')
            FROM confidential_document d WHERE d.item_id = row.id))`,
        `date_trunc('milliseconds', row.registered_at) DESC, row.id DESC`,
        `SELECT ci.id, ci.title, ci.disclosing_party, ci.receiving_party, ci.article,
                ci.category, ci.status, ci.protected_until, ci.registered_at
         FROM confidential_item ci
         WHERE (ci.disclosing_party = $1::text OR ci.receiving_party = $1::text)
           AND NOT ($1::text = 'FENGFAN' AND ci.valence_technology)
         ORDER BY date_trunc('milliseconds', ci.registered_at) DESC, ci.id DESC LIMIT 20`,
      ),
    },
  },
  {
    // The register, its companies and their holders: Valence and the JV (never Fengfan).
    name: 'suppliers (20, holders)',
    query: `query Suppliers { suppliers(first: 20) { nodes {
        id legalName otherNames country holders { holderId sharePercent appointsBoardMajority }
      } } }`,
    variables: {},
    baseline: {
      path: '/suppliers',
      params: [BENCH_PARTY],
      sql: connectionSql(
        'suppliers',
        `json_build_object('id', row.id, 'legalName', row.legal_name,
          'otherNames', row.other_names, 'country', row.country,
          'holders', (SELECT coalesce(json_agg(json_build_object('holderId', l.holder_id,
              'sharePercent', l.share_percent, 'appointsBoardMajority', l.appoints_board_majority)
              ORDER BY l.recorded_on, l.id), '[]')
            FROM ownership_link l WHERE l.held_id = row.id AND $1::text IN ('VALENCE', 'JV')))`,
        'lower(row.legal_name), row.id',
        `SELECT * FROM supplier s WHERE $1::text IN ('VALENCE', 'JV')
         ORDER BY lower(s.legal_name), s.id LIMIT 20`,
      ),
    },
  },
  {
    // The sublicences and their suppliers: Valence and the JV (never Fengfan).
    name: 'supplierSublicenses (20, supplier)',
    query: `query Sublicences { supplierSublicenses(first: 20) { nodes {
        id status validFrom validTo purpose supplier { legalName country }
      } } }`,
    variables: {},
    baseline: {
      path: '/supplier-sublicenses',
      params: [BENCH_PARTY],
      sql: connectionSql(
        'supplierSublicenses',
        `json_build_object('id', row.id, 'status', row.status, 'validFrom', row.valid_from,
          'validTo', row.valid_to, 'purpose', row.purpose,
          'supplier', (SELECT json_build_object('legalName', s.legal_name, 'country', s.country)
            FROM supplier s WHERE s.id = row.supplier_id AND $1::text IN ('VALENCE', 'JV')))`,
        `date_trunc('milliseconds', row.created_at) DESC, row.id DESC`,
        `SELECT * FROM supplier_sublicense l WHERE $1::text IN ('VALENCE', 'JV')
         ORDER BY date_trunc('milliseconds', l.created_at) DESC, l.id DESC LIMIT 20`,
      ),
    },
  },
];

/** A register's list (written for pages of 20) for pages of `size`, on its own baseline path. */
function resized(query: BenchQuery, size: number): BenchQuery {
  const baseline = query.baseline!;
  return {
    ...query,
    name: query.name.replace('(20,', `(${size},`),
    query: query.query.replace('first: 20', `first: ${size}`),
    baseline: {
      ...baseline,
      path: `${baseline.path}/${size}`,
      sql: baseline.sql.replace('LIMIT 20', `LIMIT ${size}`),
    },
  };
}

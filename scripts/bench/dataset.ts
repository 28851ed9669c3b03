import type { DataSource } from 'typeorm';

export interface DatasetSize {
  /** Generated contracts (the two seeded ones, TIC and JVC, come on top). */
  contracts: number;
  /** Generated articles, spread evenly over the generated contracts. */
  articles: number;
  /** Obligations per generated contract, each with a due date. */
  obligationsPerContract: number;
}

export const DEFAULT_SIZE: DatasetSize = {
  contracts: 200,
  articles: 8000,
  obligationsPerContract: 3,
};

/**
 * Deterministic rows, the same for every run of a size: contract i is BENCH-0001…, its
 * parties Valence and the JV (Fengfan too for every third), its articles numbered 1…n with a
 * heading and a body of some 1,200 characters (contract texts are long; a list that shows
 * headings must not fetch them), and dated duties of the JV owed to Valence. Everything is
 * generated inside PostgreSQL (generate_series), so a large size loads in seconds.
 */
export async function generateDataset(db: DataSource, size: DatasetSize): Promise<void> {
  const perContract = Math.max(1, Math.round(size.articles / size.contracts));
  await db.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO contract (code, title, kind, signed_on, status, effective_on, term_years,
                             term_starts_on, governing_law, forum)
       SELECT 'BENCH-' || lpad(i::text, 4, '0'),
              'Supplier sublicence ' || i || ' for cathode materials',
              'SUPPLIER_SUBLICENCE', date '2020-01-01' + i, 'EFFECTIVE', date '2020-02-01' + i,
              10, date '2020-02-01' + i, 'California', 'ICC, Singapore'
       FROM generate_series(1, $1::int) AS i`,
      [size.contracts],
    );
    await manager.query(
      `INSERT INTO contract_party (contract_id, party_code, role, signatory)
       SELECT c.id, p.code, p.role, true
       FROM contract c
       CROSS JOIN (VALUES ('VALENCE', 'LICENSOR'), ('JV', 'LICENSEE'), ('FENGFAN', 'PARTY_A'))
         AS p(code, role)
       WHERE c.code LIKE 'BENCH-%'
         AND (p.code <> 'FENGFAN' OR substr(c.code, 7)::int % 3 = 0)`,
    );
    await manager.query(
      `INSERT INTO article (contract_id, number, heading, chapter, body, position)
       SELECT c.id, n::text, 'Article ' || n || ' of ' || c.code, 'Chapter ' || (1 + n / 10),
              repeat('The Licensee shall keep the Technology Information of article ' || n ||
                     ' confidential and use it only to make Products. ', 12),
              n
       FROM contract c CROSS JOIN generate_series(1, $1::int) AS n
       WHERE c.code LIKE 'BENCH-%'`,
      [perContract],
    );
    await manager.query(
      `WITH made AS (
         INSERT INTO obligation (contract_id, code, obligor_party, beneficiary_parties,
                                 description, article, due_rule, due_on, due_on_unrolled)
         SELECT c.id, 'bench-' || j, 'JV', '{VALENCE}',
                'Deliver report ' || j || ' under ' || c.code, c.code || ' ' || j,
                'on the day the schedule names',
                date '2026-01-01' + (substr(c.code, 7)::int * 7 + j * 41) % 540,
                date '2026-01-01' + (substr(c.code, 7)::int * 7 + j * 41) % 540
         FROM contract c CROSS JOIN generate_series(1, $1::int) AS j
         WHERE c.code LIKE 'BENCH-%'
         RETURNING id)
       INSERT INTO obligation_beneficiary (obligation_id, party_code)
       SELECT id, 'VALENCE' FROM made`,
      [size.obligationsPerContract],
    );
  });
}

/**
 * Copies of one export check the server ran (runExportCheck, so its JSON is the server's
 * own), one a day back from its run: `count` rows in all.
 */
export async function copyExportCheck(
  db: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  count: number,
): Promise<void> {
  await db.query(
    `INSERT INTO export_check (run_by, run_party, run_at, release_kind, destination,
       involves_technology, input, reference_versions, decision, findings, matches, evaluation,
       party_keys, run_roles)
     SELECT run_by, run_party, run_at - make_interval(days => i), release_kind, destination,
       involves_technology, input, reference_versions, decision, findings, matches, evaluation,
       party_keys, run_roles
     FROM export_check CROSS JOIN generate_series(1, $1::int - 1) AS i`,
    [count],
  );
}

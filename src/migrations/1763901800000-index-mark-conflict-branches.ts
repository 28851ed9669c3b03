import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The conflict check's candidate query as a UNION of branches, each served by its own index
 * (services/trademarks/conflict.service): equality on the letters, the match key and the
 * skeleton (B-tree), the
 * words of a form (GIN over `tokens`), a proposed word inside a filed form (trigram `LIKE`
 * over `match_key`), and trigram similarity on the look-alike skeleton for the small edit
 * distances. That last branch runs in a function so that its similarity threshold is its
 * own (a function's `SET` lasts for the call only): 0.2 rather than pg_trgm's default 0.3,
 * low enough that every pair within the scorer's edit distances (1 edit in 5+ letters, 2 in
 * 9+: a trigram similarity of 0.25 at worst) is found, and nothing else that uses `%` (the
 * screening of export control) sees another threshold.
 */
export class IndexMarkConflictBranches1763901800000 implements MigrationInterface {
  name = 'IndexMarkConflictBranches1763901800000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['trademark', 'trademark_rendering']) {
      await q.query(`CREATE INDEX ${table}_letters ON ${table} (letters)`);
      await q.query(`CREATE INDEX ${table}_match_key ON ${table} (match_key)`);
      await q.query(`CREATE INDEX ${table}_skeleton ON ${table} (skeleton)`);
      await q.query(
        `CREATE INDEX ${table}_match_key_trgm ON ${table} USING gin (match_key gin_trgm_ops)`,
      );
      await q.query(`CREATE INDEX ${table}_tokens ON ${table} USING gin (tokens)`);
    }
    await q.query(`
      CREATE FUNCTION trademark_similar_skeletons(skeletons text[])
      RETURNS TABLE (mark_id uuid, rendering_id uuid, n bigint)
      LANGUAGE sql STABLE
      SET pg_trgm.similarity_threshold = 0.2
      AS $$
        SELECT m.id, NULL::uuid, p.n
        FROM unnest(skeletons) WITH ORDINALITY AS p(skeleton, n)
        JOIN trademark m ON m.skeleton % p.skeleton
        UNION ALL
        SELECT r.mark_id, r.id, p.n
        FROM unnest(skeletons) WITH ORDINALITY AS p(skeleton, n)
        JOIN trademark_rendering r ON r.skeleton % p.skeleton
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION trademark_similar_skeletons(text[])`);
    for (const table of ['trademark', 'trademark_rendering']) {
      await q.query(`DROP INDEX ${table}_tokens`);
      await q.query(`DROP INDEX ${table}_match_key_trgm`);
      await q.query(`DROP INDEX ${table}_skeleton`);
      await q.query(`DROP INDEX ${table}_match_key`);
      await q.query(`DROP INDEX ${table}_letters`);
    }
  }
}

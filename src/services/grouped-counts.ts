import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../errors';

/**
 * Counts the rows of a filtered, visibility-scoped query by the chosen groups, in one SQL
 * statement that returns one row per group, never the rows themselves. `columns` maps each
 * group the list offers to its SQL expression (a closed table, never client text); a group
 * not asked for is absent from the result rows.
 */
export async function groupedCounts<G extends string, T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: Record<G, string>,
  groupBy: readonly G[],
): Promise<Array<Partial<Record<G, string | null>> & { count: number }>> {
  const groups = [...new Set(groupBy)];
  for (const group of groups) {
    if (!(group in columns)) throw new BadInputError('groupBy', `cannot group by ${group}`);
  }
  const inner = query
    .clone()
    .select(groups.length ? groups.map((g, i) => `${columns[g]} AS g${i}`) : ['1 AS g']);
  const [sql, parameters] = inner.getQueryAndParameters();
  const keys = groups.map((_, i) => `g${i}`);
  const rows: Array<Record<string, string | null>> = await query.connection.query(
    `SELECT ${[...keys, 'count(*)::int AS count'].join(', ')} FROM (${sql}) grouped` +
      (keys.length ? ` GROUP BY ${keys.join(', ')} ORDER BY ${keys.join(', ')}` : ''),
    parameters,
  );
  return rows.map((row) => ({
    ...(Object.fromEntries(groups.map((g, i) => [g, row[`g${i}`]])) as Partial<
      Record<G, string | null>
    >),
    count: Number(row.count),
  }));
}

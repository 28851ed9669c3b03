import { LRUCache } from 'lru-cache';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * A list read builds the same statement text for every request that asks the same fields
 * with the same filters and order: only its parameters differ. TypeORM renders the text from
 * the query builder's expression map on every read (a tenth of a small list's CPU), so the
 * text is kept here, keyed by every part of the expression map that shapes it, and only the
 * parameters are bound per request.
 *
 * A builder with anything the key does not capture (joins, CTEs, a where clause that is not
 * plain text, a lock, a query runner of its own) is rendered by TypeORM as usual. With
 * `verify` (set in tests) every cached text is checked against TypeORM's own rendering, so
 * each test that reads a list also proves the key complete for that statement.
 */
export class StatementTexts {
  private readonly kept = new LRUCache<string, Kept>({ max: 1000 });

  constructor(private readonly verify = false) {}

  /** The statement and its positional parameters, as `getQueryAndParameters` gives them. */
  textAndParameters(query: SelectQueryBuilder<ObjectLiteral>): [string, unknown[]] {
    const key = keyOf(query);
    if (key === null) return query.getQueryAndParameters();
    const parameters = query.getParameters();
    let kept = this.kept.get(key);
    if (kept === undefined) {
      kept = keep(query, query.getQuery(), parameters);
      this.kept.set(key, kept);
    } else if (this.verify && kept.text !== query.getQuery()) {
      throw new Error(`statement text cache: the key misses a part of the statement:\n${key}`);
    }
    const bound = kept.positional && bind(kept.positional, parameters);
    const escaped = () => query.dataSource.driver.escapeQueryWithParameters(kept.text, parameters);
    if (!bound) return escaped();
    if (this.verify && !isDeepStrictEqual(bound, escaped())) {
      throw new Error(`statement text cache: parameters bound otherwise than TypeORM binds them`);
    }
    return bound;
  }

  /** The raw rows of `query`, as `getRawMany` reads them. */
  async rawMany<T>(query: SelectQueryBuilder<ObjectLiteral>): Promise<T[]> {
    if (ownQueryRunner(query)) return query.getRawMany<T>();
    const [sql, parameters] = this.textAndParameters(query);
    return (await query.dataSource.query(sql, parameters)) as T[];
  }
}

/** A statement's text with named parameters and, when they can be, bound by position. */
interface Kept {
  text: string;
  /** The text with `$1…` for `:name`, and the name for each position. */
  positional: { sql: string; names: string[] } | null;
}

/**
 * The text, and its positional form: TypeORM numbers the parameters in the order the text
 * names them (one number per name), which is found once by binding a marker for each name.
 * A text that spreads a list (`:...ids`) takes as many positions as the list has items, so
 * it is bound by TypeORM for every request.
 */
function keep(
  query: SelectQueryBuilder<ObjectLiteral>,
  text: string,
  parameters: ObjectLiteral,
): Kept {
  if (text.includes(':...')) return { text, positional: null };
  const markers = Object.fromEntries(Object.keys(parameters).map((name) => [name, { name }]));
  const [sql, bound] = query.dataSource.driver.escapeQueryWithParameters(text, markers);
  const names = (bound as Array<{ name: string }>).map((marker) => marker.name);
  return { text, positional: { sql, names } };
}

/**
 * This request's values in the kept positions; null when a name is missing or its value is
 * a function (TypeORM writes a function's result into the text), so TypeORM binds them.
 */
function bind(
  positional: NonNullable<Kept['positional']>,
  parameters: ObjectLiteral,
): [string, unknown[]] | null {
  const values: unknown[] = [];
  for (const name of positional.names) {
    const value: unknown = parameters[name];
    if (!Object.hasOwn(parameters, name) || typeof value === 'function') return null;
    values.push(value);
  }
  return [positional.sql, values];
}

/**
 * Everything of the expression map that TypeORM's `getQuery` reads for a single-table select;
 * null when the builder holds something else, so that it is rendered afresh.
 */
function keyOf(query: SelectQueryBuilder<ObjectLiteral>): string | null {
  const map = query.expressionMap;
  if (
    !map.mainAlias?.hasMetadata ||
    map.aliases.length !== 1 ||
    map.joinAttributes.length > 0 ||
    map.commonTableExpressions.length > 0 ||
    map.queryType !== 'select' ||
    map.subQuery ||
    map.lockMode !== undefined ||
    map.wheres.some((where) => typeof where.condition !== 'string') ||
    map.selects.some((select) => typeof select.selection !== 'string')
  ) {
    return null;
  }
  return JSON.stringify([
    map.mainAlias.metadata.tablePath,
    map.mainAlias.name,
    map.aliasNamePrefixingEnabled,
    map.selects,
    map.selectDistinct,
    map.selectDistinctOn,
    map.wheres,
    map.groupBys,
    map.havings,
    map.orderBys,
    map.limit,
    map.offset,
    map.skip,
    map.take,
    map.withDeleted,
    map.comment,
  ]);
}

/** A builder bound to a transaction's query runner must run on it, as TypeORM runs it. */
function ownQueryRunner(query: SelectQueryBuilder<ObjectLiteral>): boolean {
  return (query as unknown as { queryRunner?: unknown }).queryRunner !== undefined;
}

const perDatabase = new WeakMap<DataSource, StatementTexts>();

/** The statement texts of one database (their text depends on its driver). */
export function statementTextsOf(db: DataSource, verify: boolean): StatementTexts {
  let texts = perDatabase.get(db);
  if (!texts) {
    texts = new StatementTexts(verify);
    perDatabase.set(db, texts);
  }
  return texts;
}

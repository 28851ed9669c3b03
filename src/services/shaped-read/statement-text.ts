import { LRUCache } from 'lru-cache';
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
  private readonly texts = new LRUCache<string, string>({ max: 1000 });

  constructor(private readonly verify = false) {}

  /** The statement and its positional parameters, as `getQueryAndParameters` gives them. */
  textAndParameters(query: SelectQueryBuilder<ObjectLiteral>): [string, unknown[]] {
    const key = keyOf(query);
    if (key === null) return query.getQueryAndParameters();
    let text = this.texts.get(key);
    if (text === undefined) {
      text = query.getQuery();
      this.texts.set(key, text);
    } else if (this.verify && text !== query.getQuery()) {
      throw new Error(`statement text cache: the key misses a part of the statement:\n${key}`);
    }
    return query.dataSource.driver.escapeQueryWithParameters(text, query.getParameters());
  }

  /** The raw rows of `query`, as `getRawMany` reads them. */
  async rawMany<T>(query: SelectQueryBuilder<ObjectLiteral>): Promise<T[]> {
    if (ownQueryRunner(query)) return query.getRawMany<T>();
    const [sql, parameters] = this.textAndParameters(query);
    return (await query.dataSource.query(sql, parameters)) as T[];
  }
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

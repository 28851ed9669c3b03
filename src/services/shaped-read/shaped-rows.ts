import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { scopedEntityClass, visibleSql, type ScopedEntity } from '../../auth/visibility';
import type { PartyCode } from '../../domain/parties';
import { columnsOf, hydrate, objectSql } from './columns';
import { NodeSelection } from './node-selection';
import { memoBySelection } from './selection-memo';
import { statementTextsOf } from './statement-text';

/** Rows nested under each node, read in the node's statement under their own predicate. */
export interface NestedRows {
  /** The GraphQL type of the nested rows (to read the fields asked of them). */
  type: string;
  /** Their table and visibility predicate: the same their loader reads through. */
  entity: ScopedEntity;
  /**
   * Many rows per node: the column of theirs that holds the node's id, and the columns that
   * order them — the same their loader orders by (`orderedBy`), so both give one order.
   */
  many?: { foreignKey: string; orderBy: readonly string[] };
  /** One row per node: the node's property that holds its id (null when there is none). */
  one?: { property: string };
  /** Properties every nested row carries besides its id: what its view reads whatever is asked. */
  always?: readonly string[];
}

/**
 * How a list's nodes are read as JSON built by PostgreSQL: which properties every node
 * carries, which GraphQL fields are computed from which properties, and which nested fields
 * come with the node. A field the shape does not know (a new field resolver, which may read
 * any property of its parent) brings every column, so no field is ever starved.
 */
export interface RowShape {
  /** The node's table and visibility predicate. */
  entity: ScopedEntity;
  /** The GraphQL types of the connection and of its nodes. */
  connectionType: string;
  nodeType: string;
  /** Properties every node carries: its id, every sort key (for cursors). */
  always: string[];
  /** GraphQL fields computed by a field resolver from these properties. */
  derived?: Record<string, string[]>;
  /**
   * Nested fields read with the node. Only fields that take no arguments belong here: their
   * resolvers answer every alias of the field from what the node holds.
   */
  nested?: Record<string, NestedRows>;
}

/** Orders a loader's query over alias `row` by these columns, as a nested read orders them. */
export function orderedBy<T extends ObjectLiteral>(
  columns: readonly string[],
): (query: SelectQueryBuilder<T>) => SelectQueryBuilder<T> {
  return (query) =>
    columns.reduce(
      (ordered, column, i) =>
        i === 0 ? ordered.orderBy(`row.${column}`) : ordered.addOrderBy(`row.${column}`),
      query,
    );
}

/** Where a node keeps the nested rows read with it (never a GraphQL field name). */
const PREFETCHED = '__prefetched';

/**
 * The nested rows of `field` read with `node` by a selection-shaped read; undefined when the
 * node came from elsewhere (an entity, a mutation's result), so the caller's loader answers.
 * A `one` relation the caller may not see reads as null, as its loader gives it.
 */
export function prefetched<T>(node: object, field: string): T | undefined {
  return (node as { [PREFETCHED]?: Record<string, T> })[PREFETCHED]?.[field];
}

/**
 * The nested rows of `field` as `view` shows them: at once from those read with `node`, else
 * from `load` (the caller's loader) — no promise per node when the list read them already.
 */
export function nestedRows<R, V>(
  node: object,
  field: string,
  load: () => Promise<R[]>,
  view: (row: R) => V,
): V[] | Promise<V[]> {
  const held = prefetched<R[]>(node, field);
  return held ? held.map(view) : load().then((rows) => rows.map(view));
}

/**
 * The `'key', sql` pair under which a node's JSON holds its nested rows, each given as
 * `'field', sql`, for `prefetched` to find; none when nothing is nested.
 */
export function prefetchedPairs(nested: string[]): string[] {
  return nested.length > 0 ? [`'${PREFETCHED}', json_build_object(${nested.join(', ')})`] : [];
}

/** The rows' loader for `paginate`: the page's nodes shaped by the query's selection. */
export type RowReader<T extends ObjectLiteral> = (query: SelectQueryBuilder<T>) => Promise<T[]>;

/**
 * A reader that selects, for each row of a list query over `alias`, one JSON object with what
 * the selection of `info` asks; undefined when selection-shaped reads are switched off
 * (SELECTION_SHAPED_READS=false), so the list reads entities as before.
 */
export function shapedReader<T extends ObjectLiteral>(
  ctx: SignedInContext,
  shape: RowShape,
  info: GraphQLResolveInfo | undefined,
  alias: string,
): RowReader<T> | undefined {
  if (!info || !ctx.settings.selectionShapedReads) return undefined;
  const party = ctx.user.party;
  const sql = memoBySelection(info, `${shape.nodeType}|${alias}|${party}`, () =>
    nodeSql(
      ctx.db,
      shape,
      NodeSelection.ofConnection(info, shape.connectionType, shape.nodeType),
      party,
      alias,
    ),
  );
  const texts = statementTextsOf(ctx.db, ctx.settings.verifyStatementTexts);
  return async (query) =>
    (await texts.rawMany<{ node: Record<string, unknown> }>(query.select(sql, 'node'))).map((row) =>
      hydrateNode<T>(ctx.db, shape, row.node),
    );
}

/** The json_build_object of one node over `alias`. Expects `:scopeParty` on the query. */
export function nodeSql(
  db: DataSource,
  shape: RowShape,
  selection: NodeSelection,
  party: PartyCode,
  alias: string,
): string {
  const entity = scopedEntityClass(shape.entity);
  const columns = columnsOf(db, entity);
  const properties = new Set(shape.always);
  const nested: string[] = [];
  let unknown = false;
  for (const field of selection.fields) {
    const rows = shape.nested?.[field];
    const asked = rows ? selection.nested(field, rows.type) : null;
    if (rows && asked) {
      if (rows.one) properties.add(rows.one.property);
      nested.push(`'${field}', ${nestedSql(db, rows, asked, party, alias, columns)}`);
    } else if (columns.has(field)) properties.add(field);
    else if (shape.derived?.[field]) shape.derived[field].forEach((p) => properties.add(p));
    else if (!rows && field !== '__typename') unknown = true;
  }
  return objectSql(
    db,
    entity,
    alias,
    unknown ? columns.keys() : properties,
    prefetchedPairs(nested),
  );
}

function nestedSql(
  db: DataSource,
  rows: NestedRows,
  asked: Set<string>,
  party: PartyCode,
  parent: string,
  parentColumns: ReturnType<typeof columnsOf>,
): string {
  const entity = scopedEntityClass(rows.entity);
  const columns = columnsOf(db, entity);
  const table = db.getMetadata(entity).tableName;
  // Their own field resolvers may read any property: unknown fields bring every column.
  const unknown = [...asked].some((field) => !columns.has(field) && field !== '__typename');
  const object = objectSql(
    db,
    entity,
    'r',
    unknown ? columns.keys() : ['id', ...(rows.always ?? []), ...asked],
  );
  const visible = visibleSql(rows.entity, 'r', party);
  if (rows.many) {
    return `(SELECT coalesce(json_agg(${object} ORDER BY ${rows.many.orderBy.map((column) => `r.${column}`).join(', ')}), '[]'::json)
             FROM ${table} r
             WHERE r.${rows.many.foreignKey} = ${parent}.id AND ${visible})`;
  }
  const key = parentColumns.get(rows.one!.property)!.sql(parent);
  return `(SELECT ${object} FROM ${table} r WHERE r.id = ${key} AND ${visible})`;
}

function hydrateNode<T>(db: DataSource, shape: RowShape, node: Record<string, unknown>): T {
  const nested = node[PREFETCHED] as Record<string, unknown> | undefined;
  for (const [field, rows] of Object.entries(shape.nested ?? {})) {
    const value = nested?.[field];
    const entity = scopedEntityClass(rows.entity);
    if (Array.isArray(value)) value.forEach((row) => hydrate(db, entity, row));
    else if (value) hydrate(db, entity, value as Record<string, unknown>);
  }
  return hydrate<T>(db, scopedEntityClass(shape.entity), node);
}

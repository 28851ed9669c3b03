import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** A column a selection-shaped read may put into JSON: its quoted name and how to read it. */
export interface JsonColumn {
  /** The quoted column name, e.g. `"created_at"`. */
  name: string;
  /**
   * True for timestamps: JSON carries them as text, and a row read through TypeORM holds a
   * Date (cursors and field resolvers call toISOString on it), so the reader turns them back.
   */
  timestamp: boolean;
  /** The SQL that reads it over `alias`, as the pg driver would hand it to TypeORM. */
  sql: (alias: string) => string;
}

const columnMaps = new WeakMap<object, Map<string, JsonColumn>>();

/**
 * Property name → column, from the entity's TypeORM metadata. Columns TypeORM never selects
 * (`select: false`: ciphertext, secrets) and search vectors are left out, so no read shaped
 * by a client's selection can reach them.
 */
export function columnsOf(
  db: DataSource,
  entity: EntityTarget<ObjectLiteral>,
): Map<string, JsonColumn> {
  const metadata = db.getMetadata(entity);
  let columns = columnMaps.get(metadata);
  if (!columns) {
    columns = new Map(
      metadata.columns
        .filter((column) => column.isSelect && column.type !== 'tsvector')
        .map((column) => [column.propertyName, jsonColumn(column)]),
    );
    columnMaps.set(metadata, columns);
  }
  return columns;
}

function jsonColumn(column: ColumnMetadata): JsonColumn {
  const name = `"${column.databaseName}"`;
  // pg hands numeric and bigint to TypeORM as text (exact amounts never pass through floats);
  // JSON would make them numbers, so they are read as text here too.
  const asText = column.type === 'numeric' || column.type === 'bigint';
  return {
    name,
    timestamp: column.type === 'timestamptz' || column.type === 'timestamp',
    sql: (alias) => (asText ? `${alias}.${name}::text` : `${alias}.${name}`),
  };
}

/**
 * json_build_object of the given properties of `entity` over `alias` (those that are
 * columns), and of any further `'key', sql` pairs.
 */
export function objectSql(
  db: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  properties: Iterable<string>,
  pairs: string[] = [],
): string {
  const columns = columnsOf(db, entity);
  const own = [...new Set(properties)]
    .filter((property) => columns.has(property))
    .map((property) => `'${property}', ${columns.get(property)!.sql(alias)}`);
  return `json_build_object(${[...own, ...pairs].join(', ')})`;
}

/** A row built as JSON by PostgreSQL, with its timestamps made Dates as TypeORM makes them. */
export function hydrate<T>(
  db: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  row: Record<string, unknown>,
): T {
  for (const property of timestampsOf(db, entity)) {
    const value = row[property];
    if (typeof value === 'string') row[property] = new Date(value);
  }
  return row as T;
}

const timestampLists = new WeakMap<object, string[]>();

/** The entity's timestamp properties: the only ones a row built as JSON needs turned back. */
function timestampsOf(db: DataSource, entity: EntityTarget<ObjectLiteral>): string[] {
  const metadata = db.getMetadata(entity);
  let timestamps = timestampLists.get(metadata);
  if (!timestamps) {
    timestamps = [...columnsOf(db, entity)]
      .filter(([, column]) => column.timestamp)
      .map(([property]) => property);
    timestampLists.set(metadata, timestamps);
  }
  return timestamps;
}

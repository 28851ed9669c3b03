import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../errors';

export interface PageRequest {
  first: number;
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  /** True when the page was asked `after` a cursor: the rows up to that cursor came before. */
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: T[];
  pageInfo: PageInfo;
  /**
   * How many rows the whole list holds, across pages: a getter, so that the COUNT (over the
   * same filtered query) runs only when a client asks for `totalCount`, and once.
   */
  readonly totalCount: Promise<number>;
}

/** A page whose `totalCount` is counted on first read. */
function withCount<T>(page: Omit<Page<T>, 'totalCount'>, count: () => Promise<number>): Page<T> {
  let counted: Promise<number> | undefined;
  return Object.defineProperty(page, 'totalCount', {
    enumerable: false,
    get: () => (counted ??= count()),
  }) as Page<T>;
}

/**
 * An edge whose cursor is encoded when first read: most clients ask a list for its nodes, and
 * at most for the page's end cursor, so the other cursors would be built for nothing.
 */
class Edge<T> {
  #cursor: string | undefined;
  readonly #encode: () => string;

  constructor(
    readonly node: T,
    encode: () => string,
  ) {
    this.#encode = encode;
  }

  get cursor(): string {
    return (this.#cursor ??= this.#encode());
  }
}

/** The page's edges, its nodes and its page info, whose cursors are the edges' own. */
function pageOf<T>(edges: Array<Edge<T>>, hasNextPage: boolean, hasPreviousPage: boolean) {
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/** The same page with each node transformed (a view computed from the loaded row). */
export function mapPage<T, U>(page: Page<T>, view: (node: T) => U): Page<U> {
  const edges = page.edges.map((edge) => new Edge(view(edge.node), () => edge.cursor));
  return withCount(
    pageOf(edges, page.pageInfo.hasNextPage, page.pageInfo.hasPreviousPage),
    () => page.totalCount,
  );
}

type KeyValue = string | number;

export interface KeysetOrder<T> {
  /**
   * SQL expression(s) of a unique, totally ordered key, e.g. `contract.code`, or
   * [`coalesce(o.due_on, 'infinity')`, `o.id`] for a sort column made unique by the id.
   */
  column: string | string[];
  direction: 'ASC' | 'DESC';
  /** The same key read from a loaded row (an array when `column` is). */
  valueOf: (row: T) => KeyValue | KeyValue[];
  /**
   * The name of the order (e.g. `DUE_ON:DESC`), written into every cursor: a cursor is a
   * position in one order only, so one read under another order is refused.
   */
  name?: string;
}

export type OrderDirection = 'ASC' | 'DESC';

/** A client's choice of order: one of a connection's sortable fields, and a direction. */
export interface OrderRequest<F extends string> {
  field: F;
  direction: OrderDirection;
}

/** One sortable field: its SQL expression (never null) and the same value read from a row. */
export interface SortKey<T> {
  column: string;
  valueOf: (row: T) => KeyValue;
}

/**
 * The keyset order for a client's `orderBy`: the chosen column, then the row's unique id as
 * the tie-breaker, both in the chosen direction, so that every row has exactly one place.
 */
export function keysetOrder<T, F extends string>(
  keys: Record<F, SortKey<T>>,
  tieBreaker: SortKey<T>,
  order: OrderRequest<F>,
): KeysetOrder<T> {
  const key = keys[order.field];
  if (!key) throw new BadInputError('orderBy.field', 'is not a field this list sorts by');
  return {
    column: [key.column, tieBreaker.column],
    direction: order.direction,
    valueOf: (row) => [key.valueOf(row), tieBreaker.valueOf(row)],
    name: `${order.field}:${order.direction}`,
  };
}

export const MAX_PAGE_SIZE = 100;

/** PostgreSQL errors for a value of the wrong type: invalid text, datetime format, overflow. */
const INVALID_VALUE_CODES = new Set(['22P02', '22007', '22008', '22003']);

/**
 * Keyset (cursor) pagination on one unique column: the cursor is the last row's key, so
 * pages stay stable while rows are added and the cost of a page does not grow with depth.
 */
export async function paginate<T extends ObjectLiteral, R = T>(
  query: SelectQueryBuilder<T>,
  page: PageRequest,
  order: KeysetOrder<R>,
  /** How the rows are read: entities, unless a caller selects its own shape (getRawMany). */
  load: (query: SelectQueryBuilder<T>) => Promise<R[]> = (q) =>
    q.getMany() as unknown as Promise<R[]>,
): Promise<Page<R>> {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
    throw new BadInputError('first', `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  const columns = Array.isArray(order.column) ? order.column : [order.column];
  // Counted before the cursor and the limit apply: the size of the whole filtered list.
  const counted = query.clone();
  if (page.after) {
    const values = decodeCursor(page.after, orderName(order), columns.length);
    const comparison = order.direction === 'ASC' ? '>' : '<';
    const params = Object.fromEntries(values.map((value, i) => [`__after${i}`, value]));
    // A row-value comparison keeps the keyset exact on composite keys.
    query.andWhere(
      `(${columns.join(', ')}) ${comparison} (${values.map((_, i) => `:__after${i}`).join(', ')})`,
      params,
    );
  }
  columns.forEach((column, i) =>
    i === 0 ? query.orderBy(column, order.direction) : query.addOrderBy(column, order.direction),
  );
  const rows = await load(query.take(page.first + 1)).catch((error: unknown) => {
    // A cursor of the right shape but the wrong types (a date that is not a date, an id
    // that is not a uuid) fails in PostgreSQL: it is the caller's input, not our fault.
    const code = (error as { driverError?: { code?: string } }).driverError?.code;
    if (page.after && code && INVALID_VALUE_CODES.has(code)) {
      throw new BadInputError('after', 'is not a cursor returned by this list');
    }
    throw error;
  });
  const name = orderName(order);
  const edges = rows
    .slice(0, page.first)
    .map((node) => new Edge(node, () => encodeCursor(name, order.valueOf(node))));
  return withCount(pageOf(edges, rows.length > page.first, Boolean(page.after)), () =>
    counted.getCount(),
  );
}

function orderName(order: KeysetOrder<never>): string {
  const columns = Array.isArray(order.column) ? order.column : [order.column];
  return order.name ?? `${columns.join(',')}:${order.direction}`;
}

/** A cursor: the order it belongs to, then the last row's key in that order. */
function encodeCursor(order: string, value: KeyValue | KeyValue[]): string {
  const values = Array.isArray(value) ? value : [value];
  return Buffer.from(JSON.stringify([order, ...values]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, order: string, length: number): KeyValue[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (
    Array.isArray(decoded) &&
    decoded.length === length + 1 &&
    decoded.every((value) => typeof value === 'string' || typeof value === 'number')
  ) {
    if (decoded[0] !== order) {
      throw new BadInputError('after', 'is a cursor of another order: ask again without `after`');
    }
    return decoded.slice(1) as KeyValue[];
  }
  throw new BadInputError('after', 'is not a cursor returned by this list');
}

import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../errors';

export interface PageRequest {
  first: number;
  after?: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface KeysetOrder<T> {
  /** SQL expression of a unique, totally ordered key, e.g. `contract.code`. */
  column: string;
  direction: 'ASC' | 'DESC';
  /** The same key read from a loaded row. */
  valueOf: (row: T) => string | number;
}

export const MAX_PAGE_SIZE = 100;

/**
 * Keyset (cursor) pagination on one unique column: the cursor is the last row's key, so
 * pages stay stable while rows are added and the cost of a page does not grow with depth.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageRequest,
  order: KeysetOrder<T>,
): Promise<Page<T>> {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
    throw new BadInputError('first', `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  if (page.after) {
    const comparison = order.direction === 'ASC' ? '>' : '<';
    query.andWhere(`${order.column} ${comparison} :__after`, { __after: decodeCursor(page.after) });
  }
  const rows = await query
    .orderBy(order.column, order.direction)
    .take(page.first + 1)
    .getMany();
  const hasNextPage = rows.length > page.first;
  const edges = rows
    .slice(0, page.first)
    .map((node) => ({ cursor: encodeCursor(order.valueOf(node)), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

function encodeCursor(value: string | number): string {
  return Buffer.from(JSON.stringify([value]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string | number {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 1) {
      const [value] = decoded as unknown[];
      if (typeof value === 'string' || typeof value === 'number') return value;
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('after', 'is not a cursor returned by this list');
}

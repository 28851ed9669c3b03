import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { findVisible, type EntityOf, type ScopedEntity } from '../auth/visibility';
import type { PartyCode } from '../domain/parties';
import { BadInputError, ConflictError } from '../errors';

/**
 * What a create-type mutation tells `mutate` so that a client can retry it safely: the key
 * the client chose, the operation, its input (hashed, so a reused key with other input is
 * caught) and how to load the row it created when the key comes back.
 */
export interface IdempotencySpec<T> {
  key: string | null | undefined;
  operation: string;
  input: unknown;
  /** The id of what the call created, recorded for replays. */
  idOf: (result: T) => string;
  /** Loads the result of the first call by the id it recorded. */
  reload: (manager: EntityManager, id: string) => Promise<T>;
}

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Claims the key for this call inside the mutation's transaction, or answers with the first
 * call's result. A concurrent call with the same key waits on the primary key until the first
 * commits (then it replays it) or rolls back (then it claims the key itself).
 */
export async function claimOrReplay<T>(
  manager: EntityManager,
  userId: string,
  spec: IdempotencySpec<T>,
): Promise<{ replay: T } | null> {
  const key = spec.key!;
  if (!KEY.test(key)) {
    throw new BadInputError('idempotencyKey', 'must be 1 to 200 printable ASCII characters');
  }
  const hash = inputHash(spec.operation, spec.input);
  const claimed: unknown[] = await manager.query(
    `INSERT INTO idempotency_key (user_id, key, operation, input_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
    [userId, key, spec.operation, hash],
  );
  if (claimed.length > 0) return null;
  const [previous] = (await manager.query(
    `SELECT operation, input_hash, result_id FROM idempotency_key WHERE user_id = $1 AND key = $2`,
    [userId, key],
  )) as Array<{ operation: string; input_hash: string; result_id: string | null }>;
  if (previous.operation !== spec.operation || previous.input_hash !== hash) {
    throw new ConflictError(
      'This idempotency key was already used for a different request; use a new key for a new request',
    );
  }
  return { replay: await spec.reload(manager, previous.result_id!) };
}

/** Records what the first call created, in the same transaction as the creation. */
export async function recordIdempotentResult(
  manager: EntityManager,
  userId: string,
  key: string,
  resultId: string,
): Promise<void> {
  await manager.query(`UPDATE idempotency_key SET result_id = $3 WHERE user_id = $1 AND key = $2`, [
    userId,
    key,
    resultId,
  ]);
}

/** A hash of the operation and its input that does not depend on the order of keys. */
function inputHash(operation: string, input: unknown): string {
  return createHash('sha256')
    .update(operation)
    .update('\0')
    .update(stableJson(input))
    .digest('hex');
}

function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The retry spec of a create-type mutation: the key is taken out of the input before hashing;
 * a replay reloads what the first call created by the id it recorded.
 */
export function keyed<T>(
  operation: string,
  input: { idempotencyKey?: string | null },
  idOf: (result: T) => string,
  reload: (manager: EntityManager, id: string) => Promise<T>,
): IdempotencySpec<T> {
  const { idempotencyKey, ...request } = input;
  return { key: idempotencyKey, operation, input: request, idOf, reload };
}

/** `keyed` for a result that is one row the caller may see, reloaded as a read of it would. */
export function keyedByRow<E extends ScopedEntity>(
  ctx: { user: { party: PartyCode } },
  operation: string,
  input: { idempotencyKey?: string | null },
  entity: E,
): IdempotencySpec<EntityOf<E>> {
  return keyed(
    operation,
    input,
    (row) => (row as { id: string }).id,
    (manager, id) => findVisible(ctx, manager, entity, id),
  );
}

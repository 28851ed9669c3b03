import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import { AuditEventEntity } from '../entities';
import { ServiceUnavailableError } from '../errors';
import { claimOrReplay, recordIdempotentResult, type IdempotencySpec } from './idempotency';

export interface AuditRecord {
  operation: string;
  entity: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

/**
 * Runs a mutation in one transaction and writes its audit event inside the same
 * transaction: either the change and its record both land, or neither does. Given an
 * idempotency key, a retry of the same request returns the first result and changes nothing
 * (services/idempotency.ts). A mutation that finds nothing to change returns no record
 * (`audit: []`). A request whose deadline passed or whose client left is rolled back rather
 * than committed behind its back.
 */
export async function mutate<T>(
  ctx: SignedInContext,
  work: (manager: EntityManager) => Promise<{ result: T; audit: AuditRecord | AuditRecord[] }>,
  idempotency?: IdempotencySpec<T>,
): Promise<T> {
  return ctx.db.transaction(async (manager) => {
    const key = idempotency?.key;
    if (idempotency && key) {
      const previous = await claimOrReplay(manager, ctx.user.id, idempotency);
      if (previous) return previous.replay;
    }
    const { result, audit } = await work(manager);
    if (idempotency && key) {
      await recordIdempotentResult(manager, ctx.user.id, key, idempotency.idOf(result));
    }
    const records = Array.isArray(audit) ? audit : [audit];
    const events = manager.getRepository(AuditEventEntity).create(
      records.map((record) => ({
        actorUserId: ctx.user.id,
        actorParty: ctx.user.party,
        operation: record.operation,
        entity: record.entity,
        entityId: record.entityId,
        ...changedFields(record.before, record.after),
      })),
    );
    if (events.length > 0) await manager.getRepository(AuditEventEntity).save(events);
    if (ctx.signal?.aborted) {
      throw new ServiceUnavailableError('The request was abandoned before it completed');
    }
    return result;
  });
}

/** Keeps only the fields that differ, so the trail shows what changed, not whole rows. */
function changedFields(
  before: object | null,
  after: object | null,
): { before: Record<string, unknown> | null; after: Record<string, unknown> | null } {
  if (!before || !after) return { before: plain(before), after: plain(after) };
  const b = plain(before) ?? {};
  const a = plain(after) ?? {};
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const diffBefore: Record<string, unknown> = {};
  const diffAfter: Record<string, unknown> = {};
  for (const key of keys) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) {
      diffBefore[key] = b[key] ?? null;
      diffAfter[key] = a[key] ?? null;
    }
  }
  return { before: diffBefore, after: diffAfter };
}

function plain(value: object | null): Record<string, unknown> | null {
  return value === null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}

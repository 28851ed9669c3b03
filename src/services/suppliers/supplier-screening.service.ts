import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { assertMay } from '../../auth/row-policy';
import { findVisible } from '../../auth/visibility';
import { loadConfig } from '../../config';
import type { RememberedReview, ReviewOutcome } from '../../domain/export';
import type { PartyCode } from '../../domain/parties';
import type { ScreeningTrigger } from '../../domain/suppliers';
import {
  AuditEventEntity,
  SupplierEntity,
  SupplierScreeningEntity,
  type SupplierScreeningMatch,
} from '../../entities';
import { BadInputError } from '../../errors';
import { todayAt } from '../clock';
import { rememberedReviews, rememberReview } from '../export/screening-clearance.service';
import { screeningListInUse } from '../export/screening-list.service';
import { screenName, screeningSettings } from '../export/screening.service';
import { mutate } from '../transaction';

/**
 * The sublicensor of every supplier sublicence, the Licensee (TIC 2.1(iii), 2.4): it keeps the
 * register, and its remembered reviews count for a supplier (TIC 12.2).
 */
export const SUBLICENSOR: PartyCode = 'JV';

/** A match is the same hit while the name, the entry and the entry's content are the same. */
const hitKey = (m: Pick<SupplierScreeningMatch, 'key' | 'fingerprint'>) =>
  `${m.key}|${m.fingerprint}`;

/**
 * Screens a company of the register under every name it has (its legal name and its other
 * names, the Chinese among them) against the list in use, and keeps the result. A hit seen in
 * the previous screening keeps the day it was first seen; any other is new today — which is
 * how a changed entry, or a new name on the list, is reported as a new hit.
 */
export async function screenSupplier(
  manager: EntityManager,
  supplier: SupplierEntity,
  options: { trigger: ScreeningTrigger; userId: string | null; today: string },
): Promise<{ screening: SupplierScreeningEntity; newHits: number }> {
  const settings = screeningSettings(loadConfig().screening);
  const list = await screeningListInUse(manager);
  const names = [supplier.legalName, ...supplier.otherNames];
  const previous = await latestScreenings(manager, [supplier.id]);
  const seen = new Map(
    (previous.get(supplier.id)?.matches ?? []).map((m) => [hitKey(m), m.firstSeenOn]),
  );
  const matches: SupplierScreeningMatch[] = [];
  for (const name of names) {
    const found = await screenName(
      manager,
      { name, country: supplier.country, address: supplier.address },
      settings,
    );
    for (const match of found) {
      matches.push({ ...match, firstSeenOn: seen.get(hitKey(match)) ?? options.today });
    }
  }
  const screenings = manager.getRepository(SupplierScreeningEntity);
  const screening = await screenings.save(
    screenings.create({
      supplierId: supplier.id,
      screenedOn: options.today,
      trigger: options.trigger,
      screenedBy: options.userId,
      listVersion: list.version,
      names,
      matches,
    }),
  );
  return { screening, newHits: matches.filter((m) => !seen.has(hitKey(m))).length };
}

/** The latest screening of each supplier, in one statement. */
export async function latestScreenings(
  manager: EntityManager,
  supplierIds: readonly string[],
): Promise<Map<string, SupplierScreeningEntity>> {
  if (supplierIds.length === 0) return new Map();
  const rows = await manager
    .getRepository(SupplierScreeningEntity)
    .createQueryBuilder('s')
    .distinctOn(['s.supplier_id'])
    .where('s.supplier_id IN (:...supplierIds)', { supplierIds })
    .orderBy('s.supplier_id')
    .addOrderBy('s.screened_at', 'DESC')
    .addOrderBy('s.id', 'DESC')
    .getMany();
  return new Map(rows.map((r) => [r.supplierId, r]));
}

/**
 * Re-screens every supplier of the register (not the parties) — what runs after a new list is
 * imported, and what the job runner runs nightly (SUPPLIER_SCREENING_CRON). Each supplier is
 * screened in its own transaction, with its audit event (no user: the system, for the
 * sublicensor), so one failure does not undo the others' records. The alert scan that follows
 * raises the new hits (alerts/producers/supplier-screening.producer.ts).
 */
export async function rescreenAllSuppliers(
  db: { transaction: EntityManager['transaction'] },
  options: { trigger?: ScreeningTrigger; now?: Date } = {},
): Promise<{ screened: number; newHits: number }> {
  const today = todayAt(options.now ?? new Date());
  const ids: Array<{ id: string }> = await db.transaction((manager) =>
    manager.query(`SELECT id FROM supplier WHERE party_code IS NULL ORDER BY id`),
  );
  let newHits = 0;
  for (const { id } of ids) {
    newHits += await db.transaction(async (manager) => {
      const supplier = await manager.getRepository(SupplierEntity).findOneByOrFail({ id });
      const trigger = options.trigger ?? 'LIST_IMPORT';
      const run = await screenSupplier(manager, supplier, { trigger, userId: null, today });
      const audit = manager.getRepository(AuditEventEntity);
      await audit.save(
        audit.create({
          actorUserId: null,
          actorParty: SUBLICENSOR,
          operation: 'rescreenAllSuppliers',
          entity: 'SupplierScreening',
          entityId: run.screening.id,
          before: null,
          after: {
            supplier: supplier.legalName,
            trigger,
            matches: run.screening.matches.length,
            newHits: run.newHits,
          },
        }),
      );
      return run.newHits;
    });
  }
  return { screened: ids.length, newHits };
}

/** The rescreenSupplier mutation: screens one supplier now, on demand. */
export function rescreenSupplier(
  ctx: SignedInContext,
  supplierId: string,
): Promise<SupplierEntity> {
  return mutate(ctx, async (manager) => {
    const supplier = await findVisible(ctx, manager, 'Supplier', supplierId, { lock: true });
    assertMay(ctx, 'supplier.register', { sublicensorParty: SUBLICENSOR });
    if (supplier.partyCode) {
      throw new BadInputError('supplierId', 'is one of the parties, not a supplier');
    }
    const run = await screenSupplier(manager, supplier, {
      trigger: 'ON_DEMAND',
      userId: ctx.user.id,
      today: ctx.today,
    });
    return {
      result: supplier,
      audit: {
        operation: 'rescreenSupplier',
        entity: 'SupplierScreening',
        entityId: run.screening.id,
        before: null,
        after: { supplier: supplier.legalName, matches: run.screening.matches.length },
      },
    };
  });
}

/**
 * A reviewer's answer on a match of a supplier's latest screening, remembered for the
 * sublicensor, the name and the entry as it stands: it holds until the entry changes.
 */
export function reviewSupplierScreeningMatch(
  ctx: SignedInContext,
  input: { supplierId: string; matchKey: string; outcome: ReviewOutcome; reason: string },
): Promise<SupplierEntity> {
  return mutate(ctx, async (manager) => {
    const supplier = await findVisible(ctx, manager, 'Supplier', input.supplierId);
    assertMay(ctx, 'supplierScreening.review', { sublicensorParty: SUBLICENSOR });
    const latest = (await latestScreenings(manager, [supplier.id])).get(supplier.id);
    const match = latest?.matches.find((m) => m.key === input.matchKey);
    if (!match) {
      throw new BadInputError('matchKey', "is not a match of the supplier's latest screening");
    }
    const clearance = await rememberReview(manager, ctx, {
      match,
      outcome: input.outcome,
      reason: input.reason.trim(),
      checkId: null,
    });
    return {
      result: supplier,
      audit: {
        operation: 'reviewSupplierScreeningMatch',
        entity: 'ScreeningClearance',
        entityId: clearance.id,
        before: null,
        after: { supplier: supplier.legalName, matchKey: match.key, outcome: input.outcome },
      },
    };
  });
}

/** The sublicensor's remembered reviews of these matches, by match key, in one statement. */
export function supplierReviews(
  manager: EntityManager,
  matches: readonly SupplierScreeningMatch[],
): Promise<Map<string, RememberedReview>> {
  return rememberedReviews(manager, SUBLICENSOR, matches);
}

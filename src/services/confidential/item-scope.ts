import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { visibleQuery } from '../../auth/visibility';
import type { Role } from '../../domain/parties';
import type { ConfidentialItemEntity } from '../../entities';
import { NotFoundError } from '../../errors';

/**
 * Whether a user sees every item of its party and every grant on them (TIC 8.1): LEGAL and
 * COMPLIANCE do; anyone else on the receiving side sees only the items it holds a live
 * need-to-know grant for, and only its own grants (services/loaders.ts).
 */
export const seesEveryItem = (user: { roles: readonly Role[] }): boolean =>
  user.roles.some((role) => role === 'LEGAL' || role === 'COMPLIANCE');

/**
 * The items the caller may see, as SQL. The party's predicate (auth/visibility.ts) decides
 * which side of an item a party stands on; within the receiving party, TIC 8.1 narrows it by
 * role: LEGAL and COMPLIANCE see every summary, anyone else only the items they hold a live
 * need-to-know grant for. The disclosing party's users see its own items.
 */
export function scopedItems(
  ctx: SignedInContext,
  manager: Pick<EntityManager, 'getRepository'>,
  alias: string,
): SelectQueryBuilder<ConfidentialItemEntity> {
  const query = visibleQuery(manager, 'ConfidentialItem', alias, ctx.user.party);
  if (seesEveryItem(ctx.user)) return query;
  return query.andWhere(
    `(${alias}.disclosing_party = :scopeParty OR EXISTS (
        SELECT 1 FROM need_to_know_grant scope_g
        WHERE scope_g.item_id = ${alias}.id AND scope_g.user_id = :scopeUser
          AND scope_g.revoked_at IS NULL AND scope_g.expires_on >= :scopeToday))`,
    { scopeUser: ctx.user.id, scopeToday: ctx.today },
  );
}

/** One item the caller may see (locked for the transaction when asked), or NOT_FOUND. */
export async function findItem(
  ctx: SignedInContext,
  manager: Pick<EntityManager, 'getRepository'>,
  id: string,
  options: { lock?: boolean; withContent?: boolean } = {},
): Promise<ConfidentialItemEntity> {
  const query = scopedItems(ctx, manager, 'item').andWhere('item.id = :id', { id });
  if (options.withContent) query.addSelect('item.contentCipher');
  if (options.lock) query.setLock('pessimistic_write');
  const item = await query.getOne();
  if (!item) throw new NotFoundError('ConfidentialItem', id);
  return item;
}

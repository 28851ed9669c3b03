import type { SignedInContext } from '../../auth/context';
import { assertMay } from '../../auth/row-policy';
import { visibleQuery } from '../../auth/visibility';
import { ConfidentialAccessEntity, UserEntity } from '../../entities';
import { In } from 'typeorm';
import { mapPage, paginate, type Page, type PageRequest } from '../pagination';
import { findItem } from './item-scope';

export interface AccessLogEntry extends ConfidentialAccessEntity {
  userEmail: string;
  userName: string;
}

/**
 * Every read of an item's protected content, newest first, for the disclosing party (TIC 8.2):
 * who, for which party, when, why, and the fingerprint its watermark carried.
 */
export async function listAccessLog(
  ctx: SignedInContext,
  itemId: string,
  page: PageRequest,
): Promise<Page<AccessLogEntry>> {
  const item = await findItem(ctx, ctx.db.manager, itemId);
  assertMay(ctx, 'confidentialItem.readAccessLog', item);
  const query = visibleQuery(
    ctx.db.manager,
    'ConfidentialAccess',
    'access',
    ctx.user.party,
  ).andWhere('access.item_id = :itemId', { itemId: item.id });
  const rows = await paginate(query, page, {
    column: [`date_trunc('milliseconds', access.accessed_at)`, 'access.id'],
    direction: 'DESC',
    valueOf: (a) => [a.accessedAt.toISOString(), a.id],
  });
  // The readers of the page, in one statement.
  const ids = [...new Set(rows.nodes.map((a) => a.userId))];
  const users = ids.length ? await ctx.db.getRepository(UserEntity).findBy({ id: In(ids) }) : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return mapPage(rows, (access) => ({
    ...access,
    userEmail: byId.get(access.userId)?.email ?? '',
    userName: byId.get(access.userId)?.displayName ?? '',
  }));
}

import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import type { AuthenticatedUser } from '../../auth/principal';
import { visibleQuery } from '../../auth/visibility';
import { CalendarFeedEntity, UserEntity } from '../../entities';
import { mutate } from '../transaction';

/** Where a feed is served: the token is the only secret, so the path is the whole address. */
export const CALENDAR_PATH = '/calendar';

export interface IssuedFeed {
  /** The feed's path on this server, with its secret token: shown once, stored only hashed. */
  path: string;
  createdAt: Date;
}

/** The SHA-256 of a feed token, as stored: a leaked table holds no working address. */
export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The caller's own live feed, locked for the rest of the transaction. */
function liveFeed(ctx: SignedInContext, manager: SignedInContext['db']['manager']) {
  return visibleQuery(manager, 'CalendarFeed', 'f', ctx.user.party)
    .andWhere('f.user_id = :me AND f.revoked_at IS NULL', { me: ctx.user.id })
    .setLock('pessimistic_write')
    .getOne();
}

/**
 * Issues the caller a new feed URL and revokes the one it had, in one transaction: the old
 * address answers 404 from the commit on. The token is 32 random bytes; only its hash is kept,
 * so a retry cannot return the same URL and simply issues another (no idempotency key).
 */
export function rotateCalendarFeed(ctx: SignedInContext): Promise<IssuedFeed> {
  return mutate(ctx, async (manager) => {
    // Serialises two rotations of one user's feed, whether or not one exists yet.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`calendar:${ctx.user.id}`]);
    const previous = await liveFeed(ctx, manager);
    const now = new Date();
    if (previous) {
      await manager.getRepository(CalendarFeedEntity).update(previous.id, { revokedAt: now });
    }
    const token = randomBytes(32).toString('base64url');
    const feed = await manager
      .getRepository(CalendarFeedEntity)
      .save({ userId: ctx.user.id, tokenHash: feedTokenHash(token) });
    return {
      result: { path: `${CALENDAR_PATH}/${token}.ics`, createdAt: feed.createdAt },
      audit: {
        operation: 'rotateCalendarFeed',
        entity: 'CalendarFeed',
        entityId: feed.id,
        before: previous ? { feedId: previous.id, revoked: false } : null,
        after: { feedId: feed.id, revokedFeedId: previous?.id ?? null },
      },
    };
  });
}

/** Revokes the caller's feed, if it has one: true when one was revoked. */
export function revokeCalendarFeed(ctx: SignedInContext): Promise<boolean> {
  return mutate(ctx, async (manager) => {
    const previous = await liveFeed(ctx, manager);
    if (!previous) return { result: false, audit: [] };
    await manager.getRepository(CalendarFeedEntity).update(previous.id, { revokedAt: new Date() });
    return {
      result: true,
      audit: {
        operation: 'revokeCalendarFeed',
        entity: 'CalendarFeed',
        entityId: previous.id,
        before: { revoked: false },
        after: { revoked: true },
      },
    };
  });
}

/**
 * The user a feed token belongs to, if the feed is live and its user still active; null
 * otherwise (unknown, rotated, revoked, or a deactivated user: all answer 404 alike).
 */
export async function feedOwner(db: DataSource, token: string): Promise<AuthenticatedUser | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await db
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .innerJoin(CalendarFeedEntity, 'f', 'f.user_id = u.id')
    .where('f.token_hash = :hash AND f.revoked_at IS NULL AND u.active = true', {
      hash: feedTokenHash(token),
    })
    .getOne();
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    party: row.partyCode,
    roles: row.roles,
    ndaExecutedAt: row.ndaExecutedAt,
  };
}

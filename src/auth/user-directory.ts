import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { UserEntity } from '../entities';
import type { AuthenticatedUser } from './principal';
import type { TokenIdentity } from './tokens';

/**
 * Finds the user a verified token names. Active users are cached for a few seconds per
 * instance to spare a query per request; deactivation evicts the entry on the instance that
 * performed it, and other instances see it within the TTL (USER_CACHE_TTL_MS).
 *
 * A party's identity provider names users of that party only, and only people: the party
 * comes from the issuer, never from a claim, and a service account has no interactive
 * sign-in. The server's own tokens name a service account, or anyone while no party's
 * identity provider is configured (development, or one shared RS256 key).
 */
export class UserDirectory {
  private readonly cache: LRUCache<string, AuthenticatedUser> | null;

  constructor(
    private readonly db: DataSource,
    ttlMs: number,
    private readonly partyIssuersConfigured = false,
  ) {
    this.cache = ttlMs > 0 ? new LRUCache({ max: 5000, ttl: ttlMs }) : null;
  }

  async find(identity: TokenIdentity): Promise<AuthenticatedUser | null> {
    const cacheKey =
      identity.source === 'local'
        ? identity.userId
        : `${identity.party}:${identity.claim}:${identity.value.toLowerCase()}`;
    const cached = this.cache?.get(cacheKey);
    if (cached) return cached;
    const query = this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.active = true');
    if (identity.source === 'local') {
      query.andWhere('u.id = :id', { id: identity.userId });
      if (this.partyIssuersConfigured) query.andWhere(`u.kind = 'SERVICE'`);
    } else {
      query.andWhere(`u.party_code = :party AND u.kind = 'PERSON'`, { party: identity.party });
      if (identity.claim === 'email')
        query.andWhere('lower(u.email) = lower(:value)', { value: identity.value });
      else query.andWhere('u.external_subject = :value', { value: identity.value });
    }
    const row = await query.getOne();
    if (!row) return null;
    const user: AuthenticatedUser = {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      party: row.partyCode,
      roles: row.roles,
      ndaExecutedAt: row.ndaExecutedAt,
    };
    this.cache?.set(cacheKey, user);
    return user;
  }

  /** Drops every cached entry of a user (by id and by the claims that named them). */
  forget(id: string): void {
    if (!this.cache) return;
    for (const [key, user] of this.cache.entries()) if (user.id === id) this.cache.delete(key);
  }
}

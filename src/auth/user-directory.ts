import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { UserEntity } from '../entities';
import type { AuthenticatedUser } from './principal';

/**
 * Loads the user behind a token's `sub`. Active users are cached for a few seconds per
 * instance to spare a query per request; deactivation evicts the entry on the instance that
 * performed it, and other instances see it within the TTL (USER_CACHE_TTL_MS).
 */
export class UserDirectory {
  private readonly cache: LRUCache<string, AuthenticatedUser> | null;

  constructor(
    private readonly db: DataSource,
    ttlMs: number,
  ) {
    this.cache = ttlMs > 0 ? new LRUCache({ max: 5000, ttl: ttlMs }) : null;
  }

  async findActive(id: string): Promise<AuthenticatedUser | null> {
    const cached = this.cache?.get(id);
    if (cached) return cached;
    const row = await this.db.getRepository(UserEntity).findOneBy({ id, active: true });
    if (!row) return null;
    const user: AuthenticatedUser = {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      party: row.partyCode,
      roles: row.roles,
      ndaExecutedAt: row.ndaExecutedAt,
    };
    this.cache?.set(id, user);
    return user;
  }

  forget(id: string): void {
    this.cache?.delete(id);
  }
}

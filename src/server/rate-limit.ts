import { LRUCache } from 'lru-cache';
import type { ServerResponse } from 'node:http';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/principal';
import type { AppConfig } from '../config';
import { RateLimitedError } from '../errors';

/**
 * Rate limits kept in PostgreSQL (table `rate_limit`, created by a migration), so that every
 * instance counts against the same budget: per user and per party per minute, and failed
 * sign-ins per source address per 15 minutes.
 */
export class RateLimits {
  private readonly user: RateLimiterPostgres | null;
  private readonly party: RateLimiterPostgres | null;
  private readonly signIn: RateLimiterPostgres | null;
  /**
   * Sources found clear of the sign-in limit in the last RATE_LIMIT_SIGN_IN_CACHE_MS: a client
   * signs in with every request, and asking PostgreSQL each time doubled the statements of a
   * read. A failure here forgets the source at once; one recorded by another instance is seen
   * here within that time, so at most one more attempt per instance gets through meanwhile.
   */
  private readonly clearSources: LRUCache<string, true> | null;

  constructor(db: DataSource, limits: AppConfig['rateLimits']) {
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      points > 0
        ? new RateLimiterPostgres({
            storeClient: db,
            storeType: 'typeorm',
            tableName: 'rate_limit',
            tableCreated: true,
            clearExpiredByTimeout: false,
            keyPrefix,
            points,
            duration,
          })
        : null;
    this.user = limiter('user', limits.userPerMinute, 60);
    this.party = limiter('party', limits.partyPerMinute, 60);
    this.signIn = limiter('sign-in', limits.signInFailuresPer15Minutes, 15 * 60);
    this.clearSources =
      limits.signInCacheMs > 0 ? new LRUCache({ max: 10_000, ttl: limits.signInCacheMs }) : null;
  }

  /** Counts one request of the user and its party; refuses it beyond either budget. */
  async consume(user: AuthenticatedUser, res: ServerResponse): Promise<void> {
    const outcomes = await Promise.all([
      this.take(this.user, user.id),
      this.take(this.party, user.party),
    ]);
    const [mine] = outcomes;
    if (mine && this.user) headers(res, this.user.points, mine);
    const refused = outcomes.find(
      (outcome): outcome is RateLimiterRes & { refused: true } =>
        outcome !== null && 'refused' in outcome,
    );
    if (refused) {
      throw new RateLimitedError('Too many requests; retry later', seconds(refused));
    }
  }

  /** Refuses a source that failed to sign in too often, before its token is even read. */
  async assertMaySignIn(source: string): Promise<void> {
    if (!this.signIn || this.clearSources?.has(source)) return;
    const state = await this.signIn.get(source);
    if (state && state.consumedPoints >= this.signIn.points) {
      throw new RateLimitedError('Too many failed sign-ins; retry later', seconds(state));
    }
    this.clearSources?.set(source, true);
  }

  async signInFailed(source: string): Promise<void> {
    this.clearSources?.delete(source);
    await this.take(this.signIn, source);
  }

  private async take(
    limiter: RateLimiterPostgres | null,
    key: string,
  ): Promise<(RateLimiterRes & { refused?: true }) | null> {
    if (!limiter) return null;
    try {
      return await limiter.consume(key);
    } catch (rejection) {
      // The library rejects with its result when the budget is spent, with an Error otherwise.
      if (rejection instanceof RateLimiterRes)
        return Object.assign(rejection, { refused: true as const });
      throw rejection;
    }
  }
}

function seconds(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

function headers(res: ServerResponse, limit: number, state: RateLimiterRes): void {
  res.setHeader('RateLimit-Limit', String(limit));
  res.setHeader('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
  res.setHeader('RateLimit-Reset', String(seconds(state)));
}

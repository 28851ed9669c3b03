import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { UnauthenticatedError } from '../errors';
import { todayAt } from '../services/clock';
import { createLoaders, type Loaders } from '../services/loaders';
import type { AuthenticatedUser } from './principal';
import type { TokenKey } from './signing-key';
import { verifyToken } from './tokens';
import type { UserDirectory } from './user-directory';

/**
 * Built once per request from the verified token and passed first to every service call.
 * It holds nothing that outlives the request, so any instance can serve any request.
 */
export interface RequestContext {
  /** The request's id (X-Request-Id), for any log line written on its behalf. */
  requestId: string;
  user: AuthenticatedUser | null;
  db: DataSource;
  /** Per-request batching of relations (DataLoader), scoped to the user's party. */
  loaders: Loaders;
  users: UserDirectory;
  /**
   * Today as the contracts reckon it (services/clock.ts), fixed once per request so that every
   * rule in one request judges the same day, and so that tests pin it instead of the wall clock.
   */
  today: string;
  /** The request's instant, from the same clock as `today` (pinned in tests). */
  now: Date;
  settings: AppConfig;
  /**
   * Aborted when the request's deadline passes or its client goes away: a mutation checks it
   * before committing, so that nobody's abandoned write lands later.
   */
  signal?: AbortSignal;
}

/** A context whose user is known: what the guard hands to services. */
export type SignedInContext = RequestContext & { user: AuthenticatedUser };

export interface ContextDeps {
  db: DataSource;
  config: AppConfig;
  key: TokenKey;
  users: UserDirectory;
  /** The instant "now" for this request; the wall clock unless a test pins it. */
  now?: () => Date;
}

export async function buildContext(
  deps: ContextDeps,
  authorization: string | undefined,
  signal?: AbortSignal,
  requestId: string = randomUUID(),
): Promise<RequestContext> {
  const user = authorization ? await authenticate(deps, authorization) : null;
  const now = deps.now ? deps.now() : new Date();
  return {
    requestId,
    user,
    db: deps.db,
    loaders: createLoaders(deps.db, user),
    users: deps.users,
    today: todayAt(now),
    now,
    settings: deps.config,
    signal,
  };
}

async function authenticate(deps: ContextDeps, authorization: string): Promise<AuthenticatedUser> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
  const identity = await verifyToken(match[1], deps.key, deps.config);
  const user = await deps.users.find(identity);
  if (!user) throw new UnauthenticatedError('Unknown or deactivated user');
  return user;
}

/** Narrows a context to a signed-in one; the guard has already refused anonymous callers. */
export function signedIn(ctx: RequestContext): SignedInContext {
  if (!ctx.user) throw new UnauthenticatedError();
  return ctx as SignedInContext;
}

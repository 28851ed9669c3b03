import { QueryFailedError } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import type { Role } from '../domain/parties';
import { PartyEntity, UserEntity } from '../entities';
import { BadInputError, ConflictError, NotFoundError } from '../errors';
import { emailDomainRefusal } from '../rules/email-domain';
import type { UserOrderField } from '../domain/ordering';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from './pagination';
import { mutate } from './transaction';
import { keyed } from './idempotency';

export interface NewUser {
  email: string;
  displayName: string;
  roles: Role[];
  /** When the user executed a nondisclosure agreement (TIC 8.1(ii)), if they have. */
  ndaExecutedAt?: Date | null;
  /** The subject the party's identity provider gives the user, when users are found by it. */
  externalSubject?: string | null;
  /** Retries safely (services/idempotency.ts). */
  idempotencyKey?: string | null;
}

/** An ADMIN sees the users of its own party only (TIC 8.2). */
export function listUsers(
  ctx: SignedInContext,
  page: PageRequest,
  orderBy?: OrderRequest<UserOrderField> | null,
): Promise<Page<UserEntity>> {
  const query = ctx.db
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where('u.party_code = :party', { party: ctx.user.party });
  return paginate(
    query,
    page,
    keysetOrder(
      USER_ORDER,
      { column: 'u.id', valueOf: (u) => u.id },
      orderBy ?? {
        field: 'EMAIL',
        direction: 'ASC',
      },
    ),
  );
}

const USER_ORDER: Record<UserOrderField, SortKey<UserEntity>> = {
  EMAIL: { column: 'u.email', valueOf: (u) => u.email },
  DISPLAY_NAME: { column: 'u.display_name', valueOf: (u) => u.displayName },
  // Timestamps compare at the millisecond a cursor can carry (JavaScript dates).
  CREATED_AT: {
    column: `date_trunc('milliseconds', u.created_at)`,
    valueOf: (u) => u.createdAt.toISOString(),
  },
};

/**
 * Creates a user in the ADMIN's own party, with an address in one of the party's own e-mail
 * domains: an ADMIN can neither create users for another party nor probe its addresses.
 */
export function createUser(ctx: SignedInContext, input: NewUser): Promise<UserEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const repository = manager.getRepository(UserEntity);
      const email = input.email.trim().toLowerCase();
      const party = await manager
        .getRepository(PartyEntity)
        .findOneByOrFail({ code: ctx.user.party });
      const refusal = emailDomainRefusal({ email, domains: party.emailDomains });
      if (refusal) throw new BadInputError(refusal.field, refusal.reason);
      const taken = await repository
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email })
        .getExists();
      // One message whatever the case: the address is in the ADMIN's own domain anyway.
      const conflict = () => new ConflictError('This e-mail address is already in use');
      if (taken) throw conflict();
      const user = await repository
        .save(
          repository.create({
            email,
            displayName: input.displayName.trim(),
            partyCode: ctx.user.party,
            roles: [...new Set(input.roles)],
            ndaExecutedAt: input.ndaExecutedAt ?? null,
            externalSubject: input.externalSubject?.trim() || null,
            active: true,
          }),
        )
        .catch((error: unknown) => {
          // A concurrent request may insert the same e-mail between the check and the insert:
          // the unique index (app_user_email_key) refuses it, and that is a conflict too.
          throw isUniqueViolation(error, 'app_user_email_key') ? conflict() : error;
        });
      return {
        result: user,
        audit: {
          operation: 'createUser',
          entity: 'User',
          entityId: user.id,
          before: null,
          after: user,
        },
      };
    },
    keyed(
      'createUser',
      input,
      (user) => user.id,
      // A user is seen by the ADMINs of its own party.
      (manager, id) =>
        manager.getRepository(UserEntity).findOneByOrFail({ id, partyCode: ctx.user.party }),
    ),
  );
}

/**
 * Deactivates a user of the ADMIN's own party; the user is locked out at once. The row is
 * locked, so that of concurrent requests one records the change and the others find it done
 * (and record nothing: the trail holds each change once).
 */
export async function deactivateUser(ctx: SignedInContext, id: string): Promise<UserEntity> {
  const user = await mutate(ctx, async (manager) => {
    const repository = manager.getRepository(UserEntity);
    // Scoped in the query: another party's user is simply not found.
    const before = await repository.findOne({
      where: { id, partyCode: ctx.user.party },
      lock: { mode: 'pessimistic_write' },
    });
    if (!before) throw new NotFoundError('User', id);
    if (before.id === ctx.user.id) {
      throw new ConflictError('An ADMIN cannot deactivate their own account');
    }
    if (!before.active) return { result: before, audit: [] };
    const after = await repository.save({ ...before, active: false, deactivatedAt: new Date() });
    return {
      result: after,
      audit: {
        operation: 'deactivateUser',
        entity: 'User',
        entityId: id,
        before: { active: before.active, deactivatedAt: before.deactivatedAt },
        after: { active: after.active, deactivatedAt: after.deactivatedAt },
      },
    };
  });
  ctx.users.forget(id);
  return user;
}

/** The signed-in user's own record. */
export async function getCurrentUser(ctx: SignedInContext): Promise<UserEntity> {
  const user = await ctx.db.getRepository(UserEntity).findOneBy({ id: ctx.user.id });
  if (!user) throw new NotFoundError('User', ctx.user.id);
  return user;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

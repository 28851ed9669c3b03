import type { GraphQLObjectType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { RequestContext } from './context';
import { isAllowed, POLICY, type Permission } from './policy';

/**
 * Global middleware: every root field must carry a policy rule (`@Allow`) and the caller
 * must be signed in and granted it. A root field without a rule is refused, so nothing is
 * public by accident. A nested field may carry a rule of its own (e.g. Contract.keyTerms);
 * the others pass, their rows being scoped by the services' queries.
 */
export const policyGuard: MiddlewareFn<RequestContext> = ({ context, info }, next) => {
  const root = info.path.prev === undefined;
  const permission = permissionOf(info.parentType, info.fieldName);
  if (!permission) {
    if (!root) return next();
    throw new ForbiddenError(`${info.fieldName} has no permission rule`, 'deny by default');
  }
  const user = context.user;
  if (!user) throw new UnauthenticatedError();
  if (!isAllowed({ party: user.party, roles: user.roles }, permission)) {
    const rule = POLICY[permission];
    throw new ForbiddenError(
      `${user.party} ${user.roles.join('/')} may not call ${info.fieldName}: ${rule.why}`,
      rule.article,
    );
  }
  return next();
};

export function permissionOf(type: GraphQLObjectType, fieldName: string): Permission | null {
  const value = type.getFields()[fieldName]?.extensions?.permission;
  return typeof value === 'string' && value in POLICY ? (value as Permission) : null;
}

import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { AuthenticatedUser } from './principal';
import { isAllowed, POLICY, type Permission } from './policy';

/**
 * The HTTP routes beside /graphql that answer a signed-in caller, each with its policy rule:
 * the same table as the root fields, so test/schema/policy-coverage.test.ts sees them too.
 */
export const HTTP_ROUTES = {
  exports: { path: '/exports/:file', permission: 'exportRecords', what: 'export records' },
  boardReport: {
    path: '/reports/board.pdf',
    permission: 'readBoardReport',
    what: 'read the board report',
  },
} as const satisfies Record<string, { path: string; permission: Permission; what: string }>;

/**
 * The policy's answer for an HTTP route: the same refusal as the guard gives a root field
 * (guard.ts) — UNAUTHENTICATED without a user, FORBIDDEN with the rule's article.
 */
export function assertAllowed(
  user: AuthenticatedUser | null,
  route: keyof typeof HTTP_ROUTES,
): asserts user is AuthenticatedUser {
  if (!user) throw new UnauthenticatedError();
  const { permission, what } = HTTP_ROUTES[route];
  if (!isAllowed({ party: user.party, roles: user.roles }, permission)) {
    const rule = POLICY[permission];
    throw new ForbiddenError(
      `${user.party} ${user.roles.join('/')} may not ${what}: ${rule.why}`,
      rule.article,
    );
  }
}

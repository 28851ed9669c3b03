import { assertGranted } from './guard';
import type { Permission } from './policy';
import type { AuthenticatedUser } from './principal';

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
  const { permission, what } = HTTP_ROUTES[route];
  assertGranted(user, permission, what);
}

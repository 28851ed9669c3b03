import type { ExportDataset } from '../domain/desk';
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

/**
 * The rule that reads each dataset's rows through GraphQL. An export is a way of reading, not a
 * wider grant: besides `exportRecords`, the caller must hold the dataset's own read rule, so a
 * role refused `auditEvents` (COMPLIANCE) or `exportChecks` (ADMIN) cannot take them out as a
 * file either.
 */
export const EXPORT_DATASET_READS = {
  obligations: 'readDeadlines',
  notices: 'readContractRecords',
  'export-checks': 'readExportChecks',
  'audit-events': 'readAuditEvents',
} as const satisfies Record<ExportDataset, Permission>;

/** The policy's answer for one dataset of the exports route: FORBIDDEN with the read rule's article. */
export function assertMayExport(user: AuthenticatedUser, dataset: ExportDataset): void {
  assertGranted(user, EXPORT_DATASET_READS[dataset], `export ${dataset}`);
}

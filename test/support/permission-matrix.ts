import type { PartyCode, Role } from '../../src/domain/parties';

/**
 * The permission-matrix tests write the expected policy out themselves (never read from
 * src/auth/policy.ts, so a wrong policy fails them); these are the pieces they share.
 */
export type Caller = { party: PartyCode; role: Role };
export type Grants = Record<PartyCode, readonly Role[]>;

export const PARTIES: readonly PartyCode[] = ['VALENCE', 'FENGFAN', 'JV'];
export const ALL_ROLES: readonly Role[] = ['ADMIN', 'LEGAL', 'COMPLIANCE', 'ENGINEER', 'VIEWER'];

/** Every demo user: the 15 party × role pairs. */
export const CALLERS: readonly Caller[] = PARTIES.flatMap((party) =>
  ALL_ROLES.map((role) => ({ party, role })),
);

/** The same roles granted in every party. */
export function everyParty(roles: readonly Role[]): Grants {
  return { VALENCE: roles, FENGFAN: roles, JV: roles };
}

/** One case per field and demo user, with the verdict the expected policy gives. */
export function matrixCases<F extends string>(fields: readonly F[], allowed: Record<F, Grants>) {
  return fields.flatMap((field) =>
    CALLERS.map(({ party, role }) => ({
      field,
      party,
      role,
      verdict: allowed[field][party].includes(role) ? ('allowed' as const) : ('FORBIDDEN' as const),
    })),
  );
}

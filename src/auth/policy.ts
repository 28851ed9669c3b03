/**
 * The permission policy: for every query and mutation, which parties and which of their
 * roles may call it, and the article that justifies it. Deny by default: a root field with
 * no rule here cannot be called (see guard.ts), and test/schema/policy-coverage.test.ts
 * fails if one exists.
 */
import { PARTY_CODES, ROLES, type PartyCode, type Role } from '../domain/parties';

export type Grants = Readonly<Record<PartyCode, readonly Role[]>>;

export interface Rule {
  grants: Grants;
  /** The article (or articles) the rule rests on, cited in every denial. */
  article: string;
  why: string;
}

const EVERY_ROLE = ROLES;
const everyParty = (roles: readonly Role[]): Grants => ({
  VALENCE: roles,
  FENGFAN: roles,
  JV: roles,
});

export const POLICY = {
  me: {
    grants: everyParty(EVERY_ROLE),
    article: 'TIC 8.1(ii)',
    why: 'every user may read their own identity, party and nondisclosure status',
  },
  readParties: {
    grants: everyParty(EVERY_ROLE),
    article: 'TIC preamble; JVC Art. 1',
    why: 'the three parties are named in both contracts',
  },
  readContracts: {
    grants: everyParty(EVERY_ROLE),
    article: 'TIC 13.10; JVC Art. 124',
    why: 'each party holds signed originals of the contracts it is a party to',
  },
  readUsers: {
    grants: everyParty(['ADMIN']),
    article: 'TIC 8.2',
    why: "each party secures its own employees' access; only its ADMIN sees its users",
  },
  manageUsers: {
    grants: everyParty(['ADMIN']),
    article: 'TIC 8.2',
    why: "each party's ADMIN manages its own party's users and nothing else",
  },
  readAuditEvents: {
    grants: everyParty(['ADMIN', 'LEGAL']),
    article: 'TIC 8.2',
    why: "a party's ADMIN and LEGAL review the record of what its users did",
  },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof POLICY;

export interface Principal {
  party: PartyCode;
  roles: readonly Role[];
}

/** True when any of the principal's roles is granted the permission for its party. */
export function isAllowed(principal: Principal, permission: Permission): boolean {
  const granted: readonly Role[] = POLICY[permission].grants[principal.party] ?? [];
  return principal.roles.some((role) => granted.includes(role));
}

/** Every (party, role) pair, for permission-matrix tests and documentation. */
export const PARTY_ROLE_PAIRS: ReadonlyArray<{ party: PartyCode; role: Role }> =
  PARTY_CODES.flatMap((party) => ROLES.map((role) => ({ party, role })));

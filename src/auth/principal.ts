import type { PartyCode, Role } from '../domain/parties';

/** The signed-in user as the services see it: loaded fresh from the database per request. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  party: PartyCode;
  roles: Role[];
  ndaExecutedAt: Date | null;
}

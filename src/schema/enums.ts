import { registerEnumType } from 'type-graphql';
import { PARTY_CODES, ROLES, type PartyCode, type Role } from '../domain/parties';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

/** GraphQL enums built from the domain's closed sets, so the two cannot drift apart. */
export const PartyCodeEnum = enumObject<PartyCode>(PARTY_CODES);
export const RoleEnum = enumObject<Role>(ROLES);

registerEnumType(PartyCodeEnum, {
  name: 'PartyCode',
  description: 'VALENCE (licensor), FENGFAN (JVC Party A) or JV (the licensee company)',
});
registerEnumType(RoleEnum, { name: 'Role', description: "A user's role within its party" });

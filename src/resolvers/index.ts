import { AuditResolver } from './audit.resolver';
import { ContractResolver } from './contract.resolver';
import { IdentityResolver } from './identity.resolver';
import { PartyResolver } from './party.resolver';
import { UserResolver } from './user.resolver';

export const RESOLVERS = [
  IdentityResolver,
  PartyResolver,
  ContractResolver,
  UserResolver,
  AuditResolver,
] as const;

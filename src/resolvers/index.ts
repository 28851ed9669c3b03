import { AmendmentResolver } from './amendment.resolver';
import { AuditResolver } from './audit.resolver';
import { ExportResolver } from './export.resolver';
import { ContractRecordsResolver } from './contract-records.resolver';
import { ContractLifecycleResolver } from './lifecycle.resolver';
import { NoticeResolver } from './notice.resolver';
import { ObligationResolver } from './obligation.resolver';
import { ContractResolver } from './contract.resolver';
import { IdentityResolver } from './identity.resolver';
import { PartyResolver } from './party.resolver';
import { UserResolver } from './user.resolver';
import {
  ContractTerminationRecordsResolver,
  TerminationRecordsResolver,
} from './termination.resolver';

export const RESOLVERS = [
  IdentityResolver,
  PartyResolver,
  ContractResolver,
  UserResolver,
  AuditResolver,
  ContractLifecycleResolver,
  ContractRecordsResolver,
  NoticeResolver,
  ObligationResolver,
  AmendmentResolver,
  ExportResolver,
  TerminationRecordsResolver,
  ContractTerminationRecordsResolver,
] as const;

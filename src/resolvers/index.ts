import { AmendmentResolver } from './amendment.resolver';
import { AuditResolver } from './audit.resolver';
import { ExportResolver } from './export.resolver';
import { ContractRecordsResolver } from './contract-records.resolver';
import { ContractLifecycleResolver } from './lifecycle.resolver';
import { NoticeResolver } from './notice.resolver';
import { ObligationResolver } from './obligation.resolver';
import { EventDisputeResolver } from './event-dispute.resolver';
import { ContractConditionsResolver } from './contract-conditions.resolver';
import { ContractResolver } from './contract.resolver';
import { IdentityResolver } from './identity.resolver';
import { PartyResolver } from './party.resolver';
import { UserResolver } from './user.resolver';
import {
  ContractTerminationRecordsResolver,
  TerminationRecordsResolver,
} from './termination.resolver';
// Calendar feeds and exports (issue 16)
import { CalendarFeedResolver } from './calendar-feed.resolver';

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
  EventDisputeResolver,
  ContractConditionsResolver,
  AmendmentResolver,
  ExportResolver,
  TerminationRecordsResolver,
  ContractTerminationRecordsResolver,
  // Calendar feeds and exports (issue 16)
  CalendarFeedResolver,
] as const;

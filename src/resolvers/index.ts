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
// Confidential-information registers (issue 13)
import { ConfidentialItemResolver } from './confidential/items.resolver';
import { ConfidentialAccessResolver } from './confidential/access.resolver';
import { ConfidentialDisclosureResolver } from './confidential/disclosure.resolver';
// Trademark uses (issue 15)
import { TrademarkResolver } from './trademark.resolver';
import { TrademarkUseResolver, TrademarkUseStateResolver } from './trademark-use.resolver';
// Reminders and alerts (issue 16)
import { AlertResolver, WebhookDeliveryResolver } from './alerts/alert.resolver';
// Sublicensed suppliers (issue 14)
import { SupplierRegisterResolver } from './suppliers/supplier-register.resolver';
import { SupplierSublicenseResolver } from './suppliers/supplier-sublicense.resolver';
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
  // Confidential-information registers (issue 13)
  ConfidentialItemResolver,
  ConfidentialAccessResolver,
  ConfidentialDisclosureResolver,
  // Trademark uses (issue 15)
  TrademarkResolver,
  TrademarkUseResolver,
  TrademarkUseStateResolver,
  // Reminders and alerts (issue 16)
  AlertResolver,
  WebhookDeliveryResolver,
  // Sublicensed suppliers (issue 14)
  SupplierRegisterResolver,
  SupplierSublicenseResolver,
  // Calendar feeds and exports (issue 16)
  CalendarFeedResolver,
] as const;

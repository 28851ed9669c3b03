import { CreateFoundation1763900000000 } from './1763900000000-create-foundation';
import { AddContractLifecycle1763900100000 } from './1763900100000-add-contract-lifecycle';
import { AddExportControl1763900200000 } from './1763900200000-add-export-control';
import { GrantApplicationRole1763900300000 } from './1763900300000-grant-application-role';
import { AddIdentityColumns1763900300100 } from './1763900300100-add-identity-columns';
import { CreateRateLimit1763900300200 } from './1763900300200-create-rate-limit';
import { NormaliseLicenceNumbers1763900300300 } from './1763900300300-normalise-licence-numbers';
import { AddRowVisibility1763900400000 } from './1763900400000-add-row-visibility';
import { AddTerminationBases1763900410000 } from './1763900410000-add-termination-bases';
import { AddObligationBeneficiaries1763900450000 } from './1763900450000-add-obligation-beneficiaries';
import { AddObligationConditions1763900460000 } from './1763900460000-add-obligation-conditions';
import { AddUnrolledDueDates1763900470000 } from './1763900470000-add-unrolled-due-dates';
import { AddScreeningClearances1763900500000 } from './1763900500000-add-screening-clearances';
import { AddIdempotencyKeys1763900600000 } from './1763900600000-add-idempotency-keys';
import { AddNoticeClockDates1763900700000 } from './1763900700000-add-notice-clock-dates';
import { AddExportCheckDecisions1763900700100 } from './1763900700100-add-export-check-decisions';
import { AddInvoiceReferenceKey1763900800000 } from './1763900800000-add-invoice-reference-key';
// Confidential-information registers (issue 13)
import { AddConfidentialRegisters1763901200000 } from './1763901200000-add-confidential-registers';
// Trademark uses (issue 15)
import { AddTrademarks1763901400000 } from './1763901400000-add-trademarks';
// Reminders and alerts (issue 16)
import { AddAlerts1763901500000 } from './1763901500000-add-alerts';
import { CreateJobQueue1763901500100 } from './1763901500100-create-job-queue';
// Supplier screening alerts (issues 14 and 16)
import { AddSupplierScreeningAlerts1763901700000 } from './1763901700000-add-supplier-screening-alerts';
import { AddDisclosureRecipientSupplier1763901900000 } from './1763901900000-add-disclosure-recipient-supplier';
// The job runner's clock stamps (issue 16)
import { GrantJobClockStamps1763902000000 } from './1763902000000-grant-job-clock-stamps';

// Sublicensed suppliers (issue 14)
import { AddSupplierSublicenses1763901300000 } from './1763901300000-add-supplier-sublicenses';
// Calendar feeds and exports (issue 16)
import { AddCalendarFeeds1763901600000 } from './1763901600000-add-calendar-feeds';
import { IndexExportPeriods1763901600100 } from './1763901600100-index-export-periods';
import { IndexMarkConflictBranches1763901800000 } from './1763901800000-index-mark-conflict-branches';

/** Every migration, oldest first. A new migration is added here and never edited after. */
export const MIGRATIONS = [
  CreateFoundation1763900000000,
  AddContractLifecycle1763900100000,
  AddExportControl1763900200000,
  GrantApplicationRole1763900300000,
  AddIdentityColumns1763900300100,
  CreateRateLimit1763900300200,
  NormaliseLicenceNumbers1763900300300,
  AddRowVisibility1763900400000,
  AddTerminationBases1763900410000,
  AddObligationBeneficiaries1763900450000,
  AddObligationConditions1763900460000,
  AddUnrolledDueDates1763900470000,
  AddScreeningClearances1763900500000,
  AddIdempotencyKeys1763900600000,
  AddNoticeClockDates1763900700000,
  AddExportCheckDecisions1763900700100,
  AddInvoiceReferenceKey1763900800000,
  // Confidential-information registers (issue 13)
  AddConfidentialRegisters1763901200000,
  // Sublicensed suppliers (issue 14)
  AddSupplierSublicenses1763901300000,
  // Trademark uses (issue 15)
  AddTrademarks1763901400000,
  // Reminders and alerts (issue 16)
  AddAlerts1763901500000,
  CreateJobQueue1763901500100,
  // Calendar feeds and exports (issue 16)
  AddCalendarFeeds1763901600000,
  IndexExportPeriods1763901600100,
  // Supplier screening alerts (issues 14 and 16)
  AddSupplierScreeningAlerts1763901700000,
  // The conflict check by indexed branches (issue 15)
  IndexMarkConflictBranches1763901800000,
  // Disclosure recipients in the supplier register (issues 13 and 14)
  AddDisclosureRecipientSupplier1763901900000,
  // The job runner's clock stamps (issue 16)
  GrantJobClockStamps1763902000000,
];

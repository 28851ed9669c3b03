import { CreateFoundation1763900000000 } from './1763900000000-create-foundation';
import { AddContractLifecycle1763900100000 } from './1763900100000-add-contract-lifecycle';
import { AddExportControl1763900200000 } from './1763900200000-add-export-control';
import { AddRowVisibility1763900400000 } from './1763900400000-add-row-visibility';
import { AddTerminationBases1763900410000 } from './1763900410000-add-termination-bases';
import { AddIdempotencyKeys1763900600000 } from './1763900600000-add-idempotency-keys';
import { AddObligationBeneficiaries1763900450000 } from './1763900450000-add-obligation-beneficiaries';
import { AddObligationConditions1763900460000 } from './1763900460000-add-obligation-conditions';
import { AddNoticeClockDates1763900700000 } from './1763900700000-add-notice-clock-dates';

/** Every migration, oldest first. A new migration is added here and never edited after. */
export const MIGRATIONS = [
  CreateFoundation1763900000000,
  AddContractLifecycle1763900100000,
  AddExportControl1763900200000,
  AddRowVisibility1763900400000,
  AddTerminationBases1763900410000,
  AddIdempotencyKeys1763900600000,
  AddObligationBeneficiaries1763900450000,
  AddObligationConditions1763900460000,
  AddNoticeClockDates1763900700000,
];

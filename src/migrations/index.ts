import { CreateFoundation1763900000000 } from './1763900000000-create-foundation';
import { AddContractLifecycle1763900100000 } from './1763900100000-add-contract-lifecycle';
import { AddExportControl1763900200000 } from './1763900200000-add-export-control';
import { AddScreeningClearances1763900500000 } from './1763900500000-add-screening-clearances';

/** Every migration, oldest first. A new migration is added here and never edited after. */
export const MIGRATIONS = [
  CreateFoundation1763900000000,
  AddContractLifecycle1763900100000,
  AddExportControl1763900200000,
  AddScreeningClearances1763900500000,
];

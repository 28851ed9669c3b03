import { CreateFoundation1763900000000 } from './1763900000000-create-foundation';

/** Every migration, oldest first. A new migration is added here and never edited after. */
export const MIGRATIONS = [CreateFoundation1763900000000];

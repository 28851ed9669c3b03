import { BadInputError, ConflictError, ForbiddenError } from '../errors';
import type { Refusal } from '../rules/refusal';

/**
 * Turns a pure rule's refusal into the API's error: the one place besides the row policy
 * where a FORBIDDEN is made, so that every denial is a rule's (see row-policy.ts).
 */
export function raise(refusal: Refusal): never {
  switch (refusal.kind ?? 'input') {
    case 'party':
      throw new ForbiddenError(refusal.reason, refusal.article);
    case 'state':
      throw new ConflictError(refusal.reason, refusal.article);
    case 'input':
      throw new BadInputError(refusal.field, `${refusal.reason} (${refusal.article})`);
  }
}

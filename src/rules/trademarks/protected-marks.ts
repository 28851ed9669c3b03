import type { PartyCode } from '../../domain/parties';
import type { ConflictResult } from './conflict-score';
import type { Refusal } from '../refusal';

/**
 * Whose marks a party's proposed mark must keep clear of (TIC 10.4; JVC Art. 50): Fengfan and
 * the Licensee of the Valence Marks; Valence of the marks of Fengfan and of the Licensee. The
 * contracts protect neither Fengfan's marks against the Licensee nor the reverse.
 */
export function protectedOwners({ forParty }: { forParty: PartyCode }): PartyCode[] {
  return forParty === 'VALENCE' ? ['FENGFAN', 'JV'] : ['VALENCE'];
}

export const PROTECTION_ARTICLE = 'TIC 10.4; JVC Art. 50';

/**
 * Registering a mark: refused when it is identical or confusingly similar to a protected mark
 * of another party, unless that party's express written consent is on record (TIC 10.4).
 */
export function checkRegistration({
  result,
  consentBy,
}: {
  result: ConflictResult;
  /** The party whose written consent is recorded with the registration, if any. */
  consentBy: PartyCode | null;
}): { ok: true } | { ok: false; refusal: Refusal } {
  const blocking = result.closest.filter((c) => c.level !== 'CLEAR' && c.ownerParty !== consentBy);
  if (blocking.length === 0) return { ok: true };
  const first = blocking[0];
  return {
    ok: false,
    refusal: {
      kind: 'state',
      field: 'text',
      reason:
        `${first.level === 'IDENTICAL' ? 'identical' : 'confusingly similar'} to ${first.ownerParty}'s mark ` +
        `"${first.markText}" (${first.reasons.join(', ')}): it may be registered only with ` +
        `${first.ownerParty}'s express written consent on record`,
      article: PROTECTION_ARTICLE,
    },
  };
}

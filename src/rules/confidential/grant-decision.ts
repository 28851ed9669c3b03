import type { PartyCode } from '../../domain/parties';
import { addOffset } from '../calendar';
import { refuse, type Ruling } from '../refusal';

/**
 * A need-to-know grant to one user (TIC 8.1): only to the receiving party's own staff (its
 * "employees, agents or representatives"), only to one who has executed a covering
 * nondisclosure agreement (8.1(ii)), and for a limited time: until `requestedExpiresOn`, which
 * may not be later than the default period from today, or the default period itself.
 */
export function decideGrant({
  receivingParty,
  grantee,
  ndaCovered,
  today,
  defaultDays,
  requestedExpiresOn,
}: {
  receivingParty: PartyCode;
  grantee: { party: PartyCode; active: boolean };
  ndaCovered: { covered: boolean; reason: string; article: string };
  today: string;
  defaultDays: number;
  requestedExpiresOn: string | null;
}): Ruling<{ expiresOn: string }> {
  if (grantee.party !== receivingParty || !grantee.active) {
    return refuse({
      kind: 'input',
      field: 'userId',
      reason: `only an active user of ${receivingParty}, the receiving party, may be given access without the disclosing party's written authorization`,
      article: 'TIC 8.1',
    });
  }
  if (!ndaCovered.covered) {
    return refuse({
      kind: 'state',
      field: 'userId',
      reason: `the user cannot be granted access: ${ndaCovered.reason}`,
      article: ndaCovered.article,
    });
  }
  const longest = addOffset({ from: today, offset: { days: defaultDays } });
  if (requestedExpiresOn !== null) {
    if (requestedExpiresOn < today || requestedExpiresOn > longest) {
      return refuse({
        kind: 'input',
        field: 'expiresOn',
        reason: `must be from ${today} to ${longest} (a grant lasts at most ${defaultDays} days)`,
        article: 'TIC 8.1(i)',
      });
    }
    return { ok: true, value: { expiresOn: requestedExpiresOn } };
  }
  return { ok: true, value: { expiresOn: longest } };
}

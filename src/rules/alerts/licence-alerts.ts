import type { PartyCode } from '../../domain/parties';
import { recordLink, type AlertDraft } from './alert-draft';
import { daysBetween } from './days';

export interface LicenceForAlert {
  id: string;
  number: string;
  validFrom: string;
  validTo: string;
}

/**
 * A license in force on `today` whose validity ends within `withinDays` (TIC 4.1: Valence
 * delivers only under its approvals, so an export after the last day needs a new one). Once
 * per license and last day: an extension (a later `validTo`) is a new occasion.
 */
export function licenceAlerts({
  party,
  licences,
  today,
  withinDays,
}: {
  party: PartyCode;
  licences: readonly LicenceForAlert[];
  today: string;
  withinDays: number;
}): AlertDraft[] {
  return licences
    .filter((l) => l.validFrom <= today && l.validTo >= today)
    .filter((l) => daysBetween({ from: today, to: l.validTo }) <= withinDays)
    .map((l) => {
      const daysLeft = daysBetween({ from: today, to: l.validTo });
      return {
        recipientParty: party,
        kind: 'LICENSE_EXPIRING' as const,
        recordType: 'ExportLicense' as const,
        recordId: l.id,
        occasion: `expires-${l.validTo}`,
        title: `Export license ${l.number} expires on ${l.validTo}, in ${daysLeft} day(s) (TIC 4.1)`,
        article: 'TIC 4.1',
        link: recordLink({ recordType: 'ExportLicense', id: l.id }),
        dueOn: l.validTo,
        detail: { number: l.number, daysLeft },
      };
    });
}

import { visibleQuery } from '../../../auth/visibility';
import { PARTY_CODES } from '../../../domain/parties';
import { licenceAlerts } from '../../../rules/alerts/licence-alerts';
import type { AlertProducer } from './producer';

/** Export licenses about to expire (TIC 4.1): Valence and the parties each covers. */
export const licencesProducer: AlertProducer = {
  name: 'licences',
  kinds: ['LICENSE_EXPIRING'],
  audience: ['COMPLIANCE'],
  async produce({ manager, today, config }) {
    const withinDays = config.alerts.licenceExpiryDays;
    const drafts = [];
    for (const party of PARTY_CODES) {
      const licences = await visibleQuery(manager, 'ExportLicence', 'l', party)
        .select('l.id', 'id')
        .addSelect('l.number', 'number')
        .addSelect('l.valid_from::text', 'validFrom')
        .addSelect('l.valid_to::text', 'validTo')
        .andWhere('l.valid_from <= CAST(:today AS date)', { today })
        .andWhere(
          `l.valid_to BETWEEN CAST(:today AS date) AND CAST(:today AS date) + CAST(:withinDays AS integer)`,
          { withinDays },
        )
        .getRawMany<{ id: string; number: string; validFrom: string; validTo: string }>();
      drafts.push(...licenceAlerts({ party, licences, today, withinDays }));
    }
    return drafts;
  },
};

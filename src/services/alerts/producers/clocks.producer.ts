import { visibleQuery } from '../../../auth/visibility';
import { PARTY_CODES } from '../../../domain/parties';
import { ContractEntity } from '../../../entities';
import { clockAlerts, type NoticeForAlert } from '../../../rules/alerts/clock-alerts';
import type { AlertProducer } from './producer';

/**
 * Cure periods (TIC 11.2; JVC Art. 104(2)) and negotiation windows (JVC Art. 105) about to end:
 * the notice's sender and recipients.
 */
export const clocksProducer: AlertProducer = {
  name: 'notice clocks',
  kinds: ['CURE_PERIOD_ENDING', 'NEGOTIATION_WINDOW_ENDING'],
  audience: ['LEGAL'],
  async produce({ manager, today, config }) {
    const offsets = config.alerts.clockOffsets;
    const ahead = Math.max(0, ...offsets);
    const drafts = [];
    for (const party of PARTY_CODES) {
      const notices = await visibleQuery(manager, 'Notice', 'n', party)
        .innerJoin(ContractEntity, 'c', 'c.id = n.contract_id')
        .leftJoin(ContractEntity, 'p', 'p.id = c.parent_id')
        .select('n.id', 'id')
        .addSelect('n.subject', 'subject')
        .addSelect(
          `CASE WHEN c.code IN ('TIC', 'JVC') THEN c.code ELSE p.code END`,
          'governingContract',
        )
        .addSelect('n.clock', 'clock')
        .addSelect('n.deemed_received_on::text', 'deemedReceivedOn')
        .addSelect('n.termination_from::text', 'terminationFrom')
        .addSelect('n.window_ends_on::text', 'windowEndsOn')
        .addSelect('n.cured_on::text', 'curedOn')
        .addSelect('n.continuation_agreed_on::text', 'continuationAgreedOn')
        .andWhere(`n.clock IN ('CURE', 'NEGOTIATION')`)
        .andWhere('n.deemed_received_on <= CAST(:today AS date)', { today })
        .andWhere(
          `COALESCE(n.termination_from - 1, n.window_ends_on)
             BETWEEN CAST(:today AS date) AND CAST(:today AS date) + CAST(:ahead AS integer)`,
          { ahead },
        )
        .getRawMany<NoticeForAlert>();
      drafts.push(...clockAlerts({ party, notices, today, offsets }));
    }
    return drafts;
  },
};

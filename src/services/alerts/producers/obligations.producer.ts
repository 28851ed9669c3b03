import { visibleQuery } from '../../../auth/visibility';
import { PARTY_CODES } from '../../../domain/parties';
import { ContractEntity } from '../../../entities';
import { obligationAlerts, type ObligationForAlert } from '../../../rules/alerts/obligation-alerts';
import { STATUS_SQL } from '../../obligation-views';
import type { AlertProducer } from './producer';

/** Reminders before due dates and the day a duty becomes MISSED; its obligor's and beneficiaries' LEGAL. */
export const obligationsProducer: AlertProducer = {
  name: 'obligations',
  kinds: ['OBLIGATION_DUE', 'OBLIGATION_MISSED'],
  audience: ['LEGAL'],
  async produce({ manager, today, config }) {
    const { reminderOffsets, missedLookbackDays } = config.alerts;
    const ahead = Math.max(0, ...reminderOffsets);
    const drafts = [];
    for (const party of PARTY_CODES) {
      const rows = await visibleQuery(manager, 'Obligation', 'o', party)
        .innerJoin(ContractEntity, 'c', 'c.id = o.contract_id')
        .select('o.id', 'id')
        .addSelect('o.code', 'code')
        .addSelect('c.code', 'contractCode')
        .addSelect('o.description', 'description')
        .addSelect('o.article', 'article')
        .addSelect('o.due_on::text', 'dueOn')
        .addSelect(STATUS_SQL, 'status')
        .andWhere(
          `o.due_on BETWEEN CAST(:asOf AS date) - CAST(:lookback AS integer)
                          AND CAST(:asOf AS date) + CAST(:ahead AS integer)`,
          { lookback: missedLookbackDays, ahead },
        )
        .setParameter('asOf', today)
        .getRawMany<ObligationForAlert>();
      drafts.push(
        ...obligationAlerts({
          party,
          obligations: rows,
          today,
          offsets: reminderOffsets,
          missedLookbackDays,
        }),
      );
    }
    return drafts;
  },
};

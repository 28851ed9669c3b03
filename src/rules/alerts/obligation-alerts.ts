import type { ObligationStatus } from '../../domain/contracts';
import type { PartyCode } from '../../domain/parties';
import { recordLink, type AlertDraft } from './alert-draft';
import { daysBetween } from './days';
import { reminderOccasion } from './reminder-occasion';

export interface ObligationForAlert {
  id: string;
  code: string;
  contractCode: string;
  description: string;
  article: string;
  dueOn: string | null;
  /** The status as of the scan's day (services/obligation-views.ts STATUS_SQL). */
  status: ObligationStatus;
}

/**
 * The reminders and missed-deadline alerts one party gets for the obligations it may see,
 * as of `today`: an OPEN duty is reminded at each offset before its due date; a duty that
 * became MISSED is alerted once, on the day after its due date — or, when the scan did not
 * run that day, within `missedLookbackDays` of it (an older miss is not news). SUSPENDED
 * duties (a condition unfulfilled, TIC 4.1), LAPSED options, met and waived ones are silent.
 */
export function obligationAlerts({
  party,
  obligations,
  today,
  offsets,
  missedLookbackDays,
}: {
  party: PartyCode;
  obligations: readonly ObligationForAlert[];
  today: string;
  offsets: readonly number[];
  missedLookbackDays: number;
}): AlertDraft[] {
  const drafts: AlertDraft[] = [];
  for (const o of obligations) {
    if (o.dueOn === null) continue;
    const base = {
      recipientParty: party,
      recordType: 'Obligation' as const,
      recordId: o.id,
      article: o.article,
      link: recordLink({ recordType: 'Obligation', id: o.id }),
      dueOn: o.dueOn,
    };
    const detail = { code: o.code, contract: o.contractCode, description: o.description };
    if (o.status === 'MISSED') {
      const late = daysBetween({ from: o.dueOn, to: today });
      if (late >= 1 && late <= missedLookbackDays) {
        drafts.push({
          ...base,
          kind: 'OBLIGATION_MISSED',
          occasion: 'missed',
          title: `${o.contractCode} ${o.code} was due on ${o.dueOn} and is MISSED (${o.article})`,
          detail,
        });
      }
      continue;
    }
    if (o.status !== 'OPEN') continue;
    const due = reminderOccasion({ lastDay: o.dueOn, today, offsets });
    if (!due) continue;
    drafts.push({
      ...base,
      kind: 'OBLIGATION_DUE',
      occasion: due.occasion,
      title: `${o.contractCode} ${o.code} is due on ${o.dueOn}, in ${due.daysLeft} day(s) (${o.article})`,
      detail: { ...detail, daysLeft: due.daysLeft, reminder: due.offsetDays },
    });
  }
  return drafts;
}

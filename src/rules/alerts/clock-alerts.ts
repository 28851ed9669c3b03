import type { NoticeClockKind } from '../../domain/contracts';
import type { PartyCode } from '../../domain/parties';
import type { GoverningContract } from '../citation';
import { recordLink, type AlertDraft } from './alert-draft';
import { addDays } from './days';
import { reminderOccasion } from './reminder-occasion';

export interface NoticeForAlert {
  id: string;
  subject: string;
  governingContract: GoverningContract;
  clock: NoticeClockKind | null;
  deemedReceivedOn: string | null;
  /** A breach notice: the first day its sender may terminate (rules/notice-state.ts). */
  terminationFrom: string | null;
  /** A JVC termination notice: the last day of the negotiation window. */
  windowEndsOn: string | null;
  curedOn: string | null;
  continuationAgreedOn: string | null;
}

/**
 * A clock a notice started that is about to run out, reminded at each offset before its last
 * day: the cure period of a breach notice, whose last day is the day before its sender may
 * terminate (TIC 11.2; JVC Art. 104(2)), while no cure has been accepted; the 30-day window
 * after a JVC termination notice (JVC Art. 105), while the Parties have not agreed to
 * continue. A clock runs only once the notice is deemed received.
 */
export function clockAlerts({
  party,
  notices,
  today,
  offsets,
}: {
  party: PartyCode;
  notices: readonly NoticeForAlert[];
  today: string;
  offsets: readonly number[];
}): AlertDraft[] {
  const drafts: AlertDraft[] = [];
  for (const n of notices) {
    if (n.deemedReceivedOn === null || n.deemedReceivedOn > today) continue;
    const clock = clockOf(n);
    if (!clock) continue;
    const due = reminderOccasion({ lastDay: clock.lastDay, today, offsets });
    if (!due) continue;
    drafts.push({
      recipientParty: party,
      kind: clock.kind,
      recordType: 'Notice',
      recordId: n.id,
      occasion: due.occasion,
      title: `${clock.what} of "${n.subject}" ends on ${clock.lastDay}, in ${due.daysLeft} day(s) (${clock.article})`,
      article: clock.article,
      link: recordLink({ recordType: 'Notice', id: n.id }),
      dueOn: clock.lastDay,
      detail: { subject: n.subject, daysLeft: due.daysLeft, reminder: due.offsetDays },
    });
  }
  return drafts;
}

function clockOf(n: NoticeForAlert) {
  if (n.clock === 'CURE' && n.terminationFrom !== null && n.curedOn === null) {
    return {
      kind: 'CURE_PERIOD_ENDING' as const,
      what: 'The cure period',
      lastDay: addDays({ date: n.terminationFrom, days: -1 }),
      article: n.governingContract === 'JVC' ? 'JVC Art. 104(2)' : 'TIC 11.2',
    };
  }
  if (n.clock === 'NEGOTIATION' && n.windowEndsOn !== null && n.continuationAgreedOn === null) {
    return {
      kind: 'NEGOTIATION_WINDOW_ENDING' as const,
      what: 'The negotiation window',
      lastDay: n.windowEndsOn,
      article: 'JVC Art. 105',
    };
  }
  return null;
}

import { addOffset } from './calendar';
import { assertIsoDate } from './iso-date';
import { rollPeriodEnd, type PeriodEnd } from './period-end';

const ARTICLE = 'JVC Art. 105';
const NEGOTIATION_DAYS = 30;

/**
 * JVC Art. 105: after a termination notice under Art. 104, the parties negotiate. If within
 * thirty (30) days of its receipt they have not agreed in writing to continue the contract, each
 * party (and the directors it appointed) is deemed to have agreed to terminate the contract and
 * dissolve the Joint Venture Company. The window's last day is the 30th day after the deemed
 * receipt (JVC Art. 127), moved to the next working day in the PRC when it is a holiday (PRC
 * Civil Code Art. 203, the JVC being governed by PRC law, Art. 118): `windowEndsOn` is that
 * rolled day, the last on which a written agreement to continue can be made, and `windowEnd`
 * shows it with the unrolled day and the rule; `agreedToContinue` means such a written
 * agreement was made within the window.
 */
export function negotiationWindow({
  deemedReceivedOn,
  agreedToContinue,
  today,
}: {
  deemedReceivedOn: string;
  agreedToContinue: boolean;
  today: string;
}): {
  windowEndsOn: string;
  windowEnd: PeriodEnd;
  deemedTerminated: boolean;
  article: string;
  reason: string;
} {
  assertIsoDate({ field: 'deemedReceivedOn', value: deemedReceivedOn });
  assertIsoDate({ field: 'today', value: today });
  const windowEnd = rollPeriodEnd({
    date: addOffset({ from: deemedReceivedOn, offset: { days: NEGOTIATION_DAYS } }),
    governingContract: 'JVC',
  });
  const windowEndsOn = windowEnd.rolledOn;
  if (agreedToContinue) {
    return {
      windowEndsOn,
      windowEnd,
      deemedTerminated: false,
      article: ARTICLE,
      reason: `The parties agreed in writing to continue the contract (${ARTICLE})`,
    };
  }
  if (today <= windowEndsOn) {
    return {
      windowEndsOn,
      windowEnd,
      deemedTerminated: false,
      article: ARTICLE,
      reason:
        `Negotiation window open until ${windowEndsOn}: the parties may still agree in writing ` +
        `to continue the contract (${ARTICLE})`,
    };
  }
  return {
    windowEndsOn,
    windowEnd,
    deemedTerminated: true,
    article: ARTICLE,
    reason:
      `No written agreement to continue within 30 days of receipt (by ${windowEndsOn}): each ` +
      'party is deemed to have agreed to terminate the contract and dissolve the Joint Venture ' +
      `Company; the application goes to the Examination and Approval Authority (${ARTICLE})`,
  };
}

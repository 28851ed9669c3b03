import { BadInputError } from '../errors';
import { addOffset } from './calendar';
import type { GoverningContract } from './citation';
import { assertIsoDate } from './iso-date';

/**
 * Material breach: the breaching party has sixty (60) days after the written notice to cure
 * (TIC 11.2; JVC Art. 104(2)). Which day the 60 days run from, and how the last day rolls to a
 * working day, is rules/notice-clocks.ts's to decide; this is the bare count.
 */
const ARTICLE: Record<GoverningContract, string> = { TIC: 'TIC 11.2', JVC: 'JVC Art. 104(2)' };
const CURE_DAYS = 60;

function articleOf(governingContract: GoverningContract): string {
  const article = ARTICLE[governingContract];
  if (!article) {
    throw new BadInputError('governingContract', `unknown contract ${String(governingContract)}`);
  }
  return article;
}

/** The last day of a cure period counted from `deemedReceivedOn` (or another starting day). */
export function curePeriod({
  governingContract,
  deemedReceivedOn,
}: {
  governingContract: GoverningContract;
  deemedReceivedOn: string;
}): { cureDeadline: string; article: string } {
  const article = articleOf(governingContract);
  assertIsoDate({ field: 'deemedReceivedOn', value: deemedReceivedOn });
  return {
    cureDeadline: addOffset({ from: deemedReceivedOn, offset: { days: CURE_DAYS } }),
    article,
  };
}

/**
 * Whether the non-breaching party may terminate for an uncured material breach: from the day
 * after the cure deadline, as long as the breach is not cured (TIC 11.2: immediately upon written
 * notice of termination; JVC Art. 104(2): by written notice to the other party).
 */
export function terminationRight({
  governingContract,
  cureDeadline,
  cured,
  today,
}: {
  governingContract: GoverningContract;
  cureDeadline: string;
  cured: boolean;
  today: string;
}): { available: boolean; from: string; article: string; reason: string } {
  const article = articleOf(governingContract);
  assertIsoDate({ field: 'cureDeadline', value: cureDeadline });
  assertIsoDate({ field: 'today', value: today });
  const from = addOffset({ from: cureDeadline, offset: { days: 1 } });
  if (cured) {
    return {
      available: false,
      from,
      article,
      reason: `The breach has been cured: no right to terminate for it arises (${article})`,
    };
  }
  if (today < from) {
    return {
      available: false,
      from,
      article,
      reason:
        `The cure period runs until ${cureDeadline}: termination for this breach is available ` +
        `only from ${from}, if it is still uncured (${article})`,
    };
  }
  const how =
    governingContract === 'TIC'
      ? 'immediately upon giving written notice of termination to the breaching party'
      : 'by written notice to the other party, followed by 30 days of negotiation (JVC Art. 105)';
  return {
    available: true,
    from,
    article,
    reason: `The breach was not cured by ${cureDeadline}: the non-breaching party may terminate ${how} (${article})`,
  };
}

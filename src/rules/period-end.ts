import { addDays } from 'date-fns';
import { isWorkingDay, type CalendarCountry } from './calendar';
import type { GoverningContract } from './citation';
import { formatIsoDate, parseIsoDate, assertIsoDate } from './iso-date';
import { BadInputError } from '../errors';

/** A period's last day as the contract states it, and as its governing law moves it. */
export interface PeriodEnd {
  /** The last day after the governing law's roll: the day the period really ends. */
  rolledOn: string;
  /** The last day counted by the contract's words alone. */
  unrolledOn: string;
  /** What the governing law did to the last day, in words. */
  rule: string;
  /** The contract's choice of law and the rule of that law that moves the last day. */
  article: string;
}

/**
 * The law each contract chooses and how that law treats a period whose last day is not a
 * working day:
 * - the JVC is governed by the published laws of the PRC (JVC Art. 118); PRC Civil Code
 *   Art. 203: when the last day of a period is a statutory holiday, the day after the holiday
 *   ends is the last day. Days off and make-up working days follow the State Council's yearly
 *   arrangement (rules/calendar.ts, chinese-days), so a make-up Saturday is a working day.
 * - the TIC is governed by the laws of the State of California (TIC 13.4); Cal. Civ. Code
 *   § 10 excludes a last day that is a holiday, and § 11 lets an act a contract appoints for
 *   a holiday be performed on the next business day: Saturdays, Sundays and California's
 *   public holidays (date-holidays, US-CA) are not business days.
 */
const LAW: Record<
  GoverningContract,
  { country: CalendarCountry; region?: string; article: string; where: string; law: string }
> = {
  JVC: {
    country: 'CN',
    article: 'JVC Art. 118; PRC Civil Code Art. 203',
    where: 'in the PRC (State Council holiday arrangement)',
    law: 'PRC Civil Code Art. 203',
  },
  TIC: {
    country: 'US',
    region: 'CA',
    article: 'TIC 13.4; Cal. Civ. Code §§ 10, 11',
    where: 'in California',
    law: 'Cal. Civ. Code §§ 10, 11',
  },
};

/** A year of non-working days is the longest run any calendar has; beyond it the data is wrong. */
const MAX_ROLL_DAYS = 366;

/**
 * The real last day of a period whose last day by the contract's count is `date`: that day
 * if it is a working day under the law the contract chooses, otherwise the next working day.
 */
export function rollPeriodEnd({
  date,
  governingContract,
  countedBack = false,
}: {
  date: string;
  governingContract: GoverningContract;
  /**
   * A time limit counted back from a later day ("no less than six months prior to the
   * expiration", JVC Art. 103) is the latest day to act: moving it forward would break the
   * limit, so it stays where the count puts it.
   */
  countedBack?: boolean;
}): PeriodEnd {
  assertIsoDate({ field: 'date', value: date });
  const law = LAW[governingContract];
  if (!law) {
    throw new BadInputError('governingContract', `unknown contract ${String(governingContract)}`);
  }
  if (countedBack) {
    return {
      rolledOn: date,
      unrolledOn: date,
      rule:
        `${date} is counted back from a later day: it is the last day to act and is not moved ` +
        `forward, whether or not it is a working day`,
      article: law.article,
    };
  }
  const working = (iso: string) =>
    isWorkingDay({ date: iso, country: law.country, region: law.region });
  if (working(date)) {
    return {
      rolledOn: date,
      unrolledOn: date,
      rule: `${date} is a working day ${law.where}: the period ends on it (${law.law})`,
      article: law.article,
    };
  }
  let day = parseIsoDate({ field: 'date', value: date });
  for (let i = 0; i < MAX_ROLL_DAYS; i += 1) {
    day = addDays(day, 1);
    const iso = formatIsoDate({ date: day });
    if (working(iso)) {
      return {
        rolledOn: iso,
        unrolledOn: date,
        rule:
          `${date} is not a working day ${law.where}: the period ends on the next working day, ` +
          `${iso} (${law.law})`,
        article: law.article,
      };
    }
  }
  throw new BadInputError('date', `no working day within a year after ${date}`);
}

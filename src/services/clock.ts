import { localDate } from '../rules/calendar';

/**
 * Today's date as the contracts reckon it. The JV and Fengfan are in China and most deadlines
 * run there, so "today" is the calendar date in Asia/Shanghai; queries that take `asOf` let a
 * caller ask as of any other date.
 */
export function today(): string {
  return todayAt(new Date());
}

/** The contracts' date of an instant (see `today`); requests carry it as `ctx.today`. */
export function todayAt(instant: Date): string {
  return localDate({ instant, timeZone: 'Asia/Shanghai' });
}

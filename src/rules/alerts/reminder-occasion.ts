import { daysBetween } from './days';

/**
 * Which reminder is due today for a deadline: of the offsets (days before the last day) whose
 * day has come, the latest — so a scan that runs every day sends each reminder on its day, a
 * scan that missed days sends only the most recent one (never 30, 7 and 1 at once), and a
 * deadline first known 5 days ahead gets the 7-day reminder. Nothing after the last day
 * (a missed duty is its own alert), nothing before the earliest offset.
 *
 * The occasion ("before-7") is what makes the alert unique for its record.
 */
export function reminderOccasion({
  lastDay,
  today,
  offsets,
}: {
  lastDay: string;
  today: string;
  offsets: readonly number[];
}): { occasion: string; offsetDays: number; daysLeft: number } | null {
  const daysLeft = daysBetween({ from: today, to: lastDay });
  if (daysLeft < 0) return null;
  const reached = offsets.filter((offset) => offset >= daysLeft);
  if (reached.length === 0) return null;
  const offsetDays = Math.min(...reached);
  return { occasion: `before-${offsetDays}`, offsetDays, daysLeft };
}

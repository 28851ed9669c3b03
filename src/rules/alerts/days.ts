/** Calendar-day arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so no time zone shifts a day. */
const DAY_MS = 86_400_000;

export function daysBetween({ from, to }: { from: string; to: string }): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays({ date, days }: { date: string; days: number }): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

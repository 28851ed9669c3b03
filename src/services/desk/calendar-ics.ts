import ical from 'ical-generator';

/** One dated obligation as the feed shows it. */
export interface FeedEvent {
  id: string;
  contractCode: string;
  code: string;
  article: string;
  description: string;
  dueOn: string;
  dueRule: string;
  status: string;
  obligor: string | null;
  beneficiaries: readonly string[];
  periodLabel: string | null;
}

/**
 * The iCalendar text of a feed: one all-day event per due date (the last day to perform), its
 * summary the article and the obligation, its description who owes whom, the rule that dated
 * it and its status on the day the feed was read. Stable UIDs, so a calendar updates an event
 * in place when a due date moves.
 */
export function icsCalendar({
  owner,
  events,
  today,
  now,
}: {
  owner: { party: string };
  events: readonly FeedEvent[];
  today: string;
  now: Date;
}): string {
  const calendar = ical({
    name: `Contract deadlines — ${owner.party}`,
    description: `Obligations ${owner.party} owes or is owed under the TIC and the JVC`,
    prodId: { company: 'Fengfan-Valence', product: 'compliance-api', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const event of events) {
    const parties = `${event.obligor ?? 'the party the occasion names'} owes ${event.beneficiaries.join(', ') || 'no one named'}`;
    calendar.createEvent({
      id: `${event.id}@compliance-api`,
      stamp: now,
      start: new Date(`${event.dueOn}T00:00:00Z`),
      allDay: true,
      summary: `${event.article} — ${event.description}`,
      description: [
        `${event.contractCode} ${event.code}${event.periodLabel ? ` (${event.periodLabel})` : ''}`,
        `Article: ${event.article}`,
        parties,
        `Due: ${event.dueRule}`,
        `Status on ${today}: ${event.status}`,
      ].join('\n'),
    });
  }
  return calendar.toString();
}

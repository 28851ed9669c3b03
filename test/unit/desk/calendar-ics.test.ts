import ical, { type VEvent } from 'node-ical';
import { icsCalendar } from '../../../src/services/desk/calendar-ics';

describe('icsCalendar', () => {
  const text = icsCalendar({
    owner: { party: 'JV' },
    today: '2026-03-20',
    now: new Date('2026-03-20T04:00:00Z'),
    events: [
      {
        id: '11111111-1111-4111-8111-111111111111',
        contractCode: 'JVC',
        code: 'JVC-88-quarterly-report',
        article: 'JVC Art. 88',
        description:
          'Quarterly unaudited financial report, with commas, semicolons; and a\nnewline',
        dueOn: '2026-04-30',
        dueRule: 'one month after the quarter ends',
        status: 'OPEN',
        obligor: 'JV',
        beneficiaries: ['FENGFAN', 'VALENCE'],
        periodLabel: '2026-Q1',
      },
    ],
  });

  it('is one all-day VEVENT on the due date, whatever the text holds', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20260430');
    const events = Object.values(ical.sync.parseICS(text)).filter(
      (e): e is VEvent => e?.type === 'VEVENT',
    );
    expect(events).toHaveLength(1);
    expect(events[0].uid).toBe('11111111-1111-4111-8111-111111111111@compliance-api');
    expect(events[0].summary).toBe(
      'JVC Art. 88 — Quarterly unaudited financial report, with commas, semicolons; and a\nnewline',
    );
    expect(String(events[0].description).split('\n')).toEqual([
      'JVC JVC-88-quarterly-report (2026-Q1)',
      'Article: JVC Art. 88',
      'JV owes FENGFAN, VALENCE',
      'Due: one month after the quarter ends',
      'Status on 2026-03-20: OPEN',
    ]);
  });
});

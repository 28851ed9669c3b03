import { clockAlerts, type NoticeForAlert } from '../../../src/rules/alerts/clock-alerts';
import { licenceAlerts } from '../../../src/rules/alerts/licence-alerts';
import {
  obligationAlerts,
  type ObligationForAlert,
} from '../../../src/rules/alerts/obligation-alerts';
import { reminderOccasion } from '../../../src/rules/alerts/reminder-occasion';

describe('reminderOccasion: the latest offset whose day has come, never after the last day', () => {
  // Last day Wednesday 9 April 2025; offsets 30, 7 and 1 days before it.
  it.each([
    ['2025-03-09', null], // 31 days ahead: before the earliest offset
    ['2025-03-10', 'before-30'], // 9 April − 30 days
    ['2025-03-11', 'before-30'], // still the 30-day reminder (stored once)
    ['2025-04-01', 'before-30'], // 8 days ahead
    ['2025-04-02', 'before-7'], // 9 April − 7 days
    ['2025-04-08', 'before-1'], // the day before
    ['2025-04-09', 'before-1'], // the last day itself: no new offset
    ['2025-04-10', null], // after the last day: a miss, not a reminder
  ])('on %s → %s', (today, occasion) => {
    const due = reminderOccasion({ lastDay: '2025-04-09', today, offsets: [30, 7, 1] });
    expect(due?.occasion ?? null).toBe(occasion);
  });

  it('sends only the most recent reminder when the deadline is first known late', () => {
    // Known 5 days ahead: the 7-day reminder, not the 30-day one as well.
    expect(
      reminderOccasion({ lastDay: '2025-04-09', today: '2025-04-04', offsets: [30, 7, 1] }),
    ).toEqual({
      occasion: 'before-7',
      offsetDays: 7,
      daysLeft: 5,
    });
  });
});

const invoice: ObligationForAlert = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'TIC-6.3-PAYMENT#abc',
  contractCode: 'TIC',
  description: 'Pay the Associated Expenses invoice',
  article: 'TIC 6.3',
  dueOn: '2025-04-09',
  status: 'OPEN',
};

describe('obligationAlerts', () => {
  const at = (today: string, o: Partial<ObligationForAlert> = {}, lookback = 7) =>
    obligationAlerts({
      party: 'JV',
      obligations: [{ ...invoice, ...o }],
      today,
      offsets: [30, 7, 1],
      missedLookbackDays: lookback,
    });

  it('reminds an open duty, citing its article and linking to it', () => {
    expect(at('2025-04-02')).toEqual([
      expect.objectContaining({
        recipientParty: 'JV',
        kind: 'OBLIGATION_DUE',
        recordType: 'Obligation',
        recordId: invoice.id,
        occasion: 'before-7',
        article: 'TIC 6.3',
        link: `/graphql#Obligation/${invoice.id}`,
        dueOn: '2025-04-09',
      }),
    ]);
  });

  it('alerts a miss from the day after the due date, within the lookback only', () => {
    expect(at('2025-04-10', { status: 'MISSED' })).toEqual([
      expect.objectContaining({
        kind: 'OBLIGATION_MISSED',
        occasion: 'missed',
        article: 'TIC 6.3',
      }),
    ]);
    // 16 April is 7 days late: still news; 17 April (8 days) is not.
    expect(at('2025-04-16', { status: 'MISSED' })).toHaveLength(1);
    expect(at('2025-04-17', { status: 'MISSED' })).toEqual([]);
  });

  it.each(['SUSPENDED', 'MET', 'WAIVED', 'LAPSED'] as const)(
    'is silent about a %s obligation',
    (status) => {
      expect(at('2025-04-02', { status })).toEqual([]);
      expect(at('2025-04-10', { status })).toEqual([]);
    },
  );

  it('is silent about an obligation with no due date yet', () => {
    expect(at('2025-04-02', { dueOn: null })).toEqual([]);
  });
});

describe('licenceAlerts (TIC 4.1)', () => {
  const licence = {
    id: '00000000-0000-4000-8000-000000000002',
    number: 'D123456',
    validFrom: '2024-06-01',
    validTo: '2025-05-31',
  };
  const at = (today: string) =>
    licenceAlerts({ party: 'VALENCE', licences: [licence], today, withinDays: 30 });

  it('alerts once the last day is within the window, once per last day', () => {
    expect(at('2025-04-30')).toEqual([]); // 31 days left
    expect(at('2025-05-01')).toEqual([
      expect.objectContaining({
        kind: 'LICENSE_EXPIRING',
        occasion: 'expires-2025-05-31',
        article: 'TIC 4.1',
        dueOn: '2025-05-31',
      }),
    ]);
    expect(at('2025-05-31')).toHaveLength(1); // its last day
    expect(at('2025-06-01')).toEqual([]); // expired: no longer in force
  });

  it('ignores a licence not yet in force', () => {
    expect(
      licenceAlerts({
        party: 'JV',
        licences: [{ ...licence, validFrom: '2025-05-10' }],
        today: '2025-05-05',
        withinDays: 30,
      }),
    ).toEqual([]);
  });
});

describe('clockAlerts', () => {
  const breach: NoticeForAlert = {
    id: '00000000-0000-4000-8000-000000000003',
    subject: 'Breach of TIC 7.1',
    governingContract: 'TIC',
    clock: 'CURE',
    deemedReceivedOn: '2025-03-15',
    // The sender may terminate from 15 May: the cure period's last day is 14 May.
    terminationFrom: '2025-05-15',
    windowEndsOn: null,
    curedOn: null,
    continuationAgreedOn: null,
  };
  const at = (today: string, n: Partial<NoticeForAlert> = {}) =>
    clockAlerts({ party: 'JV', notices: [{ ...breach, ...n }], today, offsets: [7, 1] });

  it('reminds the end of a TIC cure period 7 and 1 days before its last day (TIC 11.2)', () => {
    expect(at('2025-05-06')).toEqual([]);
    expect(at('2025-05-07')).toEqual([
      expect.objectContaining({
        kind: 'CURE_PERIOD_ENDING',
        occasion: 'before-7',
        dueOn: '2025-05-14',
        article: 'TIC 11.2',
      }),
    ]);
    expect(at('2025-05-13')).toEqual([expect.objectContaining({ occasion: 'before-1' })]);
    expect(at('2025-05-15')).toEqual([]);
  });

  it('cites JVC Art. 104(2) for a JVC breach notice, and is silent once cured', () => {
    expect(at('2025-05-07', { governingContract: 'JVC' })[0].article).toBe('JVC Art. 104(2)');
    expect(at('2025-05-07', { curedOn: '2025-05-01' })).toEqual([]);
  });

  it('reminds the close of the JVC Art. 105 window unless the Parties agreed to continue', () => {
    const termination = {
      clock: 'NEGOTIATION' as const,
      terminationFrom: null,
      windowEndsOn: '2025-04-14',
      governingContract: 'JVC' as const,
    };
    expect(at('2025-04-07', termination)).toEqual([
      expect.objectContaining({
        kind: 'NEGOTIATION_WINDOW_ENDING',
        occasion: 'before-7',
        article: 'JVC Art. 105',
      }),
    ]);
    expect(at('2025-04-07', { ...termination, continuationAgreedOn: '2025-04-01' })).toEqual([]);
  });

  it('runs no clock before the notice is deemed received', () => {
    expect(at('2025-05-07', { deemedReceivedOn: '2025-05-08' })).toEqual([]);
  });
});

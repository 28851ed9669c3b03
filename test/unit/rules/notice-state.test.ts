import type { NoticeKind } from '../../../src/domain/contracts';
import type { GoverningContract } from '../../../src/rules/citation';
import { noticeClocks } from '../../../src/rules/notice-clocks';
import { noticeClockDates, noticeState } from '../../../src/rules/notice-state';

function stateOf(facts: {
  governingContract: GoverningContract;
  kind: NoticeKind;
  sentOn: string;
  deemedReceivedOn: string | null;
  curedOn?: string | null;
  continuationAgreedOn?: string | null;
  asOf: string;
}) {
  const stored = {
    governingContract: facts.governingContract,
    kind: facts.kind,
    sentOn: facts.sentOn,
    deemedReceivedOn: facts.deemedReceivedOn,
    acceptedCureOn: facts.curedOn ?? null,
    continuationAgreedOn: facts.continuationAgreedOn ?? null,
  };
  // The dates are stored when the notice is recorded: judged as of its date of sending.
  const dates = noticeClockDates({
    kind: facts.kind,
    governingContract: facts.governingContract,
    clocks: noticeClocks({ ...stored, asOf: facts.sentOn }),
  });
  const clocks = noticeClocks({ ...stored, asOf: facts.asOf });
  const state = noticeState({
    dates,
    deemedReceivedOn: facts.deemedReceivedOn,
    curedOn: facts.curedOn ?? null,
    continuationAgreedOn: facts.continuationAgreedOn ?? null,
    asOf: facts.asOf,
  });
  return { state, dates, clocks };
}

// A TIC breach notice sent by courier on Monday 3 March 2025, deemed received 14 days later
// (TIC 13.3). Its cure period runs 60 days from each reading of TIC 11.2.
const TIC_BREACH = {
  governingContract: 'TIC' as const,
  kind: 'BREACH' as const,
  sentOn: '2025-03-03',
  deemedReceivedOn: '2025-03-17',
};

describe('noticeState: where a notice stands, from the clock it starts', () => {
  it.each<[string, string, string]>([
    ['2025-03-10', 'OPEN', 'before its deemed receipt (TIC 13.3) no clock runs'],
    ['2025-03-17', 'CURE_RUNNING', 'the cure period runs from the deemed receipt (TIC 11.2)'],
    ['2025-05-02', 'CURE_RUNNING', 'sixty days after its date, the later reading still runs'],
  ])('TIC breach notice as of %s: %s (%s)', (asOf, expected) => {
    expect(stateOf({ ...TIC_BREACH, asOf }).state).toBe(expected);
  });

  it('opens the right to terminate exactly when the notice-clock rule does (TIC 11.2)', () => {
    const { dates } = stateOf({ ...TIC_BREACH, asOf: '2025-03-17' });
    expect(dates.clock).toBe('CURE');
    // Every day from receipt to well after the cure period: the two rules agree.
    for (let day = 0; day < 120; day++) {
      const asOf = new Date(Date.UTC(2025, 2, 17 + day)).toISOString().slice(0, 10);
      const { state, clocks } = stateOf({ ...TIC_BREACH, asOf });
      expect({ asOf, available: state === 'TERMINATION_RIGHT_AVAILABLE' }).toEqual({
        asOf,
        available: clocks.terminationRight!.available,
      });
    }
  });

  it('is SETTLED from the day of a cure the sender accepted (TIC 11.2)', () => {
    expect(stateOf({ ...TIC_BREACH, curedOn: '2025-04-01', asOf: '2025-03-31' }).state).toBe(
      'CURE_RUNNING',
    );
    expect(stateOf({ ...TIC_BREACH, curedOn: '2025-04-01', asOf: '2025-04-01' }).state).toBe(
      'SETTLED',
    );
    expect(stateOf({ ...TIC_BREACH, curedOn: '2025-04-01', asOf: '2026-01-01' }).state).toBe(
      'SETTLED',
    );
  });

  it('stays OPEN while a notice is never deemed received (a fax without confirmation)', () => {
    expect(stateOf({ ...TIC_BREACH, deemedReceivedOn: null, asOf: '2026-01-01' }).state).toBe(
      'OPEN',
    );
  });

  const JVC_TERMINATION = {
    governingContract: 'JVC' as const,
    kind: 'TERMINATION' as const,
    sentOn: '2025-03-03',
    deemedReceivedOn: '2025-03-17',
  };

  it('runs the JVC Art. 105 window as the rule does, then deems the termination agreed', () => {
    for (let day = 0; day < 60; day++) {
      const asOf = new Date(Date.UTC(2025, 2, 17 + day)).toISOString().slice(0, 10);
      const { state, clocks } = stateOf({ ...JVC_TERMINATION, asOf });
      const window = clocks.negotiationWindow!;
      expect({ asOf, state }).toEqual({
        asOf,
        state: window.deemedTerminated ? 'TERMINATION_RIGHT_AVAILABLE' : 'WINDOW_RUNNING',
      });
    }
  });

  it('is SETTLED once both Parties agreed to continue (JVC Art. 105)', () => {
    expect(
      stateOf({ ...JVC_TERMINATION, continuationAgreedOn: '2025-03-20', asOf: '2025-06-01' }).state,
    ).toBe('SETTLED');
  });

  it('keeps a JVC force majeure notice OPEN while its evidence is due (JVC Art. 115)', () => {
    const fm = { governingContract: 'JVC' as const, kind: 'FORCE_MAJEURE' as const };
    const facts = { ...fm, sentOn: '2025-03-03', deemedReceivedOn: '2025-03-17' };
    const { dates } = stateOf({ ...facts, asOf: '2025-03-03' });
    expect(dates.clock).toBe('EVIDENCE');
    expect(stateOf({ ...facts, asOf: dates.evidenceDueOn! }).state).toBe('OPEN');
    const after = new Date(Date.parse(dates.evidenceDueOn!) + 86_400_000).toISOString();
    expect(stateOf({ ...facts, asOf: after.slice(0, 10) }).state).toBe('SETTLED');
  });

  it.each<[GoverningContract, NoticeKind]>([
    ['TIC', 'GENERAL'],
    ['JVC', 'CONSULTATION_REQUEST'],
    ['TIC', 'TERMINATION'],
  ])('a %s %s notice starts no clock: SETTLED', (governingContract, kind) => {
    const { state, dates } = stateOf({
      ...TIC_BREACH,
      governingContract,
      kind,
      asOf: '2025-04-01',
    });
    expect(dates.clock).toBeNull();
    expect(state).toBe('SETTLED');
  });
});

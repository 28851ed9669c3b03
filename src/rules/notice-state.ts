import type { NoticeClockKind, NoticeKind, NoticeState } from '../domain/contracts';
import type { GoverningContract } from './citation';
import type { NoticeClocks } from './notice-clocks';

/** The clock a notice starts and its fixed dates, stored on the notice when it is recorded. */
export interface NoticeClockDates {
  clock: NoticeClockKind | null;
  /** A breach notice: the first day its sender may terminate if uncured (TIC 11.2). */
  terminationFrom: string | null;
  /** A JVC termination notice: the last day of the 30-day negotiation window (JVC Art. 105). */
  windowEndsOn: string | null;
  /** A JVC force majeure notice: the last day to furnish evidence (JVC Art. 115). */
  evidenceDueOn: string | null;
}

/**
 * The clock a notice starts, read off the notice-clock rule's answer: a breach notice starts a
 * cure period (TIC 11.2; JVC Art. 104(2)), a JVC termination notice a negotiation window (JVC
 * Art. 105), a JVC force majeure notice an evidence deadline (JVC Art. 115) — each once the
 * notice is deemed received, except the evidence, which runs from informing. The dates do not
 * depend on the as-of date, so they are stored and the state can be judged in SQL.
 */
export function noticeClockDates({
  kind,
  governingContract,
  clocks,
}: {
  kind: NoticeKind;
  governingContract: GoverningContract;
  clocks: NoticeClocks;
}): NoticeClockDates {
  const clock: NoticeClockKind | null =
    kind === 'BREACH'
      ? 'CURE'
      : kind === 'TERMINATION' && governingContract === 'JVC'
        ? 'NEGOTIATION'
        : clocks.evidenceDue
          ? 'EVIDENCE'
          : null;
  return {
    clock,
    terminationFrom: clocks.cure?.terminationFrom ?? null,
    windowEndsOn: clocks.negotiationWindow?.windowEndsOn ?? null,
    evidenceDueOn: clocks.evidenceDue?.dueOn ?? null,
  };
}

/**
 * Where a notice stands as of `asOf`, by the same comparisons as the notice-clock rule (a cure
 * counts once accepted and made by `asOf`; the right to terminate opens on `terminationFrom`;
 * the window is open through its last day; an agreement to continue settles it). Mirrored in
 * SQL by services/notice-states.ts, so the `notices(filter: { state })` pages stay exact.
 */
export function noticeState({
  dates,
  deemedReceivedOn,
  curedOn,
  continuationAgreedOn,
  asOf,
}: {
  dates: NoticeClockDates;
  deemedReceivedOn: string | null;
  curedOn: string | null;
  continuationAgreedOn: string | null;
  asOf: string;
}): NoticeState {
  const received = deemedReceivedOn !== null && deemedReceivedOn <= asOf;
  switch (dates.clock) {
    case 'CURE':
      if (curedOn !== null && curedOn <= asOf) return 'SETTLED';
      if (!received || dates.terminationFrom === null) return 'OPEN';
      return asOf >= dates.terminationFrom ? 'TERMINATION_RIGHT_AVAILABLE' : 'CURE_RUNNING';
    case 'NEGOTIATION':
      if (continuationAgreedOn !== null) return 'SETTLED';
      if (!received || dates.windowEndsOn === null) return 'OPEN';
      return asOf > dates.windowEndsOn ? 'TERMINATION_RIGHT_AVAILABLE' : 'WINDOW_RUNNING';
    case 'EVIDENCE':
      return dates.evidenceDueOn !== null && asOf <= dates.evidenceDueOn ? 'OPEN' : 'SETTLED';
    default:
      return 'SETTLED';
  }
}

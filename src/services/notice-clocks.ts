import type { RequestContext } from '../auth/context';
import type { NoticeEntity } from '../entities';
import type { GoverningContract } from '../rules/citation';
import { dissolutionStage } from '../rules/jvc-dissolution';
import { noticeClocks, type NoticeClockFacts, type NoticeClocks } from '../rules/notice-clocks';
import { noticeClockDates, noticeState, type NoticeClockDates } from '../rules/notice-state';
import { assertIsoDate } from '../rules/iso-date';
import type { NoticeState } from '../domain/contracts';
import { governingContractViaLoaders } from './governing';

export type NoticeFacts = Pick<
  NoticeEntity,
  | 'id'
  | 'contractId'
  | 'kind'
  | 'sentOn'
  | 'deemedReceivedOn'
  | 'curedOn'
  | 'continuationAgreedOn'
  | 'dissolutionAppliedOn'
  | 'dissolutionApprovedOn'
>;

/** The facts of a stored notice that its clocks depend on (rules/notice-clocks.ts). */
export function clockFacts(
  notice: Pick<
    NoticeFacts,
    'kind' | 'sentOn' | 'deemedReceivedOn' | 'curedOn' | 'continuationAgreedOn'
  >,
  governingContract: GoverningContract,
): NoticeClockFacts {
  return {
    governingContract,
    kind: notice.kind,
    sentOn: notice.sentOn,
    deemedReceivedOn: notice.deemedReceivedOn,
    acceptedCureOn: notice.curedOn,
    continuationAgreedOn: notice.continuationAgreedOn,
  };
}

/**
 * The clock a new notice starts and its dates, stored with it (rules/notice-state.ts): they
 * depend only on facts fixed when it is recorded.
 */
export function clockDatesOf(
  notice: Pick<NoticeFacts, 'kind' | 'sentOn' | 'deemedReceivedOn'>,
  governingContract: GoverningContract,
): NoticeClockDates {
  const facts = { ...notice, curedOn: null, continuationAgreedOn: null };
  return noticeClockDates({
    kind: notice.kind,
    governingContract,
    clocks: noticeClocks({ ...clockFacts(facts, governingContract), asOf: notice.sentOn }),
  });
}

/**
 * A notice's clocks as of `asOf` (default: the request's today), read through the same pure
 * rule that dated the obligations the notice opened when it was recorded.
 */
export async function clocksOf(
  ctx: RequestContext,
  notice: NoticeFacts,
  asOf: string | null,
): Promise<NoticeClocks | null> {
  const governing = await governingContractViaLoaders(ctx, notice.contractId);
  if (!governing) return null;
  return noticeClocks({ ...clockFacts(notice, governing), asOf: asOf ?? ctx.today });
}

/** Where a JVC termination notice stands in the procedure of Art. 105–112. */
export async function noticeDissolutionStage(
  ctx: RequestContext,
  notice: NoticeFacts,
  asOf: string | null,
) {
  const clocks = await clocksOf(ctx, notice, asOf);
  const window = clocks?.negotiationWindow;
  if (!window) return null;
  const contract = await ctx.loaders.contract.load(notice.contractId);
  return dissolutionStage({
    windowEndsOn: window.windowEndsOn,
    continuationAgreedOn: notice.continuationAgreedOn,
    dissolutionAppliedOn: notice.dissolutionAppliedOn,
    dissolutionApprovedOn: notice.dissolutionApprovedOn,
    // Liquidation follows the termination this notice led to, not one on another basis.
    terminatedOn: contract?.terminationBasisId === notice.id ? contract.terminatedOn : null,
    asOf: asOf ?? ctx.today,
  });
}

/** Where a notice stands as of `asOf` (default today), from its stored clock dates. */
export function stateOf(
  ctx: RequestContext,
  notice: Pick<
    NoticeEntity,
    | 'clock'
    | 'terminationFrom'
    | 'windowEndsOn'
    | 'evidenceDueOn'
    | 'deemedReceivedOn'
    | 'curedOn'
    | 'continuationAgreedOn'
  >,
  asOf: string | null,
): NoticeState {
  return noticeState({
    dates: notice,
    deemedReceivedOn: notice.deemedReceivedOn,
    curedOn: notice.curedOn,
    continuationAgreedOn: notice.continuationAgreedOn,
    asOf: asOf ? assertIsoDate({ field: 'asOf', value: asOf }) : ctx.today,
  });
}

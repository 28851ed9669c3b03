import type { RequestContext } from '../auth/context';
import type { NoticeEntity } from '../entities';
import { localDate, timeZoneOf } from '../rules/calendar';
import { curePeriod, terminationRight } from '../rules/cure-period';
import { forceMajeureEvidenceDue } from '../rules/force-majeure';
import { negotiationWindow } from '../rules/termination-negotiation';
import { governingContractViaLoaders } from './governing';

type NoticeFacts = Pick<
  NoticeEntity,
  'contractId' | 'kind' | 'deemedReceivedOn' | 'curedOn' | 'continuationAgreedOn' | 'sentAt'
>;

/** TIC 11.2; JVC Art. 104(2): 60 days after the breach notice is deemed received. */
export async function noticeCureDeadline(
  ctx: RequestContext,
  notice: NoticeFacts,
): Promise<string | null> {
  if (notice.kind !== 'BREACH' || !notice.deemedReceivedOn) return null;
  const contract = await governingContractViaLoaders(ctx, notice.contractId);
  return contract
    ? curePeriod({ governingContract: contract, deemedReceivedOn: notice.deemedReceivedOn })
        .cureDeadline
    : null;
}

export async function noticeTerminationRight(
  ctx: RequestContext,
  notice: NoticeFacts,
  asOf: string | null,
) {
  const cureDeadline = await noticeCureDeadline(ctx, notice);
  const contract = await governingContractViaLoaders(ctx, notice.contractId);
  if (!cureDeadline || !contract) return null;
  const on = asOf ?? ctx.today;
  return terminationRight({
    governingContract: contract,
    cureDeadline,
    // Judged as of the date asked: a cure recorded for a later date had not happened yet.
    cured: notice.curedOn !== null && notice.curedOn <= on,
    today: on,
  });
}

export async function noticeNegotiationWindow(
  ctx: RequestContext,
  notice: NoticeFacts,
  asOf: string | null,
) {
  if (notice.kind !== 'TERMINATION' || !notice.deemedReceivedOn) return null;
  if ((await governingContractViaLoaders(ctx, notice.contractId)) !== 'JVC') return null;
  return negotiationWindow({
    deemedReceivedOn: notice.deemedReceivedOn,
    agreedToContinue: notice.continuationAgreedOn !== null,
    today: asOf ?? ctx.today,
  });
}

export function noticeEvidenceDue(notice: NoticeFacts): string | null {
  if (notice.kind !== 'FORCE_MAJEURE') return null;
  const informedOn = localDate({ instant: notice.sentAt, timeZone: timeZoneOf('CN') });
  return forceMajeureEvidenceDue({ informedOn }).dueOn;
}

import type { EntityManager } from 'typeorm';
import { raise } from '../auth/refusal-error';
import type { NoticeEntity } from '../entities';
import type { GoverningContract } from '../rules/citation';
import { nonconformityNoticeRefusal } from '../rules/nonconformity-notice';
import { scheduleTriggered } from './obligation-schedule';
import type { AuditRecord } from './transaction';

/** Refuses a nonconformity notice not sent by the Licensee to Valence under the TIC (TIC 7.1). */
export function assertNonconformityNotice(input: {
  kind: string;
  governingContract: GoverningContract;
  sender: string;
  recipients: readonly string[];
}): void {
  if (input.kind !== 'NONCONFORMITY') return;
  const refusal = nonconformityNoticeRefusal(input);
  if (refusal) raise(refusal);
}

/**
 * Opens Valence's 20 days to explain, supplement or replace the non-conforming Technology
 * Information, counted from the notice's deemed receipt (TIC 7.1, 13.3).
 */
export async function openNonconformityClock(
  manager: EntityManager,
  notice: NoticeEntity,
): Promise<AuditRecord[]> {
  if (notice.kind !== 'NONCONFORMITY' || !notice.deemedReceivedOn) return [];
  const scheduled = await scheduleTriggered(manager, notice.contractId, {
    kind: 'NONCONFORMITY_NOTICE_RECEIVED',
    on: notice.deemedReceivedOn,
    noticeId: notice.id,
    obligor: 'VALENCE',
    beneficiaries: ['JV'],
  });
  return scheduled.audit;
}

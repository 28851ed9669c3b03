import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import { raise } from '../auth/refusal-error';
import { assertMay } from '../auth/row-policy';
import { findVisible } from '../auth/visibility';
import { ContractEntity, NoticeEntity } from '../entities';
import { meetNoticeObligations } from './obligation-schedule';
import { checkCureAnswer, checkCureClaim } from '../rules/cure-and-continuation';
import { assertIsoDate } from '../rules/iso-date';
import { governingContractOf } from './contract-access';
import { keyedByRow } from './idempotency';
import { mutate, type AuditRecord } from './transaction';

async function loadBreachNotice(ctx: SignedInContext, manager: EntityManager, noticeId: string) {
  const notice = await findVisible(ctx, manager, 'Notice', noticeId, { lock: true });
  const contract = await manager.getRepository(ContractEntity).findOneByOrFail({
    id: notice.contractId,
  });
  return { notice, governing: await governingContractOf(manager, contract) };
}

/**
 * The breaching party — a recipient of the breach notice — claims it cured the breach on
 * `curedOn`, with its evidence (TIC 11.2; JVC Art. 104(2)). The claim alone closes nothing:
 * the notice's sender accepts or disputes it.
 */
export function claimCure(
  ctx: SignedInContext,
  input: { noticeId: string; curedOn: string; evidence: string; idempotencyKey?: string | null },
): Promise<NoticeEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const { notice, governing } = await loadBreachNotice(ctx, manager, input.noticeId);
      assertMay(ctx, 'notice.claimCure', notice);
      const curedOn = assertIsoDate({ field: 'curedOn', value: input.curedOn });
      const check = checkCureClaim({
        governingContract: governing,
        notice,
        curedOn,
        today: ctx.today,
      });
      if (!check.ok) raise(check.refusal);
      const change = {
        cureClaimedOn: curedOn,
        cureClaimEvidence: input.evidence,
        cureClaimedByParty: ctx.user.party,
        cureAnswer: null,
        cureAnsweredOn: null,
        cureDisputeReason: null,
      };
      await manager.update(NoticeEntity, { id: notice.id }, change);
      return {
        result: { ...notice, ...change },
        audit: {
          operation: 'claimCure',
          entity: 'Notice',
          entityId: notice.id,
          before: { cureClaimedOn: notice.cureClaimedOn, cureAnswer: notice.cureAnswer },
          after: change,
        },
      };
    },
    keyedByRow(ctx, 'claimCure', input, 'Notice'),
  );
}

/**
 * The sender of the breach notice accepts the claimed cure: the breach is cured on the day
 * claimed, the cure obligations the notice opened are met, and no right to terminate for the
 * breach arises (TIC 11.2; JVC Art. 104(2)).
 */
export function acceptCure(
  ctx: SignedInContext,
  input: { noticeId: string; acceptedOn: string },
): Promise<NoticeEntity> {
  return answer(ctx, { ...input, answeredOn: input.acceptedOn, field: 'acceptedOn' }, 'ACCEPTED');
}

/** The sender disputes the claimed cure, giving its reason: the termination right stands. */
export function disputeCure(
  ctx: SignedInContext,
  input: { noticeId: string; disputedOn: string; reason: string },
): Promise<NoticeEntity> {
  return answer(ctx, { ...input, answeredOn: input.disputedOn, field: 'disputedOn' }, 'DISPUTED');
}

function answer(
  ctx: SignedInContext,
  input: { noticeId: string; answeredOn: string; field: string; reason?: string },
  verdict: 'ACCEPTED' | 'DISPUTED',
): Promise<NoticeEntity> {
  return mutate(ctx, async (manager) => {
    const { notice, governing } = await loadBreachNotice(ctx, manager, input.noticeId);
    assertMay(ctx, 'notice.answerCure', notice);
    const answeredOn = assertIsoDate({ field: input.field, value: input.answeredOn });
    const check = checkCureAnswer({
      governingContract: governing,
      notice,
      answeredOn,
      today: ctx.today,
    });
    if (!check.ok)
      raise({
        ...check.refusal,
        field: check.refusal.field === 'answeredOn' ? input.field : check.refusal.field,
      });
    const curedOn = notice.cureClaimedOn as string;
    const change =
      verdict === 'ACCEPTED'
        ? { cureAnswer: verdict, cureAnsweredOn: answeredOn, curedOn }
        : {
            cureAnswer: verdict,
            cureAnsweredOn: answeredOn,
            cureDisputeReason: input.reason ?? null,
          };
    await manager.update(NoticeEntity, { id: notice.id }, change);
    const audit: AuditRecord[] = [
      {
        operation: verdict === 'ACCEPTED' ? 'acceptCure' : 'disputeCure',
        entity: 'Notice',
        entityId: notice.id,
        before: { cureAnswer: null, curedOn: notice.curedOn },
        after: change,
      },
    ];
    if (verdict === 'ACCEPTED') {
      const evidence = notice.cureClaimEvidence ?? 'Cure accepted by the non-breaching party';
      audit.push(...(await meetNoticeObligations(manager, notice.id, curedOn, evidence)));
    }
    return { result: { ...notice, ...change }, audit };
  });
}

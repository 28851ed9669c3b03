import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import { raise } from '../auth/refusal-error';
import { assertMay } from '../auth/row-policy';
import { findVisible } from '../auth/visibility';
import type { DissolutionStep } from '../domain/contracts';
import { ContractEntity, NoticeEntity } from '../entities';
import { meetNoticeObligations } from './obligation-schedule';
import { signContinuation as signRule } from '../rules/cure-and-continuation';
import { assertIsoDate } from '../rules/iso-date';
import { checkDissolutionStep } from '../rules/jvc-dissolution';
import { noticeClocks } from '../rules/notice-clocks';
import { governingContractOf, partiesOf } from './contract-access';
import { clockFacts } from './notice-clocks';
import { mutate, type AuditRecord } from './transaction';

async function loadTerminationNotice(
  ctx: SignedInContext,
  manager: EntityManager,
  noticeId: string,
) {
  const notice = await findVisible(ctx, manager, 'Notice', noticeId, { lock: true });
  const contract = await manager.getRepository(ContractEntity).findOneByOrFail({
    id: notice.contractId,
  });
  const governing = await governingContractOf(manager, contract);
  const parties = (await partiesOf(manager, contract.id)).map((p) => ({
    party: p.partyCode,
    signatory: p.signatory,
  }));
  const window = noticeClocks({
    ...clockFacts(notice, governing),
    asOf: ctx.today,
  }).negotiationWindow;
  return { notice, governing, parties, windowEndsOn: window?.windowEndsOn ?? null };
}

/**
 * The caller's Party signs the written agreement to continue the JVC after a termination notice
 * (JVC Art. 105). Once every Party has signed within the window, the agreement is made: the
 * negotiation obligations are met and no deemed agreement to terminate follows.
 */
export function signContinuation(
  ctx: SignedInContext,
  input: { noticeId: string; signedOn: string },
): Promise<NoticeEntity> {
  return mutate(ctx, async (manager) => {
    const { notice, governing, parties, windowEndsOn } = await loadTerminationNotice(
      ctx,
      manager,
      input.noticeId,
    );
    assertMay(ctx, 'notice.signContinuation', { ...notice, parties });
    const signedOn = assertIsoDate({ field: 'signedOn', value: input.signedOn });
    const ruling = signRule({
      notice,
      governingContract: governing,
      windowEndsOn,
      party: ctx.user.party,
      signedBy: ctx.user.id,
      signedOn,
      today: ctx.today,
      parties: parties.filter((p) => p.signatory).map((p) => p.party),
    });
    if (!ruling.ok) raise(ruling.refusal);
    const { signatures, agreedOn } = ruling.value;
    const change = { continuationSignatures: signatures, continuationAgreedOn: agreedOn };
    await manager.update(NoticeEntity, { id: notice.id }, change);
    const audit: AuditRecord[] = [
      {
        operation: 'signContinuation',
        entity: 'Notice',
        entityId: notice.id,
        before: { continuationAgreedOn: null },
        after: { party: ctx.user.party, signedOn, continuationAgreedOn: agreedOn },
      },
    ];
    if (agreedOn) {
      const evidence = 'Written agreement to continue the contract, signed by both Parties';
      audit.push(...(await meetNoticeObligations(manager, notice.id, agreedOn, evidence)));
    }
    return { result: { ...notice, ...change }, audit };
  });
}

/**
 * JVC Art. 105: once each Party is deemed to have agreed to terminate, the application to
 * dissolve goes to the Examination and Approval Authority forthwith; its approval is recorded
 * when given. Either Party to the notice records each step.
 */
export function recordDissolutionStep(
  ctx: SignedInContext,
  input: { noticeId: string; step: DissolutionStep; on: string },
): Promise<NoticeEntity> {
  return mutate(ctx, async (manager) => {
    const { notice, parties, windowEndsOn } = await loadTerminationNotice(
      ctx,
      manager,
      input.noticeId,
    );
    assertMay(ctx, 'notice.recordDissolutionStep', { ...notice, parties });
    const on = assertIsoDate({ field: 'on', value: input.on });
    if (!windowEndsOn) {
      raise({
        kind: 'input',
        field: 'noticeId',
        reason: 'is not a JVC termination notice deemed received',
        article: 'JVC Art. 105',
      });
    }
    const check = checkDissolutionStep({
      step: input.step,
      on,
      today: ctx.today,
      windowEndsOn,
      continuationAgreedOn: notice.continuationAgreedOn,
      dissolutionAppliedOn: notice.dissolutionAppliedOn,
      dissolutionApprovedOn: notice.dissolutionApprovedOn,
    });
    if (!check.ok) raise(check.refusal);
    const change =
      input.step === 'APPLICATION_SUBMITTED'
        ? { dissolutionAppliedOn: on }
        : { dissolutionApprovedOn: on };
    await manager.update(NoticeEntity, { id: notice.id }, change);
    return {
      result: { ...notice, ...change },
      audit: {
        operation: 'recordDissolutionStep',
        entity: 'Notice',
        entityId: notice.id,
        before: {
          dissolutionAppliedOn: notice.dissolutionAppliedOn,
          dissolutionApprovedOn: notice.dissolutionApprovedOn,
        },
        after: { step: input.step, ...change },
      },
    };
  });
}

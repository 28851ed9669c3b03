import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import { raise } from '../auth/refusal-error';
import { assertMay } from '../auth/row-policy';
import { findVisible } from '../auth/visibility';
import type { PerformanceVerdict } from '../domain/contracts';
import { ObligationBeneficiaryEntity, ObligationEntity } from '../entities';
import { assertIsoDate } from '../rules/iso-date';
import { decidePerformance } from '../rules/performance-record';
import { decidePerformanceReview } from '../rules/performance-review';
import { decideWaiver } from '../rules/waiver';
import { mutate } from './transaction';

/**
 * Records that an obligation was performed, with the evidence and date: by the obligor, or by
 * a beneficiary recording receipt, which counts as its acknowledgement (rules/performance-record).
 */
export function markObligationMet(
  ctx: SignedInContext,
  input: { obligationId: string; metOn: string; evidence: string },
): Promise<ObligationEntity> {
  return mutate(ctx, async (manager) => {
    const obligation = await findVisible(ctx, manager, 'Obligation', input.obligationId, {
      lock: true,
    });
    assertMay(ctx, 'obligation.recordPerformance', obligation);
    const metOn = assertIsoDate({ field: 'metOn', value: input.metOn });
    const ruling = decidePerformance({
      obligation,
      party: ctx.user.party,
      metOn,
      today: ctx.today,
    });
    if (!ruling.ok) raise(ruling.refusal);
    const change = {
      status: 'MET' as const,
      metOn,
      evidence: input.evidence,
      performanceRecordedParty: ctx.user.party,
      performanceRecordedBy: ctx.user.id,
    };
    await manager.getRepository(ObligationEntity).update({ id: obligation.id }, change);
    if (ruling.value.acknowledgedBy) {
      await upsertPosition(manager, obligation.id, ruling.value.acknowledgedBy, {
        performanceVerdict: 'ACKNOWLEDGED',
        verdictBy: ctx.user.id,
        verdictOn: metOn,
        verdictReason: 'recorded receipt',
      });
    }
    const after = { ...obligation, ...change };
    return {
      result: after,
      audit: {
        operation: 'markObligationMet',
        entity: 'Obligation',
        entityId: obligation.id,
        before: obligation,
        after,
      },
    };
  });
}

/**
 * One beneficiary's express waiver. It binds only that beneficiary; the obligation becomes
 * WAIVED only when every beneficiary has waived it (TIC 13.7; JVC Art. 120).
 */
export function waiveObligation(
  ctx: SignedInContext,
  input: { obligationId: string; reason: string },
): Promise<ObligationEntity> {
  return mutate(ctx, async (manager) => {
    const obligation = await findVisible(ctx, manager, 'Obligation', input.obligationId, {
      lock: true,
    });
    assertMay(ctx, 'obligation.waive', obligation);
    const positions = await manager
      .getRepository(ObligationBeneficiaryEntity)
      .findBy({ obligationId: obligation.id });
    const ruling = decideWaiver({
      obligation,
      party: ctx.user.party,
      waivedAlready: positions.filter((p) => p.waivedBy !== null).map((p) => p.partyCode),
    });
    if (!ruling.ok) raise(ruling.refusal);
    await upsertPosition(manager, obligation.id, ctx.user.party, {
      waivedBy: ctx.user.id,
      waivedOn: ctx.today,
      waiverReason: input.reason,
    });
    const audit = [
      {
        operation: 'waiveObligationForParty',
        entity: 'Obligation',
        entityId: obligation.id,
        before: { stillOwedTo: [...ruling.value.stillOwedTo, ctx.user.party] },
        after: { stillOwedTo: ruling.value.stillOwedTo, waivedBy: ctx.user.party },
      },
    ];
    if (!ruling.value.complete) return { result: obligation, audit };
    const change = { status: 'WAIVED' as const, waivedBy: ctx.user.id, waiverReason: input.reason };
    await manager.getRepository(ObligationEntity).update({ id: obligation.id }, change);
    const after = { ...obligation, ...change };
    return {
      result: after,
      audit: [
        ...audit,
        {
          operation: 'waiveObligation',
          entity: 'Obligation',
          entityId: obligation.id,
          before: obligation,
          after,
        },
      ],
    };
  });
}

/** A beneficiary acknowledges or disputes the performance recorded for an obligation. */
export function reviewPerformance(
  ctx: SignedInContext,
  input: { obligationId: string; verdict: PerformanceVerdict; reason?: string | null },
): Promise<ObligationEntity> {
  return mutate(ctx, async (manager) => {
    const obligation = await findVisible(ctx, manager, 'Obligation', input.obligationId, {
      lock: true,
    });
    assertMay(ctx, 'obligation.reviewPerformance', obligation);
    const current = await manager
      .getRepository(ObligationBeneficiaryEntity)
      .findOneBy({ obligationId: obligation.id, partyCode: ctx.user.party });
    const ruling = decidePerformanceReview({
      obligation,
      party: ctx.user.party,
      verdict: input.verdict,
      reason: input.reason ?? null,
      current: {
        waived: current?.waivedBy != null,
        verdict: current?.performanceVerdict ?? null,
      },
    });
    if (!ruling.ok) raise(ruling.refusal);
    await upsertPosition(manager, obligation.id, ctx.user.party, {
      performanceVerdict: ruling.value.verdict,
      verdictBy: ctx.user.id,
      verdictOn: ctx.today,
      verdictReason: input.reason ?? null,
    });
    return {
      result: obligation,
      audit: {
        operation: 'reviewPerformance',
        entity: 'Obligation',
        entityId: obligation.id,
        before: { party: ctx.user.party, verdict: current?.performanceVerdict ?? null },
        after: { party: ctx.user.party, verdict: ruling.value.verdict, reason: input.reason },
      },
    };
  });
}

async function upsertPosition(
  manager: EntityManager,
  obligationId: string,
  partyCode: ObligationBeneficiaryEntity['partyCode'],
  change: Partial<ObligationBeneficiaryEntity>,
): Promise<void> {
  const repository = manager.getRepository(ObligationBeneficiaryEntity);
  const existing = await repository.findOneBy({ obligationId, partyCode });
  if (existing) await repository.update({ obligationId, partyCode }, change);
  else await repository.insert({ obligationId, partyCode, ...change });
}

import type { SignedInContext } from '../../auth/context';
import { assertMay } from '../../auth/row-policy';
import { findVisible } from '../../auth/visibility';
import type { ExceptionGround } from '../../domain/confidential';
import { ConfidentialItemEntity, ExceptionClaimEntity } from '../../entities';
import { ConflictError } from '../../errors';
import { keyedByRow } from '../idempotency';
import { mutate, type AuditRecord } from '../transaction';
import { findItem } from './item-scope';

/** The receiving party claims an exception with its evidence (TIC 8.3(a)-(c); JVC Art. 96). */
export function claimException(
  ctx: SignedInContext,
  input: {
    itemId: string;
    ground: ExceptionGround;
    evidence: string;
    idempotencyKey?: string | null;
  },
): Promise<ExceptionClaimEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const item = await findItem(ctx, manager, input.itemId);
      assertMay(ctx, 'confidentialItem.claimException', item);
      if (item.status === 'RELEASED') {
        throw new ConflictError('the item is already released', 'TIC 8.3');
      }
      const repository = manager.getRepository(ExceptionClaimEntity);
      const claim = await repository.save(
        repository.create({
          itemId: item.id,
          ground: input.ground,
          evidence: input.evidence,
          status: 'PENDING',
          claimedBy: ctx.user.id,
          claimedParty: ctx.user.party,
        }),
      );
      return {
        result: claim,
        audit: {
          operation: 'claimException',
          entity: 'ExceptionClaim',
          entityId: claim.id,
          before: null,
          after: { itemId: item.id, ground: input.ground },
        },
      };
    },
    keyedByRow(ctx, 'claimException', input, 'ExceptionClaim'),
  );
}

/**
 * The disclosing party accepts or rejects a claim; only an acceptance releases the item (its
 * status becomes RELEASED), in the same transaction.
 */
export function decideException(
  ctx: SignedInContext,
  input: { claimId: string; accept: boolean; reason: string },
): Promise<ExceptionClaimEntity> {
  return mutate(ctx, async (manager) => {
    const claim = await findVisible(ctx, manager, 'ExceptionClaim', input.claimId, { lock: true });
    const item = await findItem(ctx, manager, claim.itemId, { lock: true });
    assertMay(ctx, 'confidentialItem.decideException', item);
    if (claim.status !== 'PENDING') {
      throw new ConflictError(`the claim is already ${claim.status}`, 'TIC 8.3');
    }
    const change = {
      status: input.accept ? ('ACCEPTED' as const) : ('REJECTED' as const),
      decidedBy: ctx.user.id,
      decidedAt: ctx.now,
      decisionReason: input.reason,
    };
    await manager.getRepository(ExceptionClaimEntity).update({ id: claim.id }, change);
    const audit: AuditRecord[] = [
      {
        operation: 'decideException',
        entity: 'ExceptionClaim',
        entityId: claim.id,
        before: { status: claim.status },
        after: change,
      },
    ];
    if (input.accept && item.status !== 'RELEASED') {
      await manager
        .getRepository(ConfidentialItemEntity)
        .update({ id: item.id }, { status: 'RELEASED' });
      audit.push({
        operation: 'releaseConfidentialItem',
        entity: 'ConfidentialItem',
        entityId: item.id,
        before: { status: item.status },
        after: { status: 'RELEASED', claimId: claim.id },
      });
    }
    return { result: { ...claim, ...change }, audit };
  });
}

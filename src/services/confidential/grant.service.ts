import type { SignedInContext } from '../../auth/context';
import { raise } from '../../auth/refusal-error';
import { assertMay } from '../../auth/row-policy';
import { findVisible } from '../../auth/visibility';
import { NeedToKnowGrantEntity, UserEntity } from '../../entities';
import { ConflictError, NotFoundError } from '../../errors';
import { decideGrant } from '../../rules/confidential/grant-decision';
import { keyedByRow } from '../idempotency';
import { mutate } from '../transaction';
import { findItem } from './item-scope';
import { ndaCoverageOf } from './nda.service';

/**
 * The receiving party gives one of its own users access to an item they need to perform the
 * contract (TIC 8.1(i)); refused for a user without a covering NDA or undertaking (8.1(ii)).
 */
export function grantNeedToKnow(
  ctx: SignedInContext,
  input: {
    itemId: string;
    userId: string;
    purpose: string;
    expiresOn?: string | null;
    idempotencyKey?: string | null;
  },
): Promise<NeedToKnowGrantEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const item = await findItem(ctx, manager, input.itemId, { lock: true });
      assertMay(ctx, 'confidentialItem.grant', item);
      const user = await manager.getRepository(UserEntity).findOneBy({ id: input.userId });
      if (!user) throw new NotFoundError('User', input.userId);
      const decision = decideGrant({
        receivingParty: item.receivingParty,
        grantee: { party: user.partyCode, active: user.active },
        ndaCovered: await ndaCoverageOf(
          manager,
          { id: user.id, party: user.partyCode },
          item.disclosingParty,
        ),
        today: ctx.today,
        defaultDays: ctx.settings.confidential.grantDays,
        requestedExpiresOn: input.expiresOn ?? null,
      });
      if (!decision.ok) raise(decision.refusal);
      const repository = manager.getRepository(NeedToKnowGrantEntity);
      const grant = await repository.save(
        repository.create({
          itemId: item.id,
          userId: user.id,
          purpose: input.purpose,
          grantedBy: ctx.user.id,
          expiresOn: decision.value.expiresOn,
        }),
      );
      return {
        result: grant,
        audit: {
          operation: 'grantNeedToKnow',
          entity: 'NeedToKnowGrant',
          entityId: grant.id,
          before: null,
          after: { itemId: item.id, userId: user.id, expiresOn: grant.expiresOn },
        },
      };
    },
    keyedByRow(ctx, 'grantNeedToKnow', input, 'NeedToKnowGrant'),
  );
}

/** Ends a grant now (TIC 8.2): by the receiving party, or by the disclosing party. */
export function revokeNeedToKnow(
  ctx: SignedInContext,
  input: { grantId: string; reason: string },
): Promise<NeedToKnowGrantEntity> {
  return mutate(ctx, async (manager) => {
    const grant = await findVisible(ctx, manager, 'NeedToKnowGrant', input.grantId, {
      lock: true,
    });
    const item = await findItem(ctx, manager, grant.itemId);
    assertMay(ctx, 'confidentialItem.revokeGrant', item);
    if (grant.revokedAt) throw new ConflictError('the grant is already revoked', 'TIC 8.1(i)');
    const change = { revokedAt: ctx.now, revokedBy: ctx.user.id, revokeReason: input.reason };
    await manager.getRepository(NeedToKnowGrantEntity).update({ id: grant.id }, change);
    return {
      result: { ...grant, ...change },
      audit: {
        operation: 'revokeNeedToKnow',
        entity: 'NeedToKnowGrant',
        entityId: grant.id,
        before: { revokedAt: null },
        after: { revokedAt: change.revokedAt, reason: input.reason },
      },
    };
  });
}

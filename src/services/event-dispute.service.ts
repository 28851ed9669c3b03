import type { SignedInContext } from '../auth/context';
import { raise } from '../auth/refusal-error';
import { assertMay } from '../auth/row-policy';
import { findVisible } from '../auth/visibility';
import { ContractEventEntity } from '../entities';
import { decideEventDispute } from '../rules/event-dispute';
import { mutate } from './transaction';

/** The other side of the clock an event starts disputes it (rules/event-dispute.ts). */
export function disputeEvent(
  ctx: SignedInContext,
  input: { eventId: string; reason: string },
): Promise<ContractEventEntity> {
  return mutate(ctx, async (manager) => {
    const event = await findVisible(ctx, manager, 'ContractEvent', input.eventId, { lock: true });
    assertMay(ctx, 'event.dispute', event);
    const ruling = decideEventDispute({ event, reason: input.reason });
    if (!ruling.ok) raise(ruling.refusal);
    const change = {
      disputedParty: ctx.user.party,
      disputedBy: ctx.user.id,
      disputedOn: ctx.today,
      disputeReason: ruling.value.reason,
    };
    await manager.getRepository(ContractEventEntity).update({ id: event.id }, change);
    const after = { ...event, ...change };
    return {
      result: after,
      audit: {
        operation: 'disputeEvent',
        entity: 'ContractEvent',
        entityId: event.id,
        before: event,
        after,
      },
    };
  });
}

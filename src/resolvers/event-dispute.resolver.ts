import { INPUT } from '../schema/input-arg';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { ContractEventType } from '../schema/event.type';
import { DisputeEventInput } from '../schema/obligation.inputs';
import { disputeEvent } from '../services/event-dispute.service';

@Resolver(() => ContractEventType)
export class EventDisputeResolver {
  @Mutation(() => ContractEventType, {
    nullable: true,
    description:
      'The other side of the clock an event starts disputes it; the event stands, marked disputed (TIC 13.7; JVC Art. 120)',
  })
  @Allow('disputeEvents')
  disputeEvent(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DisputeEventInput, INPUT) input: DisputeEventInput,
  ): Promise<ContractEventType> {
    return disputeEvent(signedIn(ctx), input);
  }
}

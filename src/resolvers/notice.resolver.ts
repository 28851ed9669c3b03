import { INPUT } from '../schema/input-arg';
import { GraphQLLocalDate } from '../schema/local-date';
import { Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import { Parent } from './parent';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { RecordNoticeInput } from '../schema/lifecycle.inputs';
import {
  AcceptCureInput,
  ClaimCureInput,
  DisputeCureInput,
  RecordDissolutionStepInput,
  SignContinuationInput,
} from '../schema/notice.inputs';
import {
  CureClockType,
  DissolutionProgressType,
  EvidenceDueType,
  NegotiationWindowType,
  NoticeType,
  TerminationRightType,
} from '../schema/notice.type';
import { recordDissolutionStep, signContinuation } from '../services/continuation.service';
import { acceptCure, claimCure, disputeCure } from '../services/cure.service';
import { clocksOf, noticeDissolutionStage, stateOf } from '../services/notice-clocks';
import { NoticeStateEnum } from '../schema/enums';
import type { NoticeState } from '../domain/contracts';
import type { NoticeEntity } from '../entities';
import { recordNotice } from '../services/notice.service';
import { ContractType } from '../schema/contract.type';
import { contractOf } from '../services/citation-links';

const AS_OF = { nullable: true, description: 'Judge as of this date (default: today)' };

@Resolver(() => NoticeType)
export class NoticeResolver {
  @Mutation(() => NoticeType, {
    nullable: true,
    description:
      'Records a notice your party sent; computes deemed receipt and the clocks it starts (TIC 13.3; JVC Art. 127)',
  })
  @Allow('recordNotices')
  recordNotice(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordNoticeInput, INPUT) input: RecordNoticeInput,
  ): Promise<NoticeType> {
    return recordNotice(signedIn(ctx), input);
  }

  @Mutation(() => NoticeType, {
    nullable: true,
    description:
      'The breaching party (a recipient of the breach notice) claims it cured, with evidence (TIC 11.2; JVC Art. 104(2))',
  })
  @Allow('settleBreaches')
  claimCure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ClaimCureInput, INPUT) input: ClaimCureInput,
  ): Promise<NoticeType> {
    return claimCure(signedIn(ctx), input);
  }

  @Mutation(() => NoticeType, {
    nullable: true,
    description:
      'The sender of the breach notice accepts the claimed cure: it closes the termination right (TIC 11.2; JVC Art. 104(2))',
  })
  @Allow('settleBreaches')
  acceptCure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AcceptCureInput, INPUT) input: AcceptCureInput,
  ): Promise<NoticeType> {
    return acceptCure(signedIn(ctx), input);
  }

  @Mutation(() => NoticeType, {
    nullable: true,
    description:
      'The sender of the breach notice disputes the claimed cure: the termination right stands (TIC 11.2; JVC Art. 104(2))',
  })
  @Allow('settleBreaches')
  disputeCure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DisputeCureInput, INPUT) input: DisputeCureInput,
  ): Promise<NoticeType> {
    return disputeCure(signedIn(ctx), input);
  }

  @Mutation(() => NoticeType, {
    nullable: true,
    description:
      'JVC Art. 105: your Party signs the written agreement to continue; made when both Parties signed within the window',
  })
  @Allow('agreeContinuation')
  signContinuation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SignContinuationInput, INPUT) input: SignContinuationInput,
  ): Promise<NoticeType> {
    return signContinuation(signedIn(ctx), input);
  }

  @Mutation(() => NoticeType, {
    nullable: true,
    description:
      'JVC Art. 105: the application to dissolve, submitted forthwith after the deemed agreement to terminate, or its approval',
  })
  @Allow('recordDissolution')
  recordDissolutionStep(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordDissolutionStepInput, INPUT) input: RecordDissolutionStepInput,
  ): Promise<NoticeType> {
    return recordDissolutionStep(signedIn(ctx), input);
  }

  @FieldResolver(() => ContractType, { description: 'The contract the notice is given under' })
  @Allow('readContracts')
  contract(@Parent() notice: NoticeType, @Ctx() ctx: RequestContext): Promise<ContractType> {
    return contractOf(ctx, notice.contractId);
  }

  @FieldResolver(() => NoticeStateEnum, {
    description:
      'Where the notice stands as of `asOf` (default today): OPEN, CURE_RUNNING, TERMINATION_RIGHT_AVAILABLE, WINDOW_RUNNING or SETTLED (TIC 11.2; JVC Art. 104(2), 105, 115)',
  })
  state(
    @Parent() notice: NoticeType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => GraphQLLocalDate, {
      nullable: true,
      description: 'The date to judge on (default today)',
    })
    asOf?: string,
  ): NoticeState {
    return stateOf(ctx, notice as unknown as NoticeEntity, asOf ?? null);
  }

  @FieldResolver(() => GraphQLLocalDate, {
    nullable: true,
    description:
      "Breach notices: the breaching party's last day to cure, the earlier reading rolled to a working day (TIC 11.2; JVC Art. 104(2))",
  })
  async cureDeadline(
    @Parent() notice: NoticeType,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    return (await clocksOf(ctx, notice, null))?.cure?.deadline ?? null;
  }

  @FieldResolver(() => CureClockType, {
    nullable: true,
    description: 'Breach notices: both readings of the cure period, rolled and unrolled (TIC 11.2)',
  })
  async cureClock(
    @Parent() notice: NoticeType,
    @Ctx() ctx: RequestContext,
  ): Promise<CureClockType | null> {
    return (await clocksOf(ctx, notice, null))?.cure ?? null;
  }

  @FieldResolver(() => TerminationRightType, {
    nullable: true,
    description:
      'Breach notices: may the sender terminate for the breach, as of a date; only an accepted cure closes it (TIC 11.2; JVC Art. 104(2))',
  })
  async terminationRight(
    @Parent() notice: NoticeType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => GraphQLLocalDate, AS_OF) asOf?: string,
  ): Promise<TerminationRightType | null> {
    return (await clocksOf(ctx, notice, asOf ?? null))?.terminationRight ?? null;
  }

  @FieldResolver(() => NegotiationWindowType, {
    nullable: true,
    description: 'JVC termination notices: the 30-day negotiation window (JVC Art. 105)',
  })
  async negotiationWindow(
    @Parent() notice: NoticeType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => GraphQLLocalDate, AS_OF) asOf?: string,
  ): Promise<NegotiationWindowType | null> {
    return (await clocksOf(ctx, notice, asOf ?? null))?.negotiationWindow ?? null;
  }

  @FieldResolver(() => DissolutionProgressType, {
    nullable: true,
    description: 'JVC termination notices: the stage of the procedure (JVC Art. 105-112)',
  })
  dissolutionProgress(
    @Parent() notice: NoticeType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => GraphQLLocalDate, AS_OF) asOf?: string,
  ): Promise<DissolutionProgressType | null> {
    return noticeDissolutionStage(ctx, notice, asOf ?? null);
  }

  @FieldResolver(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'Force majeure notices: evidence due within 15 days, rolled to a PRC working day (JVC Art. 115)',
  })
  async evidenceDueOn(
    @Parent() notice: NoticeType,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    return (await clocksOf(ctx, notice, null))?.evidenceDue?.dueOn ?? null;
  }

  @FieldResolver(() => EvidenceDueType, {
    nullable: true,
    description: 'Force majeure notices: the evidence deadline, rolled and unrolled (JVC Art. 115)',
  })
  async evidenceDue(
    @Parent() notice: NoticeType,
    @Ctx() ctx: RequestContext,
  ): Promise<EvidenceDueType | null> {
    return (await clocksOf(ctx, notice, null))?.evidenceDue ?? null;
  }
}

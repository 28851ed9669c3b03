import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { RecordNoticeInput } from '../schema/lifecycle.inputs';
import { RecordBreachCuredInput, RecordContinuationAgreedInput } from '../schema/notice.inputs';
import { NegotiationWindowType, NoticeType, TerminationRightType } from '../schema/notice.type';
import {
  noticeCureDeadline,
  noticeEvidenceDue,
  noticeNegotiationWindow,
  noticeTerminationRight,
} from '../services/notice-clocks';
import {
  recordBreachCured,
  recordContinuationAgreed,
  recordNotice,
} from '../services/notice.service';

@Resolver(() => NoticeType)
export class NoticeResolver {
  @Mutation(() => NoticeType, {
    description:
      'Records a notice your party sent; computes deemed receipt and the clocks it starts',
  })
  @Allow('recordNotices')
  recordNotice(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordNoticeInput) input: RecordNoticeInput,
  ): Promise<NoticeType> {
    return recordNotice(signedIn(ctx), input);
  }

  @Mutation(() => NoticeType, { description: 'The breach a breach notice describes was cured' })
  @Allow('recordNotices')
  recordBreachCured(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordBreachCuredInput) input: RecordBreachCuredInput,
  ): Promise<NoticeType> {
    return recordBreachCured(signedIn(ctx), input);
  }

  @Mutation(() => NoticeType, {
    description:
      'JVC Art. 105: the parties agreed in writing to continue after a termination notice',
  })
  @Allow('recordNotices')
  recordContinuationAgreed(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordContinuationAgreedInput) input: RecordContinuationAgreedInput,
  ): Promise<NoticeType> {
    return recordContinuationAgreed(signedIn(ctx), input);
  }

  @FieldResolver(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'Breach notices: last day to cure, 60 days after deemed receipt (TIC 11.2; JVC Art. 104(2))',
  })
  cureDeadline(@Root() notice: NoticeType, @Ctx() ctx: RequestContext): Promise<string | null> {
    return noticeCureDeadline(ctx, notice);
  }

  @FieldResolver(() => TerminationRightType, {
    nullable: true,
    description:
      'Breach notices: may the sender terminate for the breach, as of a date (default today)',
  })
  terminationRight(
    @Root() notice: NoticeType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf?: string,
  ): Promise<TerminationRightType | null> {
    return noticeTerminationRight(ctx, notice, asOf ?? null);
  }

  @FieldResolver(() => NegotiationWindowType, {
    nullable: true,
    description: 'JVC termination notices: the 30-day negotiation window (JVC Art. 105)',
  })
  negotiationWindow(
    @Root() notice: NoticeType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf?: string,
  ): Promise<NegotiationWindowType | null> {
    return noticeNegotiationWindow(ctx, notice, asOf ?? null);
  }

  @FieldResolver(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Force majeure notices: evidence due within 15 days (JVC Art. 115)',
  })
  evidenceDueOn(@Root() notice: NoticeType): string | null {
    return noticeEvidenceDue(notice);
  }
}

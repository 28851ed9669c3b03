import { GraphQLLocalDate } from '../schema/local-date';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from './parent';
import type { UseStatus } from '../domain/trademarks';
import { useStatusOn } from '../rules/trademarks/cessation';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { IdArg } from '../schema/id';
import { INPUT } from '../schema/input-arg';
import { NoticeType } from '../schema/notice.type';
import { TrademarkLicenceOrder, TrademarkUseOrder } from '../schema/order';
import { UseStatusEnum } from '../schema/enums';
import { PageArgs } from '../schema/page.args';
import {
  GrantTrademarkLicenceInput,
  ReportTrademarkInfringementInput,
  RequestTrademarkUseInput,
  TrademarkUseFilterInput,
} from '../schema/trademarks/use.inputs';
import {
  TrademarkLicenceConnection,
  TrademarkLicenceType,
  TrademarkUseConnection,
  TrademarkUseType,
} from '../schema/trademarks/use.type';
import { reportTrademarkInfringement } from '../services/trademarks/infringement.service';
import {
  grantTrademarkLicence,
  listTrademarkLicences,
} from '../services/trademarks/licence.service';
import {
  approveTrademarkUse,
  approveTrademarkWarrantyTerms,
  listTrademarkUses,
  rejectTrademarkUse,
  requestTrademarkUse,
} from '../services/trademarks/use.service';

/** Written trademark licences to the JV and the uses they allow (JVC Art. 50; TIC 5.2, 5.3). */
@Resolver()
export class TrademarkUseResolver {
  @Mutation(() => TrademarkLicenceType, {
    name: 'grantTrademarkLicense',
    nullable: true,
    description: 'Records a written trademark license your party signed with the JV (JVC Art. 50)',
  })
  @Allow('grantTrademarkLicences')
  grantTrademarkLicence(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => GrantTrademarkLicenceInput, INPUT) input: GrantTrademarkLicenceInput,
  ): Promise<TrademarkLicenceType> {
    return grantTrademarkLicence(signedIn(ctx), input);
  }

  @Query(() => TrademarkLicenceConnection, {
    name: 'trademarkLicenses',
    description: 'The trademark licenses your party granted or, for the JV, holds (JVC Art. 50)',
  })
  @Allow('readTrademarkLicences')
  trademarkLicences(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('orderBy', () => TrademarkLicenceOrder, {
      nullable: true,
      description: 'The order of the list (default: latest signed first)',
    })
    orderBy?: TrademarkLicenceOrder,
  ): Promise<TrademarkLicenceConnection> {
    return listTrademarkLicences(signedIn(ctx), page, orderBy);
  }

  @Mutation(() => TrademarkUseType, {
    nullable: true,
    description: "The JV asks to use a Party's mark on a Product (JVC Art. 50)",
  })
  @Allow('requestTrademarkUses')
  requestTrademarkUse(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestTrademarkUseInput, INPUT) input: RequestTrademarkUseInput,
  ): Promise<TrademarkUseType> {
    const { licenseId, ...rest } = input;
    return requestTrademarkUse(signedIn(ctx), { ...rest, licenceId: licenseId });
  }

  @Mutation(() => TrademarkUseType, {
    nullable: true,
    description:
      'The mark owner approves a use: only under a license in force (JVC Art. 50) and, for a battery carrying a Valence mark, with approved warranty terms (TIC 5.2)',
  })
  @Allow('decideTrademarkUses')
  approveTrademarkUse(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The requested use' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'A note with the approval' })
    reason?: string | null,
  ): Promise<TrademarkUseType> {
    return approveTrademarkUse(signedIn(ctx), id, reason);
  }

  @Mutation(() => TrademarkUseType, {
    nullable: true,
    description: 'The mark owner rejects a use, saying why (JVC Art. 50)',
  })
  @Allow('decideTrademarkUses')
  rejectTrademarkUse(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The requested use' }) id: string,
    @Arg('reason', { description: 'Why it is rejected' }) reason: string,
  ): Promise<TrademarkUseType> {
    return rejectTrademarkUse(signedIn(ctx), id, reason);
  }

  @Mutation(() => TrademarkUseType, {
    nullable: true,
    description: 'Valence approves the warranty terms of a battery carrying its mark (TIC 5.2)',
  })
  @Allow('approveWarrantyTerms')
  approveTrademarkWarrantyTerms(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The requested use whose warranty terms are approved' }) id: string,
  ): Promise<TrademarkUseType> {
    return approveTrademarkWarrantyTerms(signedIn(ctx), id);
  }

  @Query(() => TrademarkUseConnection, {
    description: 'Uses of marks: the JV sees all it asked for, an owner those of its marks',
  })
  @Allow('readTrademarkUses')
  trademarkUses(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => TrademarkUseFilterInput, {
      nullable: true,
      description: 'Which uses; all you may see when omitted',
    })
    filter?: TrademarkUseFilterInput,
    @Arg('orderBy', () => TrademarkUseOrder, {
      nullable: true,
      description: 'The order of the list (default: latest request first)',
    })
    orderBy?: TrademarkUseOrder,
  ): Promise<TrademarkUseConnection> {
    return listTrademarkUses(signedIn(ctx), filter ?? {}, page, orderBy);
  }

  @Mutation(() => NoticeType, {
    nullable: true,
    description:
      'Fengfan or the JV notifies Valence in writing of an unauthorized use of a Valence mark; recorded as a notice with its deemed receipt (TIC 5.3, 13.3)',
  })
  @Allow('reportInfringements')
  reportTrademarkInfringement(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReportTrademarkInfringementInput, INPUT)
    input: ReportTrademarkInfringementInput,
  ): Promise<NoticeType> {
    return reportTrademarkInfringement(signedIn(ctx), input);
  }
}

/** A use's state on a day, computed from the TIC's end (TIC 11.4, 11.6). */
@Resolver(() => TrademarkUseType)
export class TrademarkUseStateResolver {
  @FieldResolver(() => UseStatusEnum, {
    description:
      "Where the use stands on `on` (default today): an approved use of a Valence mark running past the end of the TIC's term reads CEASED from the day after, except on Batteries, kept APPROVED for the sell-off of existing inventory (TIC 11.1, 11.4, 11.6)",
  })
  async statusOn(
    @Parent() use: TrademarkUseType,
    @Ctx() ctx: RequestContext,
    @Arg('on', () => GraphQLLocalDate, {
      nullable: true,
      description: 'The day to judge on (default today)',
    })
    on?: string | null,
  ): Promise<UseStatus> {
    const day = on ?? signedIn(ctx).today;
    return useStatusOn({ use, end: await ctx.loaders.ticEnd.load(day) });
  }
}

import { INPUT } from '../schema/input-arg';
import { GraphQLLocalDate } from '../schema/local-date';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from './parent';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import type { PerformanceStatus } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { PartyCodeEnum, PerformanceStatusEnum } from '../schema/enums';
import { ObligationFilterInput } from '../schema/lifecycle.inputs';
import { MarkObligationMetInput, WaiveObligationInput } from '../schema/notice.inputs';
import { ReviewPerformanceInput } from '../schema/obligation.inputs';
import {
  ObligationBeneficiaryType,
  ObligationConnection,
  ObligationType,
} from '../schema/obligation.type';
import { PeriodEndType } from '../schema/notice.type';
import { PageArgs } from '../schema/page.args';
import { ObligationCountType, ObligationGroupFieldEnum } from '../schema/counts.type';
import type { ObligationGroupField } from '../domain/ordering';
import { countObligations } from '../services/obligation-counts';
import { ArticleType } from '../schema/article.type';
import { ContractType } from '../schema/contract.type';
import { ObligationOrder } from '../schema/order';
import { citedArticlesOf, contractOf } from '../services/citation-links';
import { obligationDueDate } from '../services/obligation-due-date';
import {
  markObligationMet,
  reviewPerformance,
  waiveObligation,
} from '../services/obligation-acts.service';
import { obligationStanding } from '../services/obligation-standing';
import { listObligations, upcomingDeadlines } from '../services/obligation.service';

@Resolver(() => ObligationType)
export class ObligationResolver {
  @Query(() => ObligationConnection, { description: 'Obligations of your contracts, by due date' })
  @Allow('readDeadlines')
  obligations(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ObligationFilterInput, {
      nullable: true,
      description: 'Which obligations; all you may see when omitted',
    })
    filter?: ObligationFilterInput,
    @Arg('orderBy', () => ObligationOrder, {
      nullable: true,
      description: 'The order of the list (default: by due date, ascending)',
    })
    orderBy?: ObligationOrder,
  ): Promise<ObligationConnection> {
    return listObligations(signedIn(ctx), filter ?? {}, page, orderBy);
  }

  @Query(() => [ObligationCountType], {
    description:
      'How many obligations `obligations(filter)` would list, per group, without the rows (one group when `groupBy` is empty)',
  })
  @Allow('readDeadlines')
  obligationCounts(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [ObligationGroupFieldEnum], {
      description: 'The fields to count by, e.g. [STATUS, OBLIGOR]',
    })
    groupBy: ObligationGroupField[],
    @Arg('filter', () => ObligationFilterInput, {
      nullable: true,
      description: 'Which obligations; all you may see when omitted',
    })
    filter?: ObligationFilterInput,
  ): Promise<ObligationCountType[]> {
    return countObligations(signedIn(ctx), filter ?? {}, groupBy);
  }

  @Query(() => ObligationConnection, {
    description:
      'What your party owes or is owed, due within `within` days of `asOf` (default today), soonest first, paged',
  })
  @Allow('readDeadlines')
  upcomingDeadlines(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('within', () => Int, { description: 'How many days after `asOf` to look, 0 to 3660' })
    within: number,
    @Arg('asOf', () => GraphQLLocalDate, {
      nullable: true,
      description: 'The day to look from (default today)',
    })
    asOf?: string,
    @Arg('includeOverdue', {
      defaultValue: false,
      description: 'Also what is still open and already past due (MISSED)',
    })
    includeOverdue?: boolean,
    @Arg('orderBy', () => ObligationOrder, {
      nullable: true,
      description: 'The order of the list (default: by due date, ascending)',
    })
    orderBy?: ObligationOrder,
  ): Promise<ObligationConnection> {
    return upcomingDeadlines(
      signedIn(ctx),
      { withinDays: within, asOf, includeOverdue },
      page,
      orderBy,
    );
  }

  @FieldResolver(() => ContractType, {
    description: 'The contract that imposes it',
  })
  @Allow('readContracts')
  contract(
    @Parent() obligation: ObligationType,
    @Ctx() ctx: RequestContext,
  ): Promise<ContractType> {
    return contractOf(ctx, obligation.contractId);
  }

  @FieldResolver(() => [ArticleType], {
    description:
      'The articles `article` cites, as objects ("TIC 7.1(b)" → article 7.1 of the TIC); those the caller may not read are left out',
  })
  @Allow('readContracts')
  citedArticles(
    @Parent() obligation: ObligationType,
    @Ctx() ctx: RequestContext,
  ): Promise<ArticleType[]> {
    return citedArticlesOf(ctx, obligation);
  }

  @FieldResolver(() => [ObligationBeneficiaryType], {
    description:
      'Each beneficiary, whether it waived and whether the obligation is still owed to it, and its answer to the performance (TIC 13.7; JVC Art. 120)',
  })
  async beneficiaries(
    @Parent() obligation: ObligationType,
    @Ctx() ctx: RequestContext,
  ): Promise<ObligationBeneficiaryType[]> {
    return (await obligationStanding(ctx, obligation)).beneficiaries;
  }

  @FieldResolver(() => [PartyCodeEnum], {
    description: 'The beneficiaries it is still owed to: those that have not waived it',
  })
  async owedTo(
    @Parent() obligation: ObligationType,
    @Ctx() ctx: RequestContext,
  ): Promise<PartyCode[]> {
    const { beneficiaries } = await obligationStanding(ctx, obligation);
    return beneficiaries.filter((b) => b.stillOwed).map((b) => b.party);
  }

  @FieldResolver(() => PeriodEndType, {
    nullable: true,
    description:
      'The due date as the contract counts it, the day the governing law moves it to when that is not a working day, and the rule that moved it (TIC 13.4; JVC Art. 118)',
  })
  dueDate(@Parent() obligation: ObligationType, @Ctx() ctx: RequestContext) {
    return obligationDueDate(ctx, obligation);
  }

  @FieldResolver(() => PerformanceStatusEnum, {
    nullable: true,
    description:
      'Null until performed; then UNREVIEWED, ACKNOWLEDGED or DISPUTED by the beneficiaries (TIC 13.7; JVC Art. 120)',
  })
  async performanceStatus(
    @Parent() obligation: ObligationType,
    @Ctx() ctx: RequestContext,
  ): Promise<PerformanceStatus | null> {
    return (await obligationStanding(ctx, obligation)).performance;
  }

  @Mutation(() => ObligationType, {
    nullable: true,
    description:
      'Records performance, with evidence and date: by the obligor, or by a beneficiary recording receipt (its acknowledgement)',
  })
  @Allow('manageObligations')
  markObligationMet(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MarkObligationMetInput, INPUT) input: MarkObligationMetInput,
  ): Promise<ObligationType> {
    return markObligationMet(signedIn(ctx), input);
  }

  @Mutation(() => ObligationType, {
    nullable: true,
    description:
      "A beneficiary's express waiver: it binds only that beneficiary; WAIVED once every beneficiary has waived (TIC 13.7; JVC Art. 120)",
  })
  @Allow('manageObligations')
  waiveObligation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WaiveObligationInput, INPUT) input: WaiveObligationInput,
  ): Promise<ObligationType> {
    return waiveObligation(signedIn(ctx), input);
  }

  @Mutation(() => ObligationType, {
    nullable: true,
    description:
      'A beneficiary acknowledges or disputes the performance recorded for it (TIC 13.7; JVC Art. 120)',
  })
  @Allow('reviewPerformance')
  reviewPerformance(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewPerformanceInput, INPUT) input: ReviewPerformanceInput,
  ): Promise<ObligationType> {
    return reviewPerformance(signedIn(ctx), input);
  }
}

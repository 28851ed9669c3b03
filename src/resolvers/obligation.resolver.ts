import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { ObligationFilterInput } from '../schema/lifecycle.inputs';
import { MarkObligationMetInput, WaiveObligationInput } from '../schema/notice.inputs';
import { ObligationConnection, ObligationType } from '../schema/obligation.type';
import { PageArgs } from '../schema/page.args';
import {
  listObligations,
  markObligationMet,
  upcomingDeadlines,
  waiveObligation,
} from '../services/obligation.service';

@Resolver(() => ObligationType)
export class ObligationResolver {
  @Query(() => ObligationConnection, { description: 'Obligations of your contracts, by due date' })
  @Allow('readDeadlines')
  obligations(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ObligationFilterInput, { nullable: true }) filter?: ObligationFilterInput,
  ): Promise<ObligationConnection> {
    return listObligations(signedIn(ctx), filter ?? {}, page);
  }

  @Query(() => [ObligationType], {
    description:
      'What your party owes or is owed, due within `within` days of `asOf` (default today)',
  })
  @Allow('readDeadlines')
  upcomingDeadlines(
    @Ctx() ctx: RequestContext,
    @Arg('within', () => Int) within: number,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf?: string,
    @Arg('includeOverdue', { defaultValue: false }) includeOverdue?: boolean,
    @Arg('first', () => Int, { defaultValue: 50 }) first?: number,
  ): Promise<ObligationType[]> {
    return upcomingDeadlines(signedIn(ctx), {
      withinDays: within,
      asOf,
      includeOverdue,
      first: first ?? 50,
    });
  }

  @Mutation(() => ObligationType, { description: 'Records performance, with evidence and date' })
  @Allow('manageObligations')
  markObligationMet(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MarkObligationMetInput) input: MarkObligationMetInput,
  ): Promise<ObligationType> {
    return markObligationMet(signedIn(ctx), input);
  }

  @Mutation(() => ObligationType, { description: "The beneficiary's express waiver" })
  @Allow('manageObligations')
  waiveObligation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WaiveObligationInput) input: WaiveObligationInput,
  ): Promise<ObligationType> {
    return waiveObligation(signedIn(ctx), input);
  }
}

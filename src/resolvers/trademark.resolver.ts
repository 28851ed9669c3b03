import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from './parent';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import type { PartyCode } from '../domain/parties';
import type { TrademarkEntity } from '../entities';
import { PartyCodeEnum } from '../schema/enums';
import { IdArg } from '../schema/id';
import { INPUT } from '../schema/input-arg';
import { MarkOrder } from '../schema/order';
import { PageArgs } from '../schema/page.args';
import { MarkConflictCheckType } from '../schema/trademarks/conflict.type';
import {
  AddMarkRegistrationInput,
  MarkFilterInput,
  RegisterMarkInput,
} from '../schema/trademarks/mark.inputs';
import {
  MarkConnection,
  MarkConsentType,
  MarkRegistrationType,
  MarkRenderingType,
  MarkType,
} from '../schema/trademarks/mark.type';
import { prefetched } from '../services/shaped-read/shaped-rows';
import { checkMarkConflict } from '../services/trademarks/conflict.service';
import {
  addMarkRegistration,
  getMark,
  listMarks,
  registerMark,
} from '../services/trademarks/mark.service';

/** The register of marks and the conflict check (TIC 10.4; JVC Art. 50). */
@Resolver(() => MarkType)
export class TrademarkResolver {
  @Query(() => MarkConnection, { description: "Every party's marks (TIC 10.4; JVC Art. 50)" })
  @Allow('readTrademarks')
  marks(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => MarkFilterInput, {
      nullable: true,
      description: 'Which marks; all when omitted',
    })
    filter?: MarkFilterInput,
    @Arg('orderBy', () => MarkOrder, {
      nullable: true,
      description: 'The order of the list (default: by text)',
    })
    orderBy?: MarkOrder,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<MarkConnection> {
    return listMarks(signedIn(ctx), filter ?? {}, page, orderBy, info);
  }

  @Query(() => MarkType, { description: 'One mark on the register' })
  @Allow('readTrademarks')
  mark(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The mark' }) id: string,
  ): Promise<MarkType> {
    return getMark(signedIn(ctx), id);
  }

  @Query(() => MarkConflictCheckType, {
    description:
      'Compares a proposed mark with the protected marks of the other parties: IDENTICAL, CONFUSINGLY_SIMILAR or CLEAR, with the closest marks and why (TIC 10.4; JVC Art. 50)',
  })
  @Allow('checkMarkConflicts')
  checkMarkConflict(
    @Ctx() ctx: RequestContext,
    @Arg('text', { description: 'The proposed mark, in Latin letters or Chinese characters' })
    text: string,
    @Arg('forParty', () => PartyCodeEnum, {
      description: 'The party that would register or use it',
    })
    forParty: PartyCode,
    @Arg('niceClasses', () => [Int], {
      description: 'The Nice classes of the goods it would be used on (1 to 45)',
    })
    niceClasses: number[],
  ): Promise<MarkConflictCheckType> {
    return checkMarkConflict(signedIn(ctx).db.manager, { text, forParty, niceClasses });
  }

  @Mutation(() => MarkType, {
    nullable: true,
    description:
      'Puts a mark of your party on the register; refused when it conflicts with another party’s mark without its written consent (TIC 10.4)',
  })
  @Allow('manageTrademarks')
  registerMark(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterMarkInput, INPUT) input: RegisterMarkInput,
  ): Promise<MarkType> {
    return registerMark(signedIn(ctx), input);
  }

  @Mutation(() => MarkRegistrationType, {
    nullable: true,
    description: 'Adds a national registration to one of your marks (TIC 10.4)',
  })
  @Allow('manageTrademarks')
  addMarkRegistration(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddMarkRegistrationInput, INPUT) input: AddMarkRegistrationInput,
  ): Promise<MarkRegistrationType> {
    return addMarkRegistration(signedIn(ctx), input);
  }

  @FieldResolver(() => [MarkRegistrationType], { description: 'Its national registrations' })
  registrations(
    @Parent() mark: TrademarkEntity,
    @Ctx() ctx: RequestContext,
  ): MarkRegistrationType[] | Promise<MarkRegistrationType[]> {
    return (
      prefetched<MarkRegistrationType[]>(mark, 'registrations') ??
      ctx.loaders.markRegistrations.load(mark.id)
    );
  }

  @FieldResolver(() => [MarkRenderingType], {
    description: 'Its known translations and transliterations (TIC 10.4)',
  })
  renderings(
    @Parent() mark: TrademarkEntity,
    @Ctx() ctx: RequestContext,
  ): MarkRenderingType[] | Promise<MarkRenderingType[]> {
    return (
      prefetched<MarkRenderingType[]>(mark, 'renderings') ??
      ctx.loaders.markRenderings.load(mark.id)
    );
  }

  @FieldResolver(() => MarkConsentType, {
    nullable: true,
    description: "Another party's written consent recorded with it (TIC 10.4)",
  })
  consent(@Parent() mark: TrademarkEntity): MarkConsentType | null {
    return mark.consentParty && mark.consentRef && mark.consentOn
      ? { party: mark.consentParty, documentRef: mark.consentRef, givenOn: mark.consentOn }
      : null;
  }
}

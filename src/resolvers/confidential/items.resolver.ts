import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../parent';
import { Allow } from '../../auth/allow';
import { signedIn, type RequestContext } from '../../auth/context';
import type { ConfidentialGroupField } from '../../domain/confidential';
import {
  ConfidentialItemFilterInput,
  RegisterConfidentialItemInput,
} from '../../schema/confidential/inputs';
import {
  ConfidentialDocumentType,
  ConfidentialItemConnection,
  ConfidentialItemCountType,
  ConfidentialItemType,
  DisclosureRequestType,
  ExceptionClaimType,
  NeedToKnowGrantType,
} from '../../schema/confidential/item.type';
import { ContractType } from '../../schema/contract.type';
import { ConfidentialGroupFieldEnum } from '../../schema/enums';
import { IdArg } from '../../schema/id';
import { INPUT } from '../../schema/input-arg';
import { ConfidentialItemOrder } from '../../schema/order';
import { PageArgs } from '../../schema/page.args';
import { contractOf } from '../../services/citation-links';
import { prefetched } from '../../services/shaped-read/shaped-rows';
import {
  countConfidentialItems,
  getConfidentialItem,
  listConfidentialItems,
  registerConfidentialItem,
} from '../../services/confidential/item.service';

/** The registers: what a party disclosed and received (TIC Art. 8; JVC Chapter 17). */
@Resolver(() => ConfidentialItemType)
export class ConfidentialItemResolver {
  @Query(() => ConfidentialItemConnection, {
    description:
      'The items your party disclosed or received that you may see, newest first (TIC 8.1; Fengfan never sees Valence Technology, TIC 2.8)',
  })
  @Allow('readConfidentialItems')
  confidentialItems(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ConfidentialItemFilterInput, {
      nullable: true,
      description: 'Which items; all you may see when omitted',
    })
    filter?: ConfidentialItemFilterInput,
    @Arg('orderBy', () => ConfidentialItemOrder, {
      nullable: true,
      description: 'The order of the list (default: newest registered first)',
    })
    orderBy?: ConfidentialItemOrder,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ConfidentialItemConnection> {
    return listConfidentialItems(signedIn(ctx), filter ?? {}, page, orderBy, info);
  }

  @Query(() => ConfidentialItemType, { description: 'One item you may see' })
  @Allow('readConfidentialItems')
  confidentialItem(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The item' }) id: string,
  ): Promise<ConfidentialItemType> {
    return getConfidentialItem(signedIn(ctx), id);
  }

  @Query(() => [ConfidentialItemCountType], {
    description:
      'How many items `confidentialItems(filter)` would list, per group, in one statement (e.g. by [RECEIVING_PARTY, CATEGORY, STATUS])',
  })
  @Allow('readConfidentialItems')
  confidentialItemCounts(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [ConfidentialGroupFieldEnum], {
      description: 'The fields to count by; an empty list gives the total',
    })
    groupBy: ConfidentialGroupField[],
    @Arg('filter', () => ConfidentialItemFilterInput, {
      nullable: true,
      description: 'Which items to count; all you may see when omitted',
    })
    filter?: ConfidentialItemFilterInput,
  ): Promise<ConfidentialItemCountType[]> {
    return countConfidentialItems(signedIn(ctx), filter ?? {}, groupBy);
  }

  @Mutation(() => ConfidentialItemType, {
    nullable: true,
    description: 'Registers an item your party disclosed, its content encrypted (TIC 1.3)',
  })
  @Allow('registerConfidentialItems')
  registerConfidentialItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterConfidentialItemInput, INPUT) input: RegisterConfidentialItemInput,
  ): Promise<ConfidentialItemType> {
    return registerConfidentialItem(signedIn(ctx), input);
  }

  @FieldResolver(() => [ConfidentialDocumentType], {
    description: 'Its documents: names, sizes and SHA-256 (the content only by a reveal)',
  })
  documents(
    @Parent() item: ConfidentialItemType,
    @Ctx() ctx: RequestContext,
  ): ConfidentialDocumentType[] | Promise<ConfidentialDocumentType[]> {
    return (
      prefetched<ConfidentialDocumentType[]>(item, 'documents') ??
      ctx.loaders.confidentialDocuments.load(item.id)
    );
  }

  @FieldResolver(() => [NeedToKnowGrantType], {
    description: 'The need-to-know grants on it, live or not (TIC 8.1(i))',
  })
  grants(@Parent() item: ConfidentialItemType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.needToKnowGrants.load(item.id);
  }

  @FieldResolver(() => [DisclosureRequestType], {
    description: 'Disclosures of it beyond the receiving party, requested or compelled',
  })
  disclosureRequests(@Parent() item: ConfidentialItemType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.disclosureRequests.load(item.id);
  }

  @FieldResolver(() => [ExceptionClaimType], {
    description: 'Exceptions claimed on it (TIC 8.3(a)-(c); JVC Art. 96)',
  })
  exceptionClaims(@Parent() item: ConfidentialItemType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.exceptionClaims.load(item.id);
  }

  @FieldResolver(() => ContractType, { description: 'The contract it was disclosed under' })
  @Allow('readContracts')
  contract(
    @Parent() item: ConfidentialItemType,
    @Ctx() ctx: RequestContext,
  ): Promise<ContractType> {
    return contractOf(ctx, item.contractId);
  }
}

import { IdArg } from '../schema/id';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver } from 'type-graphql';
import { Parent } from './parent';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { ArticleType } from '../schema/article.type';
import { ContractConnection, ContractPartyType, ContractType } from '../schema/contract.type';
import { PageArgs } from '../schema/page.args';
import { ContractFilterInput } from '../schema/list.inputs';
import { ContractOrder } from '../schema/order';
import { getContractFor, listContractsFor } from '../services/contract-read/contract-read.service';
import { prefetched } from '../services/shaped-read/shaped-rows';
import { contractParties } from '../services/contract-parties';
import { articleByNumber, contractArticles } from '../services/article.service';

@Resolver(() => ContractType)
export class ContractResolver {
  @Query(() => ContractConnection, { description: "The contracts the caller's party is party to" })
  @Allow('readContracts')
  contracts(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ContractFilterInput, {
      nullable: true,
      description: 'Only the contracts that match every field given',
    })
    filter: ContractFilterInput | undefined,
    @Arg('orderBy', () => ContractOrder, {
      nullable: true,
      description: 'The order of the list (default: by code, ascending)',
    })
    orderBy: ContractOrder | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ContractConnection> {
    return listContractsFor(signedIn(ctx), filter ?? {}, page, orderBy, info);
  }

  @Query(() => ContractType, { description: 'One contract your party is a party to' })
  @Allow('readContracts')
  contract(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The contract' }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ContractType> {
    return getContractFor(signedIn(ctx), id, info);
  }

  @Query(() => ArticleType, {
    description:
      'One article of a contract by the number it is cited by ("8.1", "TIC 8.1", "JVC Art. 104(2)")',
  })
  @Allow('readContracts')
  articleByNumber(
    @Ctx() ctx: RequestContext,
    @IdArg('contractId', { description: 'The contract' }) contractId: string,
    @Arg('number', { description: 'The article number or a citation of it' }) number: string,
  ): Promise<ArticleType> {
    return articleByNumber(signedIn(ctx), contractId, number);
  }

  @FieldResolver(() => [ContractPartyType], { description: 'Its parties and their roles in it' })
  parties(
    @Parent() contract: ContractType,
    @Ctx() ctx: RequestContext,
  ): ContractPartyType[] | Promise<ContractPartyType[]> {
    return (
      prefetched<ContractPartyType[]>(contract, 'parties') ?? contractParties(ctx, contract.id)
    );
  }

  @FieldResolver(() => [ArticleType], {
    description:
      'The articles in document order: every one, or a slice of them with `first` and `afterPosition`',
  })
  articles(
    @Parent() contract: ContractType,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'At most this many articles, 1 to 100 (default: every one)',
    })
    first?: number,
    @Arg('afterPosition', () => Int, {
      nullable: true,
      description: 'Only the articles after this `position` (the last one already read)',
    })
    afterPosition?: number,
  ): ArticleType[] | Promise<ArticleType[]> {
    const held =
      first == null && afterPosition == null
        ? prefetched<ArticleType[]>(contract, 'articles')
        : undefined;
    return held ?? contractArticles(ctx, contract.id, { first, afterPosition });
  }

  @FieldResolver(() => ContractType, {
    nullable: true,
    description: 'The contract this one is an appendix to (the TIC is Appendix 2 of the JVC)',
  })
  async parent(
    @Parent() contract: ContractType,
    @Ctx() ctx: RequestContext,
  ): Promise<ContractType | null> {
    return contract.parentId ? ctx.loaders.contract.load(contract.parentId) : null;
  }
}

import { IdArg } from '../schema/id';
import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { ArticleHitType } from '../schema/article-hit.type';
import { DiscrepancyType } from '../schema/key-term.type';
import { NoticeConnection } from '../schema/notice.type';
import { PageArgs } from '../schema/page.args';
import { NoticeOrder } from '../schema/order';
import { NoticeFilterInput } from '../schema/list.inputs';
import { NoticeCountType, NoticeGroupFieldEnum } from '../schema/counts.type';
import type { NoticeGroupField } from '../domain/ordering';
import { countNotices, listNotices } from '../services/notice-list';
import { searchArticles } from '../services/article-search.service';
import { contractDiscrepancies } from '../services/key-term.service';

@Resolver()
export class ContractRecordsResolver {
  @Query(() => [ArticleHitType], {
    description: 'Full-text search over the articles of your contracts, best match first',
  })
  @Allow('readContracts')
  async searchArticles(
    @Ctx() ctx: RequestContext,
    @Arg('query', {
      description: 'Words to find, in PostgreSQL websearch syntax ("quoted phrase", or, -not)',
    })
    query: string,
    @IdArg('contractId', {
      nullable: true,
      description: 'Only this contract; all of yours when omitted',
    })
    contractId?: string,
    @Arg('first', () => Int, {
      defaultValue: 20,
      description: 'At most this many hits, best first',
    })
    first?: number,
  ): Promise<ArticleHitType[]> {
    const hits = await searchArticles(signedIn(ctx), { query, contractId, first: first ?? 20 });
    return hits.map((hit) => ({
      ...hit,
      article: {
        id: hit.id,
        contractId: hit.contractId,
        number: hit.number,
        heading: hit.heading,
        chapter: hit.chapter,
        body: hit.body,
        position: hit.position,
      },
    }));
  }

  @Query(() => [DiscrepancyType], {
    description: 'Facts that linked contracts (a contract and its appendices) state differently',
  })
  @Allow('readContractRecords')
  contractDiscrepancies(
    @Ctx() ctx: RequestContext,
    @IdArg('contractId', {
      nullable: true,
      description: 'Only this contract; all of yours when omitted',
    })
    contractId?: string,
  ): Promise<DiscrepancyType[]> {
    return contractDiscrepancies(signedIn(ctx), contractId ?? null);
  }

  @Query(() => NoticeConnection, { description: 'Notices under your contracts, newest first' })
  @Allow('readContractRecords')
  notices(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @IdArg('contractId', {
      nullable: true,
      description: 'Only this contract; all of yours when omitted',
    })
    contractId?: string,
    @Arg('filter', () => NoticeFilterInput, {
      nullable: true,
      description: 'Only the notices that match every field given',
    })
    filter?: NoticeFilterInput,
    @Arg('orderBy', () => NoticeOrder, {
      nullable: true,
      description: 'The order of the list (default: by time sent, newest first)',
    })
    orderBy?: NoticeOrder,
  ): Promise<NoticeConnection> {
    return listNotices(signedIn(ctx), { ...filter, contractId }, page, orderBy);
  }

  @Query(() => [NoticeCountType], {
    description:
      'How many notices `notices(filter)` would list, per group, without the rows (e.g. by STATE for notices in flight)',
  })
  @Allow('readContractRecords')
  noticeCounts(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [NoticeGroupFieldEnum], {
      description: 'The fields to count by, e.g. [STATE]',
    })
    groupBy: NoticeGroupField[],
    @Arg('filter', () => NoticeFilterInput, {
      nullable: true,
      description: 'Only the notices that match every field given',
    })
    filter?: NoticeFilterInput,
  ): Promise<NoticeCountType[]> {
    return countNotices(signedIn(ctx), filter ?? {}, groupBy);
  }
}

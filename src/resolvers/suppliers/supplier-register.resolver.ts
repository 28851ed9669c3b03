import { GraphQLLocalDate } from '../../schema/local-date';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../parent';
import { Allow } from '../../auth/allow';
import { signedIn, type RequestContext } from '../../auth/context';
import type { OwnershipLinkEntity, SupplierEntity } from '../../entities';
import { IdArg } from '../../schema/id';
import { SupplierOrder } from '../../schema/order';
import { PageArgs } from '../../schema/page.args';
import { INPUT } from '../../schema/input-arg';
import {
  CreateSupplierInput,
  RecordOwnershipLinkInput,
  ReviewSupplierScreeningMatchInput,
  SupplierFilterInput,
} from '../../schema/suppliers/supplier.inputs';
import {
  OwnershipLinkType,
  SupplierAffiliationType,
  SupplierConnection,
  SupplierScreeningType,
  SupplierType,
} from '../../schema/suppliers/supplier.types';
import { AFFILIATE_ARTICLE } from '../../rules/suppliers/affiliation';
import { mapPage } from '../../services/pagination';
import { nestedRows } from '../../services/shaped-read/shaped-rows';
import { listSuppliers } from '../../services/suppliers/supplier-lists.service';
import {
  createSupplier,
  getSupplier,
  recordOwnershipLink,
} from '../../services/suppliers/supplier-register.service';
import {
  rescreenSupplier,
  reviewSupplierScreeningMatch,
} from '../../services/suppliers/supplier-screening.service';
import {
  supplierAffiliation,
  supplierScreening,
} from '../../services/suppliers/supplier-views.service';

export const toSupplier = (s: SupplierEntity): SupplierType => ({ ...s });
const toLink = (l: OwnershipLinkEntity): OwnershipLinkType => ({
  ...l,
  sharePercent: l.sharePercent === null ? null : Number(l.sharePercent),
});

@Resolver(() => SupplierType)
export class SupplierRegisterResolver {
  @Query(() => SupplierType, { description: 'A company of the supplier register (TIC 2.4)' })
  @Allow('readSupplierSublicenses')
  async supplier(@Ctx() ctx: RequestContext, @IdArg('id', { description: 'Its id' }) id: string) {
    return toSupplier(await getSupplier(signedIn(ctx), id));
  }

  @Query(() => SupplierConnection, {
    description: 'The supplier register: suppliers, the companies that hold them, the parties',
  })
  @Allow('readSupplierSublicenses')
  async suppliers(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => SupplierFilterInput, {
      nullable: true,
      description: 'Which companies; all you may see when omitted',
    })
    filter?: SupplierFilterInput,
    @Arg('orderBy', () => SupplierOrder, {
      nullable: true,
      description: 'The order of the list (default: by legal name)',
    })
    orderBy?: SupplierOrder,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<SupplierConnection> {
    return mapPage(
      await listSuppliers(signedIn(ctx), filter ?? {}, page, orderBy, info),
      toSupplier,
    );
  }

  @Mutation(() => SupplierType, {
    nullable: true,
    description:
      'Registers a supplier, or a company in its ownership, and screens it (TIC 2.4, 12.2)',
  })
  @Allow('manageSupplierSublicenses')
  async createSupplier(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateSupplierInput, INPUT) input: CreateSupplierInput,
  ) {
    return toSupplier(await createSupplier(signedIn(ctx), input));
  }

  @Mutation(() => OwnershipLinkType, {
    nullable: true,
    description: 'Records a holding in a company and its appointing powers (TIC 1.1; JVC Art. 2)',
  })
  @Allow('manageSupplierSublicenses')
  async recordOwnershipLink(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordOwnershipLinkInput, INPUT) input: RecordOwnershipLinkInput,
  ) {
    return toLink(await recordOwnershipLink(signedIn(ctx), input));
  }

  @Mutation(() => SupplierType, {
    nullable: true,
    description: 'Screens a supplier again now, under all its names (TIC 12.2)',
  })
  @Allow('manageSupplierSublicenses')
  async rescreenSupplier(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The supplier' }) id: string,
  ) {
    return toSupplier(await rescreenSupplier(signedIn(ctx), id));
  }

  @Mutation(() => SupplierType, {
    nullable: true,
    description:
      "Clears or confirms a match of a supplier's latest screening; remembered until the entry changes",
  })
  @Allow('reviewSupplierScreening')
  async reviewSupplierScreeningMatch(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewSupplierScreeningMatchInput, INPUT)
    input: ReviewSupplierScreeningMatchInput,
  ) {
    return toSupplier(await reviewSupplierScreeningMatch(signedIn(ctx), input));
  }

  @FieldResolver(() => [OwnershipLinkType], {
    description: 'Who holds what in it, and their appointing powers',
  })
  holders(
    @Parent() supplier: SupplierType,
    @Ctx() ctx: RequestContext,
  ): OwnershipLinkType[] | Promise<OwnershipLinkType[]> {
    return nestedRows(
      supplier,
      'holders',
      () => ctx.loaders.supplierHolders.load(supplier.id),
      toLink,
    );
  }

  @FieldResolver(() => SupplierScreeningType, {
    nullable: true,
    description: 'Its latest screening under all its names; null when never screened',
  })
  async screening(@Parent() supplier: SupplierType, @Ctx() ctx: RequestContext) {
    const view = await supplierScreening(signedIn(ctx), supplier.id);
    if (!view) return null;
    return {
      ...view.screening,
      listVersionId: view.screening.listVersion?.id ?? null,
      matches: view.matches.map((m) => ({ ...m, screenedName: m.queryName })),
    };
  }

  @FieldResolver(() => SupplierAffiliationType, {
    description: 'How it stands to Fengfan on a day, with the chain (TIC 1.1; JVC Art. 2)',
  })
  async affiliation(
    @Parent() supplier: SupplierType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: 'The day; default today' })
    asOf?: string | null,
  ) {
    const result = await supplierAffiliation(signedIn(ctx), supplier.id, asOf);
    return { ...result, article: AFFILIATE_ARTICLE };
  }
}

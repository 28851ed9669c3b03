import { GraphQLLocalDate } from '../../schema/local-date';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../parent';
import { Allow } from '../../auth/allow';
import { signedIn, type RequestContext } from '../../auth/context';
import type {
  SublicenseTransferEntity,
  SupplierEntity,
  SupplierSublicenseEntity,
} from '../../entities';
import { IdArg } from '../../schema/id';
import { SupplierSublicenseOrder } from '../../schema/order';
import { PageArgs } from '../../schema/page.args';
import { INPUT } from '../../schema/input-arg';
import {
  CreateSupplierSublicenseInput,
  RecordSublicenseTransferInput,
  SublicenseTermsInput,
  SupplierSublicenseFilterInput,
} from '../../schema/suppliers/supplier.inputs';
import {
  SublicenseCheckType,
  SublicenseTransferType,
  SupplierSublicenseConnection,
  SupplierSublicenseReportType,
  SupplierSublicenseType,
  SupplierType,
} from '../../schema/suppliers/supplier.types';
import { mapPage } from '../../services/pagination';
import { nestedRows, prefetched } from '../../services/shaped-read/shaped-rows';
import { listSupplierSublicenses } from '../../services/suppliers/supplier-lists.service';
import { loadSupplier, supplierRead } from '../../services/suppliers/supplier-views.service';
import {
  checkSupplierSublicense,
  supplierSublicenseReport,
} from '../../services/suppliers/sublicense-check.service';
import {
  createSupplierSublicense,
  getSupplierSublicense,
  recordSublicenseTransfer,
  suspendSupplierSublicense,
  updateSupplierSublicense,
} from '../../services/suppliers/sublicense.service';
import { toSupplier } from './supplier-register.resolver';

const toSublicense = (s: SupplierSublicenseEntity): SupplierSublicenseType => ({ ...s });
const toTransfer = (t: SublicenseTransferEntity): SublicenseTransferType => ({
  ...t,
  items: t.items.map((i) => ({ eccn: i.eccn, itemKind: i.kind })),
});

const AS_OF = { nullable: true, description: 'The day to judge; default today' } as const;

@Resolver(() => SupplierSublicenseType)
export class SupplierSublicenseResolver {
  @Query(() => SupplierSublicenseType, { description: 'A supplier sublicence (TIC 2.4)' })
  @Allow('readSupplierSublicenses')
  async supplierSublicense(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'Its id' }) id: string,
  ) {
    return toSublicense(await getSupplierSublicense(signedIn(ctx), id));
  }

  @Query(() => SupplierSublicenseConnection, {
    description: 'The supplier sublicences you may see (Valence and the Licensee)',
  })
  @Allow('readSupplierSublicenses')
  async supplierSublicenses(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => SupplierSublicenseFilterInput, {
      nullable: true,
      description: 'Which sublicences; all you may see when omitted',
    })
    filter?: SupplierSublicenseFilterInput,
    @Arg('orderBy', () => SupplierSublicenseOrder, {
      nullable: true,
      description: 'The order of the list (default: newest first)',
    })
    orderBy?: SupplierSublicenseOrder,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<SupplierSublicenseConnection> {
    return mapPage(
      await listSupplierSublicenses(signedIn(ctx), filter ?? {}, page, orderBy, info),
      toSublicense,
    );
  }

  @Query(() => SublicenseCheckType, {
    description:
      'Whether a supplier sublicence is VALID, INVALID or NEEDS_REVIEW on a day, one finding per condition (TIC 2.1(iii), 2.4, 2.6, 5.6, 12.2)',
  })
  @Allow('readSupplierSublicenses')
  checkSupplierSublicense(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The sublicence' }) id: string,
    @Arg('asOf', () => GraphQLLocalDate, AS_OF) asOf?: string | null,
  ) {
    return checkSupplierSublicense(signedIn(ctx), id, asOf);
  }

  @Query(() => SupplierSublicenseReportType, {
    description:
      'The check of every supplier sublicence you may see, with totals and what changed since a day',
  })
  @Allow('readSupplierSublicenses')
  supplierSublicenseReport(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => GraphQLLocalDate, AS_OF) asOf?: string | null,
    @Arg('since', () => GraphQLLocalDate, {
      nullable: true,
      description: 'Report changes from this day (new hits, lapsed agreements, new holders)',
    })
    since?: string | null,
  ) {
    return supplierSublicenseReport(signedIn(ctx), asOf, since);
  }

  @Mutation(() => SupplierSublicenseType, {
    nullable: true,
    description: 'Records a sublicence of the Licensee to a supplier (TIC 2.1(iii), 2.4)',
  })
  @Allow('manageSupplierSublicenses')
  async createSupplierSublicense(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateSupplierSublicenseInput, INPUT) input: CreateSupplierSublicenseInput,
  ) {
    return toSublicense(await createSupplierSublicense(signedIn(ctx), input));
  }

  @Mutation(() => SupplierSublicenseType, {
    nullable: true,
    description: "Edits a sublicence's recorded terms or status (TIC 2.4)",
  })
  @Allow('manageSupplierSublicenses')
  async updateSupplierSublicense(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The sublicence' }) id: string,
    @Arg('input', () => SublicenseTermsInput, INPUT) input: SublicenseTermsInput,
  ) {
    return toSublicense(await updateSupplierSublicense(signedIn(ctx), id, input));
  }

  @Mutation(() => SupplierSublicenseType, {
    nullable: true,
    description: 'Valence suspends a supplier sublicence, stating why (TIC 2.4; TIC 10.1)',
  })
  @Allow('suspendSupplierSublicenses')
  async suspendSupplierSublicense(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The sublicence' }) id: string,
    @Arg('reason', { description: 'Why it is suspended' }) reason: string,
  ) {
    return toSublicense(await suspendSupplierSublicense(signedIn(ctx), id, reason));
  }

  @Mutation(() => SublicenseTransferType, {
    nullable: true,
    description:
      'Records Technology or confidential items transferred to the supplier, through the release gate (TIC 12.2)',
  })
  @Allow('manageSupplierSublicenses')
  async recordSublicenseTransfer(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordSublicenseTransferInput, INPUT) input: RecordSublicenseTransferInput,
  ) {
    return toTransfer(await recordSublicenseTransfer(signedIn(ctx), input));
  }

  @FieldResolver(() => SupplierType, { description: 'The supplier' })
  supplier(
    @Parent() s: SupplierSublicenseType,
    @Ctx() ctx: RequestContext,
  ): SupplierType | Promise<SupplierType> {
    const read = prefetched<SupplierEntity | null>(s, 'supplier');
    // Read with the sublicence (a row, or null when the caller may not see it): answered now.
    if (read !== undefined) return toSupplier(supplierRead(s.supplierId, read));
    return loadSupplier(signedIn(ctx), s.supplierId).then(toSupplier);
  }

  @FieldResolver(() => [SublicenseTransferType], {
    description: 'What was transferred to the supplier, each with the release gate’s answer',
  })
  transfers(
    @Parent() s: SupplierSublicenseType,
    @Ctx() ctx: RequestContext,
  ): SublicenseTransferType[] | Promise<SublicenseTransferType[]> {
    return nestedRows(s, 'transfers', () => ctx.loaders.sublicenseTransfers.load(s.id), toTransfer);
  }
}

import { mapPage } from '../services/pagination';
import { GraphQLUUID } from 'graphql-scalars';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import {
  ClassifyItemInput,
  ExportCheckFilterInput,
  ExportCheckInput,
  ExportLicenceInput,
  ReviewScreeningMatchInput,
} from '../schema/export.inputs';
import {
  ExportCheckConnection,
  ExportCheckType,
  ExportLicenceConnection,
  ExportLicenceType,
  ItemClassificationConnection,
  ItemClassificationType,
} from '../schema/export.types';
import { PageArgs } from '../schema/page.args';
import { classifyItem, listClassifications } from '../services/export/classification.service';
import {
  getExportCheck,
  listExportChecks,
  reviewScreeningMatch,
  runExportCheck,
  type CheckView,
} from '../services/export/export-check.service';
import {
  createExportLicence,
  listExportLicences,
  updateExportLicence,
} from '../services/export/licence.service';

/** The public shape of a check: the stored record with its decision as reviewed now. */
function toType({ check, outcome, reviews }: CheckView): ExportCheckType {
  return {
    id: check.id,
    runParty: check.runParty,
    runBy: check.runBy,
    runAt: check.runAt,
    releaseKind: check.releaseKind,
    destination: check.destination,
    decisionAtRun: check.decision as ExportCheckType['decisionAtRun'],
    decision: outcome.decision,
    licence: outcome.licence,
    findings: outcome.findings.map((f) => ({ ...f, item: f.item ?? null })),
    matches: (check.matches as unknown as ExportCheckType['matches']).map((m) => ({
      ...m,
      review: reviews.find((r) => r.matchKey === m.key)?.outcome ?? null,
    })),
    input: check.input,
    referenceVersions: check.referenceVersions,
  };
}

@Resolver()
export class ExportResolver {
  @Mutation(() => ExportCheckType, { description: 'Runs and stores an export check (TIC 12.2)' })
  @Allow('runExportChecks')
  async runExportCheck(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ExportCheckInput) input: ExportCheckInput,
  ): Promise<ExportCheckType> {
    return toType(await runExportCheck(signedIn(ctx), input));
  }

  @Mutation(() => ExportCheckType, { description: 'Clears or confirms a possible match' })
  @Allow('reviewScreeningMatches')
  async reviewScreeningMatch(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewScreeningMatchInput) input: ReviewScreeningMatchInput,
  ): Promise<ExportCheckType> {
    return toType(await reviewScreeningMatch(signedIn(ctx), input));
  }

  @Query(() => ExportCheckConnection, {
    description: 'Your checks, and for Valence every check of its Technology',
  })
  @Allow('readExportChecks')
  async exportChecks(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ExportCheckFilterInput, { nullable: true })
    filter?: ExportCheckFilterInput,
  ): Promise<ExportCheckConnection> {
    return mapPage(await listExportChecks(signedIn(ctx), filter ?? {}, page), toType);
  }

  @Query(() => ExportCheckType)
  @Allow('readExportChecks')
  async exportCheck(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => GraphQLUUID) id: string,
  ): Promise<ExportCheckType> {
    return toType(await getExportCheck(signedIn(ctx), id));
  }

  @Mutation(() => ItemClassificationType, {
    description: 'Sets an ECCN or EAR99 for an item (TIC 4.1)',
  })
  @Allow('classifyItems')
  classifyItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ClassifyItemInput) input: ClassifyItemInput,
  ): Promise<ItemClassificationType> {
    return classifyItem(signedIn(ctx), input);
  }

  @Query(() => ItemClassificationConnection)
  @Allow('readExportControl')
  classifications(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<ItemClassificationConnection> {
    return listClassifications(signedIn(ctx), page);
  }

  @Mutation(() => ExportLicenceType, { description: 'Records an export licence on file (TIC 4.1)' })
  @Allow('manageExportLicences')
  createExportLicence(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ExportLicenceInput) input: ExportLicenceInput,
  ): Promise<ExportLicenceType> {
    return createExportLicence(signedIn(ctx), input);
  }

  @Mutation(() => ExportLicenceType)
  @Allow('manageExportLicences')
  updateExportLicence(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => GraphQLUUID) id: string,
    @Arg('input', () => ExportLicenceInput) input: ExportLicenceInput,
  ): Promise<ExportLicenceType> {
    return updateExportLicence(signedIn(ctx), id, input);
  }

  @Query(() => ExportLicenceConnection, { description: 'Licences on file that cover your party' })
  @Allow('readExportControl')
  exportLicences(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<ExportLicenceConnection> {
    return listExportLicences(signedIn(ctx), page);
  }
}

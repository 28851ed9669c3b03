import { INPUT } from '../schema/input-arg';
import { IdArg } from '../schema/id';
import { mapPage } from '../services/pagination';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import {
  ClassifyItemInput,
  ExportCheckFilterInput,
  ExportCheckInput,
  CreateExportLicenceInput,
  ExportLicenceInput,
  ExportLicenceFilterInput,
  ReviewScreeningMatchInput,
  RevokeScreeningClearanceInput,
  ScreenNameInput,
} from '../schema/export.inputs';
import {
  ExportCheckConnection,
  ExportCheckType,
  ExportLicenceConnection,
  ExportLicenceType,
  ItemClassificationConnection,
  ItemClassificationType,
  ScreeningClearanceRevocationType,
  ScreeningListType,
  ScreeningRunType,
} from '../schema/export.types';
import { PageArgs } from '../schema/page.args';
import { ClassificationOrder, ExportCheckOrder, ExportLicenceOrder } from '../schema/order';
import { ExportCheckCountType, ExportCheckGroupFieldEnum } from '../schema/counts.type';
import type { ExportCheckGroupField } from '../domain/ordering';
import { classifyItem, listClassifications } from '../services/export/classification.service';
import {
  countExportChecks,
  getExportCheck,
  listExportChecks,
} from '../services/export/export-check-queries.service';
import {
  reviewScreeningMatch,
  runExportCheck,
  type CheckView,
} from '../services/export/export-check.service';
import { screenNames } from '../services/export/screen-names.service';
import { revokeScreeningClearance } from '../services/export/screening-clearance.service';
import { getScreeningList } from '../services/export/screening-list.service';
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
    decisionAtRun: check.decision,
    decision: outcome.decision,
    licence: outcome.licence,
    findings: outcome.findings.map((f) => ({ ...f, item: f.item ?? null })),
    matches: check.matches.map((m) => {
      const remembered = check.evaluation.hits.find((h) => h.key === m.key)?.remembered ?? null;
      return {
        ...m,
        review: reviews.find((r) => r.matchKey === m.key)?.outcome ?? null,
        clearanceId: remembered?.clearanceId ?? null,
      };
    }),
    // JSON objects as stored; the GraphQL JSONObject scalar carries them unchanged.
    input: { ...check.input } as Record<string, unknown>,
    referenceVersions: { ...check.referenceVersions } as Record<string, unknown>,
  };
}

@Resolver()
export class ExportResolver {
  @Mutation(() => ExportCheckType, {
    nullable: true,
    description: 'Runs and stores an export check (TIC 12.2)',
  })
  @Allow('runExportChecks')
  async runExportCheck(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ExportCheckInput, INPUT) input: ExportCheckInput,
  ): Promise<ExportCheckType> {
    return toType(await runExportCheck(signedIn(ctx), input));
  }

  @Mutation(() => ExportCheckType, {
    nullable: true,
    description: 'Clears or confirms a possible match',
  })
  @Allow('reviewScreeningMatches')
  async reviewScreeningMatch(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewScreeningMatchInput, INPUT) input: ReviewScreeningMatchInput,
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
    @Arg('filter', () => ExportCheckFilterInput, {
      nullable: true,
      description: 'Which checks; all you may see when omitted',
    })
    filter?: ExportCheckFilterInput,
    @Arg('orderBy', () => ExportCheckOrder, {
      nullable: true,
      description: 'The order of the list (default: newest first)',
    })
    orderBy?: ExportCheckOrder,
  ): Promise<ExportCheckConnection> {
    return mapPage(await listExportChecks(signedIn(ctx), filter ?? {}, page, orderBy), toType);
  }

  @Query(() => [ExportCheckCountType], {
    description:
      'How many checks `exportChecks(filter)` would list, per group, without the rows (e.g. by current DECISION)',
  })
  @Allow('readExportChecks')
  exportCheckCounts(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [ExportCheckGroupFieldEnum], {
      description: 'The fields to count by, e.g. [DECISION]',
    })
    groupBy: ExportCheckGroupField[],
    @Arg('filter', () => ExportCheckFilterInput, {
      nullable: true,
      description: 'Which checks to count; all you may see when omitted',
    })
    filter?: ExportCheckFilterInput,
  ): Promise<ExportCheckCountType[]> {
    return countExportChecks(signedIn(ctx), filter ?? {}, groupBy);
  }

  @Query(() => ExportCheckType, { description: 'One export check you may see (TIC 12.2)' })
  @Allow('readExportChecks')
  async exportCheck(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The export check' }) id: string,
  ): Promise<ExportCheckType> {
    return toType(await getExportCheck(signedIn(ctx), id));
  }

  @Mutation(() => ItemClassificationType, {
    nullable: true,
    description: 'Sets an ECCN or EAR99 for an item (TIC 4.1)',
  })
  @Allow('classifyItems')
  classifyItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ClassifyItemInput, INPUT) input: ClassifyItemInput,
  ): Promise<ItemClassificationType> {
    return classifyItem(signedIn(ctx), input);
  }

  @Query(() => ItemClassificationConnection, {
    description: 'Item classifications on the Commerce Control List you may see (TIC 4.1)',
  })
  @Allow('readExportControl')
  classifications(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('orderBy', () => ClassificationOrder, {
      nullable: true,
      description: 'The order of the list (default: by item)',
    })
    orderBy?: ClassificationOrder,
  ): Promise<ItemClassificationConnection> {
    return listClassifications(signedIn(ctx), page, orderBy);
  }

  @Mutation(() => ExportLicenceType, {
    name: 'createExportLicense',
    nullable: true,
    description: 'Records an export license on file (TIC 4.1)',
  })
  @Allow('manageExportLicences')
  createExportLicence(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateExportLicenceInput, INPUT) input: CreateExportLicenceInput,
  ): Promise<ExportLicenceType> {
    return createExportLicence(signedIn(ctx), input);
  }

  @Mutation(() => ExportLicenceType, {
    name: 'updateExportLicense',
    nullable: true,
    description: 'Corrects an export license on file (TIC 4.1)',
  })
  @Allow('manageExportLicences')
  updateExportLicence(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The license to correct' }) id: string,
    @Arg('input', () => ExportLicenceInput, INPUT) input: ExportLicenceInput,
  ): Promise<ExportLicenceType> {
    return updateExportLicence(signedIn(ctx), id, input);
  }

  @Query(() => ExportLicenceConnection, {
    name: 'exportLicenses',
    description: 'Export licenses on file that cover your party (TIC 4.1)',
  })
  @Allow('readExportControl')
  exportLicences(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ExportLicenceFilterInput, {
      nullable: true,
      description: 'Only the licenses that match every field given',
    })
    filter?: ExportLicenceFilterInput,
    @Arg('orderBy', () => ExportLicenceOrder, {
      nullable: true,
      description: 'The order of the list (default: by number)',
    })
    orderBy?: ExportLicenceOrder,
  ): Promise<ExportLicenceConnection> {
    return listExportLicences(signedIn(ctx), filter ?? {}, page, orderBy);
  }

  @Query(() => ScreeningListType, {
    nullable: true,
    description: 'The screening list in use (null: none imported, every check is NEEDS_REVIEW)',
  })
  @Allow('readScreeningList')
  screeningList(@Ctx() ctx: RequestContext): Promise<ScreeningListType | null> {
    return getScreeningList(signedIn(ctx));
  }

  @Mutation(() => ScreeningRunType, {
    nullable: true,
    description: 'Screens up to 100 names without an export check; kept as a screening record',
  })
  @Allow('screenNames')
  async screenNames(
    @Ctx() ctx: RequestContext,
    @Arg('names', () => [ScreenNameInput], { description: 'The names to screen, at most 100' })
    names: ScreenNameInput[],
  ): Promise<ScreeningRunType> {
    const run = await screenNames(signedIn(ctx), names);
    return {
      recordId: run.recordId,
      runAt: run.runAt,
      listVersionId: run.listVersion?.id ?? null,
      listDate: run.listVersion?.list_date ?? null,
      listWarning: run.listFinding ? { ...run.listFinding, item: null } : null,
      results: run.results,
    };
  }

  @Mutation(() => ScreeningClearanceRevocationType, {
    nullable: true,
    description: 'Withdraws a remembered review of a match (cleared-match suppression)',
  })
  @Allow('revokeScreeningClearances')
  revokeScreeningClearance(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RevokeScreeningClearanceInput, INPUT) input: RevokeScreeningClearanceInput,
  ): Promise<ScreeningClearanceRevocationType> {
    return revokeScreeningClearance(signedIn(ctx), input);
  }
}

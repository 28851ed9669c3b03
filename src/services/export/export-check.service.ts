import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { loadConfig } from '../../config';
import {
  ExportCheckEntity,
  ExportLicenceEntity,
  ItemClassificationEntity,
  ScreeningReviewEntity,
} from '../../entities';
import { assertMay } from '../../auth/row-policy';
import { findVisible, visibleQuery } from '../../auth/visibility';
import { BadInputError, ConflictError, NotFoundError } from '../../errors';
import { licenceRequirements } from '../../rules/export/country-chart';
import { destinationFindings, nationalityFindings } from '../../rules/export/destination-controls';
import { assertEccn, classificationFindings } from '../../rules/export/eccn';
import { endUseFindings, type EndUseFlag } from '../../rules/export/end-use';
import {
  decideCheck,
  type CheckEvaluation,
  type CheckOutcome,
  type ItemEvaluation,
} from '../../rules/export/evaluation';
import {
  effectiveDestination,
  type Recipient,
  type TransferInput,
} from '../../rules/export/release';
import { normaliseName } from '../../rules/export/screening-normalise';
import {
  classificationKindsVisibleTo,
  involvesTechnology,
} from '../../rules/export/technology-items';
import { assertIsoDate } from '../../rules/iso-date';
import { mapPage, paginate, type Page, type PageRequest } from '../pagination';
import { mutate } from '../transaction';
import { readExportReferenceTables } from './reference-data.service';
import { screenName, screeningSettings, type ScreeningMatch } from './screening.service';

export interface CheckItemInput {
  classificationId?: string | null;
  /** What an item given by ECCN is; TECHNOLOGY, DOCUMENT and CONFIDENTIAL_INFORMATION make
   * the check visible to Valence. Default: TECHNOLOGY for a software/technology ECCN. */
  itemKind?: ItemClassificationEntity['itemKind'] | null;
  eccn?: string | null;
  /** For software or technology: the ECCN of the commodity it is for. */
  relatedEccn?: string | null;
  description?: string | null;
}

export interface CheckPartyInput {
  name: string;
  country?: string | null;
  address?: string | null;
  role: 'CONSIGNEE' | 'END_USER' | 'INTERMEDIATE_CONSIGNEE' | 'PURCHASER' | 'RECIPIENT';
}

export interface ExportCheckInput {
  items: CheckItemInput[];
  releaseKind: 'EXPORT' | 'REEXPORT' | 'TRANSFER_IN_COUNTRY' | 'DEEMED_EXPORT';
  destination: string;
  /** REEXPORT: where the item is; DEEMED_EXPORT: where the release happens. */
  from?: string | null;
  /** DEEMED_EXPORT: the recipient's citizenships and permanent residencies (15 C.F.R. 734.13(b)). */
  recipientStatuses?: Recipient['statuses'] | null;
  parties: CheckPartyInput[];
  declaredEndUse: string;
  endUseFlags?: EndUseFlag[] | null;
  transferOn?: string | null;
}

export interface CheckView {
  check: ExportCheckEntity;
  outcome: CheckOutcome;
  reviews: ScreeningReviewEntity[];
}

/**
 * Runs the export check a compliance officer runs before a transfer (TIC 4.1, 12.2; 15 C.F.R.
 * Parts 730-774): classification, destination, Country Chart, restricted-party screening, end
 * use, licence on file — and stores it immutably with its inputs, the reference-data versions,
 * the decision and who ran it. The rules are pure (src/rules/export); this gathers their data.
 */
export function runExportCheck(ctx: SignedInContext, input: ExportCheckInput): Promise<CheckView> {
  return mutate(ctx, async (manager) => {
    if (input.items.length === 0) throw new BadInputError('items', 'name at least one item');
    if (!input.declaredEndUse.trim()) {
      throw new BadInputError('declaredEndUse', 'the declared end use is required');
    }
    if (input.parties.length === 0)
      throw new BadInputError('parties', 'name every party to the transaction');
    const on = input.transferOn
      ? assertIsoDate({ field: 'transferOn', value: input.transferOn })
      : ctx.today;
    const transfer = withInputFieldNames(() => effectiveDestination(transferOf(input)));
    const reference = await readExportReferenceTables(manager);
    const items = await resolveItems(manager, ctx.user.party, input.items);

    const matches: ScreeningMatch[] = [];
    const settings = screeningSettings(loadConfig().screening);
    for (const party of input.parties) {
      // A name given in two roles (consignee and end user) is one match per entry: the key
      // identifies the match for reviewScreeningMatch, so it appears once, at its best score.
      for (const match of await screenName(manager, party, settings)) {
        const same = matches.findIndex((m) => m.key === match.key);
        if (same === -1) matches.push(match);
        else if (match.score > matches[same].score) matches[same] = match;
      }
    }
    const listVersion: Array<{ id: string; list_date: string | null; sha256: string }> =
      await manager.query(
        `SELECT id, list_date::text, sha256 FROM screening_list_version WHERE current`,
      );
    const destination = transfer.destination;
    const evaluation: CheckEvaluation = {
      destination,
      transferFinding: transfer.finding,
      on,
      parties: input.parties.flatMap((p) =>
        p.role === 'CONSIGNEE' || p.role === 'END_USER' ? [{ name: p.name, role: p.role }] : [],
      ),
      hits: matches.map((m) => ({
        key: m.key,
        score: m.score,
        level: m.level,
        party: m.queryName,
        source: m.source,
        entryName: m.entryName,
        matchedName: m.matchedName,
        entryId: m.entryId,
        programs: m.programs,
        licenseRequirement: m.licenseRequirement,
        licensePolicy: m.licensePolicy,
        status: 'POSSIBLE',
      })),
      licences: (await licencesCovering(manager, ctx.user.party)).map((l) => ({
        number: l.number,
        eccns: l.eccns,
        destinations: l.destinations,
        consignees: l.consignees,
        endUsers: l.endUsers,
        validFrom: l.validFrom,
        validTo: l.validTo,
      })),
      items: destination
        ? items.map((item): ItemEvaluation => ({
            label: item.label,
            eccn: item.eccn,
            classification: classificationFindings({
              eccn: item.eccn,
              relatedEccn: item.relatedEccn,
              eccns: reference.eccns,
            }),
            destination: [
              ...destinationFindings({ destination, eccn: item.eccn, groups: reference.groups }),
              ...nationalityFindings({
                parties: input.parties,
                recipientCountries: (input.recipientStatuses ?? []).map((s) => s.country),
                groups: reference.groups,
              }),
            ],
            chart: licenceRequirements({
              eccn: item.eccn,
              relatedEccn: item.relatedEccn,
              destination,
              eccns: reference.eccns,
              chart: reference.chart,
            }).findings.slice(),
            endUse: endUseFindings({
              declaredEndUse: input.declaredEndUse,
              flags: input.endUseFlags ?? [],
              destination,
              eccn: item.eccn,
              groups: reference.groups,
            }),
          }))
        : [],
    };
    const outcome = decideCheck({ evaluation, reviews: [] });
    const checks = manager.getRepository(ExportCheckEntity);
    const check = await checks.save(
      checks.create({
        runBy: ctx.user.id,
        runParty: ctx.user.party,
        releaseKind: transfer.kind,
        // For a deemed export, the country of the recipient's nationality (734.13(b)).
        destination: transfer.destination ?? input.destination.trim().toUpperCase(),
        involvesTechnology: items.some((item) => item.technology),
        input: input as unknown as Record<string, unknown>,
        referenceVersions: { screeningList: listVersion[0] ?? null, files: reference.versions },
        decision: outcome.decision,
        findings: outcome.findings as unknown as Array<Record<string, unknown>>,
        matches: matches as unknown as Array<Record<string, unknown>>,
        evaluation,
        // The parties a release goes to; a purchaser or intermediary is not cleared by it.
        partyKeys: input.parties
          .filter((p) => p.role === 'RECIPIENT' || p.role === 'END_USER' || p.role === 'CONSIGNEE')
          .map((p) => partyKey(p.name)),
      }),
    );
    return {
      result: { check, outcome, reviews: [] },
      audit: {
        operation: 'runExportCheck',
        entity: 'ExportCheck',
        entityId: check.id,
        before: null,
        after: {
          decision: outcome.decision,
          destination: check.destination,
          releaseKind: check.releaseKind,
        },
      },
    };
  });
}

/** The rule names its own parameters (to, within, releasedIn); the client knows `destination`. */
function withInputFieldNames<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const field = error instanceof BadInputError ? String(error.details.field) : '';
    if (['to', 'within', 'releasedIn'].includes(field)) {
      throw new BadInputError(
        'destination',
        String(error instanceof BadInputError ? error.details.reason : ''),
      );
    }
    throw error;
  }
}

function transferOf(input: ExportCheckInput): TransferInput {
  switch (input.releaseKind) {
    case 'EXPORT':
      return { kind: 'EXPORT', to: input.destination };
    case 'REEXPORT':
      if (!input.from) throw new BadInputError('from', 'a reexport needs the country it leaves');
      return { kind: 'REEXPORT', from: input.from, to: input.destination };
    case 'TRANSFER_IN_COUNTRY':
      return { kind: 'TRANSFER_IN_COUNTRY', within: input.destination };
    case 'DEEMED_EXPORT':
      if (!input.recipientStatuses?.length) {
        throw new BadInputError(
          'recipientStatuses',
          "a deemed export needs the recipient's citizenships (15 C.F.R. 734.13(b))",
        );
      }
      return {
        kind: 'RELEASE',
        releasedIn: input.from ?? input.destination,
        recipient: { statuses: input.recipientStatuses },
      };
  }
}

interface ResolvedItem {
  label: string;
  eccn: string;
  relatedEccn?: string;
  technology: boolean;
}

async function resolveItems(
  manager: EntityManager,
  party: string,
  items: CheckItemInput[],
): Promise<ResolvedItem[]> {
  const ids = items.flatMap((item) => (item.classificationId ? [item.classificationId] : []));
  // One query for every classified item, limited to the kinds the party may see (TIC 2.8).
  const classifications = ids.length
    ? await manager
        .getRepository(ItemClassificationEntity)
        .createQueryBuilder('c')
        .where('c.id IN (:...ids)', { ids })
        .andWhere('c.item_kind IN (:...kinds)', { kinds: classificationKindsVisibleTo({ party }) })
        .getMany()
    : [];
  return items.map((item, index): ResolvedItem => {
    const field = `items[${index}]`;
    if (Boolean(item.classificationId) === Boolean(item.eccn)) {
      throw new BadInputError(field, 'give either a classificationId or an eccn');
    }
    const relatedEccn = item.relatedEccn
      ? assertEccn({ field: `${field}.relatedEccn`, value: item.relatedEccn })
      : undefined;
    if (item.classificationId) {
      const classification = classifications.find((c) => c.id === item.classificationId);
      if (!classification) throw new NotFoundError('Classification', item.classificationId);
      return {
        label: `${classification.itemKind} ${classification.itemRef}`,
        eccn: classification.eccn,
        relatedEccn,
        technology:
          involvesTechnology({ itemKind: classification.itemKind, eccn: classification.eccn }) ||
          involvesTechnology({ eccn: classification.eccn }),
      };
    }
    const eccn = assertEccn({ field: `${field}.eccn`, value: item.eccn });
    return {
      label: item.description?.trim() || eccn,
      eccn,
      relatedEccn,
      technology: involvesTechnology({ itemKind: item.itemKind, eccn }),
    };
  });
}

/** The licences a check may rely on, and show: Valence's all, the others' those covering them. */
async function licencesCovering(
  manager: EntityManager,
  party: string,
): Promise<ExportLicenceEntity[]> {
  const query = manager
    .getRepository(ExportLicenceEntity)
    .createQueryBuilder('l')
    .orderBy('l.number');
  if (party !== 'VALENCE') query.where(':party = ANY(l.covered_parties)', { party });
  return query.getMany();
}

/** The normalised key under which a party's checks are found again (see requirePassingCheck). */
export function partyKey(name: string): string {
  const normalised = normaliseName({ name });
  return normalised.key || normalised.normalised;
}

/**
 * Records a reviewer's decision on a possible match; the check itself never changes, its
 * current decision is re-derived from the stored evaluation and the reviews.
 */
export function reviewScreeningMatch(
  ctx: SignedInContext,
  input: { checkId: string; matchKey: string; outcome: 'CLEARED' | 'CONFIRMED'; reason: string },
): Promise<CheckView> {
  return mutate(ctx, async (manager) => {
    const check = await visibleCheck(ctx, manager, input.checkId);
    // Valence reads the checks of its Technology; clearing a match is the running party's
    // own compliance decision (TIC 12.2: Fengfan and the Licensee comply themselves).
    assertMay(ctx, 'exportCheck.review', check);
    if (!check.evaluation.hits.some((hit) => hit.key === input.matchKey)) {
      throw new BadInputError('matchKey', 'is not a match of this check');
    }
    const reviews = manager.getRepository(ScreeningReviewEntity);
    if (await reviews.existsBy({ checkId: check.id, matchKey: input.matchKey })) {
      throw new ConflictError('This match has already been reviewed');
    }
    const review = await reviews.save(
      reviews.create({
        checkId: check.id,
        matchKey: input.matchKey,
        outcome: input.outcome,
        reason: input.reason,
        reviewedBy: ctx.user.id,
      }),
    );
    const view = await viewOf(manager, check);
    return {
      result: view,
      audit: {
        operation: 'reviewScreeningMatch',
        entity: 'ExportCheck',
        entityId: check.id,
        before: { decision: check.decision },
        after: {
          matchKey: review.matchKey,
          outcome: review.outcome,
          decision: view.outcome.decision,
        },
      },
    };
  });
}

async function viewOf(manager: EntityManager, check: ExportCheckEntity): Promise<CheckView> {
  const reviews = await manager.getRepository(ScreeningReviewEntity).find({
    where: { checkId: check.id },
    order: { reviewedAt: 'ASC' },
  });
  return { check, reviews, outcome: decideCheck({ evaluation: check.evaluation, reviews }) };
}

/** Row scoping for checks (auth/visibility.ts): who ran it, and Valence for its Technology. */
function scopedChecks(ctx: SignedInContext, manager: EntityManager) {
  return visibleQuery(manager, 'ExportCheck', 'c', ctx.user.party);
}

function visibleCheck(
  ctx: SignedInContext,
  manager: EntityManager,
  id: string,
): Promise<ExportCheckEntity> {
  return findVisible(ctx, manager, 'ExportCheck', id);
}

export async function getExportCheck(ctx: SignedInContext, id: string): Promise<CheckView> {
  return viewOf(ctx.db.manager, await visibleCheck(ctx, ctx.db.manager, id));
}

export interface ExportCheckFilter {
  destination?: string | null;
  decision?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The checks the caller may see, newest first (the stored decision, before reviews). */
export async function listExportChecks(
  ctx: SignedInContext,
  filter: ExportCheckFilter,
  page: PageRequest,
): Promise<Page<CheckView>> {
  const query = scopedChecks(ctx, ctx.db.manager);
  if (filter.destination)
    query.andWhere('c.destination = :destination', {
      destination: filter.destination.toUpperCase(),
    });
  if (filter.decision) query.andWhere('c.decision = :decision', { decision: filter.decision });
  if (filter.from) query.andWhere('c.run_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('c.run_at <= :to', { to: filter.to });
  const result = await paginate(query, page, {
    column: ['c.run_at', 'c.id'],
    direction: 'DESC',
    valueOf: (c) => [c.runAt.toISOString(), c.id],
  });
  const ids = result.edges.map((e) => e.node.id);
  const reviews = ids.length
    ? await ctx.db
        .getRepository(ScreeningReviewEntity)
        .createQueryBuilder('r')
        .where('r.check_id IN (:...ids)', { ids })
        .getMany()
    : [];
  return mapPage(result, (node) => {
    const own = reviews.filter((r) => r.checkId === node.id);
    return {
      check: node,
      reviews: own,
      outcome: decideCheck({ evaluation: node.evaluation, reviews: own }),
    };
  });
}

export interface Clearance {
  passed: boolean;
  checkId: string | null;
  decision: string | null;
  reason: string;
  article: string;
}

/**
 * What the other capabilities call before releasing Technology or Valence's confidential
 * information (TIC 12.2): a check run by `party` for this recipient and destination, no older
 * than `maxAgeDays`, whose current decision is NO_LICENSE_REQUIRED or LICENSED.
 */
export async function requirePassingCheck(
  manager: EntityManager,
  request: {
    party: string;
    recipientName: string;
    destination: string;
    /** Default: EXPORT_CHECK_MAX_AGE_DAYS. */
    maxAgeDays?: number;
    now?: Date;
  },
): Promise<Clearance> {
  const article = 'TIC 12.2; 15 C.F.R. Parts 730-774';
  const maxAgeDays = request.maxAgeDays ?? loadConfig().exportCheckMaxAgeDays;
  const since = new Date((request.now ?? new Date()).getTime() - maxAgeDays * 86_400_000);
  // The latest check decides: a newer refusal is not overridden by an older clearance.
  const latest = await manager
    .getRepository(ExportCheckEntity)
    .createQueryBuilder('c')
    .where('c.run_party = :party', { party: request.party })
    .andWhere('c.destination = :destination', { destination: request.destination.toUpperCase() })
    .andWhere(':key = ANY(c.party_keys)', { key: partyKey(request.recipientName) })
    .andWhere('c.run_at >= :since', { since })
    .orderBy('c.run_at', 'DESC')
    .addOrderBy('c.id', 'DESC')
    .getOne();
  if (!latest) {
    return {
      passed: false,
      checkId: null,
      decision: null,
      reason: `no export check for ${request.recipientName} to ${request.destination} in the last ${maxAgeDays} days`,
      article,
    };
  }
  const { outcome } = await viewOf(manager, latest);
  const passed = outcome.decision === 'NO_LICENSE_REQUIRED' || outcome.decision === 'LICENSED';
  return {
    passed,
    checkId: latest.id,
    decision: outcome.decision,
    reason: passed
      ? `check ${latest.id} of ${latest.runAt.toISOString()} decided ${outcome.decision}`
      : `the latest check for ${request.recipientName} to ${request.destination} decided ${outcome.decision}`,
    article,
  };
}

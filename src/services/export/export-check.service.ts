import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { loadConfig } from '../../config';
import type {
  CheckItemInput,
  CheckPartyInput,
  ExportCheckInput,
  RememberedReview,
  ReviewOutcome,
} from '../../domain/export';
import { ExportCheckEntity, ScreeningReviewEntity } from '../../entities';
import { recordCurrentDecision } from './export-check-decision';
import { assertMay } from '../../auth/row-policy';
import { BadInputError, ConflictError } from '../../errors';
import { composeCheck } from '../../rules/export/check-composition';
import type { CheckHit, CheckOutcome } from '../../rules/export/evaluation';
import { effectiveDestination, type TransferInput } from '../../rules/export/release';
import { normaliseName } from '../../rules/export/screening-normalise';
import { assertIsoDate } from '../../rules/iso-date';
import { keyed } from '../idempotency';
import { mutate } from '../transaction';
import { licencesCovering, resolveItems } from './check-inputs.service';
import { viewOf, visibleCheck } from './export-check-queries.service';
import { readExportReferenceTables } from './reference-data.service';
import { rememberedReviews, rememberReview } from './screening-clearance.service';
import { screeningListInUse } from './screening-list.service';
import { screenName, screeningSettings, type ScreeningMatch } from './screening.service';

export type { CheckItemInput, CheckPartyInput, ExportCheckInput };

export interface CheckView {
  check: ExportCheckEntity;
  outcome: CheckOutcome;
  reviews: ScreeningReviewEntity[];
}

/** Screens every party; a name given in two roles is one match per entry, at its best score. */
export async function screenParties(
  manager: EntityManager,
  parties: ReadonlyArray<{ name: string; country?: string | null; address?: string | null }>,
): Promise<ScreeningMatch[]> {
  const matches: ScreeningMatch[] = [];
  const settings = screeningSettings(loadConfig().screening);
  for (const party of parties) {
    for (const match of await screenName(manager, party, settings)) {
      const same = matches.findIndex((m) => m.key === match.key);
      if (same === -1) matches.push(match);
      else if (match.score > matches[same].score) matches[same] = match;
    }
  }
  return matches;
}

/** A match as a check stores it, with the review remembered for it (if any). */
export function toHit(match: ScreeningMatch, remembered: RememberedReview | null): CheckHit {
  return {
    key: match.key,
    score: match.score,
    level: match.level,
    party: match.queryName,
    source: match.source,
    entryName: match.entryName,
    matchedName: match.matchedName,
    entryId: match.entryId,
    programs: match.programs,
    licenseRequirement: match.licenseRequirement,
    licensePolicy: match.licensePolicy,
    status: 'POSSIBLE',
    remembered,
  };
}

/**
 * Runs the export check a compliance officer runs before a transfer (TIC 4.1, 12.2; 15 C.F.R.
 * Parts 730-774) and stores it immutably with its inputs, the reference-data versions, the
 * decision and who ran it. This loads (items, reference tables, screening, remembered reviews,
 * licences); one pure rule composes and decides (rules/export/check-composition.ts).
 */
export function runExportCheck(
  ctx: SignedInContext,
  input: ExportCheckInput & { idempotencyKey?: string | null },
): Promise<CheckView> {
  return mutate(
    ctx,
    async (manager) => {
      if (input.items.length === 0) throw new BadInputError('items', 'name at least one item');
      if (!input.declaredEndUse.trim()) {
        throw new BadInputError('declaredEndUse', 'the declared end use is required');
      }
      if (input.parties.length === 0)
        throw new BadInputError('parties', 'name every party to the transaction');
      const on = input.transferOn
        ? assertIsoDate({ field: 'transferOn', value: input.transferOn })
        : ctx.today;
      const transferInput = transferOf(input);
      withInputFieldNames(() => effectiveDestination(transferInput));
      const reference = await readExportReferenceTables(manager);
      const items = await resolveItems(manager, ctx.user.party, input.items);
      const list = await screeningListInUse(manager);
      const matches = await screenParties(manager, input.parties);
      const remembered = await rememberedReviews(manager, ctx.user.party, matches);
      const { transfer, evaluation, outcome } = composeCheck({
        transfer: transferInput,
        items,
        declaredEndUse: input.declaredEndUse,
        endUseFlags: input.endUseFlags ?? [],
        parties: input.parties,
        reference,
        hits: matches.map((m) => toHit(m, remembered.get(m.key) ?? null)),
        screeningList: list.finding,
        licences: (await licencesCovering(manager, ctx.user.party)).map((l) => ({
          number: l.number,
          eccns: l.eccns,
          destinations: l.destinations,
          consignees: l.consignees,
          endUsers: l.endUsers,
          validFrom: l.validFrom,
          validTo: l.validTo,
        })),
        on,
      });
      const checks = manager.getRepository(ExportCheckEntity);
      const check = await checks.save(
        checks.create({
          runBy: ctx.user.id,
          runParty: ctx.user.party,
          runRoles: ctx.user.roles,
          releaseKind: transfer.kind,
          // For a deemed export, the country of the recipient's nationality (734.13(b)).
          destination: transfer.destination ?? input.destination.trim().toUpperCase(),
          involvesTechnology: items.some((item) => item.technology),
          input,
          referenceVersions: { screeningList: list.version, files: reference.versions },
          decision: outcome.decision,
          findings: outcome.findings,
          matches,
          evaluation,
          // The parties a release goes to; a purchaser or intermediary is not cleared by it.
          partyKeys: input.parties
            .filter(
              (p) => p.role === 'RECIPIENT' || p.role === 'END_USER' || p.role === 'CONSIGNEE',
            )
            .map((p) => partyKey(p.name)),
        }),
      );
      await recordCurrentDecision(manager, check.id, outcome.decision);
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
    },
    keyed(
      'runExportCheck',
      input,
      (view: CheckView) => view.check.id,
      async (manager, id) => viewOf(manager, await visibleCheck(ctx, manager, id)),
    ),
  );
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
  input: { checkId: string; matchKey: string; outcome: ReviewOutcome; reason: string },
): Promise<CheckView> {
  return mutate(ctx, async (manager) => {
    const check = await visibleCheck(ctx, manager, input.checkId);
    // Valence reads the checks of its Technology; clearing a match is the running party's
    // own compliance decision (TIC 12.2: Fengfan and the Licensee comply themselves).
    assertMay(ctx, 'exportCheck.review', check);
    const match = check.matches.find((m) => m.key === input.matchKey);
    if (!match || !check.evaluation.hits.some((hit) => hit.key === input.matchKey)) {
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
    // Remembered for later checks and screenings of the same name and entry (checks stored
    // before fingerprints were kept cannot be remembered: their entry state is unknown).
    if (match.fingerprint && match.screenedKey) {
      await rememberReview(manager, ctx, {
        match,
        outcome: input.outcome,
        reason: input.reason,
        checkId: check.id,
      });
    }
    const view = await viewOf(manager, check);
    await recordCurrentDecision(manager, check.id, view.outcome.decision);
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

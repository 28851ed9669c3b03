import type { SignedInContext } from '../../auth/context';
import { loadConfig } from '../../config';
import type {
  ScreenedName,
  ScreenedNameResult,
  ScreeningListVersionRef,
} from '../../domain/export';
import { ScreeningRecordEntity } from '../../entities';
import { BadInputError } from '../../errors';
import type { ExportFinding } from '../../rules/export/types';
import { mutate } from '../transaction';
import { rememberedReviews } from './screening-clearance.service';
import { screeningListInUse } from './screening-list.service';
import { screenName, screeningSettings, type ScreeningMatch } from './screening.service';

/** At most this many names per call: a batch for a script, not a bulk export of the list. */
export const MAX_NAMES_PER_SCREENING = 100;

export interface ScreeningRun {
  recordId: string;
  runAt: Date;
  listVersion: ScreeningListVersionRef | null;
  /** Fail closed: no list or a stale one — the results cannot be relied on. */
  listFinding: ExportFinding | null;
  results: ScreenedNameResult[];
}

/**
 * Screens names against the current Consolidated Screening List without an export check, for
 * scripts (onboarding a supplier, a new contact), U.S. parties included, and keeps each call as
 * a screening record — who, when, the names, the list version, the results — for the EAR's
 * recordkeeping (15 C.F.R. 762.2, 762.6: five years). Reviews remembered for the caller's party
 * are shown with their matches.
 */
export function screenNames(ctx: SignedInContext, names: ScreenedName[]): Promise<ScreeningRun> {
  return mutate(ctx, async (manager) => {
    if (names.length === 0) throw new BadInputError('names', 'give at least one name');
    if (names.length > MAX_NAMES_PER_SCREENING) {
      throw new BadInputError('names', `at most ${MAX_NAMES_PER_SCREENING} names per call`);
    }
    names.forEach((n, i) => {
      if (!n.name.trim()) throw new BadInputError(`names[${i}].name`, 'is empty');
    });
    const settings = screeningSettings(loadConfig().screening);
    const list = await screeningListInUse(manager);
    const screenedMatches: ScreeningMatch[][] = [];
    for (const screened of names)
      screenedMatches.push(await screenName(manager, screened, settings));
    // The reviews remembered for all the names at once: one statement, not one per name.
    const remembered = await rememberedReviews(manager, ctx.user.party, screenedMatches.flat());
    const results: ScreenedNameResult[] = names.map((screened, index) => ({
      name: screened.name,
      matches: screenedMatches[index].map((m) => ({
        listCode: m.listCode,
        source: m.source,
        entryId: m.entryId,
        entryName: m.entryName,
        matchedName: m.matchedName,
        score: m.score,
        level: m.level,
        reasons: m.reasons,
        clearance: remembered.get(m.key) ?? null,
      })),
    }));
    const records = manager.getRepository(ScreeningRecordEntity);
    const record = await records.save(
      records.create({
        runBy: ctx.user.id,
        runParty: ctx.user.party,
        listVersion: list.version,
        names: names.map((n) => ({
          name: n.name,
          country: n.country ?? null,
          address: n.address ?? null,
        })),
        results,
      }),
    );
    return {
      result: {
        recordId: record.id,
        runAt: record.runAt,
        listVersion: list.version,
        listFinding: list.finding,
        results,
      },
      audit: {
        operation: 'screenNames',
        entity: 'ScreeningRecord',
        entityId: record.id,
        before: null,
        after: {
          names: names.length,
          matched: results.filter((r) => r.matches.length > 0).length,
          listVersion: list.version?.id ?? null,
        },
      },
    };
  });
}

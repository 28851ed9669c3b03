import type { EntityManager } from 'typeorm';
import { loadConfig } from '../../config';
import type { ItemKind, ReviewOutcome } from '../../domain/export';
import { ExportCheckEntity } from '../../entities';
import {
  checkCoversRelease,
  judgeRelease,
  RELEASE_GATE_ARTICLE,
  type ReleaseMatch,
} from '../../rules/export/release-gate';
import { viewOf } from './export-check-queries.service';
import { partyKey, screenParties } from './export-check.service';
import { rememberedReviews } from './screening-clearance.service';
import { screeningListInUse } from './screening-list.service';

export interface Clearance {
  passed: boolean;
  checkId: string | null;
  decision: string | null;
  reason: string;
  article: string;
}

/** How many recent checks of a recipient are read to find the one about this release. */
const RECENT_CHECKS = 20;

/**
 * What the other capabilities (the confidential-information and supplier registers) call before
 * releasing Technology or Valence's confidential information (TIC 12.2): the latest check run by
 * `party` for this recipient and destination, no older than `maxAgeDays`, about these items and
 * this end use, judged by the release-gate rule with the recipient screened again now.
 */
export async function requirePassingCheck(
  manager: EntityManager,
  request: {
    party: string;
    recipientName: string;
    destination: string;
    items: ReadonlyArray<{ eccn: string; kind?: ItemKind | null }>;
    endUse: string;
    /** Default: EXPORT_CHECK_MAX_AGE_DAYS. */
    maxAgeDays?: number;
    now?: Date;
  },
): Promise<Clearance> {
  const now = request.now ?? new Date();
  const maxAgeDays = request.maxAgeDays ?? loadConfig().exportCheckMaxAgeDays;
  const since = new Date(now.getTime() - maxAgeDays * 86_400_000);
  const recent = await manager
    .getRepository(ExportCheckEntity)
    .createQueryBuilder('c')
    .where('c.run_party = :party', { party: request.party })
    .andWhere('c.destination = :destination', { destination: request.destination.toUpperCase() })
    .andWhere(':key = ANY(c.party_keys)', { key: partyKey(request.recipientName) })
    .andWhere('c.run_at >= :since', { since })
    .orderBy('c.run_at', 'DESC')
    .addOrderBy('c.id', 'DESC')
    .limit(RECENT_CHECKS)
    .getMany();
  const refuse = (reason: string, check?: ExportCheckEntity): Clearance => ({
    passed: false,
    checkId: check?.id ?? null,
    decision: null,
    reason,
    article: RELEASE_GATE_ARTICLE,
  });
  if (recent.length === 0) {
    return refuse(
      `no export check for ${request.recipientName} to ${request.destination} in the last ${maxAgeDays} days`,
    );
  }
  // The latest check about these items and this end use decides: a newer refusal is not
  // overridden by an older clearance, and a check of other items clears nothing.
  const about = recent.find(
    (c) =>
      checkCoversRelease({
        check: { items: c.evaluation.items, declaredEndUse: c.input.declaredEndUse },
        request,
      }).covers,
  );
  if (!about) {
    const why = checkCoversRelease({
      check: { items: recent[0].evaluation.items, declaredEndUse: recent[0].input.declaredEndUse },
      request,
    });
    return refuse(`no check covers this release: ${why.reason}`, recent[0]);
  }
  const view = await viewOf(manager, about);
  const list = await screeningListInUse(manager, now);
  const matches = await screenParties(manager, [{ name: request.recipientName }]);
  const remembered = await rememberedReviews(manager, about.runParty, matches);
  const reviewed = (listCode: string, entryId: string): ReviewOutcome | null =>
    view.reviews.find((r) => r.matchKey.startsWith(`${listCode}:${entryId}:`))?.outcome ?? null;
  const verdict = judgeRelease({
    request,
    check: {
      id: about.id,
      runAt: about.runAt,
      runRoles: about.runRoles,
      decision: view.outcome.decision,
      items: about.evaluation.items,
      declaredEndUse: about.input.declaredEndUse,
    },
    listFinding: list.finding,
    matches: matches.map((m): ReleaseMatch => ({
      listCode: m.listCode,
      entryId: m.entryId,
      matchedName: m.matchedName,
      level: m.level,
      answer: reviewed(m.listCode, m.entryId) ?? remembered.get(m.key)?.outcome ?? null,
    })),
  });
  return { ...verdict, checkId: about.id, decision: view.outcome.decision };
}

import type { EntityManager } from 'typeorm';
import { visibleQuery } from '../../../auth/visibility';
import { PARTY_CODES } from '../../../domain/parties';
import {
  supplierHitOccasion,
  supplierScreeningAlerts,
  type ScreenedSupplier,
} from '../../../rules/alerts/supplier-screening-alerts';
import { latestScreenings, supplierReviews } from '../../suppliers/supplier-screening.service';
import type { AlertProducer } from './producer';

/**
 * New screening hits on the supplier register (TIC 12.2): the latest screening of each
 * supplier (after a list import or the nightly re-screening) is read with the sublicensor's
 * remembered reviews, and an unreviewed match whose entry is new or changed is alerted to
 * whoever may see suppliers — the JV and Valence, never Fengfan (TIC 2.4, 2.8) — with the
 * supplier's sublicences (TIC 2.4). A hit first seen more than ALERT_MISSED_LOOKBACK_DAYS ago
 * is not alerted (a fresh install does not replay history).
 */
export const supplierScreeningProducer: AlertProducer = {
  name: 'supplier screening',
  kinds: ['SUPPLIER_SCREENING_HIT'],
  audience: ['COMPLIANCE', 'LEGAL'],
  async produce({ manager, today, config }) {
    const lookbackDays = config.alerts.missedLookbackDays;
    const drafts = [];
    let screened: ScreenedSupplier[] | null = null;
    for (const party of PARTY_CODES) {
      const visible = await visibleQuery(manager, 'Supplier', 's', party)
        .select('s.id', 'id')
        .andWhere('s.party_code IS NULL')
        .getRawMany<{ id: string }>();
      if (visible.length === 0) continue;
      // The same suppliers for every party that may see them: loaded once.
      screened ??= await loadScreened(manager, today, lookbackDays);
      const ids = new Set(visible.map((row) => row.id));
      drafts.push(
        ...supplierScreeningAlerts({
          party,
          suppliers: screened.filter((s) => ids.has(s.id)),
          today,
          lookbackDays,
        }),
      );
    }
    return drafts;
  },
};

async function loadScreened(
  manager: EntityManager,
  today: string,
  lookbackDays: number,
): Promise<ScreenedSupplier[]> {
  // Only suppliers whose latest screening may hold a hit recent enough to alert.
  const candidates = await manager.query<Array<{ id: string; legal_name: string }>>(
    `SELECT s.id, s.legal_name FROM supplier s
      WHERE s.party_code IS NULL
        AND EXISTS (SELECT 1 FROM supplier_screening ss
                     WHERE ss.supplier_id = s.id
                       AND ss.screened_on >= CAST($1 AS date) - CAST($2 AS integer))
      ORDER BY s.id`,
    [today, lookbackDays],
  );
  if (candidates.length === 0) return [];
  const latest = await latestScreenings(
    manager,
    candidates.map((c) => c.id),
  );
  const sublicenses = await manager.query<Array<{ supplier_id: string; id: string }>>(
    `SELECT supplier_id, id FROM supplier_sublicense WHERE supplier_id = ANY($1::uuid[])
      ORDER BY created_at, id`,
    [candidates.map((c) => c.id)],
  );
  const sublicensesOf = new Map<string, string[]>();
  for (const { supplier_id, id } of sublicenses) {
    sublicensesOf.set(supplier_id, [...(sublicensesOf.get(supplier_id) ?? []), id]);
  }
  // Every candidate's remembered reviews in one statement. A review answers a match only for
  // the entry's content it saw, so the reviews are told apart by match and content (two
  // suppliers of one name may hold the same match screened against different contents).
  const allMatches = candidates.flatMap((c) => latest.get(c.id)?.matches ?? []);
  const reviews = await supplierReviews(
    manager,
    allMatches.map((m) => ({ ...m, key: supplierHitOccasion(m) })),
  );
  const screened: ScreenedSupplier[] = [];
  for (const candidate of candidates) {
    const matches = latest.get(candidate.id)?.matches ?? [];
    if (matches.length === 0) continue;
    screened.push({
      id: candidate.id,
      legalName: candidate.legal_name,
      sublicenseIds: sublicensesOf.get(candidate.id) ?? [],
      matches: matches.map((m) => ({
        key: m.key,
        fingerprint: m.fingerprint,
        source: m.source,
        listCode: m.listCode,
        entryId: m.entryId,
        entryName: m.entryName,
        matchedName: m.matchedName,
        queryName: m.queryName,
        level: m.level,
        programs: m.programs,
        firstSeenOn: m.firstSeenOn,
        reviewed: reviews.has(supplierHitOccasion(m)),
      })),
    });
  }
  return screened;
}

import type { PartyCode } from '../../domain/parties';
import { recordLink, type AlertDraft } from './alert-draft';
import { addDays } from './days';

/** A match of a supplier's latest screening, as the screening record keeps it. */
export interface SupplierMatchForAlert {
  key: string;
  /** The entry's content (md5): a changed entry is a new hit. */
  fingerprint: string;
  source: string;
  listCode: string;
  entryId: string;
  entryName: string;
  matchedName: string;
  queryName: string;
  level: 'STRONG' | 'POSSIBLE';
  programs: readonly string[];
  /** The first screening day the match was seen with this entry content. */
  firstSeenOn: string;
  /** Whether the sublicensor's remembered review answers it (it holds until the entry changes). */
  reviewed: boolean;
}

export interface ScreenedSupplier {
  id: string;
  legalName: string;
  /** The supplier's sublicences (TIC 2.4): the alert names them. */
  sublicenseIds: readonly string[];
  matches: readonly SupplierMatchForAlert[];
}

/** What makes a supplier hit one alert: the name and entry matched, and the entry's content. */
export const supplierHitOccasion = (m: Pick<SupplierMatchForAlert, 'key' | 'fingerprint'>) =>
  `${m.key}|${m.fingerprint}`;

/**
 * A new screening hit on a supplier (TIC 12.2): an unreviewed match of its latest screening
 * first seen — the entry new to the list, or changed — within `lookbackDays` of today. A
 * supplier holding a sublicence (TIC 2.4) puts it at stake, so the alert names it. Once per
 * supplier and hit: the occasion is the match and the entry's content, so a changed entry is
 * alerted again, and a match the sublicensor cleared is not, until its entry changes.
 */
export function supplierScreeningAlerts({
  party,
  suppliers,
  today,
  lookbackDays,
}: {
  party: PartyCode;
  suppliers: readonly ScreenedSupplier[];
  today: string;
  lookbackDays: number;
}): AlertDraft[] {
  const since = addDays({ date: today, days: -lookbackDays });
  const drafts: AlertDraft[] = [];
  for (const supplier of suppliers) {
    const seen = new Set<string>();
    for (const match of supplier.matches) {
      const occasion = supplierHitOccasion(match);
      if (match.reviewed || match.firstSeenOn < since || match.firstSeenOn > today) continue;
      if (seen.has(occasion)) continue;
      seen.add(occasion);
      const sublicensed = supplier.sublicenseIds.length > 0;
      drafts.push({
        recipientParty: party,
        kind: 'SUPPLIER_SCREENING_HIT',
        recordType: 'Supplier',
        recordId: supplier.id,
        occasion,
        title:
          `Supplier ${supplier.legalName}: "${match.queryName}" matches ${match.entryName} on ${match.source} (${match.level}); ` +
          (sublicensed
            ? `its sublicence needs review before anything more is released (TIC 12.2, 2.4)`
            : `needs review (TIC 12.2)`),
        article: sublicensed ? 'TIC 12.2; TIC 2.4' : 'TIC 12.2',
        link: recordLink({ recordType: 'Supplier', id: supplier.id }),
        dueOn: null,
        detail: {
          matchKey: match.key,
          source: match.source,
          listCode: match.listCode,
          entryId: match.entryId,
          entryName: match.entryName,
          matchedName: match.matchedName,
          screenedName: match.queryName,
          level: match.level,
          programs: match.programs,
          firstSeenOn: match.firstSeenOn,
          sublicenses: supplier.sublicenseIds.map((id) => ({
            id,
            link: recordLink({ recordType: 'SupplierSublicense', id }),
          })),
        },
      });
    }
  }
  return drafts;
}

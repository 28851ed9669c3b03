import type { PartyCode } from '../../domain/parties';
import { recordLink, type AlertDraft } from './alert-draft';

/** A list entry a screened name matches: the CSL names it by its list and entry id. */
export interface EntryMatch {
  source: string;
  entryId: string;
  entryName: string;
  matchedName: string;
  queryName: string;
  level: 'STRONG' | 'POSSIBLE';
  programs: readonly string[];
}

export interface RescreenedCheck {
  id: string;
  destination: string;
  /** The matches stored with the check when it ran. */
  storedMatches: ReadonlyArray<Pick<EntryMatch, 'source' | 'entryId'>>;
  /** The matches of the same parties against the list imported since. */
  currentMatches: readonly EntryMatch[];
}

const entryKey = (m: Pick<EntryMatch, 'source' | 'entryId'>) => `${m.source}|${m.entryId}`;

/**
 * A new hit: after a list import, a party of a stored export check matches an entry its check
 * did not match — the transfer it cleared may now be one the list forbids or conditions (TIC
 * 12.2; the list's own consequence, e.g. 15 C.F.R. 744.11, 764.3). Once per check and entry.
 */
export function screeningAlerts({
  party,
  checks,
}: {
  party: PartyCode;
  checks: readonly RescreenedCheck[];
}): AlertDraft[] {
  const drafts: AlertDraft[] = [];
  for (const check of checks) {
    const known = new Set(check.storedMatches.map(entryKey));
    const seen = new Set<string>();
    for (const match of check.currentMatches) {
      const key = entryKey(match);
      if (known.has(key) || seen.has(key)) continue;
      seen.add(key);
      drafts.push({
        recipientParty: party,
        kind: 'SCREENING_HIT',
        recordType: 'ExportCheck',
        recordId: check.id,
        occasion: key,
        title: `"${match.queryName}" now matches ${match.entryName} on ${match.source} (${match.level}); export check to ${check.destination} needs review (TIC 12.2)`,
        article: 'TIC 12.2',
        link: recordLink({ recordType: 'ExportCheck', id: check.id }),
        dueOn: null,
        detail: {
          source: match.source,
          entryId: match.entryId,
          entryName: match.entryName,
          matchedName: match.matchedName,
          screenedName: match.queryName,
          level: match.level,
          programs: match.programs,
        },
      });
    }
  }
  return drafts;
}

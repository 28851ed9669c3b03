import type { ExportFinding } from './types';

/** The Consolidated Screening List a check screened against, as imported. */
export interface ScreeningListState {
  id: string;
  /** The list's publication date ('YYYY-MM-DD'), when known. */
  listDate: string | null;
  importedAt: Date;
}

const CITATION = '15 C.F.R. 744.1, 764.3; 31 C.F.R. Chapter V; TIC 12.2';

/**
 * Fail closed: a check screens against the list as it stands, so with no list imported, or a
 * list older than `maxAgeDays` (dated by its publication date, else by its import), "no party
 * matched" proves nothing and the check needs a person (REVIEW). Returns the finding, or null
 * when the list is current.
 */
export function screeningListFinding({
  list,
  now,
  maxAgeDays,
}: {
  list: ScreeningListState | null;
  now: Date;
  maxAgeDays: number;
}): ExportFinding | null {
  if (!list) {
    return {
      step: 'SCREENING',
      code: 'SCREENING_LIST_MISSING',
      status: 'FAIL',
      effect: 'REVIEW',
      citation: CITATION,
      message:
        'No Consolidated Screening List is imported: the parties could not be screened ' +
        '(npm run import:screening-list -- <file or URL>)',
    };
  }
  const dated = list.listDate ? new Date(`${list.listDate}T00:00:00Z`) : list.importedAt;
  const ageDays = Math.floor((now.getTime() - dated.getTime()) / 86_400_000);
  if (ageDays <= maxAgeDays) return null;
  return {
    step: 'SCREENING',
    code: 'SCREENING_LIST_STALE',
    status: 'FAIL',
    effect: 'REVIEW',
    citation: CITATION,
    message:
      `The Consolidated Screening List screened against is ${ageDays} days old ` +
      `(${list.listDate ? `list date ${list.listDate}` : `imported ${list.importedAt.toISOString()}`}), ` +
      `more than the ${maxAgeDays} days allowed: import the current list and run the check again`,
  };
}

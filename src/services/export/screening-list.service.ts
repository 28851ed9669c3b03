import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { loadConfig } from '../../config';
import type { ScreeningListVersionRef } from '../../domain/export';
import { screeningListFinding } from '../../rules/export/screening-list';
import type { ExportFinding } from '../../rules/export/types';

export interface CurrentScreeningList {
  id: string;
  source: string;
  listDate: string | null;
  importedAt: Date;
  entries: number;
  names: number;
  sha256: string;
  /** Older than SCREENING_LIST_MAX_AGE_DAYS: every check is NEEDS_REVIEW until a new import. */
  stale: boolean;
  maxAgeDays: number;
}

/** The current Consolidated Screening List version, or null when none was imported. */
export async function currentScreeningList(
  manager: EntityManager,
  now: Date = new Date(),
): Promise<CurrentScreeningList | null> {
  const [row]: Array<{
    id: string;
    source_file: string;
    list_date: string | null;
    imported_at: Date;
    row_count: number;
    sha256: string;
    names: number;
  }> = await manager.query(
    `SELECT v.id, v.source_file, v.list_date::text, v.imported_at, v.row_count, v.sha256,
            (SELECT count(*)::int FROM restricted_party p JOIN restricted_party_name n
                ON n.party_id = p.id WHERE p.version_id = v.id) AS names
       FROM screening_list_version v WHERE v.current`,
  );
  if (!row) return null;
  const maxAgeDays = loadConfig().screening.listMaxAgeDays;
  const list = { id: row.id, listDate: row.list_date, importedAt: row.imported_at };
  return {
    id: row.id,
    source: row.source_file,
    listDate: row.list_date,
    importedAt: row.imported_at,
    entries: row.row_count,
    names: row.names,
    sha256: row.sha256,
    stale: screeningListFinding({ list, now, maxAgeDays }) !== null,
    maxAgeDays,
  };
}

/**
 * What a check or a screening records of the list it used, and the fail-closed finding when
 * there is none or it is stale (rules/export/screening-list.ts).
 */
export async function screeningListInUse(
  manager: EntityManager,
  now: Date = new Date(),
): Promise<{ version: ScreeningListVersionRef | null; finding: ExportFinding | null }> {
  const [row]: Array<{ id: string; list_date: string | null; sha256: string; imported_at: Date }> =
    await manager.query(
      `SELECT id, list_date::text, sha256, imported_at FROM screening_list_version WHERE current`,
    );
  const finding = screeningListFinding({
    list: row ? { id: row.id, listDate: row.list_date, importedAt: row.imported_at } : null,
    now,
    maxAgeDays: loadConfig().screening.listMaxAgeDays,
  });
  return {
    version: row ? { id: row.id, list_date: row.list_date, sha256: row.sha256 } : null,
    finding,
  };
}

/** The screeningList query. */
export function getScreeningList(ctx: SignedInContext): Promise<CurrentScreeningList | null> {
  return currentScreeningList(ctx.db.manager);
}

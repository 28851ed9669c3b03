import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config';
import { visibleQuery } from '../../../auth/visibility';
import type { ExportCheckInput, StoredScreeningMatch } from '../../../domain/export';
import { PARTY_CODES } from '../../../domain/parties';
import { screeningAlerts, type RescreenedCheck } from '../../../rules/alerts/screening-alerts';
import { screenName, screeningSettings, type ScreeningMatch } from '../../export/screening.service';
import type { AlertProducer } from './producer';

/**
 * New hits after a list import (TIC 12.2): each stored check recent enough to clear a transfer
 * (EXPORT_CHECK_MAX_AGE_DAYS) that ran against an older list is re-screened once against the
 * current one — the row in `alert_rescreen` claims it, so concurrent scans never both do — and
 * an entry its parties newly match is alerted to whoever may see the check (its runner; Valence
 * for its Technology). A supplier-screening producer joins the registry the same way.
 */
export const screeningProducer: AlertProducer = {
  name: 'screening',
  kinds: ['SCREENING_HIT'],
  audience: ['COMPLIANCE'],
  async produce({ manager, today, config }) {
    const [list] = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM screening_list_version WHERE current`,
    );
    if (!list) return [];
    const claimed = await manager.query<Array<{ check_id: string }>>(
      `INSERT INTO alert_rescreen (check_id, list_version_id)
       SELECT c.id, $1::uuid FROM export_check c
        WHERE c.run_at >= CAST($2 AS date) - CAST($3 AS integer)
          AND (c.reference_versions -> 'screeningList' ->> 'id') IS DISTINCT FROM $4
       ON CONFLICT DO NOTHING RETURNING check_id`,
      [list.id, today, config.exportCheckMaxAgeDays, String(list.id)],
    );
    if (claimed.length === 0) return [];
    const checks = await rescreen(
      manager,
      claimed.map((row) => row.check_id),
      config,
    );
    const drafts = [];
    for (const party of PARTY_CODES) {
      const visible = await visibleQuery(manager, 'ExportCheck', 'x', party)
        .select('x.id', 'id')
        .andWhere('x.id IN (:...ids)', { ids: checks.map((c) => c.id) })
        .getRawMany<{ id: string }>();
      const ids = new Set(visible.map((row) => row.id));
      drafts.push(...screeningAlerts({ party, checks: checks.filter((c) => ids.has(c.id)) }));
    }
    return drafts;
  },
};

async function rescreen(
  manager: EntityManager,
  ids: string[],
  config: AppConfig,
): Promise<RescreenedCheck[]> {
  const rows = await manager.query<
    Array<{
      id: string;
      destination: string;
      input: ExportCheckInput;
      matches: StoredScreeningMatch[];
    }>
  >(`SELECT id, destination, input, matches FROM export_check WHERE id = ANY($1::uuid[])`, [ids]);
  const settings = screeningSettings(config.screening);
  const byName = new Map<string, ScreeningMatch[]>();
  const checks: RescreenedCheck[] = [];
  for (const row of rows) {
    const currentMatches: ScreeningMatch[] = [];
    for (const party of row.input.parties ?? []) {
      const key = JSON.stringify([party.name, party.country ?? null, party.address ?? null]);
      let matches = byName.get(key);
      if (!matches) {
        matches = await screenName(manager, party, settings);
        byName.set(key, matches);
      }
      currentMatches.push(...matches);
    }
    checks.push({
      id: row.id,
      destination: row.destination,
      storedMatches: row.matches ?? [],
      currentMatches,
    });
  }
  return checks;
}

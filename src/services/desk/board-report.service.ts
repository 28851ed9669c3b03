import type { SignedInContext } from '../../auth/context';
import { visibleQuery } from '../../auth/visibility';
import type { Period } from '../../rules/desk/report-period';
import { CURRENT_DECISION_SQL } from '../export/export-check-decision';
import { scopedChecks } from '../export/export-check-queries.service';
import { groupedCounts } from '../grouped-counts';
import { NOTICE_STATE_SQL } from '../notice-list';
import { STATUS_SQL } from '../obligation-views';
import { checksRunIn, noticesSentIn, obligationsDueIn } from './export-datasets';

export interface Counted {
  key: string;
  count: number;
}

/** What the board reads for one party and one quarter; every list scoped as the API's. */
export interface BoardReport {
  party: string;
  period: Period;
  asOf: string;
  obligationsByStatus: Counted[];
  missed: Array<{ contract: string; article: string; description: string; dueOn: string }>;
  met: Array<{ contract: string; article: string; description: string; metOn: string | null }>;
  noticesByKind: Counted[];
  noticesByState: Counted[];
  checksByDecision: Counted[];
  licences: Array<{ number: string; agency: string; validFrom: string; validTo: string }>;
  openReviews: Array<{ id: string; destination: string; runParty: string; runAt: string }>;
}

const counted = (rows: Array<Record<string, unknown> & { count: number }>, key: string) =>
  rows.map((row) => ({ key: String(row[key] ?? '—'), count: row.count }));

/** Rows listed in full in the report; the counts always cover everything. */
export const LISTED = 50;

/**
 * The quarter's record of the caller's party: obligations falling due in it (by status as of
 * today, the missed and the met listed), notices sent in it (by kind and by state), export
 * checks run in it (by current decision), the licences in force in it, and every check still
 * waiting for a reviewer. The same visibility and status SQL as the GraphQL lists.
 */
export async function boardReport(ctx: SignedInContext, period: Period): Promise<BoardReport> {
  const range = { from: period.from, to: period.to };
  const due = await obligationsDueIn(ctx, period);
  const byStatus = await groupedCounts(due, { STATUS: `(${STATUS_SQL})` }, ['STATUS']);
  const listed = (status: 'MISSED' | 'MET') =>
    due
      .clone()
      .andWhere(`(${STATUS_SQL}) = :listed`, { listed: status })
      .select('c.code', 'contract')
      .addSelect('o.article', 'article')
      .addSelect('o.description', 'description')
      .addSelect('o.due_on::text', 'dueOn')
      .addSelect('o.met_on::text', 'metOn')
      .orderBy('o.due_on', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(LISTED)
      .getRawMany();

  const notices = () => noticesSentIn(ctx, period);
  const checksInPeriod = checksRunIn(ctx, period);
  const licences = await visibleQuery(ctx.db.manager, 'ExportLicence', 'l', ctx.user.party)
    .andWhere('l.valid_from <= CAST(:to AS date) AND l.valid_to >= CAST(:from AS date)', range)
    .select('l.number', 'number')
    .addSelect('l.agency', 'agency')
    .addSelect('l.valid_from::text', 'validFrom')
    .addSelect('l.valid_to::text', 'validTo')
    .orderBy('l.valid_to', 'ASC')
    .limit(LISTED)
    .getRawMany();
  const openReviews = await scopedChecks(ctx, ctx.db.manager)
    .andWhere(`${CURRENT_DECISION_SQL} = 'NEEDS_REVIEW'`)
    .select('c.id', 'id')
    .addSelect('c.destination', 'destination')
    .addSelect('c.run_party', 'runParty')
    .addSelect(`to_char(c.run_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, 'runAt')
    .orderBy('c.run_at', 'ASC')
    .limit(LISTED)
    .getRawMany();

  return {
    party: ctx.user.party,
    period,
    asOf: ctx.today,
    obligationsByStatus: counted(byStatus, 'STATUS'),
    missed: await listed('MISSED'),
    met: await listed('MET'),
    noticesByKind: counted(await groupedCounts(notices(), { KIND: 'n.kind' }, ['KIND']), 'KIND'),
    noticesByState: counted(
      await groupedCounts(notices(), { STATE: NOTICE_STATE_SQL }, ['STATE']),
      'STATE',
    ),
    checksByDecision: counted(
      await groupedCounts(checksInPeriod, { DECISION: CURRENT_DECISION_SQL }, ['DECISION']),
      'DECISION',
    ),
    licences,
    openReviews,
  };
}

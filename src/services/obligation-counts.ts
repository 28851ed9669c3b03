import type { SignedInContext } from '../auth/context';
import type { ObligationStatus } from '../domain/contracts';
import type { ObligationGroupField } from '../domain/ordering';
import type { PartyCode } from '../domain/parties';
import { groupedCounts } from './grouped-counts';
import { STATUS_SQL } from './obligation-views';
import { filteredObligations, type ObligationFilter } from './obligation.service';

export interface ObligationCount {
  status: ObligationStatus | null;
  obligor: PartyCode | null;
  contractId: string | null;
  count: number;
}

const GROUP_COLUMNS: Record<ObligationGroupField, string> = {
  STATUS: `(${STATUS_SQL})`,
  OBLIGOR: 'o.obligor_party',
  CONTRACT: 'o.contract_id',
};

/**
 * How many of the obligations `obligations(filter)` lists fall in each group (status as of the
 * filter's date, obligor, contract): the same visibility and filter, counted in SQL.
 */
export async function countObligations(
  ctx: SignedInContext,
  filter: ObligationFilter,
  groupBy: readonly ObligationGroupField[],
): Promise<ObligationCount[]> {
  const { query } = await filteredObligations(ctx, filter);
  const rows = await groupedCounts(query, GROUP_COLUMNS, groupBy);
  return rows.map((row) => ({
    status: (row.STATUS ?? null) as ObligationStatus | null,
    obligor: (row.OBLIGOR ?? null) as PartyCode | null,
    contractId: row.CONTRACT ?? null,
    count: row.count,
  }));
}

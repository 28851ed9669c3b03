import type { RequestContext } from '../auth/context';
import { rollPeriodEnd, type PeriodEnd } from '../rules/period-end';
import { governingContractViaLoaders } from './governing';

/**
 * An obligation's last day as the contract counts it and as its governing law moves it off a
 * non-working day (rules/period-end.ts); null until the obligation is dated.
 */
export async function obligationDueDate(
  ctx: RequestContext,
  obligation: { contractId: string; dueOn: string | null; dueOnUnrolled?: string | null },
): Promise<PeriodEnd | null> {
  const counted = obligation.dueOnUnrolled ?? obligation.dueOn;
  if (counted === null) return null;
  const governing = await governingContractViaLoaders(ctx, obligation.contractId);
  return governing ? rollPeriodEnd({ date: counted, governingContract: governing }) : null;
}

import type { SignedInContext } from '../../auth/context';
import { ContractEntity } from '../../entities';
import { STATUS_SQL } from '../obligation-views';
import { filteredObligations } from '../obligation.service';
import { icsCalendar, type FeedEvent } from './calendar-ics';

/**
 * The feed of a user: the dated obligations their party may see (the same visibility and
 * query as `obligations`), still owed or overdue, in one SQL statement.
 */
export async function calendarFor(ctx: SignedInContext, now: Date): Promise<string> {
  const { query } = await filteredObligations(ctx, { asOf: ctx.today });
  const rows: Array<Record<string, unknown>> = await query
    .innerJoin(ContractEntity, 'c', 'c.id = o.contract_id')
    .andWhere(`o.status = 'OPEN'`)
    .select('o.id', 'id')
    .addSelect('c.code', 'contract_code')
    .addSelect('o.code', 'code')
    .addSelect('o.article', 'article')
    .addSelect('o.description', 'description')
    .addSelect('o.due_on::text', 'due_on')
    .addSelect('o.due_rule', 'due_rule')
    .addSelect(`(${STATUS_SQL})`, 'status')
    .addSelect('o.obligor_party', 'obligor')
    .addSelect('o.beneficiary_parties', 'beneficiaries')
    .addSelect('o.period_label', 'period_label')
    .orderBy('o.due_on', 'ASC')
    .addOrderBy('o.id', 'ASC')
    .getRawMany();
  const events: FeedEvent[] = rows.map((row) => ({
    id: row.id as string,
    contractCode: row.contract_code as string,
    code: row.code as string,
    article: row.article as string,
    description: row.description as string,
    dueOn: row.due_on as string,
    dueRule: row.due_rule as string,
    status: row.status as string,
    obligor: (row.obligor as string | null) ?? null,
    beneficiaries: (row.beneficiaries as string[]) ?? [],
    periodLabel: (row.period_label as string | null) ?? null,
  }));
  return icsCalendar({
    owner: { email: ctx.user.email, party: ctx.user.party },
    events,
    today: ctx.today,
    now,
  });
}

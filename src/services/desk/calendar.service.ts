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
  const events = await query
    .innerJoin(ContractEntity, 'c', 'c.id = o.contract_id')
    .andWhere(`o.status = 'OPEN'`)
    .select('o.id', 'id')
    .addSelect('c.code', 'contractCode')
    .addSelect('o.code', 'code')
    .addSelect('o.article', 'article')
    .addSelect('o.description', 'description')
    .addSelect('o.due_on::text', 'dueOn')
    .addSelect('o.due_rule', 'dueRule')
    .addSelect(`(${STATUS_SQL})`, 'status')
    .addSelect('o.obligor_party', 'obligor')
    .addSelect(`COALESCE(o.beneficiary_parties, '{}')`, 'beneficiaries')
    .addSelect('o.period_label', 'periodLabel')
    .orderBy('o.due_on', 'ASC')
    .addOrderBy('o.id', 'ASC')
    .getRawMany<FeedEvent>();
  return icsCalendar({
    owner: { party: ctx.user.party },
    events,
    today: ctx.today,
    now,
  });
}

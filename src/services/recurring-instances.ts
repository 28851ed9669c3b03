import type { EntityManager } from 'typeorm';
import { ObligationEntity } from '../entities';
import { recurringInstances } from '../rules/recurring-instances';
import { rollPeriodEnd } from '../rules/period-end';
import { contractExpiry } from './contract.service';
import { governingOfId, instanceOf } from './obligation-schedule';
import type { AuditRecord } from './transaction';

interface TemplateRow {
  id: string;
  contract_id: string;
  last_period: string | null;
  contract_code: string;
  term_starts_on: string | null;
  term_years: number | null;
  terminated_on: string | null;
}

/**
 * Materialises the instances of recurring obligations (JVC Art. 58, 88) for every period from
 * the start of their recurrence through `through`, so that lists, filters and pages read real
 * rows. Called when an event is recorded (inside its transaction) and before every obligation
 * list is read (with the later of the as-of date and today). Each template's missing periods
 * are inserted in one statement that ignores periods another request inserted meanwhile
 * (UNIQUE (contract_id, code)), so reads stay safe to run concurrently; a period once
 * materialised is never removed. Returns the audit records of the rows it added.
 */
export async function materialiseRecurring(
  manager: Pick<EntityManager, 'query' | 'getRepository' | 'createQueryBuilder'>,
  through: string,
  contractId?: string,
): Promise<AuditRecord[]> {
  const templates: TemplateRow[] = await manager.query(
    `SELECT t.id, t.contract_id, c.code AS contract_code, c.term_starts_on::text AS term_starts_on,
            c.term_years, c.terminated_on::text AS terminated_on,
            (SELECT max(i.period_starts_on)::text FROM obligation i WHERE i.template_id = t.id)
              AS last_period
       FROM obligation t JOIN contract c ON c.id = t.contract_id
      WHERE t.recurrence IS NOT NULL AND t.template_id IS NULL
        AND t.recurrence_starts_on IS NOT NULL AND t.recurrence_starts_on <= $1
        AND ($2::uuid IS NULL OR t.contract_id = $2::uuid)`,
    [through, contractId ?? null],
  );
  const audit: AuditRecord[] = [];
  for (const row of templates) {
    const template = await manager.getRepository(ObligationEntity).findOneByOrFail({ id: row.id });
    const endsOn =
      row.terminated_on ??
      contractExpiry({
        code: row.contract_code,
        termStartsOn: row.term_starts_on,
        termYears: row.term_years,
      });
    const missing = recurringInstances({
      recurrence: template.recurrence!,
      startsOn: template.recurrenceStartsOn!,
      through,
      lag: {
        years: template.offsetYears,
        months: template.offsetMonths,
        days: template.offsetDays,
      },
      endsOn,
      after: row.last_period,
    });
    if (missing.length === 0) continue;
    // Each period's last day moves off a non-working day by the contract's law (JVC Art. 118).
    const governing = await governingOfId(manager as EntityManager, template.contractId);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ObligationEntity)
      .values(
        missing.map((period) => ({
          ...instanceOf(
            template,
            period.label,
            rollPeriodEnd({ date: period.dueOn, governingContract: governing }),
          ),
          periodLabel: period.label,
          periodStartsOn: period.startsOn,
          periodEndsOn: period.endsOn,
        })),
      )
      .orIgnore()
      .returning('id, code, due_on')
      .execute();
    for (const created of inserted.raw as Array<{ id: string; code: string; due_on: string }>) {
      audit.push({
        operation: 'scheduleObligation',
        entity: 'Obligation',
        entityId: created.id,
        before: null,
        after: { code: created.code, dueOn: created.due_on },
      });
    }
  }
  return audit;
}

import { IsNull, type EntityManager } from 'typeorm';
import type { ContractEventEntity } from '../entities';
import { ObligationEntity } from '../entities';
import type { PartyCode } from '../domain/parties';
import type { TriggerKind } from '../domain/contracts';
import { addOffset } from '../rules/calendar';
import { nextPeriod, periodContaining } from '../rules/recurrence';
import type { AuditRecord } from './transaction';

export interface Trigger {
  kind: TriggerKind;
  /** The date the clock starts: the event date, or a notice's deemed receipt. */
  on: string;
  eventId?: string;
  noticeId?: string;
  /** For standing obligations whose parties depend on the occasion. */
  obligor?: PartyCode;
  beneficiaries?: PartyCode[];
  /** Overrides the offset arithmetic where a rule computes the date itself. */
  dueOn?: string;
  /** Distinguishes several copies made from one template by one trigger. */
  suffix?: string;
}

/**
 * Fixes the due dates of the obligations `trigger` starts (JVC and TIC deadlines run from
 * events): a one-off obligation gets its date once; a standing one gets a dated copy per
 * occasion; a recurring one gets its first period. Returns the audit records of the changes.
 */
export async function scheduleTriggered(
  manager: EntityManager,
  contractId: string,
  trigger: Trigger,
): Promise<{ obligations: ObligationEntity[]; audit: AuditRecord[] }> {
  const repository = manager.getRepository(ObligationEntity);
  const templates = await repository.find({
    where: { contractId, triggerKind: trigger.kind, templateId: IsNull(), status: 'OPEN' },
    order: { code: 'ASC' },
  });
  const changed: ObligationEntity[] = [];
  const audit: AuditRecord[] = [];
  for (const template of templates) {
    const offsetDue =
      trigger.dueOn ??
      addOffset({
        from: trigger.on,
        offset: {
          years: template.offsetYears,
          months: template.offsetMonths,
          days: template.offsetDays,
          workingDays: template.offsetWorkingDays,
        },
        // Working days are reckoned where the obligations are performed: the JV in China.
        country: 'CN',
      });
    if (template.recurrence) {
      const period = periodContaining({ date: trigger.on, recurrence: template.recurrence });
      changed.push(await instantiate(manager, template, trigger, period.endsOn, period.label));
    } else if (template.perEvent) {
      const suffix = trigger.suffix ?? (trigger.eventId ?? trigger.noticeId ?? '').slice(0, 8);
      changed.push(await instantiate(manager, template, trigger, offsetDue, suffix));
    } else if (template.dueOn === null) {
      await repository.update({ id: template.id }, { dueOn: offsetDue });
      changed.push({ ...template, dueOn: offsetDue });
      audit.push({
        operation: 'scheduleObligation',
        entity: 'Obligation',
        entityId: template.id,
        before: { dueOn: null },
        after: { dueOn: offsetDue },
      });
      continue;
    } else {
      continue;
    }
    const created = changed[changed.length - 1];
    audit.push({
      operation: 'scheduleObligation',
      entity: 'Obligation',
      entityId: created.id,
      before: null,
      after: { code: created.code, dueOn: created.dueOn, obligorParty: created.obligorParty },
    });
  }
  return { obligations: changed, audit };
}

/**
 * Events that discharge obligations: a recurring obligation is met period by period (the
 * board meeting or report discharges the instance of its period and opens the next one);
 * a dated one-off naming the event (the first board meeting) is met by it.
 */
export async function dischargeRecurring(
  manager: EntityManager,
  event: ContractEventEntity,
): Promise<AuditRecord[]> {
  const repository = manager.getRepository(ObligationEntity);
  const templates = await repository.find({
    where: {
      contractId: event.contractId,
      metByEventKind: event.kind,
      templateId: IsNull(),
      status: 'OPEN',
    },
  });
  const audit: AuditRecord[] = [];
  for (const template of templates) {
    const recurrence = template.recurrence;
    if (!recurrence) {
      // A one-off discharged by the event itself, e.g. the first board meeting (JVC Art. 58).
      if (template.status === 'OPEN' && template.dueOn !== null && !template.perEvent) {
        await repository.update(
          { id: template.id },
          { status: 'MET', metOn: event.occurredOn, evidence: event.description },
        );
        audit.push({
          operation: 'meetObligation',
          entity: 'Obligation',
          entityId: template.id,
          before: { status: 'OPEN' },
          after: { status: 'MET', metOn: event.occurredOn },
        });
      }
      continue;
    }
    const period = periodContaining({ date: event.occurredOn, recurrence });
    const code = `${template.code}#${period.label}`;
    const instance = await repository.findOneBy({ contractId: event.contractId, code });
    if (instance && instance.status === 'OPEN') {
      await repository.update(
        { id: instance.id },
        { status: 'MET', metOn: event.occurredOn, evidence: event.description },
      );
      audit.push({
        operation: 'meetObligation',
        entity: 'Obligation',
        entityId: instance.id,
        before: { status: 'OPEN' },
        after: { status: 'MET', metOn: event.occurredOn },
      });
    }
    if (!instance) continue; // the recurrence has not started (no Establishment Date yet)
    const next = nextPeriod({ date: event.occurredOn, recurrence });
    const exists = await repository.existsBy({
      contractId: event.contractId,
      code: `${template.code}#${next.label}`,
    });
    if (!exists) {
      const created = await instantiate(
        manager,
        template,
        { kind: template.triggerKind!, on: next.startsOn, eventId: event.id },
        next.endsOn,
        next.label,
      );
      audit.push({
        operation: 'scheduleObligation',
        entity: 'Obligation',
        entityId: created.id,
        before: null,
        after: { code: created.code, dueOn: created.dueOn },
      });
    }
  }
  return audit;
}

async function instantiate(
  manager: EntityManager,
  template: ObligationEntity,
  trigger: Trigger,
  dueOn: string,
  suffix: string,
): Promise<ObligationEntity> {
  const repository = manager.getRepository(ObligationEntity);
  const obligor = trigger.obligor ?? template.obligorParty;
  if (!obligor) throw new Error(`${template.code} needs an obligor from its trigger`);
  return repository.save(
    repository.create({
      contractId: template.contractId,
      code: `${template.code}#${suffix}`,
      obligorParty: obligor,
      beneficiaryParties: trigger.beneficiaries ?? template.beneficiaryParties,
      description: template.description,
      article: template.article,
      dueRule: template.dueRule,
      triggerKind: template.triggerKind,
      offsetYears: template.offsetYears,
      offsetMonths: template.offsetMonths,
      offsetDays: template.offsetDays,
      offsetWorkingDays: template.offsetWorkingDays,
      perEvent: false,
      recurrence: null,
      metByEventKind: null,
      dueOn,
      templateId: template.id,
      eventId: trigger.eventId ?? null,
      noticeId: trigger.noticeId ?? null,
      status: 'OPEN',
    }),
  );
}

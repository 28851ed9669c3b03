import { IsNull, type EntityManager } from 'typeorm';
import type { ContractEventEntity } from '../entities';
import { ObligationEntity } from '../entities';
import type { PartyCode } from '../domain/parties';
import type { EventKind, TriggerKind } from '../domain/contracts';
import { addOffset } from '../rules/calendar';
import type { GoverningContract } from '../rules/citation';
import { rollPeriodEnd, type PeriodEnd } from '../rules/period-end';
import { ContractEntity } from '../entities';
import { governingContractOf } from './contract-access';
import type { AuditRecord } from './transaction';

/** Whose law moves the contract's period ends: its own, or that of the contract it belongs to. */
export async function governingOfId(
  manager: EntityManager,
  contractId: string,
): Promise<GoverningContract> {
  const contract = await manager.getRepository(ContractEntity).findOneByOrFail({ id: contractId });
  return governingContractOf(manager, contract);
}

export interface Trigger {
  kind: TriggerKind;
  /** The date the clock starts: the event date, or a notice's deemed receipt. */
  on: string;
  eventId?: string;
  noticeId?: string;
  /** For standing obligations whose parties depend on the occasion. */
  obligor?: PartyCode;
  beneficiaries?: PartyCode[];
  /**
   * Overrides the offset arithmetic where a rule computes the last day itself (a notice's
   * clocks, rules/notice-clocks.ts), already rolled by the governing law.
   */
  dueEnd?: PeriodEnd;
  /** Distinguishes several copies made from one template by one trigger. */
  suffix?: string;
  /** Conditions already fulfilled, and when: a conditional obligation falls due no earlier. */
  conditionsMet?: Partial<Record<EventKind, string>>;
}

/**
 * Fixes the due dates of the obligations `trigger` starts (JVC and TIC deadlines run from
 * events): a one-off obligation gets its date once; a standing one gets a dated copy per
 * occasion; a recurring one starts its recurrence, whose instances are materialised period by
 * period (services/recurring-instances.ts). Returns the audit records of the changes.
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
  const governing = templates.length > 0 ? await governingOfId(manager, contractId) : null;
  for (const template of templates) {
    if (template.recurrence) {
      if (template.recurrenceStartsOn !== null) continue;
      await repository.update({ id: template.id }, { recurrenceStartsOn: trigger.on });
      audit.push({
        operation: 'startRecurrence',
        entity: 'Obligation',
        entityId: template.id,
        before: { recurrenceStartsOn: null },
        after: { recurrenceStartsOn: trigger.on },
      });
      continue;
    }
    const counted = laterOf(
      trigger.dueEnd?.unrolledOn ??
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
        }),
      // TIC 4.1: a delivery conditional on the export approval falls due no earlier than it.
      template.conditionEventKind
        ? trigger.conditionsMet?.[template.conditionEventKind]
        : undefined,
    );
    // Periods end on a working day, by the law the contract chooses (TIC 13.4; JVC Art. 118).
    const end =
      trigger.dueEnd && counted === trigger.dueEnd.unrolledOn
        ? trigger.dueEnd
        : rollPeriodEnd({
            date: counted,
            governingContract: governing!,
            countedBack: countedBack(template),
          });
    if (template.perEvent) {
      const suffix = trigger.suffix ?? (trigger.eventId ?? trigger.noticeId ?? '').slice(0, 8);
      const created = await instantiate(manager, template, trigger, end, suffix);
      changed.push(created);
      audit.push({
        operation: 'scheduleObligation',
        entity: 'Obligation',
        entityId: created.id,
        before: null,
        after: { code: created.code, dueOn: created.dueOn, obligorParty: created.obligorParty },
      });
    } else if (template.dueOn === null) {
      const dates = { dueOn: end.rolledOn, dueOnUnrolled: end.unrolledOn };
      await repository.update({ id: template.id }, dates);
      changed.push({ ...template, ...dates });
      audit.push({
        operation: 'scheduleObligation',
        entity: 'Obligation',
        entityId: template.id,
        before: { dueOn: null },
        after: dates,
      });
    }
  }
  return { obligations: changed, audit };
}

/**
 * The obligations an event discharges: the instance of the period it names (the board meeting
 * of JVC Art. 58 meets its calendar year's regular meeting, a report the month or quarter it
 * covers, JVC Art. 88), and a dated one-off met by the event itself (the first board meeting).
 * Earlier periods stay as they are: met, open or missed.
 */
export async function dischargeByEvent(
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
  const met: ObligationEntity[] = [];
  for (const template of templates) {
    if (!template.recurrence) {
      if (template.dueOn !== null && !template.perEvent) met.push(template);
      continue;
    }
    if (!event.periodLabel) continue;
    const instance = await repository.findOneBy({
      contractId: event.contractId,
      code: `${template.code}#${event.periodLabel}`,
    });
    if (instance && instance.status === 'OPEN') met.push(instance);
  }
  const audit: AuditRecord[] = [];
  for (const obligation of met) {
    await repository.update(
      { id: obligation.id },
      {
        status: 'MET',
        metOn: event.occurredOn,
        evidence: event.description,
        performanceRecordedParty: event.recordedParty,
        performanceRecordedBy: event.recordedBy,
      },
    );
    audit.push({
      operation: 'meetObligation',
      entity: 'Obligation',
      entityId: obligation.id,
      before: { status: 'OPEN' },
      after: { status: 'MET', metOn: event.occurredOn },
    });
  }
  return audit;
}

/** A deadline counted back from its trigger (JVC Art. 103: six months before expiry). */
const countedBack = (o: ObligationEntity) =>
  o.offsetYears < 0 || o.offsetMonths < 0 || o.offsetDays < 0 || o.offsetWorkingDays < 0;

const laterOf = (date: string, other: string | undefined) =>
  other !== undefined && other > date ? other : date;

/**
 * A condition is fulfilled (the export approval, TIC 4.1): the dated obligations suspended on
 * it fall due at the later of their own date and the fulfilment.
 */
export async function releaseSuspended(
  manager: EntityManager,
  contractId: string,
  fulfilled: { kind: EventKind; on: string },
): Promise<AuditRecord[]> {
  const repository = manager.getRepository(ObligationEntity);
  const waiting = await repository.findBy({
    contractId,
    conditionEventKind: fulfilled.kind,
    status: 'OPEN',
  });
  const audit: AuditRecord[] = [];
  const governing = waiting.length > 0 ? await governingOfId(manager, contractId) : null;
  for (const obligation of waiting) {
    const counted = obligation.dueOnUnrolled ?? obligation.dueOn;
    if (counted === null || counted >= fulfilled.on) continue;
    const end = rollPeriodEnd({ date: fulfilled.on, governingContract: governing! });
    const dates = { dueOn: end.rolledOn, dueOnUnrolled: end.unrolledOn };
    await repository.update({ id: obligation.id }, dates);
    audit.push({
      operation: 'scheduleObligation',
      entity: 'Obligation',
      entityId: obligation.id,
      before: { dueOn: obligation.dueOn, dueOnUnrolled: obligation.dueOnUnrolled },
      after: dates,
    });
  }
  return audit;
}

async function instantiate(
  manager: EntityManager,
  template: ObligationEntity,
  trigger: Trigger,
  due: PeriodEnd,
  suffix: string,
): Promise<ObligationEntity> {
  const repository = manager.getRepository(ObligationEntity);
  const obligor = trigger.obligor ?? template.obligorParty;
  if (!obligor) throw new Error(`${template.code} needs an obligor from its trigger`);
  return repository.save(
    repository.create({
      ...instanceOf(template, suffix, due),
      obligorParty: obligor,
      beneficiaryParties: trigger.beneficiaries ?? template.beneficiaryParties,
      eventId: trigger.eventId ?? null,
      noticeId: trigger.noticeId ?? null,
    }),
  );
}

/**
 * A dated obligation made from a standing or recurring template: the clause's words, parties
 * and conditions, its own code (`<template>#<occasion>`) and its last day as counted and rolled.
 */
export function instanceOf(template: ObligationEntity, suffix: string, due: PeriodEnd) {
  return {
    contractId: template.contractId,
    code: `${template.code}#${suffix}`,
    obligorParty: template.obligorParty,
    beneficiaryParties: template.beneficiaryParties,
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
    conditionEventKind: template.conditionEventKind,
    conditionArticle: template.conditionArticle,
    nature: template.nature,
    dueOn: due.rolledOn,
    dueOnUnrolled: due.unrolledOn,
    templateId: template.id,
    status: 'OPEN' as const,
  };
}

/**
 * What a notice opened is settled (an accepted cure, TIC 11.2 / JVC Art. 104(2); an agreement
 * to continue, JVC Art. 105): its open obligations are met on that day, each audited.
 */
export async function meetNoticeObligations(
  manager: EntityManager,
  noticeId: string,
  metOn: string,
  evidence: string,
): Promise<AuditRecord[]> {
  const obligations = manager.getRepository(ObligationEntity);
  const open = await obligations.findBy({ noticeId, status: 'OPEN' });
  await obligations.update({ noticeId, status: 'OPEN' }, { status: 'MET', metOn, evidence });
  return open.map((obligation) => ({
    operation: 'meetObligation',
    entity: 'Obligation',
    entityId: obligation.id,
    before: { status: 'OPEN' },
    after: { status: 'MET', metOn, evidence },
  }));
}

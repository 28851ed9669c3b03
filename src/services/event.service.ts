import { scheduleExpiryCessation } from './trademarks/cessation.service';
import { IsNull, type EntityManager } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import { raise } from '../auth/refusal-error';
import { assertMay } from '../auth/row-policy';
import type { EventKind } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import {
  ContractEntity,
  ContractEventEntity,
  ContractStatusChangeEntity,
  ObligationEntity,
} from '../entities';
import { ConflictError } from '../errors';
import { eventEffects } from '../rules/event-effects';
import { assertIsoDate } from '../rules/iso-date';
import { currentStatus } from './contract.service';
import { governingContractOf, lockVisibleContract, partiesOf } from './contract-access';
import { dischargeByEvent, releaseSuspended, scheduleTriggered } from './obligation-schedule';
import { materialiseRecurring } from './recurring-instances';
import type { AuditRecord } from './transaction';
import { keyedByRow } from './idempotency';
import { mutate } from './transaction';

export interface NewEvent {
  contractId: string;
  kind: EventKind;
  occurredOn: string;
  description: string;
  concernsParty?: PartyCode | null;
  amount?: string | null;
  currency?: string | null;
  reference?: string | null;
  /** The period of a recurring duty the event discharges, e.g. "2026-03" (JVC Art. 88). */
  period?: string | null;
  /** Retries safely (services/idempotency.ts). */
  idempotencyKey?: string | null;
}

/**
 * Records an event: loads what the event rule needs, lets the rule decide (rules/event-effects),
 * then writes the event, the contract's change, and in the same transaction the due dates of the
 * obligations it starts and the period it discharges.
 */
export function recordEvent(ctx: SignedInContext, input: NewEvent): Promise<ContractEventEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const contract = await lockVisibleContract(ctx, manager, input.contractId);
      const governing = await governingContractOf(manager, contract);
      assertMay(ctx, 'event.record', { kind: input.kind, governingContract: governing });
      const occurredOn = assertIsoDate({ field: 'occurredOn', value: input.occurredOn });
      const events = manager.getRepository(ContractEventEntity);
      // One statement at a time: a transaction's connection runs one query at once.
      const contractParties = await partiesOf(manager, contract.id);
      const recorded = await events
        .createQueryBuilder('e')
        .select('e.kind', 'kind')
        .addSelect('min(e.occurred_on)::text', 'on')
        .where('e.contract_id = :id', { id: contract.id })
        .groupBy('e.kind')
        .getRawMany<{ kind: EventKind; on: string }>();
      // The TIC's ratification follows the JV's establishment: the JVC's term start (Art. 103).
      const parent = contract.parentId
        ? await manager.getRepository(ContractEntity).findOneBy({ id: contract.parentId })
        : null;
      const recurring = await manager.getRepository(ObligationEntity).find({
        where: { contractId: contract.id, templateId: IsNull() },
        select: { code: true, recurrence: true, metByEventKind: true, recurrenceStartsOn: true },
      });
      const ruling = eventEffects({
        governing,
        contract: { ...contract, statusToday: currentStatus(contract, ctx.today) },
        parties: contractParties.map((p) => ({ party: p.partyCode, role: p.role })),
        kind: input.kind,
        occurredOn,
        concernsParty: input.concernsParty ?? null,
        period: input.period ?? null,
        today: ctx.today,
        recordedKinds: Object.fromEntries(recorded.map((r) => [r.kind, r.on])),
        establishedOn: parent?.code === 'JVC' ? parent.termStartsOn : null,
        recurring: recurring
          .filter((o) => o.recurrence !== null)
          .map((o) => ({
            code: o.code,
            recurrence: o.recurrence!,
            metByEventKind: o.metByEventKind,
            startsOn: o.recurrenceStartsOn,
          })),
      });
      if (!ruling.ok) raise(ruling.refusal);
      const effects = ruling.value;
      await assertNewInvoice(manager, contract.id, input);

      const event = await events.save(
        events.create({
          contractId: contract.id,
          kind: input.kind,
          occurredOn,
          description: input.description,
          concernsParty: input.concernsParty ?? null,
          amount: input.amount ?? null,
          currency: input.currency ?? null,
          reference: input.reference ?? null,
          periodLabel: effects.periodLabel,
          concernedParties: effects.concernedParties,
          recordedBy: ctx.user.id,
          recordedParty: ctx.user.party,
        }),
      );
      const audit: AuditRecord[] = [
        {
          operation: 'recordEvent',
          entity: 'ContractEvent',
          entityId: event.id,
          before: null,
          after: event,
        },
      ];
      if (effects.contract) {
        await manager.update('contract', { id: contract.id }, effects.contract);
        const before = Object.fromEntries(
          Object.keys(effects.contract).map((key) => [key, contract[key as keyof typeof contract]]),
        );
        audit.push({
          operation: effects.statusChange ? 'changeContractStatus' : 'startContractTerm',
          entity: 'Contract',
          entityId: contract.id,
          before,
          after: effects.contract,
        });
        if (effects.contract.termStartsOn) {
          audit.push(
            ...(await scheduleExpiryCessation(manager, contract, effects.contract.termStartsOn)),
          );
        }
      }
      if (effects.statusChange) {
        await manager.getRepository(ContractStatusChangeEntity).insert({
          contractId: contract.id,
          fromStatus: effects.statusChange.from,
          toStatus: effects.statusChange.to,
          changedOn: effects.statusChange.on,
          article: effects.statusChange.article,
          reason: effects.statusChange.reason,
          recordedBy: ctx.user.id,
        });
      }
      const triggers = [{ kind: input.kind, on: occurredOn }, ...effects.derivedTriggers];
      for (const trigger of triggers) {
        const scheduled = await scheduleTriggered(manager, contract.id, {
          ...trigger,
          eventId: event.id,
          beneficiaries: effects.beneficiaries ?? undefined,
          conditionsMet: effects.conditionsMet,
        });
        audit.push(...scheduled.audit);
      }
      if (effects.fulfils) {
        audit.push(...(await releaseSuspended(manager, contract.id, effects.fulfils)));
      }
      // Every period up to today (or the event's date) has its instance before one is discharged.
      audit.push(
        ...(await materialiseRecurring(manager, ctx.today, contract.id)),
        ...(await dischargeByEvent(manager, event)),
      );
      return { result: event, audit };
    },
    keyedByRow(ctx, 'recordEvent', input, 'ContractEvent'),
  );
}

/**
 * TIC 6.3: each invoice starts its own payment obligation, so an invoice recorded twice would
 * be owed twice; its reference identifies it under the contract. The contract row is locked,
 * so two requests for the same contract cannot both pass this check; the unique index
 * contract_event_invoice_reference_key backs it.
 */
async function assertNewInvoice(
  manager: EntityManager,
  contractId: string,
  input: NewEvent,
): Promise<void> {
  if (input.kind !== 'INVOICE' || !input.reference) return;
  const taken = await manager
    .getRepository(ContractEventEntity)
    .existsBy({ contractId, kind: 'INVOICE', reference: input.reference });
  if (taken) {
    throw new ConflictError(
      `Invoice ${input.reference} is already recorded under this contract`,
      'TIC 6.3',
      'reference',
    );
  }
}

/** Events of a contract the caller's party is party to, oldest first (batched per request). */
export function listEvents(
  ctx: SignedInContext,
  contractId: string,
): Promise<ContractEventEntity[]> {
  return ctx.loaders.events.load(contractId);
}

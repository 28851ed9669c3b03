import type { SignedInContext } from '../auth/context';
import type { EventKind } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { ContractEventEntity, ContractStatusChangeEntity } from '../entities';
import { assertMay } from '../auth/row-policy';
import { BadInputError, ConflictError } from '../errors';
import { statusTransition } from '../rules/contract-status';
import { eventRecorders } from '../rules/event-recorders';
import { assertIsoDate } from '../rules/iso-date';
import { currentStatus } from './contract.service';
import { governingContractOf, lockVisibleContract, partiesOf } from './contract-access';
import { dischargeRecurring, scheduleTriggered } from './obligation-schedule';
import type { AuditRecord } from './transaction';
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
}

/** Events that happen once in a contract's life; recording one twice is a conflict. */
const ONCE: readonly EventKind[] = [
  'EFFECTIVE_DATE',
  'ESTABLISHMENT_DATE',
  'PRODUCTION_STARTUP',
  'TECHNOLOGY_INFORMATION_RECEIVED',
  'TECHNOLOGY_INFORMATION_CONFORMED',
];

/**
 * Records an event and, in the same transaction, fixes the due dates of the obligations it
 * triggers; the Effective Date also moves the contract to EFFECTIVE (TIC 1.4; JVC Art. 126).
 */
export function recordEvent(ctx: SignedInContext, input: NewEvent): Promise<ContractEventEntity> {
  return mutate(ctx, async (manager) => {
    const contract = await lockVisibleContract(ctx, manager, input.contractId);
    const status = currentStatus(contract, ctx.today);
    // Nothing starts a new clock under a contract that has ended, except an invoice: payment of
    // the Associated Expenses survives termination (TIC 11.6, 6.3).
    if ((status === 'TERMINATED' || status === 'EXPIRED') && input.kind !== 'INVOICE') {
      throw new ConflictError(
        `${contract.code} is ${status.toLowerCase()}: no event starts a new deadline`,
        'TIC 11.6; JVC Art. 100',
      );
    }
    const occurredOn = assertIsoDate({ field: 'occurredOn', value: input.occurredOn });
    if (occurredOn > ctx.today) throw new BadInputError('occurredOn', 'cannot be in the future');
    // A contract takes effect after it is signed (TIC 1.4, 13.6; JVC Art. 124, 126).
    if (input.kind === 'EFFECTIVE_DATE' && contract.signedOn && occurredOn < contract.signedOn) {
      throw new BadInputError('occurredOn', `cannot be before ${contract.signedOn}, the signing`);
    }
    const governing = await governingContractOf(manager, contract);
    const recorders = eventRecorders({ governingContract: governing, kind: input.kind });
    if (!recorders.relevant) throw new BadInputError('kind', recorders.reason);
    assertMay(ctx, 'event.record', { kind: input.kind, recorders });
    if (input.kind === 'CAPITAL_VERIFICATION_REPORT' && !input.concernsParty) {
      throw new BadInputError(
        'concernsParty',
        'name the Party whose contribution was verified (JVC Art. 35)',
      );
    }
    const contractParties = await partiesOf(manager, contract.id);
    const parties = contractParties.map((p) => p.partyCode);
    if (input.concernsParty && !parties.includes(input.concernsParty)) {
      throw new BadInputError(
        'concernsParty',
        `${input.concernsParty} is not a party to ${contract.code}`,
      );
    }
    if (input.kind === 'CAPITAL_VERIFICATION_REPORT') {
      // JVC Art. 31, 35: Party A and Party B contribute the registered capital and receive the
      // investment certificate; the Joint Venture Company issues it and cannot owe it to itself.
      const role = contractParties.find((p) => p.partyCode === input.concernsParty)?.role;
      if (role !== 'PARTY_A' && role !== 'PARTY_B') {
        throw new BadInputError(
          'concernsParty',
          'only Party A or Party B contributes to the registered capital (JVC Art. 31, 35)',
        );
      }
    }
    const events = manager.getRepository(ContractEventEntity);
    if (
      ONCE.includes(input.kind) &&
      (await events.existsBy({ contractId: contract.id, kind: input.kind }))
    ) {
      throw new ConflictError(`${input.kind} is already recorded for ${contract.code}`);
    }
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
        concernedParties: recorders.concerns ?? parties,
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

    if (input.kind === 'EFFECTIVE_DATE') {
      const transition = statusTransition({
        governingContract: governing,
        from: contract.status,
        to: 'EFFECTIVE',
      });
      if (!transition.allowed) throw new ConflictError(transition.reason, transition.article);
      const termStartsOn = governing === 'TIC' ? occurredOn : contract.termStartsOn;
      await manager.update(
        'contract',
        { id: contract.id },
        { status: 'EFFECTIVE', effectiveOn: occurredOn, termStartsOn },
      );
      await manager.getRepository(ContractStatusChangeEntity).insert({
        contractId: contract.id,
        fromStatus: contract.status,
        toStatus: 'EFFECTIVE',
        changedOn: occurredOn,
        article: transition.article,
        reason: transition.reason,
        recordedBy: ctx.user.id,
      });
      audit.push({
        operation: 'changeContractStatus',
        entity: 'Contract',
        entityId: contract.id,
        before: { status: contract.status, effectiveOn: contract.effectiveOn },
        after: { status: 'EFFECTIVE', effectiveOn: occurredOn, termStartsOn },
      });
    }
    if (input.kind === 'ESTABLISHMENT_DATE') {
      // JVC Art. 103: the term runs from the date the Business License is issued.
      await manager.update('contract', { id: contract.id }, { termStartsOn: occurredOn });
      audit.push({
        operation: 'startContractTerm',
        entity: 'Contract',
        entityId: contract.id,
        before: { termStartsOn: contract.termStartsOn },
        after: { termStartsOn: occurredOn },
      });
    }

    const beneficiaries = input.concernsParty ? [input.concernsParty] : undefined;
    const scheduled = await scheduleTriggered(manager, contract.id, {
      kind: input.kind,
      on: occurredOn,
      eventId: event.id,
      beneficiaries: input.kind === 'CAPITAL_VERIFICATION_REPORT' ? beneficiaries : undefined,
    });
    audit.push(...scheduled.audit, ...(await dischargeRecurring(manager, event)));
    return { result: event, audit };
  });
}

/** Events of a contract the caller's party is party to, oldest first (batched per request). */
export function listEvents(
  ctx: SignedInContext,
  contractId: string,
): Promise<ContractEventEntity[]> {
  return ctx.loaders.events.load(contractId);
}

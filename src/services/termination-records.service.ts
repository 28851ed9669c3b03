import type { SignedInContext } from '../auth/context';
import { raise } from '../auth/refusal-error';
import { assertMay } from '../auth/row-policy';
import { InsolvencyProceedingEntity, MutualTerminationEntity } from '../entities';
import { NotFoundError } from '../errors';
import { assertIsoDate } from '../rules/iso-date';
import {
  checkInsolvencyRecord,
  checkMutualTerminationProposal,
  signMutualTermination as signRule,
} from '../rules/mutual-termination';
import { decideTermination } from '../rules/termination-basis';
import { governingContractOf, lockVisibleContract, partiesOf } from './contract-access';
import { applyTermination } from './termination.service';
import { keyedByRow } from './idempotency';
import { mutate, type AuditRecord } from './transaction';

async function contractOf(
  ctx: SignedInContext,
  manager: Parameters<typeof partiesOf>[0],
  id: string,
) {
  const contract = await lockVisibleContract(ctx, manager, id);
  const governing = await governingContractOf(manager, contract);
  const parties = (await partiesOf(manager, contract.id)).map((p) => ({
    party: p.partyCode,
    signatory: p.signatory,
  }));
  return { contract, governing, parties };
}

/** Proposes to terminate the TIC by the mutual agreement of the parties (TIC 11.1). */
export function proposeMutualTermination(
  ctx: SignedInContext,
  input: { contractId: string; reason: string; idempotencyKey?: string | null },
): Promise<MutualTerminationEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const { contract, governing, parties } = await contractOf(ctx, manager, input.contractId);
      assertMay(ctx, 'contract.proposeMutualTermination', { parties });
      const check = checkMutualTerminationProposal({ governingContract: governing });
      if (!check.ok) raise(check.refusal);
      const repository = manager.getRepository(MutualTerminationEntity);
      const proposal = await repository.save(
        repository.create({
          contractId: contract.id,
          reason: input.reason,
          proposedBy: ctx.user.id,
          proposedParty: ctx.user.party,
          signatures: [],
          effectiveOn: null,
        }),
      );
      return {
        result: proposal,
        audit: {
          operation: 'proposeMutualTermination',
          entity: 'MutualTermination',
          entityId: proposal.id,
          before: null,
          after: proposal,
        },
      };
    },
    keyedByRow(ctx, 'proposeMutualTermination', input, 'MutualTermination'),
  );
}

/**
 * The caller's party signs a mutual termination. With the last party's signature it takes
 * effect, and the contract terminates that day in the same transaction (TIC 11.1).
 */
export function signMutualTermination(
  ctx: SignedInContext,
  input: { mutualTerminationId: string; signedOn: string },
): Promise<MutualTerminationEntity> {
  return mutate(ctx, async (manager) => {
    const repository = manager.getRepository(MutualTerminationEntity);
    const found = await repository.findOneBy({ id: input.mutualTerminationId });
    if (!found) throw new NotFoundError('MutualTermination', input.mutualTerminationId);
    // Locks the contract first (as every lifecycle change does), then reads the proposal anew.
    const { contract, governing, parties } = await contractOf(ctx, manager, found.contractId);
    const proposal = await repository
      .createQueryBuilder('m')
      .where('m.id = :id', { id: found.id })
      .setLock('pessimistic_write')
      .getOneOrFail();
    assertMay(ctx, 'contract.signMutualTermination', { parties });
    const signedOn = assertIsoDate({ field: 'signedOn', value: input.signedOn });
    const ruling = signRule({
      signatures: proposal.signatures,
      effectiveOn: proposal.effectiveOn,
      party: ctx.user.party,
      signedBy: ctx.user.id,
      signedOn,
      today: ctx.today,
      parties: parties.filter((p) => p.signatory).map((p) => p.party),
    });
    if (!ruling.ok) raise(ruling.refusal);
    const change = ruling.value;
    await repository.update({ id: proposal.id }, change);
    const audit: AuditRecord[] = [
      {
        operation: 'signMutualTermination',
        entity: 'MutualTermination',
        entityId: proposal.id,
        before: { effectiveOn: null },
        after: { party: ctx.user.party, signedOn, effectiveOn: change.effectiveOn },
      },
    ];
    if (change.effectiveOn) {
      const decision = decideTermination({
        governingContract: governing,
        terminatedOn: change.effectiveOn,
        today: ctx.today,
        record: { basis: 'MUTUAL_AGREEMENT', effectiveOn: change.effectiveOn },
      });
      if (!decision.ok) raise(decision.refusal);
      const terminated = await applyTermination(ctx, manager, contract, governing, {
        terminatedOn: change.effectiveOn,
        basis: 'MUTUAL_AGREEMENT',
        basisId: proposal.id,
        article: decision.value.article,
        ground: proposal.reason,
      });
      audit.push(...terminated.audit);
    }
    return { result: { ...proposal, ...change }, audit };
  });
}

/** Records the Licensee's insolvency proceeding, the fact TIC 11.3(a) turns on. */
export function recordInsolvencyProceeding(
  ctx: SignedInContext,
  input: {
    contractId: string;
    commencedOn: string;
    description: string;
    idempotencyKey?: string | null;
  },
): Promise<InsolvencyProceedingEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const { contract, governing, parties } = await contractOf(ctx, manager, input.contractId);
      assertMay(ctx, 'contract.recordInsolvency', { parties });
      const commencedOn = assertIsoDate({ field: 'commencedOn', value: input.commencedOn });
      const check = checkInsolvencyRecord({
        governingContract: governing,
        commencedOn,
        dismissedOn: null,
        alreadyDismissedOn: null,
        today: ctx.today,
      });
      if (!check.ok) raise(check.refusal);
      const repository = manager.getRepository(InsolvencyProceedingEntity);
      const proceeding = await repository.save(
        repository.create({
          contractId: contract.id,
          // TIC 11.3(a): "Licensee goes into bankruptcy …".
          debtorParty: 'JV',
          commencedOn,
          dismissedOn: null,
          description: input.description,
          recordedBy: ctx.user.id,
          recordedParty: ctx.user.party,
        }),
      );
      return {
        result: proceeding,
        audit: {
          operation: 'recordInsolvencyProceeding',
          entity: 'InsolvencyProceeding',
          entityId: proceeding.id,
          before: null,
          after: proceeding,
        },
      };
    },
    keyedByRow(ctx, 'recordInsolvencyProceeding', input, 'InsolvencyProceeding'),
  );
}

/** Records that the Licensee's proceeding was dismissed (TIC 11.3(a)). */
export function recordInsolvencyDismissal(
  ctx: SignedInContext,
  input: { proceedingId: string; dismissedOn: string },
): Promise<InsolvencyProceedingEntity> {
  return mutate(ctx, async (manager) => {
    const repository = manager.getRepository(InsolvencyProceedingEntity);
    const listed = await repository.findOneBy({ id: input.proceedingId });
    if (!listed) throw new NotFoundError('InsolvencyProceeding', input.proceedingId);
    const { governing, parties } = await contractOf(ctx, manager, listed.contractId);
    // Read again under the contract's lock, so a concurrent dismissal is seen.
    const found = await repository.findOneByOrFail({ id: listed.id });
    assertMay(ctx, 'contract.recordInsolvency', { parties });
    const dismissedOn = assertIsoDate({ field: 'dismissedOn', value: input.dismissedOn });
    const check = checkInsolvencyRecord({
      governingContract: governing,
      commencedOn: found.commencedOn,
      dismissedOn,
      alreadyDismissedOn: found.dismissedOn,
      today: ctx.today,
    });
    if (!check.ok) raise(check.refusal);
    await repository.update({ id: found.id }, { dismissedOn });
    return {
      result: { ...found, dismissedOn },
      audit: {
        operation: 'recordInsolvencyDismissal',
        entity: 'InsolvencyProceeding',
        entityId: found.id,
        before: { dismissedOn: null },
        after: { dismissedOn },
      },
    };
  });
}

import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import { raise } from '../auth/refusal-error';
import { assertMay, type ContractParties } from '../auth/row-policy';
import { findVisible } from '../auth/visibility';
import type { TerminationBasis } from '../domain/contracts';
import {
  ContractEntity,
  ContractStatusChangeEntity,
  InsolvencyProceedingEntity,
  MutualTerminationEntity,
  ObligationEntity,
} from '../entities';
import { ConflictError, NotFoundError } from '../errors';
import type { GoverningContract } from '../rules/citation';
import { statusTransition } from '../rules/contract-status';
import { assertIsoDate } from '../rules/iso-date';
import { noticeClocks } from '../rules/notice-clocks';
import { obligationAtEnd } from '../rules/survival';
import { checkBasisFits, decideTermination, type BasisRecord } from '../rules/termination-basis';
import { currentStatus } from './contract.service';
import { governingContractOf, lockVisibleContract, partiesOf } from './contract-access';
import { clockFacts } from './notice-clocks';
import { mutate, type AuditRecord } from './transaction';
import { ceaseValenceMarkUses } from './trademarks/cessation.service';

export interface Termination {
  contractId: string;
  terminatedOn: string;
  /** What the termination rests on, and the id of that record. */
  basis: TerminationBasis;
  basisId: string;
  /** The terminating party's own words; the rule's reason when omitted. */
  ground?: string | null;
}

/**
 * Terminates a contract on the basis of a record — a mutual termination signed by all, a breach
 * notice whose cure period lapsed, the Licensee's insolvency proceeding, Valence's notice of a
 * breach of TIC Art. 2, 8 or 10, or a JVC termination notice through the Art. 105 procedure to
 * the Authority's approval — which a pure rule judges (rules/termination-basis.ts); the row
 * policy says who may invoke each basis.
 */
export function terminateContract(
  ctx: SignedInContext,
  input: Termination,
): Promise<ContractEntity> {
  return mutate(ctx, async (manager) => {
    const contract = await lockVisibleContract(ctx, manager, input.contractId);
    const governing = await governingContractOf(manager, contract);
    const terminatedOn = assertIsoDate({ field: 'terminatedOn', value: input.terminatedOn });
    const parties = (await partiesOf(manager, contract.id)).map((p) => ({
      party: p.partyCode,
      signatory: p.signatory,
    }));
    const fits = checkBasisFits({ governingContract: governing, basis: input.basis });
    if (!fits.ok) raise(fits.refusal);
    const record = await loadBasis(ctx, manager, contract.id, input, { parties }, terminatedOn);
    const decision = decideTermination({
      governingContract: governing,
      status: currentStatus(contract, ctx.today),
      terminatedOn,
      today: ctx.today,
      record,
    });
    if (!decision.ok) raise(decision.refusal);
    return applyTermination(ctx, manager, contract, governing, {
      terminatedOn,
      basis: input.basis,
      basisId: input.basisId,
      article: decision.value.article,
      ground: input.ground?.trim() || decision.value.reason,
    });
  });
}

/** Loads the record a basis names, and asks the row policy whether the caller may invoke it. */
async function loadBasis(
  ctx: SignedInContext,
  manager: EntityManager,
  contractId: string,
  input: Termination,
  parties: ContractParties,
  terminatedOn: string,
): Promise<BasisRecord> {
  switch (input.basis) {
    case 'MUTUAL_AGREEMENT': {
      assertMay(ctx, 'contract.signMutualTermination', parties);
      const agreement = await manager
        .getRepository(MutualTerminationEntity)
        .findOneBy({ id: input.basisId, contractId });
      if (!agreement) throw new NotFoundError('MutualTermination', input.basisId);
      return { basis: 'MUTUAL_AGREEMENT', effectiveOn: agreement.effectiveOn };
    }
    case 'INSOLVENCY': {
      assertMay(ctx, 'contract.terminateUnderTic113', parties);
      const proceeding = await manager
        .getRepository(InsolvencyProceedingEntity)
        .findOneBy({ id: input.basisId, contractId });
      if (!proceeding) throw new NotFoundError('InsolvencyProceeding', input.basisId);
      return { basis: 'INSOLVENCY', proceeding };
    }
    default: {
      // Who may invoke the basis is known from the contract, except for TIC 11.2, which turns
      // on who sent the notice.
      if (input.basis === 'PROTECTED_ARTICLE_BREACH') {
        assertMay(ctx, 'contract.terminateUnderTic113', parties);
      } else if (input.basis === 'JVC_DISSOLUTION') {
        assertMay(ctx, 'contract.terminateOnDissolution', parties);
      }
      const notice = await findVisible(ctx, manager, 'Notice', input.basisId);
      if (notice.contractId !== contractId) throw new NotFoundError('Notice', input.basisId);
      if (input.basis === 'UNCURED_BREACH') {
        assertMay(ctx, 'contract.terminateForUncuredBreach', { ...parties, notice });
      }
      const contract = await manager
        .getRepository(ContractEntity)
        .findOneByOrFail({ id: contractId });
      const governing = await governingContractOf(manager, contract);
      const clocks = noticeClocks({ ...clockFacts(notice, governing), asOf: terminatedOn });
      return {
        basis: input.basis,
        notice: {
          ...notice,
          cure: clocks.cure,
          deemedAgreedToTerminate:
            (clocks.negotiationWindow?.deemedTerminated ?? false) && !notice.continuationAgreedOn,
        },
      };
    }
  }
}

/**
 * Records the termination and applies it to the obligations in the same transaction: an
 * obligation already overdue stays OPEN, an accrued breach (TIC 11.2 keeps "any legal remedy";
 * JVC Art. 99, 113); any other survives by the article that keeps it (TIC 11.6, 8.7, 12.2; JVC
 * Art. 96/100 for two years, Art. 45(1)) or closes.
 */
export async function applyTermination(
  ctx: SignedInContext,
  manager: EntityManager,
  contract: ContractEntity,
  governing: GoverningContract,
  termination: {
    terminatedOn: string;
    basis: TerminationBasis;
    basisId: string;
    article: string;
    ground: string;
  },
): Promise<{ result: ContractEntity; audit: AuditRecord[] }> {
  const { terminatedOn } = termination;
  const transition = statusTransition({
    governingContract: governing,
    from: currentStatus(contract, ctx.today),
    to: 'TERMINATED',
  });
  if (!transition.allowed) throw new ConflictError(transition.reason, transition.article);
  const startedOn = contract.effectiveOn ?? contract.signedOn;
  if (startedOn && terminatedOn < startedOn) {
    raise({
      kind: 'input',
      field: 'terminatedOn',
      reason: `cannot be before ${startedOn}, when the contract began`,
      article: termination.article,
    });
  }

  const update = {
    status: 'TERMINATED' as const,
    terminatedOn,
    terminationGround: termination.ground,
    terminationArticle: termination.article,
    terminationBasis: termination.basis,
    terminationBasisId: termination.basisId,
  };
  await manager.getRepository(ContractEntity).update({ id: contract.id }, update);
  await manager.getRepository(ContractStatusChangeEntity).insert({
    contractId: contract.id,
    fromStatus: contract.status,
    toStatus: 'TERMINATED',
    changedOn: terminatedOn,
    article: termination.article,
    reason: termination.ground,
    recordedBy: ctx.user.id,
  });
  const audit: AuditRecord[] = [
    {
      operation: 'terminateContract',
      entity: 'Contract',
      entityId: contract.id,
      before: { status: contract.status, terminatedOn: null },
      after: update,
    },
  ];

  const obligations = manager.getRepository(ObligationEntity);
  for (const obligation of await obligations.findBy({ contractId: contract.id, status: 'OPEN' })) {
    const end = obligationAtEnd({
      governingContract: governing,
      obligation,
      endedOn: terminatedOn,
    });
    if (end.effect === 'ACCRUED') continue;
    const { survival } = end;
    const change =
      end.effect === 'SURVIVES'
        ? { survivesUntil: survival.until }
        : {
            status: 'CLOSED' as const,
            closedReason: `Closed by termination on ${terminatedOn}: ${survival.reason}`,
          };
    await obligations.update({ id: obligation.id }, change);
    audit.push({
      operation: end.effect === 'SURVIVES' ? 'obligationSurvives' : 'closeObligation',
      entity: 'Obligation',
      entityId: obligation.id,
      before: { status: obligation.status, survivesUntil: obligation.survivesUntil },
      after: {
        status: end.effect === 'SURVIVES' ? 'OPEN' : 'CLOSED',
        survivesUntil: survival.until,
        article: survival.article,
      },
    });
  }
  // Trademark uses (issue 15): TIC 11.4, the Licensee ceases using the Valence Marks.
  audit.push(...(await ceaseValenceMarkUses(ctx, manager, contract, termination)));
  return { result: { ...contract, ...update }, audit };
}

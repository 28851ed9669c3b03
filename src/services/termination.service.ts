import type { SignedInContext } from '../auth/context';
import { ContractEntity, ContractStatusChangeEntity, ObligationEntity } from '../entities';
import { raise } from '../auth/refusal-error';
import { BadInputError, ConflictError } from '../errors';
import { articleNumber } from '../rules/article-reference';
import { statusTransition } from '../rules/contract-status';
import { assertIsoDate } from '../rules/iso-date';
import { survivesTermination } from '../rules/survival';
import { checkTermination } from '../rules/termination-grounds';
import { currentStatus } from './contract.service';
import { governingContractOf, lockVisibleContract, partiesOf } from './contract-access';
import { mutate, type AuditRecord } from './transaction';

export interface Termination {
  contractId: string;
  terminatedOn: string;
  ground: string;
  /** The article the termination rests on, e.g. "TIC 11.2" or "JVC Art. 104". */
  article: string;
}

/**
 * Terminates a contract and applies survival in the same transaction: obligations under
 * surviving articles stay open (TIC 11.6, 8.7, 12.2; JVC Art. 96, 100, for two years),
 * every other open obligation closes.
 */
export function terminateContract(
  ctx: SignedInContext,
  input: Termination,
): Promise<ContractEntity> {
  return mutate(ctx, async (manager) => {
    const contract = await lockVisibleContract(ctx, manager, input.contractId);
    const governing = await governingContractOf(manager, contract);
    const terminatedOn = assertIsoDate({ field: 'terminatedOn', value: input.terminatedOn });
    if (terminatedOn > ctx.today)
      throw new BadInputError('terminatedOn', 'cannot be in the future');
    const startedOn = contract.effectiveOn ?? contract.signedOn;
    if (startedOn && terminatedOn < startedOn) {
      throw new BadInputError(
        'terminatedOn',
        `cannot be before ${startedOn}, when the contract began`,
      );
    }
    const caller = (await partiesOf(manager, contract.id)).find(
      (p) => p.partyCode === ctx.user.party,
    );
    const ground = checkTermination({
      governingContract: governing,
      citedArticle: input.article,
      party: ctx.user.party,
      signatory: caller?.signatory ?? false,
    });
    if (!ground.allowed) {
      raise({ kind: ground.field === 'party' ? 'party' : 'input', ...ground, field: 'article' });
    }
    const transition = statusTransition({
      governingContract: governing,
      from: currentStatus(contract, ctx.today),
      to: 'TERMINATED',
    });
    if (!transition.allowed) throw new ConflictError(transition.reason, transition.article);

    const update = {
      status: 'TERMINATED' as const,
      terminatedOn,
      terminationGround: input.ground,
      terminationArticle: input.article,
    };
    await manager.getRepository(ContractEntity).update({ id: contract.id }, update);
    await manager.getRepository(ContractStatusChangeEntity).insert({
      contractId: contract.id,
      fromStatus: contract.status,
      toStatus: 'TERMINATED',
      changedOn: terminatedOn,
      article: input.article,
      reason: input.ground,
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
    for (const obligation of await obligations.findBy({
      contractId: contract.id,
      status: 'OPEN',
    })) {
      const survival = survivesTermination({
        governingContract: governing,
        article: articleNumber({ citation: obligation.article }),
        terminatedOn,
      });
      const change = survival.survives
        ? { survivesUntil: survival.until }
        : {
            status: 'CLOSED' as const,
            closedReason: `Closed by termination on ${terminatedOn}: ${survival.reason}`,
          };
      await obligations.update({ id: obligation.id }, change);
      audit.push({
        operation: survival.survives ? 'obligationSurvives' : 'closeObligation',
        entity: 'Obligation',
        entityId: obligation.id,
        before: { status: obligation.status, survivesUntil: obligation.survivesUntil },
        after: {
          status: survival.survives ? 'OPEN' : 'CLOSED',
          survivesUntil: survival.until,
          article: survival.article,
        },
      });
    }
    return { result: { ...contract, ...update }, audit };
  });
}

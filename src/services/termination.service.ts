import type { SignedInContext } from '../auth/context';
import { ContractEntity, ContractStatusChangeEntity, ObligationEntity } from '../entities';
import { BadInputError, ConflictError } from '../errors';
import { articleNumber } from '../rules/article-reference';
import { statusTransition } from '../rules/contract-status';
import { assertIsoDate } from '../rules/iso-date';
import { survivesTermination } from '../rules/survival';
import { terminationArticles } from '../rules/termination-grounds';
import { today } from './clock';
import { governingContractOf, lockVisibleContract } from './contract-access';
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
    if (terminatedOn > today()) throw new BadInputError('terminatedOn', 'cannot be in the future');
    const startedOn = contract.effectiveOn ?? contract.signedOn;
    if (startedOn && terminatedOn < startedOn) {
      throw new BadInputError(
        'terminatedOn',
        `cannot be before ${startedOn}, when the contract began`,
      );
    }
    const allowedArticles = terminationArticles({ governingContract: governing });
    // "TIC 11.2" and "TIC 11.2(a)" cite TIC 11.2; "TIC 11.25" or "TIC 11.2.1" do not.
    const cites = (allowed: string) =>
      input.article.startsWith(allowed) && !/^[\d.]/.test(input.article.slice(allowed.length));
    if (!allowedArticles.some(cites)) {
      throw new BadInputError(
        'article',
        `${input.article} is not a termination article of the ${governing}; use one of ${allowedArticles.join(', ')}`,
      );
    }
    const transition = statusTransition({
      governingContract: governing,
      from: contract.status,
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

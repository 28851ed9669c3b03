import type { EntityManager } from 'typeorm';
import { ConfidentialItemEntity, ObligationEntity, type ContractEntity } from '../../entities';
import type { GoverningContract } from '../../rules/citation';
import { rollPeriodEnd } from '../../rules/period-end';
import { instanceOf } from '../obligation-schedule';
import type { AuditRecord } from '../transaction';
import { recomputeProtection } from './protection';

/**
 * TIC 11.5: "immediately after the date of termination, Licensee shall, at Valence's direction,
 * destroy, or return to Valence, all copies … [and] certify in writing the return or
 * destruction". The clause as a standing template: each Valence item the Licensee holds gets
 * its own dated copy (`instanceOf`), performed with the written certificate as evidence.
 */
const RETURN_OR_DESTROY = {
  id: null,
  code: 'TIC-11.5-return-or-destroy',
  obligorParty: 'JV',
  beneficiaryParties: ['VALENCE'],
  description:
    "Return to Valence or destroy, at Valence's direction, every copy of this confidential item, and certify it in writing",
  article: 'TIC 11.5',
  dueRule: 'immediately after the date of termination; the written certificate is the evidence',
  triggerKind: null,
  offsetYears: 0,
  offsetMonths: 0,
  offsetDays: 0,
  offsetWorkingDays: 0,
  conditionEventKind: null,
  conditionArticle: null,
  nature: 'DUTY',
} as const;

/**
 * What a termination changes in the registers, in its transaction: the protection of every
 * item disclosed under the contract is recomputed (TIC 8.7; JVC Art. 96, 100), and after the
 * TIC's termination the Licensee owes the return or destruction of each Valence item (TIC 11.5).
 */
export async function onTermination(
  manager: EntityManager,
  contract: Pick<ContractEntity, 'id' | 'code' | 'termStartsOn' | 'termYears'>,
  governing: GoverningContract,
  terminatedOn: string,
): Promise<AuditRecord[]> {
  const audit = await recomputeProtection(manager, contract, governing, terminatedOn);
  if (contract.code !== 'TIC') return audit;
  const items = await manager.getRepository(ConfidentialItemEntity).find({
    where: { contractId: contract.id, disclosingParty: 'VALENCE', receivingParty: 'JV' },
    select: { id: true, title: true },
    order: { registeredAt: 'ASC' },
  });
  const due = rollPeriodEnd({ date: terminatedOn, governingContract: governing });
  const template = { ...RETURN_OR_DESTROY, contractId: contract.id } as unknown as ObligationEntity;
  const repository = manager.getRepository(ObligationEntity);
  // Every item's copy in one statement, in the items' order.
  const obligations = await repository.save(
    items.map((item) =>
      repository.create({
        ...instanceOf(template, item.id, due),
        description: `${RETURN_OR_DESTROY.description}: "${item.title}"`,
      }),
    ),
  );
  return audit.concat(
    obligations.map((obligation, i) => ({
      operation: 'scheduleObligation',
      entity: 'Obligation',
      entityId: obligation.id,
      before: null,
      after: { code: obligation.code, dueOn: obligation.dueOn, itemId: items[i].id },
    })),
  );
}

import type { EntityManager } from 'typeorm';
import type { ContractEntity } from '../../entities';
import { ConfidentialItemEntity } from '../../entities';
import type { GoverningContract } from '../../rules/citation';
import { protectionPeriod } from '../../rules/confidential/protection-period';
import { contractExpiry } from '../contract.service';
import type { AuditRecord } from '../transaction';

/** The protection of an item disclosed under `contract`, as things stand (TIC 8.7; JVC Art. 96, 100). */
export function protectionUnder(
  contract: Pick<ContractEntity, 'code' | 'termStartsOn' | 'termYears' | 'terminatedOn'>,
  governing: GoverningContract,
) {
  return protectionPeriod({
    governingContract: governing,
    termEndsOn: contractExpiry(contract),
    endedEarlyOn: contract.terminatedOn,
  });
}

/**
 * A contract was terminated: every item disclosed under it is protected anew by the rule (a
 * JVC item for two years after the early end; a TIC item still without end), in the
 * termination's transaction. Returns the audit records of the items whose date changed.
 */
export async function recomputeProtection(
  manager: EntityManager,
  contract: Pick<ContractEntity, 'id' | 'code' | 'termStartsOn' | 'termYears'>,
  governing: GoverningContract,
  terminatedOn: string,
): Promise<AuditRecord[]> {
  const protection = protectionUnder({ ...contract, terminatedOn }, governing);
  const repository = manager.getRepository(ConfidentialItemEntity);
  const items = await repository.find({
    where: { contractId: contract.id },
    select: { id: true, protectedUntil: true, protectionRule: true },
  });
  const changed = items.filter(
    (item) => item.protectedUntil !== protection.until || item.protectionRule !== protection.rule,
  );
  if (changed.length === 0) return [];
  await repository.update(
    { contractId: contract.id },
    { protectedUntil: protection.until, protectionRule: protection.rule },
  );
  return changed.map((item) => ({
    operation: 'recomputeProtection',
    entity: 'ConfidentialItem',
    entityId: item.id,
    before: { protectedUntil: item.protectedUntil, protectionRule: item.protectionRule },
    after: { protectedUntil: protection.until, protectionRule: protection.rule },
  }));
}

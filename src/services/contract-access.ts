import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import { ContractEntity, ContractPartyEntity } from '../entities';
import { BadInputError } from '../errors';
import type { GoverningContract } from '../rules/citation';
import { governingContractFrom } from './governing';
import { findVisible } from '../auth/visibility';

/**
 * Loads a contract the caller's party is a party to, locked for the rest of the
 * transaction so that concurrent lifecycle changes to it are serialised; NOT_FOUND otherwise.
 */
export function lockVisibleContract(
  ctx: SignedInContext,
  manager: EntityManager,
  contractId: string,
): Promise<ContractEntity> {
  return findVisible(ctx, manager, 'Contract', contractId, { lock: true });
}

export async function partiesOf(manager: EntityManager, contractId: string) {
  return manager
    .getRepository(ContractPartyEntity)
    .find({ where: { contractId }, order: { partyCode: 'ASC' } });
}

/**
 * Whose notice, cure and survival clauses govern a contract: the TIC's own (TIC 13.3, 11.2,
 * 11.6), the JVC's (JVC Art. 127, 104, 100); an appendix follows the contract it belongs to.
 */
export async function governingContractOf(
  manager: EntityManager,
  contract: ContractEntity,
): Promise<GoverningContract> {
  const governing = await governingContractFrom(contract, (id) =>
    manager.getRepository(ContractEntity).findOneBy({ id }),
  );
  if (governing) return governing;
  throw new BadInputError(
    'contractId',
    `no notice and termination clauses are known for ${contract.code}`,
  );
}

import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import { InsolvencyProceedingEntity, MutualTerminationEntity } from '../entities';
import { whereContractVisibleTo } from './scope';

/**
 * Per-request batching of a contract's termination records (TIC 11.1, 11.3(a)), so that a page
 * of contracts costs one query per relation. Kept per request context and scoped to the
 * caller's party, like services/loaders.ts.
 */
const perRequest = new WeakMap<object, ReturnType<typeof create>>();

function create(ctx: SignedInContext) {
  const party = ctx.user.party;
  const grouped = <T extends { contractId: string }>(contractIds: readonly string[], rows: T[]) =>
    contractIds.map((id) => rows.filter((row) => row.contractId === id));
  return {
    mutualTerminations: new DataLoader<string, MutualTerminationEntity[]>(async (contractIds) => {
      const query = ctx.db
        .getRepository(MutualTerminationEntity)
        .createQueryBuilder('m')
        .where({ contractId: In([...contractIds]) })
        .orderBy('m.proposed_at', 'ASC');
      return grouped(
        contractIds,
        await whereContractVisibleTo(query, 'm.contract_id', party).getMany(),
      );
    }),
    insolvencyProceedings: new DataLoader<string, InsolvencyProceedingEntity[]>(
      async (contractIds) => {
        const query = ctx.db
          .getRepository(InsolvencyProceedingEntity)
          .createQueryBuilder('p')
          .where({ contractId: In([...contractIds]) })
          .orderBy('p.commenced_on', 'ASC');
        return grouped(
          contractIds,
          await whereContractVisibleTo(query, 'p.contract_id', party).getMany(),
        );
      },
    ),
  };
}

export function terminationRecordLoaders(ctx: SignedInContext) {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

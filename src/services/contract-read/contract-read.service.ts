import type { GraphQLResolveInfo } from 'graphql';
import type { SignedInContext } from '../../auth/context';
import type { ContractOrderField } from '../../domain/ordering';
import type { ContractEntity } from '../../entities';
import { NotFoundError } from '../../errors';
import {
  contractOrder,
  filteredContracts,
  getContract,
  listContracts,
  type ContractFilter,
} from '../contract.service';
import { paginate, type OrderRequest, type Page, type PageRequest } from '../pagination';
import { contractJsonSql } from './contract-json-sql';
import { connectionSelection, contractSelection } from './contract-selection';

/**
 * Reads shaped by the selection set: one statement per page (or contract) selects the
 * columns the query asks for, under the same visibility predicate and filter as the entity
 * path, and PostgreSQL nests the parties and articles into each row (json_agg); their field
 * resolvers then read what the row holds. Other nested fields resolve as before, through
 * their loaders and, where they carry one, their policy rule. SELECTION_SHAPED_READS=false
 * turns this off (the entity path answers the same).
 */
export function listContractsFor(
  ctx: SignedInContext,
  filter: ContractFilter,
  page: PageRequest,
  orderBy: OrderRequest<ContractOrderField> | null | undefined,
  info: GraphQLResolveInfo,
): Promise<Page<ContractEntity>> {
  if (!ctx.settings.selectionShapedReads) return listContracts(ctx, filter, page, orderBy);
  const query = filteredContracts(ctx, filter).select(
    contractJsonSql(ctx.db, connectionSelection(info), ctx.user.party),
    'node',
  );
  return paginate(query, page, contractOrder(orderBy), async (q) =>
    (await q.getRawMany<{ node: ContractEntity }>()).map((row) => row.node),
  );
}

/** One contract by id, shaped the same way; NOT_FOUND when the caller may not see it. */
export async function getContractFor(
  ctx: SignedInContext,
  id: string,
  info: GraphQLResolveInfo,
): Promise<ContractEntity> {
  if (!ctx.settings.selectionShapedReads) return getContract(ctx, id);
  const row = await filteredContracts(ctx, {})
    .select(contractJsonSql(ctx.db, contractSelection(info), ctx.user.party), 'node')
    .andWhere('c.id = :id', { id })
    .getRawOne<{ node: ContractEntity }>();
  if (!row) throw new NotFoundError('Contract', id);
  return row.node;
}

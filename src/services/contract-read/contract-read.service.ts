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
import { LRUCache } from 'lru-cache';
import { visibleSql } from '../../auth/visibility';
import { contractJsonSql } from './contract-json-sql';
import {
  connectionSelection,
  contractSelection,
  type ContractSelection,
} from './contract-selection';

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

/**
 * One contract by id, shaped the same way; NOT_FOUND when the caller may not see it. The
 * statement is the same for every request that asks the same fields, so its text is built
 * once per selection and party and sent with positional parameters.
 */
export async function getContractFor(
  ctx: SignedInContext,
  id: string,
  info: GraphQLResolveInfo,
): Promise<ContractEntity> {
  if (!ctx.settings.selectionShapedReads) return getContract(ctx, id);
  const selection = contractSelection(info);
  const party = ctx.user.party;
  const key = `${party}|${selectionKey(selection)}`;
  let sql = oneContractSql.get(key);
  if (!sql) {
    sql = `SELECT ${contractJsonSql(ctx.db, selection, party)} AS node
           FROM contract c WHERE c.id = $2 AND ${visibleSql('Contract', 'c', party)}`.replaceAll(
      ':scopeParty',
      '$1',
    );
    oneContractSql.set(key, sql);
  }
  const [row] = (await ctx.db.query(sql, [party, id])) as Array<{ node: ContractEntity }>;
  if (!row) throw new NotFoundError('Contract', id);
  return row.node;
}

/** Statement texts by party and selection: bounded, as clients choose the selections. */
const oneContractSql = new LRUCache<string, string>({ max: 500 });

function selectionKey(selection: ContractSelection): string {
  const list = (set: Set<string> | null) => (set ? [...set].sort().join(',') : '-');
  return `${list(selection.fields)}|${list(selection.parties)}|${list(selection.articles)}`;
}

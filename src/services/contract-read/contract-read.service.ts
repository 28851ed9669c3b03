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
import { visibleSql } from '../../auth/visibility';
import { contractJsonSql } from './contract-json-sql';
import { memoBySelection } from '../shaped-read/selection-memo';
import { statementTextsOf } from '../shaped-read/statement-text';
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
  const party = ctx.user.party;
  const node = memoBySelection(info, `ContractList|${party}`, () =>
    contractJsonSql(ctx.db, connectionSelection(info), party),
  );
  const texts = statementTextsOf(ctx.db, ctx.settings.verifyStatementTexts);
  return paginate(
    filteredContracts(ctx, filter).select(node, 'node'),
    page,
    contractOrder(orderBy),
    async (q) => (await texts.rawMany<{ node: ContractEntity }>(q)).map((row) => row.node),
  );
}

/**
 * One contract by id, shaped the same way; NOT_FOUND when the caller may not see it. The
 * statement is the same for every request that asks the same fields, so its text is kept
 * with the query's selection (per party) and sent with positional parameters.
 */
export async function getContractFor(
  ctx: SignedInContext,
  id: string,
  info: GraphQLResolveInfo,
): Promise<ContractEntity> {
  if (!ctx.settings.selectionShapedReads) return getContract(ctx, id);
  const party = ctx.user.party;
  const sql = memoBySelection(info, `Contract|${party}`, () =>
    `SELECT ${contractJsonSql(ctx.db, contractSelection(info), party)} AS node
     FROM contract c WHERE c.id = $2 AND ${visibleSql('Contract', 'c', party)}`.replaceAll(
      ':scopeParty',
      '$1',
    ),
  );
  const [row] = (await ctx.db.query(sql, [party, id])) as Array<{ node: ContractEntity }>;
  if (!row) throw new NotFoundError('Contract', id);
  return row.node;
}

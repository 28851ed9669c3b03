import type { GraphQLResolveInfo } from 'graphql';
import type { SignedInContext } from '../../auth/context';
import { raise } from '../../auth/refusal-error';
import { findVisible } from '../../auth/visibility';
import type {
  ConfidentialCategory,
  ConfidentialGroupField,
  ConfidentialityBasis,
  ConfidentialOrderField,
  ConfidentialRegister,
  ConfidentialStatus,
} from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';
import { ConfidentialDocumentEntity, ConfidentialItemEntity } from '../../entities';
import { BadInputError } from '../../errors';
import { checkRegistration } from '../../rules/confidential/item-registration';
import { assertIsoDate } from '../../rules/iso-date';
import { governingContractOf, partiesOf } from '../contract-access';
import { groupedCounts } from '../grouped-counts';
import { keyed } from '../idempotency';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from '../pagination';
import { shapedReader } from '../shaped-read/shaped-rows';
import { mutate } from '../transaction';
import { contentKey, encrypt } from './content-cipher';
import { sealDocuments, sha256, type DocumentInput } from './documents';
import { findItem, scopedItems } from './item-scope';
import { ITEM_SHAPE } from './item-shape';
import { protectionUnder } from './protection';

export interface RegisterItem {
  title: string;
  summary: string;
  receivingParty: PartyCode;
  contractId: string;
  article: string;
  basis: ConfidentialityBasis;
  disclosedOn: string;
  advisedOn?: string | null;
  confirmedInWritingOn?: string | null;
  category: ConfidentialCategory;
  valenceTechnology?: boolean | null;
  eccn?: string | null;
  content?: string | null;
  documents?: DocumentInput[] | null;
  idempotencyKey?: string | null;
}

/**
 * The disclosing party registers what it disclosed (TIC 1.3; JVC Art. 96): checked by a pure
 * rule, its content and documents encrypted, its protection computed from the contract.
 */
export function registerConfidentialItem(
  ctx: SignedInContext,
  input: RegisterItem,
): Promise<ConfidentialItemEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const contract = await findVisible(ctx, manager, 'Contract', input.contractId);
      const parties = (await partiesOf(manager, contract.id)).map((p) => p.partyCode);
      const disclosedOn = assertIsoDate({ field: 'disclosedOn', value: input.disclosedOn });
      const checked = checkRegistration({
        disclosingParty: ctx.user.party,
        receivingParty: input.receivingParty,
        contractParties: parties,
        basis: input.basis,
        disclosedOn,
        advisedOn: input.advisedOn ?? null,
        confirmedInWritingOn: input.confirmedInWritingOn ?? null,
        valenceTechnology: input.valenceTechnology ?? false,
        category: input.category,
        today: ctx.today,
      });
      if (!checked.ok) raise(checked.refusal);
      if (!input.content && !input.documents?.length) {
        throw new BadInputError('content', 'give the protected content as text or documents');
      }
      const key = contentKey(ctx.settings);
      const documents = sealDocuments(
        input.documents ?? [],
        key,
        ctx.settings.confidential.maxDocumentBytes,
      );
      const protection = protectionUnder(contract, await governingContractOf(manager, contract));
      const repository = manager.getRepository(ConfidentialItemEntity);
      const content = input.content ? Buffer.from(input.content, 'utf8') : null;
      const { identifiers } = await repository.insert({
        title: input.title,
        summary: input.summary,
        disclosingParty: ctx.user.party,
        receivingParty: input.receivingParty,
        contractId: contract.id,
        article: input.article,
        basis: input.basis,
        disclosedOn,
        advisedOn: input.advisedOn ?? null,
        confirmedInWritingOn: input.confirmedInWritingOn ?? null,
        category: input.category,
        valenceTechnology: input.valenceTechnology ?? false,
        eccn: input.eccn?.trim().toUpperCase() || null,
        status: 'PROTECTED',
        contentCipher: content ? encrypt(key, content) : null,
        contentSha256: content ? sha256(content) : null,
        protectedUntil: protection.until,
        protectionRule: protection.rule,
        registeredBy: ctx.user.id,
      });
      const id = (identifiers[0] as { id: string }).id;
      if (documents.length > 0) {
        await manager
          .getRepository(ConfidentialDocumentEntity)
          .insert(documents.map((document) => ({ ...document, itemId: id })));
      }
      const item = await findItem(ctx, manager, id);
      return {
        result: item,
        audit: {
          operation: 'registerConfidentialItem',
          entity: 'ConfidentialItem',
          entityId: id,
          before: null,
          // The trail names the item, never its content.
          after: {
            title: item.title,
            receivingParty: item.receivingParty,
            category: item.category,
            valenceTechnology: item.valenceTechnology,
            documents: documents.map((d) => d.sha256),
          },
        },
      };
    },
    keyed(
      'registerConfidentialItem',
      input,
      (item) => item.id,
      (manager, id) => findItem(ctx, manager, id),
    ),
  );
}

export interface ItemFilter {
  register?: ConfidentialRegister | null;
  category?: ConfidentialCategory | null;
  status?: ConfidentialStatus | null;
  contractId?: string | null;
  /** Words of the title or the summary (never the protected content). */
  search?: string | null;
}

function filtered(ctx: SignedInContext, filter: ItemFilter) {
  const query = scopedItems(ctx, ctx.db.manager, 'item');
  if (filter.register === 'DISCLOSED') {
    query.andWhere('item.disclosing_party = :me', { me: ctx.user.party });
  } else if (filter.register === 'RECEIVED') {
    query.andWhere('item.receiving_party = :me', { me: ctx.user.party });
  }
  if (filter.category) query.andWhere('item.category = :category', { category: filter.category });
  if (filter.status) query.andWhere('item.status = :status', { status: filter.status });
  if (filter.contractId) {
    query.andWhere('item.contract_id = :contractId', { contractId: filter.contractId });
  }
  const search = filter.search?.trim();
  if (search) {
    if (search.length > 200) throw new BadInputError('filter.search', 'at most 200 characters');
    query.andWhere(`(item.title || ' ' || item.summary) ILIKE :search`, {
      search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    });
  }
  return query;
}

const ITEM_ORDER: Record<ConfidentialOrderField, SortKey<ConfidentialItemEntity>> = {
  // Timestamps compare at the millisecond a cursor can carry (JavaScript dates).
  REGISTERED_AT: {
    column: `date_trunc('milliseconds', item.registered_at)`,
    valueOf: (i) => i.registeredAt.toISOString(),
  },
  TITLE: { column: 'item.title', valueOf: (i) => i.title },
  DISCLOSED_ON: { column: 'item.disclosed_on', valueOf: (i) => i.disclosedOn },
};

/**
 * The caller's registers: what its party disclosed and what it received, newest first; with
 * the query's `info`, each item is read shaped by its selection (services/shaped-read).
 */
export function listConfidentialItems(
  ctx: SignedInContext,
  filter: ItemFilter,
  page: PageRequest,
  orderBy?: OrderRequest<ConfidentialOrderField> | null,
  info?: GraphQLResolveInfo,
): Promise<Page<ConfidentialItemEntity>> {
  return paginate(
    filtered(ctx, filter),
    page,
    keysetOrder(
      ITEM_ORDER,
      { column: 'item.id', valueOf: (i) => i.id },
      orderBy ?? { field: 'REGISTERED_AT', direction: 'DESC' },
    ),
    shapedReader(ctx, ITEM_SHAPE, info, 'item'),
  );
}

export function getConfidentialItem(ctx: SignedInContext, id: string) {
  return findItem(ctx, ctx.db.manager, id);
}

const GROUP_COLUMNS: Record<ConfidentialGroupField, string> = {
  DISCLOSING_PARTY: 'item.disclosing_party',
  RECEIVING_PARTY: 'item.receiving_party',
  CATEGORY: 'item.category',
  STATUS: 'item.status',
};

/** Counts for dashboards: the same scope and filter as the list, in one statement. */
export async function countConfidentialItems(
  ctx: SignedInContext,
  filter: ItemFilter,
  groupBy: readonly ConfidentialGroupField[],
) {
  const rows = await groupedCounts(filtered(ctx, filter), GROUP_COLUMNS, groupBy);
  return rows.map((row) => ({
    disclosingParty: (row.DISCLOSING_PARTY ?? null) as PartyCode | null,
    receivingParty: (row.RECEIVING_PARTY ?? null) as PartyCode | null,
    category: (row.CATEGORY ?? null) as ConfidentialCategory | null,
    status: (row.STATUS ?? null) as ConfidentialStatus | null,
    count: row.count,
  }));
}

import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../auth/principal';
import { visibleQuery, type EntityOf, type ScopedEntity } from '../auth/visibility';
import type { PartyCode } from '../domain/parties';
import {
  PartyEntity,
  type ArticleEntity,
  type ContractEntity,
  type ContractPartyEntity,
} from '../entities';
import { seesEveryItem } from './confidential/item-scope';
import { ITEM_SHAPE } from './confidential/item-shape';
import { orderedBy } from './shaped-read/shaped-rows';
import type { TicEnd } from '../rules/trademarks/cessation';
import { ticEndsAsOf } from './trademarks/cessation.service';
import { MARK_SHAPE } from './trademarks/mark-shape';
// Sublicensed suppliers (issue 14)
import { supplierLoaders } from './suppliers/supplier-loaders';

/**
 * One set of DataLoaders per request, so nested relations cost one query per relation per
 * request, whatever the page size. Every loader that reaches contract rows reads through the
 * visibility predicates (auth/visibility.ts), so a batch never holds a row the caller may not
 * see.
 */
export function createLoaders(db: DataSource, user: AuthenticatedUser | null) {
  const party: PartyCode | null = user?.party ?? null;

  /** The visible rows of `entity` whose `keyColumn` is one of the keys, grouped by key. */
  const grouped = <E extends ScopedEntity>(
    entity: E,
    keyColumn: string,
    keyOf: (row: EntityOf<E>) => string,
    order: (query: SelectQueryBuilder<EntityOf<E>>) => SelectQueryBuilder<EntityOf<E>>,
  ) =>
    new DataLoader<string, Array<EntityOf<E>>>(async (keys) => {
      if (!party) return keys.map(() => []);
      const query = visibleQuery(db.manager, entity, 'row', party);
      query.andWhere(`row.${keyColumn} IN (:...keys)`, { keys });
      return groupedBy(keys, await order(query).getMany(), keyOf);
    });

  /**
   * A slice of each contract's articles in document order — those after `afterPosition`, at
   * most `first` — for many contracts in one statement (a window function numbers each
   * contract's articles). One loader per slice asked for in the request.
   */
  const articleSlices = new Map<string, DataLoader<string, ArticleEntity[]>>();
  const articleSlice = (first: number, afterPosition: number) => {
    const key = `${first}|${afterPosition}`;
    let loader = articleSlices.get(key);
    if (!loader) {
      loader = new DataLoader<string, ArticleEntity[]>(async (contractIds) => {
        if (!party) return contractIds.map(() => []);
        const ranked = visibleQuery(db.manager, 'Article', 'row', party)
          .select('row.id', 'id')
          .addSelect(
            'row_number() OVER (PARTITION BY row.contract_id ORDER BY row.position)',
            'rank',
          )
          .andWhere('row.contract_id IN (:...contractIds)', { contractIds })
          .andWhere('row.position > :afterPosition', { afterPosition });
        const rows = await visibleQuery(db.manager, 'Article', 'a', party)
          .andWhere(
            `a.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked
                               WHERE ranked.rank <= :first)`,
          )
          .setParameters({ ...ranked.getParameters(), first })
          .orderBy('a.position')
          .getMany();
        return groupedBy(contractIds, rows, (row) => row.contractId);
      });
      articleSlices.set(key, loader);
    }
    return loader;
  };

  return {
    articleSlice,
    contract: new DataLoader<string, ContractEntity | null>(async (ids) => {
      if (!party) return ids.map(() => null);
      const rows = await visibleQuery(db.manager, 'Contract', 'row', party)
        .andWhere('row.id IN (:...ids)', { ids })
        .getMany();
      return byKey(ids, rows, (row) => row.id);
    }),
    /** A contract by the code citations name it by ("TIC", "JVC"), if the caller may see it. */
    contractByCode: new DataLoader<string, ContractEntity | null>(async (codes) => {
      if (!party) return codes.map(() => null);
      const rows = await visibleQuery(db.manager, 'Contract', 'row', party)
        .andWhere('row.code IN (:...codes)', { codes })
        .getMany();
      return byKey(codes, rows, (row) => row.code);
    }),
    /** One article by "contractId|number", for citations that link to their article. */
    articleByNumber: new DataLoader<string, ArticleEntity | null>(async (keys) => {
      if (!party) return keys.map(() => null);
      const pairs = keys.map((key) => key.split('|'));
      const rows = await visibleQuery(db.manager, 'Article', 'row', party)
        .andWhere(
          '(row.contract_id, row.number) IN (SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:numbers AS text[])))',
          {
            ids: pairs.map(([id]) => id),
            numbers: pairs.map(([, number]) => number),
          },
        )
        .getMany();
      return byKey(keys, rows, (row) => `${row.contractId}|${row.number}`);
    }),
    /** Each contract's parties with their roles, the party's row joined in: one statement. */
    contractParties: grouped(
      'ContractParty',
      'contract_id',
      (row) => row.contractId,
      (q) =>
        q
          .innerJoinAndMapOne('row.party', PartyEntity, 'party', 'party.code = row.party_code')
          .orderBy('row.party_code'),
    ) as DataLoader<string, Array<ContractPartyEntity & { party: PartyEntity }>>,
    articles: grouped(
      'Article',
      'contract_id',
      (row) => row.contractId,
      (q) => q.orderBy('row.position'),
    ),
    keyTerms: grouped(
      'KeyTerm',
      'contract_id',
      (row) => row.contractId,
      (q) => q.orderBy('row.name').addOrderBy('row.article'),
    ),
    events: grouped(
      'ContractEvent',
      'contract_id',
      (row) => row.contractId,
      (q) => q.orderBy('row.occurred_on').addOrderBy('row.recorded_at'),
    ),
    amendments: grouped(
      'Amendment',
      'contract_id',
      (row) => row.contractId,
      (q) => q.orderBy('row.proposed_at'),
    ),
    amendmentSignatures: grouped(
      'AmendmentSignature',
      'amendment_id',
      (row) => row.amendmentId,
      (q) => q.orderBy('row.signed_on'),
    ),
    mutualTerminations: grouped(
      'MutualTermination',
      'contract_id',
      (row) => row.contractId,
      (q) => q.orderBy('row.proposed_at'),
    ),
    insolvencyProceedings: grouped(
      'InsolvencyProceeding',
      'contract_id',
      (row) => row.contractId,
      (q) => q.orderBy('row.commenced_on'),
    ),
    statusHistory: grouped(
      'ContractStatusChange',
      'contract_id',
      (row) => row.contractId,
      (q) => q.orderBy('row.recorded_at'),
    ),
    // Confidential-information registers (issue 13): what hangs on an item, by item.
    confidentialDocuments: grouped(
      'ConfidentialDocument',
      'item_id',
      (row) => row.itemId,
      orderedBy(ITEM_SHAPE.nested.documents.many.orderBy),
    ),
    // On the receiving side, a user who is neither LEGAL nor COMPLIANCE sees only its own grants.
    needToKnowGrants: grouped(
      'NeedToKnowGrant',
      'item_id',
      (row) => row.itemId,
      (q) =>
        (user && seesEveryItem(user)
          ? q
          : q.andWhere(
              `(row.user_id = :grantViewer OR EXISTS (SELECT 1 FROM confidential_item own_ci
                 WHERE own_ci.id = row.item_id AND own_ci.disclosing_party = :scopeParty))`,
              { grantViewer: user?.id },
            )
        )
          .orderBy('row.granted_at')
          .addOrderBy('row.id'),
    ),
    disclosureRequests: grouped(
      'DisclosureRequest',
      'item_id',
      (row) => row.itemId,
      (q) => q.orderBy('row.requested_at').addOrderBy('row.id'),
    ),
    exceptionClaims: grouped(
      'ExceptionClaim',
      'item_id',
      (row) => row.itemId,
      (q) => q.orderBy('row.claimed_at').addOrderBy('row.id'),
    ),
    // Trademark uses (issue 15): a mark's registrations and renderings, one statement each.
    markRegistrations: grouped(
      'TrademarkRegistration',
      'mark_id',
      (row) => row.markId,
      orderedBy(MARK_SHAPE.nested.registrations.many.orderBy),
    ),
    markRenderings: grouped(
      'TrademarkRendering',
      'mark_id',
      (row) => row.markId,
      orderedBy(MARK_SHAPE.nested.renderings.many.orderBy),
    ),
    /** How the TIC has ended as of a day (a use's statusOn): the TIC read once per batch. */
    ticEnd: new DataLoader<string, TicEnd | null>((days) => ticEndsAsOf(db.manager, days)),
    // Reminders and alerts (issue 16): a delivery's attempts, in order.
    webhookAttempts: grouped(
      'WebhookAttempt',
      'delivery_id',
      (row) => row.deliveryId,
      (q) => q.orderBy('row.attempt'),
    ),
    // Sublicensed suppliers (issue 14)
    ...supplierLoaders(db, party, grouped),
  };
}

function groupedBy<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export type Loaders = ReturnType<typeof createLoaders>;

function byKey<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): Array<T | null> {
  const found = new Map<K, T>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../auth/principal';
import { visibleQuery, type EntityOf, type ScopedEntity } from '../auth/visibility';
import type { PartyCode } from '../domain/parties';
import { PartyEntity, type ArticleEntity, type ContractEntity } from '../entities';

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

  return {
    party: new DataLoader<PartyCode, PartyEntity | null>(async (codes) => {
      const rows = await db.getRepository(PartyEntity).findBy(codes.map((code) => ({ code })));
      return byKey(codes, rows, (row) => row.code);
    }),
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
    contractParties: grouped(
      'ContractParty',
      'contract_id',
      (row) => row.contractId,
      (q) => q.orderBy('row.party_code'),
    ),
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

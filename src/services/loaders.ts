import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/principal';
import type { PartyCode } from '../domain/parties';
import {
  AmendmentEntity,
  AmendmentSignatureEntity,
  ArticleEntity,
  ContractEntity,
  ContractPartyEntity,
  ContractEventEntity,
  ContractStatusChangeEntity,
  KeyTermEntity,
  PartyEntity,
} from '../entities';
import { whereContractVisibleTo } from './scope';

/**
 * One set of DataLoaders per request, so nested relations cost one query per relation per
 * request, whatever the page size. Loaders that reach contract rows carry the caller's
 * party scope in their SQL.
 */
export function createLoaders(db: DataSource, user: AuthenticatedUser | null) {
  const party: PartyCode | null = user?.party ?? null;
  return {
    party: new DataLoader<PartyCode, PartyEntity | null>(async (codes) => {
      const rows = await db.getRepository(PartyEntity).findBy(codes.map((code) => ({ code })));
      return byKey(codes, rows, (row) => row.code);
    }),
    contract: new DataLoader<string, ContractEntity | null>(async (ids) => {
      if (!party) return ids.map(() => null);
      const query = db
        .getRepository(ContractEntity)
        .createQueryBuilder('contract')
        .where('contract.id IN (:...ids)', { ids });
      const rows = await whereContractVisibleTo(query, 'contract.id', party).getMany();
      return byKey(ids, rows, (row) => row.id);
    }),
    contractParties: new DataLoader<string, ContractPartyEntity[]>(async (contractIds) => {
      if (!party) return contractIds.map(() => []);
      const query = db
        .getRepository(ContractPartyEntity)
        .createQueryBuilder('cp')
        .where('cp.contract_id IN (:...contractIds)', { contractIds })
        .orderBy('cp.party_code');
      const rows = await whereContractVisibleTo(query, 'cp.contract_id', party).getMany();
      return groupedBy(contractIds, rows, (row) => row.contractId);
    }),
    articles: new DataLoader<string, ArticleEntity[]>(async (contractIds) => {
      if (!party) return contractIds.map(() => []);
      const query = db
        .getRepository(ArticleEntity)
        .createQueryBuilder('article')
        .where('article.contract_id IN (:...contractIds)', { contractIds })
        .orderBy('article.position');
      const rows = await whereContractVisibleTo(query, 'article.contract_id', party).getMany();
      return groupedBy(contractIds, rows, (row) => row.contractId);
    }),
    keyTerms: new DataLoader<string, KeyTermEntity[]>(async (contractIds) => {
      if (!party) return contractIds.map(() => []);
      const query = db
        .getRepository(KeyTermEntity)
        .createQueryBuilder('term')
        .where('term.contract_id IN (:...contractIds)', { contractIds })
        .orderBy('term.name')
        .addOrderBy('term.article');
      const rows = await whereContractVisibleTo(query, 'term.contract_id', party).getMany();
      return groupedBy(contractIds, rows, (row) => row.contractId);
    }),
    events: new DataLoader<string, ContractEventEntity[]>(async (contractIds) => {
      if (!party) return contractIds.map(() => []);
      const query = db
        .getRepository(ContractEventEntity)
        .createQueryBuilder('event')
        .where('event.contract_id IN (:...contractIds)', { contractIds })
        .orderBy('event.occurred_on')
        .addOrderBy('event.recorded_at');
      const rows = await whereContractVisibleTo(query, 'event.contract_id', party).getMany();
      return groupedBy(contractIds, rows, (row) => row.contractId);
    }),
    amendments: new DataLoader<string, AmendmentEntity[]>(async (contractIds) => {
      if (!party) return contractIds.map(() => []);
      const query = db
        .getRepository(AmendmentEntity)
        .createQueryBuilder('amendment')
        .where('amendment.contract_id IN (:...contractIds)', { contractIds })
        .orderBy('amendment.proposed_at');
      const rows = await whereContractVisibleTo(query, 'amendment.contract_id', party).getMany();
      return groupedBy(contractIds, rows, (row) => row.contractId);
    }),
    amendmentSignatures: new DataLoader<string, AmendmentSignatureEntity[]>(
      async (amendmentIds) => {
        if (!party) return amendmentIds.map(() => []);
        const query = db
          .getRepository(AmendmentSignatureEntity)
          .createQueryBuilder('signature')
          .innerJoin(AmendmentEntity, 'amendment', 'amendment.id = signature.amendment_id')
          .where('signature.amendment_id IN (:...amendmentIds)', { amendmentIds })
          .orderBy('signature.signed_on');
        const rows = await whereContractVisibleTo(query, 'amendment.contract_id', party).getMany();
        return groupedBy(amendmentIds, rows, (row) => row.amendmentId);
      },
    ),
    statusHistory: new DataLoader<string, ContractStatusChangeEntity[]>(async (contractIds) => {
      if (!party) return contractIds.map(() => []);
      const query = db
        .getRepository(ContractStatusChangeEntity)
        .createQueryBuilder('change')
        .where('change.contract_id IN (:...contractIds)', { contractIds })
        .orderBy('change.recorded_at');
      const rows = await whereContractVisibleTo(query, 'change.contract_id', party).getMany();
      return groupedBy(contractIds, rows, (row) => row.contractId);
    }),
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

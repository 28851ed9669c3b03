import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PartyCode } from '../domain/parties';

/**
 * Row scoping for contracts, in SQL: a party sees a contract only if it is a party to it
 * (the JV is recorded as a party of the JVC that constitutes it). Every path to a contract
 * or its rows (list, by id, nested, search) goes through this predicate, so a row outside
 * the caller's scope is simply not found.
 */
export function whereContractVisibleTo<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  contractIdColumn: string,
  party: PartyCode,
): SelectQueryBuilder<T> {
  return query.andWhere(
    `EXISTS (SELECT 1 FROM contract_party scope_cp
             WHERE scope_cp.contract_id = ${contractIdColumn} AND scope_cp.party_code = :scopeParty)`,
    { scopeParty: party },
  );
}

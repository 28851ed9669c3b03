import { registerEnumType } from 'type-graphql';
import {
  CONTRACT_KINDS,
  CONTRACT_STATUSES,
  EVENT_KINDS,
  KEY_TERM_KINDS,
  NOTICE_KINDS,
  NOTICE_METHODS,
  OBLIGATION_STATUSES,
  PERIOD_UNITS,
  type ContractKind,
  type ContractStatus,
  type EventKind,
  type KeyTermKind,
  type NoticeKind,
  type NoticeMethod,
  type ObligationStatus,
  type PeriodUnit,
} from '../domain/contracts';

import { PARTY_CODES, ROLES, type PartyCode, type Role } from '../domain/parties';

/** { A: 'A', B: 'B' } from ['A', 'B']: the shape registerEnumType takes. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

/** GraphQL enums built from the domain's closed sets, so the two cannot drift apart. */
export const PartyCodeEnum = enumObject<PartyCode>(PARTY_CODES);
export const RoleEnum = enumObject<Role>(ROLES);

registerEnumType(PartyCodeEnum, {
  name: 'PartyCode',
  description: 'VALENCE (licensor), FENGFAN (JVC Party A) or JV (the licensee company)',
});
registerEnumType(RoleEnum, { name: 'Role', description: "A user's role within its party" });

export const ContractKindEnum = enumObject<ContractKind>(CONTRACT_KINDS);
export const ContractStatusEnum = enumObject<ContractStatus>(CONTRACT_STATUSES);
export const NoticeKindEnum = enumObject<NoticeKind>(NOTICE_KINDS);
export const NoticeMethodEnum = enumObject<NoticeMethod>(NOTICE_METHODS);
export const EventKindEnum = enumObject<EventKind>(EVENT_KINDS);
export const ObligationStatusEnum = enumObject<ObligationStatus>(OBLIGATION_STATUSES);
export const KeyTermKindEnum = enumObject<KeyTermKind>(KEY_TERM_KINDS);
export const PeriodUnitEnum = enumObject<PeriodUnit>(PERIOD_UNITS);
export const FindingStatusEnum = enumObject(['PASS', 'FAIL', 'WARN', 'INFO'] as const);

registerEnumType(ContractKindEnum, { name: 'ContractKind' });
registerEnumType(ContractStatusEnum, {
  name: 'ContractStatus',
  description: 'DRAFT → SIGNED → EFFECTIVE → TERMINATED or EXPIRED',
});
registerEnumType(NoticeKindEnum, { name: 'NoticeKind' });
registerEnumType(NoticeMethodEnum, {
  name: 'NoticeMethod',
  description: 'COURIER and POST: 14 days; FAX (and EMAIL under the JVC): 1 working day',
});
registerEnumType(EventKindEnum, { name: 'EventKind' });
registerEnumType(ObligationStatusEnum, {
  name: 'ObligationStatus',
  description: 'MISSED: still OPEN after its due date',
});
registerEnumType(KeyTermKindEnum, { name: 'KeyTermKind' });
registerEnumType(PeriodUnitEnum, { name: 'PeriodUnit' });
registerEnumType(FindingStatusEnum, { name: 'FindingStatus' });

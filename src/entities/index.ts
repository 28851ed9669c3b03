import { ArticleEntity } from './article.entity';
import { AuditEventEntity } from './audit-event.entity';
import { ContractPartyEntity } from './contract-party.entity';
import { ContractEntity } from './contract.entity';
import { PartyEntity } from './party.entity';
import { UserEntity } from './user.entity';

export {
  ArticleEntity,
  AuditEventEntity,
  ContractEntity,
  ContractPartyEntity,
  PartyEntity,
  UserEntity,
};

/** Every entity the DataSource maps; later capabilities add theirs here. */
export const ENTITIES = [
  PartyEntity,
  UserEntity,
  ContractEntity,
  ContractPartyEntity,
  ArticleEntity,
  AuditEventEntity,
];

/**
 * Who sees which row, as SQL: one predicate per scoped entity, applied inside every query
 * that reads it (lists, by id, nested loaders, locked lookups), so a row outside the caller's
 * scope is simply not found — never read and then filtered.
 *
 * - A contract and its articles, key terms, amendments and status history: the parties to
 *   the contract (the JV reads the JVC that constitutes it).
 * - A notice: its sender and its recipients (TIC 13.3; JVC Art. 127). A TIC 7.1 notice
 *   between the JV and Valence describes Technology Fengfan may not have (TIC 2.8).
 * - An obligation: its obligor and its beneficiaries; a standing template (a clause whose
 *   parties depend on the occasion) is seen by every party to the contract.
 * - An event: the parties it concerns (rules/event-recorders.ts names them per kind).
 * - An export check: the party that ran it; Valence also every check involving its
 *   Technology (TIC 10.1, 12.2). A licence: Valence, which holds it (TIC 4.1), and the parties
 *   it covers. A classification: products for everyone; the Technology, its documents and
 *   confidential information not for Fengfan (TIC 2.8; rules/export/technology-items.ts).
 */
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PartyCode } from '../domain/parties';
import {
  AmendmentEntity,
  AmendmentSignatureEntity,
  ArticleEntity,
  ContractEntity,
  ContractEventEntity,
  ContractPartyEntity,
  ContractStatusChangeEntity,
  ExportCheckEntity,
  ExportLicenceEntity,
  InsolvencyProceedingEntity,
  MutualTerminationEntity,
  ItemClassificationEntity,
  KeyTermEntity,
  NoticeEntity,
  ObligationEntity,
  // Confidential-information registers (issue 13)
  ConfidentialAccessEntity,
  ConfidentialDocumentEntity,
  ConfidentialItemEntity,
  DisclosureRequestEntity,
  ExceptionClaimEntity,
  NeedToKnowGrantEntity,
  TrademarkEntity,
  TrademarkLicenceEntity,
  TrademarkRegistrationEntity,
  TrademarkRenderingEntity,
  TrademarkUseEntity,
  AlertEntity,
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEntity,
  OwnershipLinkEntity,
  SublicenseTransferEntity,
  SupplierEntity,
  SupplierScreeningEntity,
  SupplierSublicenseEntity,
  CalendarFeedEntity,
} from '../entities';
import { NotFoundError } from '../errors';
import { classificationKindsVisibleTo } from '../rules/export/technology-items';

/** SQL that is true when the row aliased `alias` is visible to the party `:scopeParty`. */
type Predicate = (alias: string, party: PartyCode) => string;

const contractVisible =
  (contractIdColumn: string): Predicate =>
  (alias) =>
    `EXISTS (SELECT 1 FROM contract_party scope_cp
             WHERE scope_cp.contract_id = ${alias}.${contractIdColumn}
               AND scope_cp.party_code = :scopeParty)`;

const VISIBILITY = {
  Contract: { entity: ContractEntity, visible: contractVisible('id') },
  ContractParty: { entity: ContractPartyEntity, visible: contractVisible('contract_id') },
  Article: { entity: ArticleEntity, visible: contractVisible('contract_id') },
  KeyTerm: { entity: KeyTermEntity, visible: contractVisible('contract_id') },
  Amendment: { entity: AmendmentEntity, visible: contractVisible('contract_id') },
  // A signature is seen with its amendment.
  AmendmentSignature: {
    entity: AmendmentSignatureEntity,
    visible: (a: string) =>
      `EXISTS (SELECT 1 FROM amendment scope_a JOIN contract_party scope_cp
                 ON scope_cp.contract_id = scope_a.contract_id
               WHERE scope_a.id = ${a}.amendment_id AND scope_cp.party_code = :scopeParty)`,
  },
  // TIC 11.1 mutual terminations and TIC 11.3(a) insolvency records: the contract's parties.
  MutualTermination: { entity: MutualTerminationEntity, visible: contractVisible('contract_id') },
  InsolvencyProceeding: {
    entity: InsolvencyProceedingEntity,
    visible: contractVisible('contract_id'),
  },
  ContractStatusChange: {
    entity: ContractStatusChangeEntity,
    visible: contractVisible('contract_id'),
  },
  Notice: {
    entity: NoticeEntity,
    visible: (a: string, party: PartyCode) =>
      `(${contractVisible('contract_id')(a, party)}
        AND (${a}.sender_party = :scopeParty OR :scopeParty = ANY(${a}.recipient_parties)))`,
  },
  Obligation: {
    entity: ObligationEntity,
    visible: (a: string, party: PartyCode) =>
      `(${contractVisible('contract_id')(a, party)}
        AND (${a}.obligor_party IS NULL OR ${a}.per_event
             OR ${a}.obligor_party = :scopeParty OR :scopeParty = ANY(${a}.beneficiary_parties)))`,
  },
  ExportCheck: {
    entity: ExportCheckEntity,
    visible: (a: string) =>
      `(${a}.run_party = :scopeParty OR (:scopeParty = 'VALENCE' AND ${a}.involves_technology))`,
  },
  ExportLicence: {
    entity: ExportLicenceEntity,
    visible: (a: string) => `(:scopeParty = 'VALENCE' OR :scopeParty = ANY(${a}.covered_parties))`,
  },
  ItemClassification: {
    entity: ItemClassificationEntity,
    // The kinds are the rule's own closed vocabulary, never user input.
    visible: (a: string, party: PartyCode) =>
      `${a}.item_kind IN (${classificationKindsVisibleTo({ party })
        .map((kind) => `'${kind}'`)
        .join(', ')})`,
  },
  ContractEvent: {
    entity: ContractEventEntity,
    visible: (a: string, party: PartyCode) =>
      `(${contractVisible('contract_id')(a, party)} AND :scopeParty = ANY(${a}.concerned_parties))`,
  },
  // Confidential-information registers (issue 13): an item by the party that disclosed it and
  // the party that received it, never a Valence Technology item by Fengfan (TIC 2.8; JVC Art.
  // 45); what hangs on an item (documents, grants, reads, disclosures, exceptions) with it.
  ConfidentialItem: { entity: ConfidentialItemEntity, visible: confidentialItemVisible },
  ConfidentialDocument: { entity: ConfidentialDocumentEntity, visible: ofConfidentialItem },
  NeedToKnowGrant: { entity: NeedToKnowGrantEntity, visible: ofConfidentialItem },
  ConfidentialAccess: { entity: ConfidentialAccessEntity, visible: ofConfidentialItem },
  DisclosureRequest: { entity: DisclosureRequestEntity, visible: ofConfidentialItem },
  ExceptionClaim: { entity: ExceptionClaimEntity, visible: ofConfidentialItem },
  // Trademark uses (issue 15). Every party reads every mark, with its registrations and
  // renderings: each needs them to keep clear of the others' marks (TIC 10.4; JVC Art. 50).
  // A licence is seen by its licensor and the JV, its licensee; a use by the JV, which asks
  // for it, and by the mark's owner, which decides it.
  Trademark: { entity: TrademarkEntity, visible: () => 'TRUE' },
  TrademarkRegistration: { entity: TrademarkRegistrationEntity, visible: () => 'TRUE' },
  TrademarkRendering: { entity: TrademarkRenderingEntity, visible: () => 'TRUE' },
  TrademarkLicence: {
    entity: TrademarkLicenceEntity,
    visible: (a: string) =>
      `(${a}.licensor_party = :scopeParty OR ${a}.licensee_party = :scopeParty)`,
  },
  TrademarkUse: {
    entity: TrademarkUseEntity,
    visible: (a: string) => `(:scopeParty = 'JV' OR ${a}.mark_owner = :scopeParty)`,
  },
  // Reminders and alerts (issue 16): an alert is its recipient party's (raised only about rows
  // that party sees, by the predicates above); a webhook, its deliveries and their attempts
  // are the party's that registered it.
  Alert: { entity: AlertEntity, visible: (a: string) => `${a}.recipient_party = :scopeParty` },
  Webhook: { entity: WebhookEntity, visible: (a: string) => `${a}.party = :scopeParty` },
  WebhookDelivery: {
    entity: WebhookDeliveryEntity,
    visible: (a: string) => `${a}.party = :scopeParty`,
  },
  WebhookAttempt: {
    entity: WebhookAttemptEntity,
    visible: (a: string) =>
      `EXISTS (SELECT 1 FROM webhook_delivery scope_wd
               WHERE scope_wd.id = ${a}.delivery_id AND scope_wd.party = :scopeParty)`,
  },
  // Sublicensed suppliers (issue 14): the register, the sublicences, their transfers and
  // screenings are seen by the Licensee, which sublicenses, and Valence, which licenses;
  // never by Fengfan (TIC 2.4, 2.8).
  Supplier: { entity: SupplierEntity, visible: () => `(:scopeParty IN ('VALENCE', 'JV'))` },
  OwnershipLink: {
    entity: OwnershipLinkEntity,
    visible: () => `(:scopeParty IN ('VALENCE', 'JV'))`,
  },
  SupplierSublicense: {
    entity: SupplierSublicenseEntity,
    visible: () => `(:scopeParty IN ('VALENCE', 'JV'))`,
  },
  SublicenseTransfer: {
    entity: SublicenseTransferEntity,
    visible: () => `(:scopeParty IN ('VALENCE', 'JV'))`,
  },
  SupplierScreening: {
    entity: SupplierScreeningEntity,
    visible: () => `(:scopeParty IN ('VALENCE', 'JV'))`,
  },
  // Calendar feeds (issue 16): a feed is seen within its user's party; its secret never leaves
  // the row (only a hash is stored), and the service reads only the caller's own.
  CalendarFeed: {
    entity: CalendarFeedEntity,
    visible: (a: string) =>
      `EXISTS (SELECT 1 FROM app_user scope_u
                WHERE scope_u.id = ${a}.user_id AND scope_u.party_code = :scopeParty)`,
  },
} as const satisfies Record<string, { entity: EntityTarget<ObjectLiteral>; visible: Predicate }>;

export type ScopedEntity = keyof typeof VISIBILITY;
export type EntityOf<E extends ScopedEntity> = InstanceType<(typeof VISIBILITY)[E]['entity']>;

/** Adds the visibility predicate of `entity` for `party` to a query over alias `alias`. */
export function whereVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  entity: ScopedEntity,
  alias: string,
  party: PartyCode,
): SelectQueryBuilder<T> {
  return query.andWhere(VISIBILITY[entity].visible(alias, party), { scopeParty: party });
}

/** A query over the rows of `entity` the party may see, aliased by `alias`. */
export function visibleQuery<E extends ScopedEntity>(
  manager: Pick<EntityManager, 'getRepository'>,
  entity: E,
  alias: string,
  party: PartyCode,
): SelectQueryBuilder<EntityOf<E>> {
  const query = manager
    .getRepository<EntityOf<E>>(VISIBILITY[entity].entity as EntityTarget<EntityOf<E>>)
    .createQueryBuilder(alias);
  return whereVisible(query, entity, alias, party);
}

/**
 * One row the caller may see, by id — locked for the rest of the transaction when `lock` is
 * set, so concurrent changes to it are serialised — or NOT_FOUND, whether it does not exist
 * or is outside the caller's scope (the two are never told apart).
 */
export async function findVisible<E extends ScopedEntity>(
  ctx: { user: { party: PartyCode } },
  manager: Pick<EntityManager, 'getRepository'>,
  entity: E,
  id: string,
  options: { lock?: boolean } = {},
): Promise<EntityOf<E>> {
  const query = visibleQuery(manager, entity, 'row', ctx.user.party).andWhere('row.id = :id', {
    id,
  });
  if (options.lock) query.setLock('pessimistic_write');
  const row = await query.getOne();
  if (!row) throw new NotFoundError(entity, id);
  return row;
}

// Confidential-information registers (issue 13)
function confidentialItemVisible(a: string): string {
  return `((${a}.disclosing_party = :scopeParty OR ${a}.receiving_party = :scopeParty)
           AND NOT (:scopeParty = 'FENGFAN' AND ${a}.valence_technology))`;
}
function ofConfidentialItem(a: string): string {
  return `EXISTS (SELECT 1 FROM confidential_item scope_ci
                  WHERE scope_ci.id = ${a}.item_id AND ${confidentialItemVisible('scope_ci')})`;
}

// Selection-shaped reads (issue 12): the same predicates, for SQL written out by hand.
/**
 * The visibility predicate of `entity` over alias `alias`, as SQL text that expects the
 * caller's party as the `:scopeParty` parameter (which `whereVisible` sets on the query).
 */
export function visibleSql(entity: ScopedEntity, alias: string, party: PartyCode): string {
  return VISIBILITY[entity].visible(alias, party);
}

/** The TypeORM entity whose rows `entity`'s predicate scopes (its table and columns). */
export function scopedEntityClass(entity: ScopedEntity): EntityTarget<ObjectLiteral> {
  return VISIBILITY[entity].entity;
}

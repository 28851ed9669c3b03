import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemKind, ScreeningListVersionRef, StoredScreeningMatch } from '../domain/export';
import type { PartyCode } from '../domain/parties';
import type {
  ScreeningTrigger,
  SublicensePurpose,
  SublicenseStatus,
  SupplyRecipient,
} from '../domain/suppliers';

/** A company of the supplier register: a supplier, a company in its ownership, or a party. */
@Entity({ name: 'supplier' })
export class SupplierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'legal_name', type: 'text' })
  legalName: string;

  /** Other names, the name in Chinese among them: every one is screened. */
  @Column({ name: 'other_names', type: 'text', array: true, default: () => "'{}'" })
  otherNames: string[];

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber: string | null;

  /** Set when the company is one of the parties (a node of the ownership graph). */
  @Column({ name: 'party_code', type: 'text', nullable: true })
  partyCode: PartyCode | null;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;
}

/** Who holds what in a company, and its appointing powers (TIC 1.1; JVC Art. 2). */
@Entity({ name: 'ownership_link' })
export class OwnershipLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'holder_id', type: 'uuid' })
  holderId: string;

  @Column({ name: 'held_id', type: 'uuid' })
  heldId: string;

  /** numeric comes back as text from pg: read through Number(). */
  @Column({ name: 'share_percent', type: 'numeric', precision: 5, scale: 2, nullable: true })
  sharePercent: string | null;

  @Column({ name: 'appoints_general_manager', type: 'boolean', default: false })
  appointsGeneralManager: boolean;

  @Column({ name: 'appoints_board_majority', type: 'boolean', default: false })
  appointsBoardMajority: boolean;

  @Column({ name: 'from_date', type: 'date', nullable: true })
  from: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;
}

export interface SuppliedMaterial {
  material: string;
  recipients: SupplyRecipient[];
}

/** The JV's sublicence to a supplier under the TIC (TIC 2.1(iii), 2.4, 5.6). */
@Entity({ name: 'supplier_sublicense' })
export class SupplierSublicenseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ name: 'sublicensor_party', type: 'text', default: 'JV' })
  sublicensorParty: PartyCode;

  @Column({ type: 'text' })
  status: SublicenseStatus;

  @Column({ name: 'suspended_reason', type: 'text', nullable: true })
  suspendedReason: string | null;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'text' })
  purpose: SublicensePurpose;

  @Column({ name: 'purpose_text', type: 'text' })
  purposeText: string;

  @Column({ type: 'jsonb' })
  materials: SuppliedMaterial[];

  @Column({ name: 'agreement_executed_on', type: 'date', nullable: true })
  agreementExecutedOn: string | null;

  @Column({ name: 'document_reference', type: 'text', nullable: true })
  documentReference: string | null;

  @Column({ name: 'document_sha256', type: 'char', length: 64, nullable: true })
  documentSha256: string | null;

  @Column({ name: 'no_further_sublicensing', type: 'boolean', nullable: true })
  noFurtherSublicensing: boolean | null;

  @Column({ name: 'no_powder_offer', type: 'boolean', nullable: true })
  noPowderOffer: boolean | null;

  @Column({ name: 'valence_terms', type: 'boolean', nullable: true })
  valenceTerms: boolean | null;

  @Column({ name: 'confidentiality_undertaking', type: 'boolean', nullable: true })
  confidentialityUndertaking: boolean | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** Technology or confidential items transferred to the supplier, through the release gate. */
@Entity({ name: 'sublicense_transfer' })
export class SublicenseTransferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sublicense_id', type: 'uuid' })
  sublicenseId: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'jsonb' })
  items: Array<{ eccn: string; kind: ItemKind | null }>;

  @Column({ name: 'end_use', type: 'text' })
  endUse: string;

  @Column({ type: 'char', length: 2 })
  destination: string;

  @Column({ name: 'transferred_on', type: 'date' })
  transferredOn: string;

  @Column({ name: 'gate_passed', type: 'boolean' })
  gatePassed: boolean;

  @Column({ name: 'gate_check_id', type: 'uuid', nullable: true })
  gateCheckId: string | null;

  @Column({ name: 'gate_decision', type: 'text', nullable: true })
  gateDecision: string | null;

  @Column({ name: 'gate_reason', type: 'text' })
  gateReason: string;

  @Column({ name: 'gate_article', type: 'text' })
  gateArticle: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

/** A stored match of a supplier screening, with the day it was first seen. */
export type SupplierScreeningMatch = StoredScreeningMatch & { firstSeenOn: string };

/** One screening of a supplier under all its names (15 C.F.R. 762.6). */
@Entity({ name: 'supplier_screening' })
export class SupplierScreeningEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ name: 'screened_at', type: 'timestamptz', default: () => 'now()' })
  screenedAt: Date;

  @Column({ name: 'screened_on', type: 'date' })
  screenedOn: string;

  @Column({ type: 'text' })
  trigger: ScreeningTrigger;

  @Column({ name: 'screened_by', type: 'uuid', nullable: true })
  screenedBy: string | null;

  @Column({ name: 'list_version', type: 'jsonb', nullable: true })
  listVersion: ScreeningListVersionRef | null;

  @Column({ type: 'text', array: true })
  names: string[];

  @Column({ type: 'jsonb' })
  matches: SupplierScreeningMatch[];
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartyCode } from '../domain/parties';
import type {
  MarkScript,
  ProtectionBasis,
  RegistrationStatus,
  RenderingKind,
  TrademarkProduct,
  UseKind,
  UseStatus,
} from '../domain/trademarks';

/** The match columns every comparable form carries (rules/trademarks/mark-form.ts). */
abstract class MatchColumns {
  @Column({ type: 'text' })
  letters: string;

  @Column({ name: 'match_key', type: 'text' })
  matchKey: string;

  @Column({ type: 'text' })
  skeleton: string;

  @Column({ type: 'text', array: true })
  tokens: string[];
}

/** A party's mark (TIC 10.4; JVC Art. 50): its word, how it is protected, and whose it is. */
@Entity({ name: 'trademark' })
export class TrademarkEntity extends MatchColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'logo_ref', type: 'text', nullable: true })
  logoRef: string | null;

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text' })
  script: MarkScript;

  @Column({ name: 'owner_party', type: 'text' })
  ownerParty: PartyCode;

  @Column({ name: 'protection_basis', type: 'text' })
  protectionBasis: ProtectionBasis;

  @Column({ name: 'designated_on', type: 'date', nullable: true })
  designatedOn: string | null;

  @Column({ name: 'designation_ref', type: 'text', nullable: true })
  designationRef: string | null;

  /** TIC 10.4: the other party's express written consent, when the check found a conflict. */
  @Column({ name: 'consent_party', type: 'text', nullable: true })
  consentParty: PartyCode | null;

  @Column({ name: 'consent_ref', type: 'text', nullable: true })
  consentRef: string | null;

  @Column({ name: 'consent_on', type: 'date', nullable: true })
  consentOn: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** A registration of a mark in one country, for its Nice classes. */
@Entity({ name: 'trademark_registration' })
export class TrademarkRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'mark_id', type: 'uuid' })
  markId: string;

  @Column({ type: 'text' })
  country: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'nice_classes', type: 'integer', array: true })
  niceClasses: number[];

  @Column({ type: 'text' })
  status: RegistrationStatus;
}

/** A known translation or transliteration of a mark (TIC 10.4). */
@Entity({ name: 'trademark_rendering' })
export class TrademarkRenderingEntity extends MatchColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'mark_id', type: 'uuid' })
  markId: string;

  @Column({ type: 'text' })
  kind: RenderingKind;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text' })
  script: MarkScript;
}

/** A written trademark licence from a party to the JV (JVC Art. 50). */
@Entity({ name: 'trademark_licence' })
export class TrademarkLicenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'licensor_party', type: 'text' })
  licensorParty: PartyCode;

  @Column({ name: 'licensee_party', type: 'text' })
  licenseeParty: PartyCode;

  @Column({ name: 'mark_ids', type: 'uuid', array: true })
  markIds: string[];

  @Column({ type: 'text', array: true })
  products: TrademarkProduct[];

  @Column({ type: 'text', array: true })
  territory: string[];

  @Column({ name: 'executed_on', type: 'date' })
  executedOn: string;

  @Column({ name: 'document_ref', type: 'text' })
  documentRef: string;

  @Column({ name: 'term_from', type: 'date' })
  termFrom: string;

  @Column({ name: 'term_to', type: 'date', nullable: true })
  termTo: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** A use of a party's mark the JV asks for, and the owner's answer (JVC Art. 50; TIC 5.2). */
@Entity({ name: 'trademark_use' })
export class TrademarkUseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'mark_id', type: 'uuid' })
  markId: string;

  /** The mark's owner, kept with the use: it decides, and it sees the use. */
  @Column({ name: 'mark_owner', type: 'text' })
  markOwner: PartyCode;

  @Column({ type: 'text' })
  product: TrademarkProduct;

  @Column({ type: 'text' })
  kind: UseKind;

  @Column({ type: 'text', array: true })
  territory: string[];

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date', nullable: true })
  periodTo: string | null;

  @Column({ name: 'licence_id', type: 'uuid', nullable: true })
  licenceId: string | null;

  @Column({ name: 'warranty_terms', type: 'text', nullable: true })
  warrantyTerms: string | null;

  @Column({ name: 'warranty_approved_on', type: 'date', nullable: true })
  warrantyApprovedOn: string | null;

  @Column({ name: 'warranty_approved_by', type: 'uuid', nullable: true })
  warrantyApprovedBy: string | null;

  @Column({ type: 'text' })
  status: UseStatus;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;
}

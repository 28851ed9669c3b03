import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  DisclosureRecipientKind,
  DisclosureStatus,
  ExceptionGround,
  ExceptionStatus,
} from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';

/**
 * A disclosure beyond the receiving party: a request waiting for the disclosing party's prior
 * written authorization (TIC 8.1), or a disclosure compelled by law (`compelled`, TIC 8.3(d)).
 */
@Entity({ name: 'disclosure_request' })
export class DisclosureRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ type: 'boolean' })
  compelled: boolean;

  @Column({ name: 'recipient_kind', type: 'text' })
  recipientKind: DisclosureRecipientKind;

  @Column({ name: 'recipient_name', type: 'text' })
  recipientName: string;

  @Column({ name: 'recipient_party', type: 'text', nullable: true })
  recipientParty: PartyCode | null;

  /** The recipient's company in the supplier register, when the request names it. */
  @Column({ name: 'recipient_supplier_id', type: 'uuid', nullable: true })
  recipientSupplierId: string | null;

  @Column({ name: 'fengfan_affiliate', type: 'boolean' })
  fengfanAffiliate: boolean;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'end_use', type: 'text' })
  endUse: string;

  @Column({ type: 'text' })
  status: DisclosureStatus;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @Column({ name: 'requested_party', type: 'text' })
  requestedParty: PartyCode;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'valence_consent_reference', type: 'text', nullable: true })
  valenceConsentReference: string | null;

  @Column({ name: 'export_check_id', type: 'uuid', nullable: true })
  exportCheckId: string | null;

  /** Compelled: the law, regulation or order that requires it. */
  @Column({ type: 'text', nullable: true })
  authority: string | null;

  @Column({ name: 'notice_given_on', type: 'date', nullable: true })
  noticeGivenOn: string | null;

  @Column({ name: 'disclosed_on', type: 'date', nullable: true })
  disclosedOn: string | null;
}

/** An exception claimed by the receiving party, and the disclosing party's answer. */
@Entity({ name: 'exception_claim' })
export class ExceptionClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ type: 'text' })
  ground: ExceptionGround;

  @Column({ type: 'text' })
  evidence: string;

  @Column({ type: 'text' })
  status: ExceptionStatus;

  @Column({ name: 'claimed_by', type: 'uuid' })
  claimedBy: string;

  @Column({ name: 'claimed_party', type: 'text' })
  claimedParty: PartyCode;

  @Column({ name: 'claimed_at', type: 'timestamptz', default: () => 'now()' })
  claimedAt: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;
}

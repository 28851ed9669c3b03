import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  CureAnswer,
  NoticeClockKind,
  NoticeKind,
  NoticeMethod,
  PartySignature,
} from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import type { Finding } from '../rules/finding';

/** A written notice under a contract (TIC 13.3; JVC Art. 127) and when it is deemed received. */
@Entity({ name: 'notice' })
export class NoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ name: 'sender_party', type: 'text' })
  senderParty: PartyCode;

  @Column({ name: 'recipient_parties', type: 'text', array: true })
  recipientParties: PartyCode[];

  @Column({ type: 'text' })
  kind: NoticeKind;

  @Column({ type: 'text' })
  method: NoticeMethod;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  /** The date of the notice: the sender's calendar date of sending (where it is handed over). */
  @Column({ name: 'sent_on', type: 'date' })
  sentOn: string;

  @Column({ name: 'confirmation_received', type: 'boolean' })
  confirmationReceived: boolean;

  @Column({ name: 'deemed_received_on', type: 'date', nullable: true })
  deemedReceivedOn: string | null;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'jsonb' })
  findings: Finding[];

  /** For a breach notice: the article said to be breached (TIC 11.3(b) turns on it). */
  @Column({ name: 'breached_article', type: 'text', nullable: true })
  breachedArticle: string | null;

  /** For a JVC termination notice: the item of Art. 104 relied on, e.g. "JVC Art. 104(2)". */
  @Column({ name: 'ground_article', type: 'text', nullable: true })
  groundArticle: string | null;

  /** For a JVC termination notice under Art. 104(2): the breach notice whose cure lapsed. */
  @Column({ name: 'basis_notice_id', type: 'uuid', nullable: true })
  basisNoticeId: string | null;

  /** The clock the notice starts, and its dates (rules/notice-state.ts), fixed when recorded. */
  @Column({ type: 'text', nullable: true })
  clock: NoticeClockKind | null;

  @Column({ name: 'termination_from', type: 'date', nullable: true })
  terminationFrom: string | null;

  @Column({ name: 'window_ends_on', type: 'date', nullable: true })
  windowEndsOn: string | null;

  @Column({ name: 'evidence_due_on', type: 'date', nullable: true })
  evidenceDueOn: string | null;

  /** For a breach notice: the day the breaching party says it cured, with its evidence. */
  @Column({ name: 'cure_claimed_on', type: 'date', nullable: true })
  cureClaimedOn: string | null;

  @Column({ name: 'cure_claim_evidence', type: 'text', nullable: true })
  cureClaimEvidence: string | null;

  @Column({ name: 'cure_claimed_by_party', type: 'text', nullable: true })
  cureClaimedByParty: PartyCode | null;

  /** The sender's answer to the claimed cure. */
  @Column({ name: 'cure_answer', type: 'text', nullable: true })
  cureAnswer: CureAnswer | null;

  @Column({ name: 'cure_answered_on', type: 'date', nullable: true })
  cureAnsweredOn: string | null;

  @Column({ name: 'cure_dispute_reason', type: 'text', nullable: true })
  cureDisputeReason: string | null;

  /** For a breach notice: the day the breach was cured, once the sender accepted the cure. */
  @Column({ name: 'cured_on', type: 'date', nullable: true })
  curedOn: string | null;

  /** For a JVC termination notice: each Party's signature of an agreement to continue. */
  @Column({ name: 'continuation_signatures', type: 'jsonb', default: () => "'[]'" })
  continuationSignatures: PartySignature[];

  /** For a JVC termination notice: when both Parties had signed the agreement to continue. */
  @Column({ name: 'continuation_agreed_on', type: 'date', nullable: true })
  continuationAgreedOn: string | null;

  /** JVC Art. 105: the application to dissolve, submitted to the Approval Authority. */
  @Column({ name: 'dissolution_applied_on', type: 'date', nullable: true })
  dissolutionAppliedOn: string | null;

  /** The Examination and Approval Authority's approval of the dissolution. */
  @Column({ name: 'dissolution_approved_on', type: 'date', nullable: true })
  dissolutionApprovedOn: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

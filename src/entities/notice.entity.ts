import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NoticeKind, NoticeMethod } from '../domain/contracts';
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

  /** For a breach notice: when the breach was cured, if it was. */
  @Column({ name: 'cured_on', type: 'date', nullable: true })
  curedOn: string | null;

  /** For a JVC termination notice: when the parties agreed in writing to continue (Art. 105). */
  @Column({ name: 'continuation_agreed_on', type: 'date', nullable: true })
  continuationAgreedOn: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

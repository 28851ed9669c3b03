import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AlertKind, AlertRecordType, DeliveryStatus } from '../domain/alerts';
import type { PartyCode } from '../domain/parties';

/** An alert raised by the due-alert scan, once per recipient party, kind, record and occasion. */
@Entity({ name: 'alert' })
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_party', type: 'text' })
  recipientParty: PartyCode;

  @Column({ type: 'text' })
  kind: AlertKind;

  @Column({ name: 'record_type', type: 'text' })
  recordType: AlertRecordType;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  /** What makes this alert one of its kind for the record: "before-7", "missed", an entry. */
  @Column({ type: 'text' })
  occasion: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  article: string;

  @Column({ type: 'text' })
  link: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ name: 'raised_on', type: 'date' })
  raisedOn: string;

  @Column({ type: 'jsonb' })
  detail: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** A party's webhook: an HTTPS endpoint and the alert kinds it takes. */
@Entity({ name: 'webhook' })
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  party: PartyCode;

  @Column({ type: 'text' })
  url: string;

  @Column({ name: 'event_kinds', type: 'text', array: true })
  eventKinds: AlertKind[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The HMAC key: shown once, at registration or rotation; never read by the API again. */
  @Column({ type: 'text', select: false })
  secret: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'secret_rotated_at', type: 'timestamptz', nullable: true })
  secretRotatedAt: Date | null;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;
}

/** One alert to one webhook, retried until delivered or given up. */
@Entity({ name: 'webhook_delivery' })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId: string;

  @Column({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  @Column({ type: 'text' })
  party: PartyCode;

  @Column({ type: 'text' })
  status: DeliveryStatus;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'last_response_status', type: 'integer', nullable: true })
  lastResponseStatus: number | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** One attempt at a delivery and what the receiver answered (append-only). */
@Entity({ name: 'webhook_attempt' })
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @Column({ type: 'integer' })
  attempt: number;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs: number;
}

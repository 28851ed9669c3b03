import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  EventKind,
  ObligationNature,
  Recurrence,
  StoredObligationStatus,
  TriggerKind,
} from '../domain/contracts';
import type { PartyCode } from '../domain/parties';

/**
 * Who owes whom what, under which article, and by when. A seeded obligation whose trigger
 * has not happened has no due date yet; a `perEvent` one is a template from which each
 * triggering event (an invoice, a breach notice) creates its own dated obligation.
 */
@Entity({ name: 'obligation' })
export class ObligationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  /** Stable key within the contract, e.g. "TIC-6.3-associated-expenses". */
  @Column({ type: 'text' })
  code: string;

  /** Null only on a standing template whose obligor depends on the event (the breaching party). */
  @Column({ name: 'obligor_party', type: 'text', nullable: true })
  obligorParty: PartyCode | null;

  @Column({ name: 'beneficiary_parties', type: 'text', array: true })
  beneficiaryParties: PartyCode[];

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  article: string;

  /** The due-date rule in words, e.g. "30 days after the invoice date". */
  @Column({ name: 'due_rule', type: 'text' })
  dueRule: string;

  @Column({ name: 'trigger_kind', type: 'text', nullable: true })
  triggerKind: TriggerKind | null;

  @Column({ name: 'offset_years', type: 'integer' })
  offsetYears: number;

  @Column({ name: 'offset_months', type: 'integer' })
  offsetMonths: number;

  @Column({ name: 'offset_days', type: 'integer' })
  offsetDays: number;

  @Column({ name: 'offset_working_days', type: 'integer' })
  offsetWorkingDays: number;

  @Column({ name: 'per_event', type: 'boolean' })
  perEvent: boolean;

  @Column({ type: 'text', nullable: true })
  recurrence: Recurrence | null;

  /** For a recurring obligation: the event that discharges the current period's instance. */
  @Column({ name: 'met_by_event_kind', type: 'text', nullable: true })
  metByEventKind: EventKind | null;

  /** The real last day: the contract's count, moved off a non-working day by its law. */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  /** The last day by the contract's count alone, before the governing law's roll. */
  @Column({ name: 'due_on_unrolled', type: 'date', nullable: true })
  dueOnUnrolled: string | null;

  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId: string | null;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ name: 'notice_id', type: 'uuid', nullable: true })
  noticeId: string | null;

  @Column({ type: 'text' })
  status: StoredObligationStatus;

  @Column({ name: 'met_on', type: 'date', nullable: true })
  metOn: string | null;

  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ name: 'waived_by', type: 'uuid', nullable: true })
  waivedBy: string | null;

  @Column({ name: 'waiver_reason', type: 'text', nullable: true })
  waiverReason: string | null;

  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason: string | null;

  /** After termination, a surviving obligation stays open until this date (null: no end). */
  @Column({ name: 'survives_until', type: 'date', nullable: true })
  survivesUntil: string | null;

  /** Who recorded the performance: the obligor, or a beneficiary recording receipt. */
  @Column({ name: 'performance_recorded_party', type: 'text', nullable: true })
  performanceRecordedParty: PartyCode | null;

  @Column({ name: 'performance_recorded_by', type: 'uuid', nullable: true })
  performanceRecordedBy: string | null;

  /** On a recurring template: the day the recurrence began (JVC Art. 58, 88). */
  @Column({ name: 'recurrence_starts_on', type: 'date', nullable: true })
  recurrenceStartsOn: string | null;

  /** On an instance of a recurring obligation: the period it covers, e.g. "2026-03". */
  @Column({ name: 'period_label', type: 'text', nullable: true })
  periodLabel: string | null;

  @Column({ name: 'period_starts_on', type: 'date', nullable: true })
  periodStartsOn: string | null;

  @Column({ name: 'period_ends_on', type: 'date', nullable: true })
  periodEndsOn: string | null;

  /** An event that must be recorded before it can fall due, e.g. EXPORT_APPROVAL (TIC 4.1). */
  @Column({ name: 'condition_event_kind', type: 'text', nullable: true })
  conditionEventKind: EventKind | null;

  @Column({ name: 'condition_article', type: 'text', nullable: true })
  conditionArticle: string | null;

  /** DUTY (can be missed) or OPTION (a window that lapses: JVC Art. 103). */
  @Column({ type: 'text', default: 'DUTY' })
  nature: ObligationNature;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

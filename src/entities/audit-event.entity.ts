import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartyCode } from '../domain/parties';

/**
 * One mutation, recorded in the same transaction as the change it describes.
 * The database refuses UPDATE, DELETE and TRUNCATE on this table (migration trigger).
 */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_party', type: 'text' })
  actorParty: PartyCode;

  @Column({ type: 'text' })
  operation: string;

  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContractStatus } from '../domain/contracts';

/** One change of a contract's status, with the article that allowed it. */
@Entity({ name: 'contract_status_change' })
export class ContractStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus: ContractStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ContractStatus;

  @Column({ name: 'changed_on', type: 'date' })
  changedOn: string;

  @Column({ type: 'text' })
  article: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

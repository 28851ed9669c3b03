import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartySignature } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';

/**
 * A termination by mutual agreement (TIC 11.1): proposed by one party, it takes effect — and
 * the contract ends — on the day the last party signs it through its own LEGAL.
 */
@Entity({ name: 'mutual_termination' })
export class MutualTerminationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  @Column({ name: 'proposed_party', type: 'text' })
  proposedParty: PartyCode;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt: Date;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  signatures: PartySignature[];

  @Column({ name: 'effective_on', type: 'date', nullable: true })
  effectiveOn: string | null;
}

/**
 * The Licensee's bankruptcy, dissolution, insolvency, assignment for creditors or receivership
 * (TIC 11.3(a)), from its commencement until it is dismissed, if it is.
 */
@Entity({ name: 'insolvency_proceeding' })
export class InsolvencyProceedingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ name: 'debtor_party', type: 'text' })
  debtorParty: PartyCode;

  @Column({ name: 'commenced_on', type: 'date' })
  commencedOn: string;

  @Column({ name: 'dismissed_on', type: 'date', nullable: true })
  dismissedOn: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_party', type: 'text' })
  recordedParty: PartyCode;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

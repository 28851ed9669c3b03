import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EventKind } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';

/** Something that happened under a contract and starts the clock of obligations. */
@Entity({ name: 'contract_event' })
export class ContractEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ type: 'text' })
  kind: EventKind;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'text' })
  description: string;

  /** The party the event concerns, e.g. whose capital contribution was verified (JVC Art. 35). */
  @Column({ name: 'concerns_party', type: 'text', nullable: true })
  concernsParty: PartyCode | null;

  @Column({ type: 'numeric', nullable: true })
  amount: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  /** e.g. the invoice number. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  /** The parties the event concerns, who alone see it (auth/visibility.ts). */
  @Column({ name: 'concerned_parties', type: 'text', array: true })
  concernedParties: PartyCode[];

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_party', type: 'text' })
  recordedParty: PartyCode;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PerformanceVerdict } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';

/**
 * What one beneficiary has done about an obligation owed to it: waived it (which binds only
 * that beneficiary: TIC 13.7; JVC Art. 120), and acknowledged or disputed its performance.
 */
@Entity({ name: 'obligation_beneficiary' })
export class ObligationBeneficiaryEntity {
  @PrimaryColumn({ name: 'obligation_id', type: 'uuid' })
  obligationId: string;

  @PrimaryColumn({ name: 'party_code', type: 'text' })
  partyCode: PartyCode;

  @Column({ name: 'waived_by', type: 'uuid', nullable: true })
  waivedBy: string | null;

  @Column({ name: 'waived_on', type: 'date', nullable: true })
  waivedOn: string | null;

  @Column({ name: 'waiver_reason', type: 'text', nullable: true })
  waiverReason: string | null;

  @Column({ name: 'performance_verdict', type: 'text', nullable: true })
  performanceVerdict: PerformanceVerdict | null;

  @Column({ name: 'verdict_by', type: 'uuid', nullable: true })
  verdictBy: string | null;

  @Column({ name: 'verdict_on', type: 'date', nullable: true })
  verdictOn: string | null;

  @Column({ name: 'verdict_reason', type: 'text', nullable: true })
  verdictReason: string | null;
}

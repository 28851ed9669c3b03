import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartyCode } from '../domain/parties';

/** A written amendment: binding only once every party has signed (TIC 13.8; JVC Art. 122). */
@Entity({ name: 'amendment' })
export class AmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  @Column({ name: 'proposed_party', type: 'text' })
  proposedParty: PartyCode;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt: Date;

  @Column({ name: 'approval_authority_approved_on', type: 'date', nullable: true })
  approvalAuthorityApprovedOn: string | null;

  @Column({ name: 'effective_on', type: 'date', nullable: true })
  effectiveOn: string | null;
}

@Entity({ name: 'amendment_signature' })
export class AmendmentSignatureEntity {
  @Column({ name: 'amendment_id', type: 'uuid', primary: true })
  amendmentId: string;

  @Column({ name: 'party_code', type: 'text', primary: true })
  partyCode: PartyCode;

  @Column({ name: 'signed_by', type: 'uuid' })
  signedBy: string;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn: string;
}

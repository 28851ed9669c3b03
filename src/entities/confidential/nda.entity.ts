import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { NdaKind } from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';

/** A form a party's staff sign: an NDA (TIC 8.1(ii)) or the JV undertaking (JVC Art. 98). */
@Entity({ name: 'nda_form' })
export class NdaFormEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The party whose staff sign it. */
  @Column({ name: 'party_code', type: 'text' })
  partyCode: PartyCode;

  @Column({ type: 'text' })
  kind: NdaKind;

  @Column({ type: 'text' })
  title: string;

  /** The document's own reference (version, file number). */
  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'registered_by', type: 'uuid' })
  registeredBy: string;

  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' })
  registeredAt: Date;
}

/** A party found a form satisfactory (TIC 8.1(ii)) or acceptable (JVC Art. 98). */
@Entity({ name: 'nda_form_approval' })
export class NdaFormApprovalEntity {
  @PrimaryColumn({ name: 'form_id', type: 'uuid' })
  formId: string;

  @PrimaryColumn({ name: 'party_code', type: 'text' })
  partyCode: PartyCode;

  @Column({ name: 'approved_by', type: 'uuid' })
  approvedBy: string;

  @Column({ name: 'approved_at', type: 'timestamptz', default: () => 'now()' })
  approvedAt: Date;
}

/** One user's executed agreement on one form. */
@Entity({ name: 'nondisclosure_agreement' })
export class NondisclosureAgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'form_id', type: 'uuid' })
  formId: string;

  @Column({ name: 'executed_on', type: 'date' })
  executedOn: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContractKind, ContractStatus, TerminationBasis } from '../domain/contracts';

@Entity({ name: 'contract' })
export class ContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short code used in citations: "TIC", "JVC". */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: ContractKind;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ type: 'text' })
  status: ContractStatus;

  @Column({ name: 'effective_on', type: 'date', nullable: true })
  effectiveOn: string | null;

  @Column({ name: 'term_years', type: 'integer', nullable: true })
  termYears: number | null;

  /** When the term runs from: the TIC's Effective Date; the JV's Establishment Date (JVC Art. 103). */
  @Column({ name: 'term_starts_on', type: 'date', nullable: true })
  termStartsOn: string | null;

  @Column({ name: 'governing_law', type: 'text', nullable: true })
  governingLaw: string | null;

  @Column({ type: 'text', nullable: true })
  forum: string | null;

  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn: string | null;

  @Column({ name: 'termination_ground', type: 'text', nullable: true })
  terminationGround: string | null;

  @Column({ name: 'termination_article', type: 'text', nullable: true })
  terminationArticle: string | null;

  /** The kind of record the termination rests on, and that record's id. */
  @Column({ name: 'termination_basis', type: 'text', nullable: true })
  terminationBasis: TerminationBasis | null;

  @Column({ name: 'termination_basis_id', type: 'uuid', nullable: true })
  terminationBasisId: string | null;
}

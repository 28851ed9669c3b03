import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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
  kind: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;
}

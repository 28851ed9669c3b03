import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One article of a contract, exactly as the signed text has it. */
@Entity({ name: 'article' })
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  /** As cited: "8.1" (TIC) or "96" (JVC). */
  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text', nullable: true })
  heading: string | null;

  @Column({ type: 'text' })
  chapter: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'integer' })
  position: number;
}

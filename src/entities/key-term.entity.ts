import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { KeyTermKind, PeriodUnit } from '../domain/contracts';

/** A structured fact a contract states, with the article (and words) it comes from. */
@Entity({ name: 'key_term' })
export class KeyTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  /** The fact's identity: terms with the same name state the same fact. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: KeyTermKind;

  /** numeric comes back from pg as a string, so exact amounts never pass through floats. */
  @Column({ type: 'numeric', nullable: true })
  amount: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'text', nullable: true })
  unit: PeriodUnit | null;

  @Column({ name: 'date_value', type: 'date', nullable: true })
  dateValue: string | null;

  /** For values that are not clean data, e.g. a date printed with its day left blank. */
  @Column({ name: 'text_value', type: 'text', nullable: true })
  textValue: string | null;

  @Column({ type: 'text' })
  article: string;

  @Column({ type: 'text' })
  quote: string;
}

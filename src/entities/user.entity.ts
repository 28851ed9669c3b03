import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartyCode, Role, UserKind } from '../domain/parties';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'party_code', type: 'text' })
  partyCode: PartyCode;

  @Column({ type: 'text', array: true })
  roles: Role[];

  /**
   * A PERSON signs in through the party's identity provider; a SERVICE account only with a
   * service token minted by an administrator (`npm run token:service`).
   */
  @Column({ type: 'text', default: 'PERSON' })
  kind: UserKind;

  /** The `sub` the party's identity provider gives this user, when users are found by it. */
  @Column({ name: 'external_subject', type: 'text', nullable: true })
  externalSubject: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** When the user executed a nondisclosure agreement (TIC 8.1(ii)); null if never. */
  @Column({ name: 'nda_executed_at', type: 'timestamptz', nullable: true })
  ndaExecutedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;
}

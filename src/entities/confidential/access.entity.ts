import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartyCode } from '../../domain/parties';

/** A user's need to know one item to perform the contract (TIC 8.1(i); JVC Art. 96(2)). */
@Entity({ name: 'need_to_know_grant' })
export class NeedToKnowGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'granted_by', type: 'uuid' })
  grantedBy: string;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;

  /** The last day it gives access. */
  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy: string | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason: string | null;
}

/** One read of protected content: append-only (the database refuses changes). */
@Entity({ name: 'confidential_access' })
export class ConfidentialAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'party_code', type: 'text' })
  partyCode: PartyCode;

  @Column({ name: 'accessed_at', type: 'timestamptz', default: () => 'now()' })
  accessedAt: Date;

  @Column({ type: 'text' })
  purpose: string;

  /** Printed in the watermark of the revealed copy: a leaked copy names its reveal. */
  @Column({ type: 'text' })
  fingerprint: string;
}

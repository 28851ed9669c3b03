import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A user's secret iCalendar feed; the token in its URL is kept only as its SHA-256. */
@Entity({ name: 'calendar_feed' })
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** Set when the user rotates or revokes the feed: its URL answers 404 from then on. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { NotificationType } from './notification.entity.js';

/**
 * `sending`: claimed, the message not yet ended (the server never has it); `handed-over`: its end
 * is on its way to the server; `uncertain`: an attempt stopped after that without an answer — the
 * server may have it, and it is never sent again (see SendEmailJob).
 */
export type DeliveryStatus =
  'pending' | 'sending' | 'handed-over' | 'sent' | 'uncertain' | 'bundled' | 'skipped' | 'failed';
export type DeliveryRhythm = 'immediately' | 'daily' | 'weekly';

/**
 * One e-mail for one person about one event (or one digest). The unique (user, event, channel) key
 * and its status are what make a retry, a crashed worker or a second worker unable to send a
 * second one.
 */
@Entity({ name: 'deliveries' })
@Unique('deliveries_once', ['userId', 'eventKey', 'channel'])
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'event_key', type: 'text' })
  eventKey: string;

  @Column({ type: 'text' })
  channel: 'email';

  @Column({ type: 'text' })
  type: NotificationType | 'digest';

  /** Ids (and a score) only; the mail is rendered from the database when it is sent. */
  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @Column({ type: 'text' })
  rhythm: DeliveryRhythm;

  @Column({ type: 'text', default: 'pending' })
  status: DeliveryStatus;

  @Column({ name: 'digest_id', type: 'uuid', nullable: true })
  digestId: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** While a worker sends, nobody else may; after this moment the attempt counts as interrupted. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

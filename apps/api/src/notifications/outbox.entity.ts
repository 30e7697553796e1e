import { Column, CreateDateColumn, Entity, Generated, PrimaryGeneratedColumn } from 'typeorm';

/** A notifiable change, written in the change's transaction; the relay moves it to BullMQ. */
@Entity({ name: 'outbox' })
export class OutboxEntity {
  /** bigserial: the order the relay drains in. pg returns bigint as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** Names the event's job in BullMQ: unique across databases, unlike the id (see OutboxJobKey). */
  @Column({ name: 'job_key', type: 'uuid' })
  @Generated('uuid')
  jobKey: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'event_key', type: 'text', unique: true })
  eventKey: string;

  /** Ids only, never personal data: it becomes job data. */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The HTTP request that caused the event (its X-Request-Id); null for scheduled work. */
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt: Date | null;
}

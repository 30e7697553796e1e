import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../queue/job-queue.service.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { LivePublisher } from './live-notifications.js';
import type { NotificationType } from './notification.entity.js';
import { EMAIL_JOB_OPTIONS, SEND_EMAIL_JOB, type SendEmailJobData } from './send-email.job.js';

export interface Recipient {
  userId: string;
  /** Merged into the notification's data for this recipient (a match's score and reasons). */
  data?: Record<string, unknown>;
}

/**
 * Turns one event into what its recipients get, set-based: the in-app notifications and the e-mail
 * deliveries (immediate ones queued at once, daily/weekly ones left for the digest), each according
 * to the person's rhythm. Idempotent: the unique keys make a second run store nothing twice, and
 * it queues every immediate delivery still pending, so a run that died between storing and queueing
 * is completed by the retry (job ids keep the queue free of doubles).
 */
@Injectable()
export class NotificationFanOut {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(LivePublisher) private readonly live: LivePublisher,
  ) {}

  async deliver(
    type: NotificationType,
    eventKey: string,
    data: Record<string, unknown>,
    recipients: Recipient[],
  ): Promise<{ inApp: number; emails: number }> {
    if (recipients.length === 0) return { inApp: 0, emails: 0 };
    const userIds = recipients.map((r) => r.userId);
    const created = await this.db.query<
      { id: string; userId: string; type: string; data: unknown; createdAt: Date }[]
    >(
      // Each recipient's rhythms by primary key: as joins, the planner hashed the whole preferences
      // table (twice) for every batch, a cost that grew with all users rather than with the batch.
      `WITH recipients AS (
         SELECT r.user_id, r.extra,
                coalesce((SELECT p.rhythm FROM notification_preferences p
                           WHERE p.user_id = r.user_id AND p.channel = 'in-app'), 'immediately') AS in_app,
                coalesce((SELECT p.rhythm FROM notification_preferences p
                           WHERE p.user_id = r.user_id AND p.channel = 'email'), 'immediately') AS email
           FROM unnest($1::uuid[], $2::jsonb[]) AS r (user_id, extra)
           JOIN users u ON u.id = r.user_id
       ), emails AS (
         INSERT INTO deliveries (user_id, event_key, channel, type, data, rhythm)
         SELECT user_id, $4, 'email', $3, $5::jsonb || extra, email FROM recipients WHERE email <> 'off'
         ON CONFLICT ON CONSTRAINT deliveries_once DO NOTHING
       )
       INSERT INTO notifications (user_id, type, event_key, data)
       SELECT user_id, $3, $4, $5::jsonb || extra FROM recipients WHERE in_app <> 'off'
       ON CONFLICT (user_id, event_key) DO NOTHING
       RETURNING id, user_id AS "userId", type, data, created_at AS "createdAt"`,
      [userIds, recipients.map((r) => JSON.stringify(r.data ?? {})), type, eventKey, JSON.stringify(data)],
    );
    const pending = await this.db.query<{ id: string }[]>(
      `SELECT id FROM deliveries
        WHERE user_id = ANY ($1::uuid[]) AND event_key = $2 AND channel = 'email'
          AND rhythm = 'immediately' AND status = 'pending'`,
      [userIds, eventKey],
    );
    await this.jobs.addBulk<SendEmailJobData>(
      QueueName.Notifications,
      pending.map(({ id }) => ({
        name: SEND_EMAIL_JOB,
        data: { deliveryId: id },
        key: id,
        opts: EMAIL_JOB_OPTIONS,
      })),
    );
    await this.live.publish(
      created.map((n) => ({
        userId: n.userId,
        event: {
          event: 'notification' as const,
          data: { id: n.id, type: n.type, data: n.data, createdAt: n.createdAt.toISOString(), readAt: null },
        },
      })),
    );
    return { inApp: created.length, emails: pending.length };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { currentRequestId } from '../common/logging/request-context.js';
import { JobQueue } from '../queue/job-queue.service.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { LivePublisher } from './live-notifications.js';
import { emailRuleOf, type NotificationType } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';
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
    @Inject(NotificationsRepository) private readonly notifications: NotificationsRepository,
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
    const created = await this.notifications.store(
      type,
      eventKey,
      JSON.stringify(data),
      { userIds, extras: recipients.map((r) => JSON.stringify(r.data ?? {})) },
      emailRuleOf(type),
    );
    const pending = await this.notifications.pendingImmediateEmails(userIds, eventKey);
    // The request that caused the event (carried by the job running now) goes along to each mail.
    const requestId = currentRequestId();
    await this.jobs.addBulk<SendEmailJobData>(
      QueueName.Notifications,
      pending.map(({ id }) => ({
        name: SEND_EMAIL_JOB,
        data: { deliveryId: id, ...(requestId ? { requestId } : {}) },
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

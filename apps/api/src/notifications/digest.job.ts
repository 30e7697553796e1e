import { Inject, Injectable } from '@nestjs/common';
import { JobQueue } from '../queue/job-queue.service.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { EMAIL_JOB_OPTIONS, SEND_EMAIL_JOB, type SendEmailJobData } from './send-email.job.js';

export const DIGEST_JOB = 'digest';
export interface DigestJobData {
  rhythm: 'daily' | 'weekly';
  /** The period this digest covers ('2026-11-24', '2026-W48'); by default the current one in Amsterdam. */
  period?: string;
}
/** Daily at 07:30 and Mondays at 07:30, Amsterdam time. */
export const DIGEST_SCHEDULES = {
  daily: { pattern: '30 7 * * *', tz: 'Europe/Amsterdam' },
  weekly: { pattern: '30 7 * * 1', tz: 'Europe/Amsterdam' },
} as const;

/** The calendar day in Amsterdam, and its ISO week ('2026-W48'). */
export function digestPeriod(rhythm: 'daily' | 'weekly', at: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at); // YYYY-MM-DD
  if (rhythm === 'daily') return day;
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7)); // the Thursday decides the year
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * One digest mail per person and period, bundling every e-mail that waited for this rhythm. The
 * digest is itself a delivery keyed 'digest:<rhythm>:<period>', so a rerun (retry, second worker)
 * finds it and sends nothing twice; what arrives after it was sent waits for the next one.
 */
@Injectable()
export class DigestJob {
  constructor(
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(JobQueue) private readonly jobs: JobQueue,
  ) {}

  async handle({ rhythm, period }: DigestJobData, now = new Date()): Promise<number> {
    const key = `digest:${rhythm}:${period ?? digestPeriod(rhythm, now)}`;
    await this.deliveries.transaction(async (tx) => {
      await this.deliveries.insertDigests(tx, rhythm, key);
      // Locking the digests keeps a send that starts meanwhile from missing what is bundled here.
      await this.deliveries.bundle(tx, rhythm, key);
    });
    const digests = await this.deliveries.pendingDigests(key);
    await this.jobs.addBulk<SendEmailJobData>(
      QueueName.Notifications,
      digests.map(({ id }) => ({
        name: SEND_EMAIL_JOB,
        data: { deliveryId: id },
        key: id,
        opts: EMAIL_JOB_OPTIONS,
      })),
    );
    return digests.length;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { JobQueue } from '../queue/job-queue.service.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { EMAIL_JOB_OPTIONS, SEND_EMAIL_JOB, type SendEmailJobData } from './send-email.job.js';

export const SWEEP_DELIVERIES_JOB = 'sweep-deliveries';
/** Every five minutes. */
export const SWEEP_DELIVERIES_SCHEDULE = { every: 5 * 60_000 } as const;
/** A delivery still in flight this long after its lease ended has no job looking after it. */
const GIVEN_UP_AFTER = '5 minutes';
const BATCH = 1_000;

/**
 * E-mail deliveries that BullMQ gave up on mid-flight get a job again. A send job whose worker died
 * is rerun once BullMQ sees it stalled, but a second stall fails it outright, without a word to the
 * delivery: it would stay `sending` or `handed-over` for ever. Its own job reruns 0.1 s after the lease
 * ends, so one whose lease ended minutes ago has none. The new job decides as any rerun does: `sending`
 * is sent again (the server never got its end), `handed-over` becomes `uncertain` (never sent twice).
 * One job per delivery and claim (`attempts`), so a second sweep adds nothing while the first waits.
 */
@Injectable()
export class SweepDeliveriesJob {
  constructor(
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(JobQueue) private readonly jobs: JobQueue,
  ) {}

  /** Answers how many deliveries got a job again. */
  async handle(): Promise<number> {
    const stuck = await this.deliveries.stuck(GIVEN_UP_AFTER, BATCH);
    await this.jobs.addBulk<SendEmailJobData>(
      QueueName.Notifications,
      stuck.map(({ id, attempts }) => ({
        name: SEND_EMAIL_JOB,
        data: { deliveryId: id },
        key: `${id}.swept-${attempts}`,
        opts: EMAIL_JOB_OPTIONS,
      })),
    );
    return stuck.length;
  }
}

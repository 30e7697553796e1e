import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { JobQueue } from '../queue/job-queue.service.js';
import { withJobContext } from '../queue/job-context.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { WORKER_NAME } from '../queue/worker-name.js';
import { PermanentMailError } from './mailer.service.js';
import { NOTIFY_EVENT_JOB } from './notify-event.job.js';
import type { OutboxJobData } from './outbox-event.js';
import { SEND_EMAIL_JOB, type SendEmailJobData, SendEmailJob } from './send-email.job.js';

/**
 * Delivers one notification: sends one e-mail to one person. `npm start` and compose run this queue
 * in a worker process of its own (WORKER_QUEUES=notifications), so nothing else that process does
 * can stall a send between the hand-over's commit and the final dot (docs/architecture.md, "Exactly
 * once").
 */
@Processor(QueueName.Notifications, { concurrency: 10, name: WORKER_NAME })
export class NotificationsProcessor extends WorkerHost {
  constructor(
    @Inject(SendEmailJob) private readonly sendEmail: SendEmailJob,
    @Inject(JobQueue) private readonly jobs: JobQueue,
  ) {
    super();
  }

  /** In the context of the request that caused the job (its log lines carry that request id). */
  process(job: Job, token?: string): Promise<{ uncertain: string } | void> {
    return withJobContext(job, () => this.run(job, token));
  }

  private async run(job: Job, token?: string): Promise<{ uncertain: string } | void> {
    if (job.name === NOTIFY_EVENT_JOB) {
      // Relayed here before events had a queue of their own: moved to it (same job id).
      const data = job.data as OutboxJobData;
      await this.jobs.addBulk(QueueName.Events, [{ name: NOTIFY_EVENT_JOB, data, key: data.outboxId }]);
      return;
    }
    if (job.name !== SEND_EMAIL_JOB)
      throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Notifications}`);
    const isLast = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    let outcome;
    try {
      outcome = await this.sendEmail.handle(job.data as SendEmailJobData, isLast);
    } catch (error) {
      if (error instanceof PermanentMailError) throw new UnrecoverableError(error.message);
      throw error;
    }
    if (outcome.kind === 'busy') {
      // Another worker holds this delivery: look again when its lease ends, without using an attempt.
      await job.moveToDelayed(outcome.until.getTime() + 100, token);
      throw new DelayedError();
    }
    if (outcome.kind === 'uncertain') {
      // Findable on the dashboard too: the job's log and its return value name the delivery.
      await job.log(outcome.reason);
      return { uncertain: outcome.reason };
    }
  }
}

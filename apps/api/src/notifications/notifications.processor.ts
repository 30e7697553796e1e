import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobQueue } from '../queue/job-queue.service.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { NOTIFY_EVENT_JOB, type NotifyEventJobData, NotifyEventJob } from './notify-event.job.js';
import { EMAIL_JOB_OPTIONS, SEND_EMAIL_JOB, type SendEmailJobData } from './send-email.job.js';

/** Fans one event out to its recipients (the e-mails it queues go to QueueName.Email). */
@Processor(QueueName.Notifications, { concurrency: 10 })
export class NotificationsProcessor extends WorkerHost {
  constructor(
    @Inject(NotifyEventJob) private readonly notifyEvent: NotifyEventJob,
    @Inject(JobQueue) private readonly jobs: JobQueue,
  ) {
    super();
  }

  async process(job: Job): Promise<void> {
    switch (job.name) {
      case NOTIFY_EVENT_JOB:
        return this.notifyEvent.handle(job.data as NotifyEventJobData);
      case SEND_EMAIL_JOB: {
        // Queued here before e-mail had a queue of its own: moved to it, so only the mail worker sends.
        const data = job.data as SendEmailJobData;
        return this.jobs.addBulk<SendEmailJobData>(QueueName.Email, [
          { name: SEND_EMAIL_JOB, data, key: data.deliveryId, opts: EMAIL_JOB_OPTIONS },
        ]);
      }
      default:
        throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Notifications}`);
    }
  }
}

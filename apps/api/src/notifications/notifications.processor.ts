import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { QueueName } from '../queue/queue-name.enum.js';
import { PermanentMailError } from './mailer.service.js';
import { NOTIFY_EVENT_JOB, type NotifyEventJobData, NotifyEventJob } from './notify-event.job.js';
import { SEND_EMAIL_JOB, type SendEmailJobData, SendEmailJob } from './send-email.job.js';

/** Fans one event out to its recipients, and sends one e-mail to one person. */
@Processor(QueueName.Notifications, { concurrency: 10 })
export class NotificationsProcessor extends WorkerHost {
  constructor(
    @Inject(NotifyEventJob) private readonly notifyEvent: NotifyEventJob,
    @Inject(SendEmailJob) private readonly sendEmail: SendEmailJob,
  ) {
    super();
  }

  async process(job: Job, token?: string): Promise<{ uncertain: string } | void> {
    switch (job.name) {
      case NOTIFY_EVENT_JOB:
        return this.notifyEvent.handle(job.data as NotifyEventJobData);
      case SEND_EMAIL_JOB: {
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
        return;
      }
      default:
        throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Notifications}`);
    }
  }
}

import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Job } from 'bullmq';
import { QueueName } from '../queue/queue-name.enum.js';
import { WELCOME_JOB, type WelcomeJobData, WelcomeNotificationJob } from './welcome-notification.job.js';

type Handlers = { [WELCOME_JOB]: (data: WelcomeJobData) => Promise<void> };

@Processor(QueueName.Notifications, { concurrency: 10 })
export class NotificationsProcessor extends WorkerHost {
  private readonly handlers: Handlers;

  constructor(@Inject(WelcomeNotificationJob) welcome: WelcomeNotificationJob) {
    super();
    this.handlers = { [WELCOME_JOB]: (data) => welcome.handle(data) };
  }

  async process(job: Job): Promise<void> {
    const handler = this.handlers[job.name as keyof Handlers];
    if (!handler) throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Notifications}`);
    await handler(job.data as WelcomeJobData);
  }
}

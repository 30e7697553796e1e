import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { WELCOME_JOB, type WelcomeJobData } from '../notifications/welcome-notification.job.js';
import { jobId } from './job-options.js';
import { QueueName } from './queue-name.enum.js';

/** What the API may put on a queue. Job data carries ids, never personal data. */
@Injectable()
export class JobQueue {
  constructor(@Inject(getQueueToken(QueueName.Notifications)) private readonly notifications: Queue) {}

  async welcome(data: WelcomeJobData): Promise<void> {
    await this.notifications.add(WELCOME_JOB, data, { jobId: jobId(WELCOME_JOB, data.userId) });
  }
}

import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Job } from 'bullmq';
import { withJobContext } from '../queue/job-context.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { WORKER_NAME } from '../queue/worker-name.js';
import { NOTIFY_EVENT_JOB, type NotifyEventJobData, NotifyEventJob } from './notify-event.job.js';

/** Fans one event out to its recipients (the e-mails it queues go to QueueName.Notifications). */
@Processor(QueueName.Events, { concurrency: 10, name: WORKER_NAME })
export class EventsProcessor extends WorkerHost {
  constructor(@Inject(NotifyEventJob) private readonly notifyEvent: NotifyEventJob) {
    super();
  }

  /** In the context of the request that caused the job (its log lines carry that request id). */
  process(job: Job): Promise<void> {
    return withJobContext(job, () => this.run(job));
  }

  private async run(job: Job): Promise<void> {
    if (job.name !== NOTIFY_EVENT_JOB)
      throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Events}`);
    await this.notifyEvent.handle(job.data as NotifyEventJobData);
  }
}

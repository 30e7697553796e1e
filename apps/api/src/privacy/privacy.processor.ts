import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import type { OutboxEventOf, OutboxJobData } from '../notifications/outbox-event.js';
import { withJobContext } from '../queue/job-context.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { WORKER_NAME } from '../queue/worker-name.js';
import { DataExportJob } from './data-export.job.js';
import {
  DATA_EXPORT_JOB,
  PRIVACY_RETENTION_JOB,
  PRIVACY_RETENTION_SCHEDULE,
  type PrivacyRetentionJobData,
} from './privacy-jobs.js';
import { PrivacyRetentionJob } from './privacy-retention.job.js';

/** Data exports (from the outbox relay) and the daily retention (a job scheduler with a fixed id). */
@Processor(QueueName.Privacy, { name: WORKER_NAME })
export class PrivacyProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(PrivacyProcessor.name);

  constructor(
    @Inject(DataExportJob) private readonly dataExport: DataExportJob,
    @Inject(PrivacyRetentionJob) private readonly retention: PrivacyRetentionJob,
    @InjectQueue(QueueName.Privacy) private readonly queue: Queue,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    super();
  }

  /** One schedule however many workers start: the scheduler id is the job's name. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.WORKER_SCHEDULES) return;
    await this.queue.upsertJobScheduler(PRIVACY_RETENTION_JOB, PRIVACY_RETENTION_SCHEDULE, {
      name: PRIVACY_RETENTION_JOB,
    });
  }

  /** In the context of the request that caused the job (its log lines carry that request id). */
  process(job: Job): Promise<void> {
    return withJobContext(job, () => this.run(job));
  }

  private async run(job: Job): Promise<void> {
    switch (job.name) {
      case DATA_EXPORT_JOB: {
        const { event } = job.data as OutboxJobData<OutboxEventOf<'data-export.requested'>>;
        if (await this.dataExport.handle(event.exportId)) {
          this.logger.log({ exportId: event.exportId }, 'Personal data export written');
        }
        return;
      }
      case PRIVACY_RETENTION_JOB: {
        const { now } = (job.data ?? {}) as PrivacyRetentionJobData;
        const removed = await this.retention.handle(now ? new Date(now) : undefined);
        this.logger.log(removed, 'Retention: old notifications, deliveries and exports removed');
        return;
      }
      default:
        throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Privacy}`);
    }
  }
}

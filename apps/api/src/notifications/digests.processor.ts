import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { withJobContext } from '../queue/job-context.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { WORKER_NAME } from '../queue/worker-name.js';
import { DIGEST_JOB, DIGEST_SCHEDULES, type DigestJobData, DigestJob } from './digest.job.js';
import {
  SWEEP_DELIVERIES_JOB,
  SWEEP_DELIVERIES_SCHEDULE,
  SweepDeliveriesJob,
} from './sweep-deliveries.job.js';
import {
  TASK_ENDING_SOON_JOB,
  TASK_ENDING_SOON_SCHEDULE,
  TaskEndingSoonJob,
} from './task-ending-soon.job.js';

@Processor(QueueName.Digests, { name: WORKER_NAME })
export class DigestsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestsProcessor.name);

  constructor(
    @Inject(DigestJob) private readonly digest: DigestJob,
    @Inject(TaskEndingSoonJob) private readonly endingSoon: TaskEndingSoonJob,
    @Inject(SweepDeliveriesJob) private readonly sweep: SweepDeliveriesJob,
    @InjectQueue(QueueName.Digests) private readonly queue: Queue,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    super();
  }

  /** One schedule however many workers start: a scheduler id names each. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.WORKER_SCHEDULES) return;
    for (const rhythm of ['daily', 'weekly'] as const) {
      await this.queue.upsertJobScheduler(`digest-${rhythm}`, DIGEST_SCHEDULES[rhythm], {
        name: DIGEST_JOB,
        data: { rhythm } satisfies DigestJobData,
      });
    }
    await this.queue.upsertJobScheduler(TASK_ENDING_SOON_JOB, TASK_ENDING_SOON_SCHEDULE, {
      name: TASK_ENDING_SOON_JOB,
    });
    await this.queue.upsertJobScheduler(SWEEP_DELIVERIES_JOB, SWEEP_DELIVERIES_SCHEDULE, {
      name: SWEEP_DELIVERIES_JOB,
    });
  }

  /** In the context of the request that caused the job (its log lines carry that request id). */
  process(job: Job): Promise<void> {
    return withJobContext(job, () => this.run(job));
  }

  private async run(job: Job): Promise<void> {
    switch (job.name) {
      case DIGEST_JOB: {
        const data = job.data as DigestJobData;
        const sent = await this.digest.handle(data);
        if (sent > 0) this.logger.log(`Queued ${sent} ${data.rhythm} digests`);
        return;
      }
      case TASK_ENDING_SOON_JOB: {
        const found = await this.endingSoon.handle();
        if (found > 0) this.logger.log(`${found} klussen end within three days`);
        return;
      }
      case SWEEP_DELIVERIES_JOB: {
        const swept = await this.sweep.handle();
        if (swept > 0) this.logger.warn(`${swept} e-mail deliveries had lost their job: queued again`);
        return;
      }
      default:
        throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Digests}`);
    }
  }
}

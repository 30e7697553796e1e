import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import {
  AUDIT_RETENTION_JOB,
  AUDIT_RETENTION_SCHEDULE,
  type AuditRetentionJobData,
  AuditRetentionJob,
} from '../audit/audit-retention.job.js';
import { AppConfig } from '../config/app-config.js';
import { withJobContext } from '../queue/job-context.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { WORKER_NAME } from '../queue/worker-name.js';
import {
  EVALUATION_REMINDER_JOB,
  EVALUATION_REMINDER_SCHEDULE,
  type EvaluationReminderJobData,
  EvaluationReminderJob,
} from '../evaluations/evaluation-reminder.job.js';
import { EXPIRE_TASKS_EVERY_MS, EXPIRE_TASKS_JOB, TaskExpiryJob } from './task-expiry.job.js';

@Processor(QueueName.Maintenance, { name: WORKER_NAME })
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    @Inject(TaskExpiryJob) private readonly expiry: TaskExpiryJob,
    @Inject(EvaluationReminderJob) private readonly evaluationReminder: EvaluationReminderJob,
    @Inject(AuditRetentionJob) private readonly auditRetention: AuditRetentionJob,
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    super();
  }

  /** One schedule however many workers start: the scheduler id is the job's name. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.WORKER_SCHEDULES) return;
    await this.queue.upsertJobScheduler(
      EXPIRE_TASKS_JOB,
      { every: EXPIRE_TASKS_EVERY_MS, immediately: true },
      { name: EXPIRE_TASKS_JOB },
    );
    await this.queue.upsertJobScheduler(EVALUATION_REMINDER_JOB, EVALUATION_REMINDER_SCHEDULE, {
      name: EVALUATION_REMINDER_JOB,
    });
    await this.queue.upsertJobScheduler(AUDIT_RETENTION_JOB, AUDIT_RETENTION_SCHEDULE, {
      name: AUDIT_RETENTION_JOB,
    });
  }

  /** In the context of the request that caused the job (its log lines carry that request id). */
  process(job: Job): Promise<void> {
    return withJobContext(job, () => this.run(job));
  }

  private async run(job: Job): Promise<void> {
    switch (job.name) {
      case EXPIRE_TASKS_JOB: {
        const expired = await this.expiry.handle();
        if (expired > 0) this.logger.log(`Expired ${expired} klussen whose end date passed`);
        return;
      }
      case EVALUATION_REMINDER_JOB: {
        const { now } = job.data as EvaluationReminderJobData;
        const reminded = await this.evaluationReminder.handle(now ? new Date(now) : undefined);
        if (reminded > 0) this.logger.log(`Reminded ${reminded} people to evaluate a klus`);
        return;
      }
      case AUDIT_RETENTION_JOB: {
        const { now } = job.data as AuditRetentionJobData;
        const deleted = await this.auditRetention.handle(now ? new Date(now) : undefined);
        if (deleted > 0) this.logger.log(`Deleted ${deleted} audit events past their retention`);
        return;
      }
      default:
        throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Maintenance}`);
    }
  }
}

import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Job } from 'bullmq';
import { withJobContext } from '../queue/job-context.js';
import { QueueName } from '../queue/queue-name.enum.js';
import { WORKER_NAME } from '../queue/worker-name.js';
import { MATCH_TASK_JOB, type MatchTaskJobData, MatchTaskJob } from './match-task.job.js';

@Processor(QueueName.Matching, { concurrency: 2, name: WORKER_NAME })
export class MatchingProcessor extends WorkerHost {
  constructor(@Inject(MatchTaskJob) private readonly matchTask: MatchTaskJob) {
    super();
  }

  /** In the context of the request that caused the job (its log lines carry that request id). */
  process(job: Job): Promise<void> {
    return withJobContext(job, () => this.run(job));
  }

  private async run(job: Job): Promise<void> {
    if (job.name !== MATCH_TASK_JOB)
      throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Matching}`);
    await this.matchTask.handle(job.data as MatchTaskJobData, (done) => job.updateProgress(done));
  }
}

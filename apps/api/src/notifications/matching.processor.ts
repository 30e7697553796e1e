import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Job } from 'bullmq';
import { QueueName } from '../queue/queue-name.enum.js';
import { WORKER_NAME } from '../queue/worker-name.js';
import { MATCH_TASK_JOB, type MatchTaskJobData, MatchTaskJob } from './match-task.job.js';

@Processor(QueueName.Matching, { concurrency: 2, name: WORKER_NAME })
export class MatchingProcessor extends WorkerHost {
  constructor(@Inject(MatchTaskJob) private readonly matchTask: MatchTaskJob) {
    super();
  }

  async process(job: Job): Promise<void> {
    if (job.name !== MATCH_TASK_JOB)
      throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Matching}`);
    await this.matchTask.handle(job.data as MatchTaskJobData, (done) => job.updateProgress(done));
  }
}

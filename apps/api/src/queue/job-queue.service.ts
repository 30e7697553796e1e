import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';
import { defaultJobOptions, jobId } from './job-options.js';
import type { QueueName } from './queue-name.enum.js';

export interface NewJob<T> {
  name: string;
  data: T;
  /** Identifies the job: the same name and key twice is one job. */
  key: string;
  opts?: JobsOptions;
}

export interface AddedJobs {
  added: number;
  /** Ids BullMQ already held (waiting, active, or finished in the last day): not added again. */
  duplicates: string[];
}

const ADD_TIMEOUT_MS = 5_000;

/**
 * What the worker puts on a queue (the API puts nothing there: it writes the outbox). Its queues
 * fail fast while Redis is away instead of buffering commands in memory, so the outbox relay can
 * roll back and try again later; a queue whose connection failed is replaced on the next call.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues = new Map<QueueName, Queue>();
  /** Jobs refused as duplicates since start, per queue: logged one by one, counted here. */
  readonly duplicates = new Map<QueueName, number>();

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  /**
   * Adds the jobs; one whose id BullMQ already holds is not added again (that is how a retried
   * relay stays exactly once), and is logged and counted here instead of vanishing unseen.
   */
  async addBulk<T>(queue: QueueName, jobs: NewJob<T>[]): Promise<AddedJobs> {
    if (jobs.length === 0) return { added: 0, duplicates: [] };
    const target = this.queue(queue);
    const named = jobs.map(({ name, data, key, opts }) => ({
      name,
      data,
      opts: { ...opts, jobId: jobId(name, key) },
    }));
    let timer: NodeJS.Timeout | undefined;
    try {
      const duplicates = await Promise.race([
        this.existing(
          target,
          named.map((job) => job.opts.jobId),
        ).then(async (held) => {
          await target.addBulk(named);
          return held;
        }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Redis did not answer within ${ADD_TIMEOUT_MS} ms`)),
            ADD_TIMEOUT_MS,
          );
        }),
      ]);
      if (duplicates.length > 0) {
        this.duplicates.set(queue, (this.duplicates.get(queue) ?? 0) + duplicates.length);
        this.logger.warn(
          `Queue ${queue}: ${duplicates.length} job(s) already held by BullMQ, not added again: ${duplicates.join(', ')}`,
        );
      }
      return { added: jobs.length - duplicates.length, duplicates };
    } catch (error) {
      this.queues.delete(queue);
      void target.close().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The ids among `ids` that BullMQ holds a job for (its job hash exists, in any state). */
  private async existing(queue: Queue, ids: string[]): Promise<string[]> {
    // The queues connect through ioredis (their `connection` options above).
    const client = (await queue.getBackend().client) as unknown as Redis;
    const pipeline = client.pipeline();
    for (const id of ids) pipeline.exists(queue.toKey(id));
    const answers = (await pipeline.exec()) ?? [];
    return ids.filter((_, index) => {
      const [error, found] = answers[index] ?? [null, 0];
      if (error) throw error;
      return found === 1;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close().catch(() => undefined)));
    this.queues.clear();
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: {
          url: this.config.REDIS_URL,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          retryStrategy: (attempt: number) => Math.min(attempt * 200, 5_000),
        },
        prefix: `${this.config.REDIS_PREFIX}:bull`,
        defaultJobOptions: defaultJobOptions(this.config.JOB_BACKOFF_MS),
      });
      // Whoever called addBulk hears about the failure; the emitter must not crash the process.
      queue.on('error', (error: Error) => this.logger.debug(`Queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }
}

import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type JobsOptions, Queue } from 'bullmq';
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

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  async addBulk<T>(queue: QueueName, jobs: NewJob<T>[]): Promise<void> {
    if (jobs.length === 0) return;
    const target = this.queue(queue);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        target.addBulk(
          jobs.map(({ name, data, key, opts }) => ({
            name,
            data,
            opts: { ...opts, jobId: jobId(name, key) },
          })),
        ),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Redis did not answer within ${ADD_TIMEOUT_MS} ms`)),
            ADD_TIMEOUT_MS,
          );
        }),
      ]);
    } catch (error) {
      this.queues.delete(queue);
      void target.close().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
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

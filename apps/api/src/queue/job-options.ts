import type { JobsOptions } from 'bullmq';

/** Retries with exponential backoff; failed jobs stay in Redis for inspection. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: false,
};

/**
 * The one place that names jobs: a job for the same thing gets the same id, so adding it twice
 * (a retried request, a second API instance) leaves one job in the queue.
 */
export function jobId(name: string, key: string): string {
  return `${name}.${key}`; // BullMQ refuses ":" in custom ids
}

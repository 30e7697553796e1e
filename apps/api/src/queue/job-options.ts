import type { JobsOptions } from 'bullmq';

/** Retries with exponential backoff; failed jobs stay in Redis for inspection. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: false,
};

/** The defaults with the configured first backoff (`JOB_BACKOFF_MS`). */
export function defaultJobOptions(backoffMs: number): JobsOptions {
  return { ...DEFAULT_JOB_OPTIONS, backoff: { type: 'exponential', delay: backoffMs } };
}

/**
 * The one place that names jobs: a job for the same thing gets the same id, so adding it twice
 * (a retried request, a second API instance, a relay that crashed before marking its rows) leaves
 * one job in the queue.
 */
export function jobId(name: string, key: string): string {
  return `${name}.${key}`; // BullMQ refuses ":" in custom ids
}

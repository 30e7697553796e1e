import type { Job } from 'bullmq';
import { runWithRequestId } from '../common/logging/request-context.js';

/** The request id a job carries (`data.requestId`, set where a request caused the job), if any. */
export function requestIdOf(job: Pick<Job, 'data'> | undefined): string | undefined {
  const requestId = (job?.data as { requestId?: unknown } | undefined)?.requestId;
  return typeof requestId === 'string' ? requestId : undefined;
}

/**
 * Runs a job's work in the context of the request that caused it: its log lines carry that
 * request id, and the jobs it queues (e-mails) take it along. Every processor runs its jobs in this.
 */
export function withJobContext<T>(job: Job, work: () => Promise<T>): Promise<T> {
  return runWithRequestId(requestIdOf(job), work);
}

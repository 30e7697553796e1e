import { getQueueToken, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import type { Job, Queue, Worker } from 'bullmq';
import { Metrics } from '../metrics/metrics.js';
import { requestIdOf } from './job-context.js';
import { ALL_QUEUES } from './queue-name.enum.js';

/** The states of a queue that are exported (`delayed` includes each schedule's next run). */
const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * The queues in numbers, and each job attempt of this process's workers in the metrics and the log.
 * Depth and the oldest waiting job are read from Redis when Prometheus scrapes (the same in every
 * process: aggregate with `max`); durations and failures are counted as this process's workers
 * finish attempts, and logged with the request id the job carries.
 */
@Injectable()
export class QueueMetrics implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Jobs');

  constructor(
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(ModuleRef) private readonly moduleRef: ModuleRef,
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    this.metrics.scrapedGauge(
      'queue_jobs',
      'Jobs in each BullMQ queue by state (waiting, active, delayed, failed)',
      ['queue', 'state'],
      async (set) => {
        for (const [name, queue] of this.queues()) {
          const counts = await queue.getJobCounts(...STATES);
          for (const state of STATES) set({ queue: name, state }, counts[state] ?? 0);
        }
      },
    );
    this.metrics.scrapedGauge(
      'queue_oldest_waiting_seconds',
      'Age of the oldest job waiting in each BullMQ queue (since it was added, its delay ended or its last attempt began); 0 when none waits',
      ['queue'],
      async (set) => {
        const now = Date.now();
        for (const [name, queue] of this.queues()) {
          const [oldest] = await queue.getJobs(['wait'], 0, 0, true);
          set({ queue: name }, oldest ? Math.max(0, (now - waitingSince(oldest)) / 1000) : 0);
        }
      },
    );
  }

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (instance instanceof WorkerHost) this.observe(instance.worker as Worker);
    }
  }

  private observe(worker: Worker): void {
    const queue = worker.name;
    worker.on('active', (job: Job) => {
      this.logger.debug({ ...describe(job), queue }, 'Job started');
    });
    worker.on('completed', (job: Job) => {
      const seconds = durationOf(job);
      this.metrics.jobDuration.observe({ queue, job: job.name, outcome: 'completed' }, seconds);
      this.logger.log({ ...describe(job), queue, durationMs: Math.round(seconds * 1000) }, 'Job completed');
    });
    worker.on('failed', (job: Job | undefined, error: Error) => {
      const name = job?.name ?? 'unknown';
      this.metrics.jobFailures.inc({ queue, job: name });
      if (job) this.metrics.jobDuration.observe({ queue, job: name, outcome: 'failed' }, durationOf(job));
      this.logger.warn(
        { ...(job ? describe(job) : {}), queue, attempt: job?.attemptsMade, error: error.message },
        'Job failed',
      );
    });
  }

  private *queues(): Generator<[string, Queue]> {
    for (const name of ALL_QUEUES) {
      yield [name, this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })];
    }
  }
}

/** What a log line says of a job: never its data beyond ids (job data holds ids only). */
function describe(job: Job): Record<string, unknown> {
  const requestId = requestIdOf(job);
  return { job: job.name, jobId: job.id, ...(requestId ? { requestId } : {}) };
}

function durationOf(job: Job): number {
  return job.processedOn ? Math.max(0, ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000) : 0;
}

/** When a waiting job began to wait: added, its delay over, or (a retry) its last attempt begun. */
function waitingSince(job: Job): number {
  return Math.max(job.timestamp + (job.opts.delay ?? 0), job.processedOn ?? 0);
}

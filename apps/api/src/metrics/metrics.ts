import { Inject, Injectable, Logger } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { AppConfig } from '../config/app-config.js';

/** Every series Klussenbank exports starts with this (docs/operations.md, "Metrics"). */
export const METRIC_PREFIX = 'klussenbank_';

/**
 * The Prometheus registry of one process (the API or a worker) and the metrics that are updated as
 * things happen. Gauges that read PostgreSQL or Redis are computed when Prometheus scrapes (see
 * `scrapedGauge`); their features register them. One registry per Nest application, not the
 * library's global one, so an API and a worker in one process (the tests) do not collide.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly logger = new Logger(Metrics.name);

  /** Per route pattern (`/api/v1/tasks/:id`, never the raw URL), method and status. */
  readonly httpRequestDuration = new Histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'HTTP requests by route pattern, method and status: time until the response was sent',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /** Every attempt a worker of this process finished, by queue, job name and outcome. */
  readonly jobDuration = new Histogram({
    name: `${METRIC_PREFIX}job_duration_seconds`,
    help: 'BullMQ job attempts run by this worker, by queue, job name and outcome (completed, failed)',
    labelNames: ['queue', 'job', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [this.registry],
  });

  /** Failed attempts (a retried job counts once per failed attempt). */
  readonly jobFailures = new Counter({
    name: `${METRIC_PREFIX}job_failures_total`,
    help: 'Failed BullMQ job attempts in this worker, by queue and job name (retried or not)',
    labelNames: ['queue', 'job'] as const,
    registers: [this.registry],
  });

  constructor(@Inject(AppConfig) config: AppConfig) {
    // Process metrics (CPU, memory, event loop lag, GC, handles) only where someone can scrape them:
    // they start timers and observers that live as long as the process.
    if (config.METRICS_PORT !== undefined) collectDefaultMetrics({ register: this.registry });
  }

  /**
   * A gauge whose values are read when Prometheus scrapes. `read` sets them through `set`; when it
   * fails (PostgreSQL or Redis away), the gauge is left empty for that scrape instead of failing
   * the whole scrape or showing stale values.
   */
  scrapedGauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    read: (set: (labels: Partial<Record<L, string>>, value: number) => void) => Promise<void> | void,
  ): Gauge<L> {
    const gauge: Gauge<L> = new Gauge<L>({
      name: `${METRIC_PREFIX}${name}`,
      help,
      labelNames,
      registers: [this.registry],
      collect: async () => {
        gauge.reset();
        try {
          await read((labels, value) => gauge.set(labels, value));
        } catch (error) {
          gauge.reset();
          this.logger.debug(`Metric ${name} not read: ${(error as Error).message}`);
        }
      },
    });
    return gauge;
  }
}

import { Global, Module } from '@nestjs/common';
import { DatabasePoolMetrics } from './database-pool.metrics.js';
import { Metrics } from './metrics.js';
import { MetricsServer } from './metrics.server.js';

/**
 * Prometheus metrics of this process and the server that exposes them (`METRICS_PORT`). Global, so
 * each feature registers its own series (the queues, the outbox, the event streams) with `Metrics`.
 */
@Global()
@Module({
  providers: [Metrics, MetricsServer, DatabasePoolMetrics],
  exports: [Metrics],
})
export class MetricsModule {}

import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config.js';
import { defaultJobOptions } from './job-options.js';
import { JobQueue } from './job-queue.service.js';
import { QueueErrorLog } from './queue-error-log.js';
import { QueueMetrics } from './queue-metrics.js';
import { ALL_QUEUES } from './queue-name.enum.js';

/** BullMQ on Redis: the connection, every queue of QueueName, and the JobQueue producer (used by the worker). */
@Global()
@Module({
  imports: [
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: `${config.REDIS_PREFIX}:bull`,
        defaultJobOptions: defaultJobOptions(config.JOB_BACKOFF_MS),
      }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [JobQueue, QueueErrorLog, QueueMetrics],
  exports: [BullModule, JobQueue],
})
export class QueueModule {}

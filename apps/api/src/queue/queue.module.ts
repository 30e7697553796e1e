import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { DEFAULT_JOB_OPTIONS } from './job-options.js';
import { JobQueue } from './job-queue.service.js';
import { ALL_QUEUES } from './queue-name.enum.js';

/** BullMQ on Redis: the connection, every queue of QueueName, and the JobQueue producer. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: `${config.REDIS_PREFIX}:bull`,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [JobQueue],
  exports: [BullModule, JobQueue],
})
export class QueueModule {}

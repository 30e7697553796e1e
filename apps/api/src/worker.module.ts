import { AuditModule } from './audit/audit.module.js';
import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DigestsProcessor } from './notifications/digests.processor.js';
import { EventsProcessor } from './notifications/events.processor.js';
import { MatchingProcessor } from './notifications/matching.processor.js';
import { NotificationsProcessor } from './notifications/notifications.processor.js';
import { MATCH_CANDIDATES } from './notifications/match-candidates.provider.js';
import { NotificationsWorkerModule } from './notifications/notifications.module.js';
import { MatchingRepository } from './profiles/matching.repository.js';
import { MatchingService } from './profiles/matching.service.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { QueueName } from './queue/queue-name.enum.js';
import { QueueModule } from './queue/queue.module.js';
import { MaintenanceProcessor } from './tasks/maintenance.processor.js';
import { TasksWorkerModule } from './tasks/tasks-worker.module.js';
import { EvaluationsWorkerModule } from './evaluations/evaluations-worker.module.js';
import { WorkerHealthModule } from './health/worker-health.server.js';
import { PrivacyProcessor } from './privacy/privacy.processor.js';
import { PrivacyWorkerModule } from './privacy/privacy-worker.module.js';

/** Every queue has exactly one processor; a new QueueName without one does not compile. */
export const PROCESSORS: Record<QueueName, Type> = {
  [QueueName.Notifications]: NotificationsProcessor,
  [QueueName.Events]: EventsProcessor,
  [QueueName.Maintenance]: MaintenanceProcessor,
  [QueueName.Matching]: MatchingProcessor,
  [QueueName.Digests]: DigestsProcessor,
  [QueueName.Privacy]: PrivacyProcessor,
};

export interface WorkerOptions {
  /**
   * Provides MATCH_CANDIDATES: who a published klus suits (see match-candidates.provider.ts).
   * The profiles module's MatchingService unless a test brings its own.
   */
  matchCandidates?: Provider;
}

/**
 * The worker process: the processors of the queues it takes (`WORKER_QUEUES`, all by default) and,
 * unless it is only the mail worker, the outbox relay.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerOptions = {}): DynamicModule {
    const queues = config.workerQueues;
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL)),
        MetricsModule,
        QueueModule,
        AuditModule,
        NotificationsWorkerModule.forRoot({
          matchCandidates: options.matchCandidates ?? {
            provide: MATCH_CANDIDATES,
            // Built here: the notifications module does not import the profiles module.
            useFactory: (db: DataSource) => new MatchingService(new MatchingRepository(db)),
            inject: [DataSource],
          },
          relay: queues.some((queue) => queue !== QueueName.Notifications),
        }),
        TasksWorkerModule,
        EvaluationsWorkerModule,
        PrivacyWorkerModule,
        WorkerHealthModule,
      ],
      providers: queues.map((queue) => PROCESSORS[queue]),
    };
  }
}

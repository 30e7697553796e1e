import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { NotificationsProcessor } from './notifications/notifications.processor.js';
import { NotificationsWorkerModule } from './notifications/notifications.module.js';
import { QueueName } from './queue/queue-name.enum.js';
import { QueueModule } from './queue/queue.module.js';
import { MaintenanceProcessor } from './tasks/maintenance.processor.js';
import { TasksWorkerModule } from './tasks/tasks-worker.module.js';

/** Every queue has exactly one processor; a new QueueName without one does not compile. */
export const PROCESSORS: Record<QueueName, Type> = {
  [QueueName.Notifications]: NotificationsProcessor,
  [QueueName.Maintenance]: MaintenanceProcessor,
};

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL)),
        QueueModule,
        NotificationsWorkerModule,
        TasksWorkerModule,
      ],
    };
  }
}

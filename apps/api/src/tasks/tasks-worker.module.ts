import { Module } from '@nestjs/common';
import { MaintenanceProcessor } from './maintenance.processor.js';
import { TaskExpiryJob } from './task-expiry.job.js';

/** The worker side of klussen: the scheduled expiry. */
@Module({ providers: [TaskExpiryJob, MaintenanceProcessor] })
export class TasksWorkerModule {}

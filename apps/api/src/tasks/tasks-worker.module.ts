import { Module } from '@nestjs/common';
import { TaskExpiryJob } from './task-expiry.job.js';

/** The worker side of klussen: the scheduled expiry (its processor: the worker module's). */
@Module({ providers: [TaskExpiryJob], exports: [TaskExpiryJob] })
export class TasksWorkerModule {}

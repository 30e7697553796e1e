import { Module } from '@nestjs/common';
import { EvaluationReminderJob } from './evaluation-reminder.job.js';
import { EvaluationsRepository } from './evaluations.repository.js';

/** The worker side of evaluations: the daily reminder (its processor: the maintenance queue's). */
@Module({
  providers: [EvaluationReminderJob, EvaluationsRepository],
  exports: [EvaluationReminderJob],
})
export class EvaluationsWorkerModule {}

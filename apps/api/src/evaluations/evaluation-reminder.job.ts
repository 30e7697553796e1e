import { Inject, Injectable } from '@nestjs/common';
import { evaluationReminderWindow } from '@klussenbank/domain';
import { OutboxService } from '../notifications/outbox.service.js';
import { EvaluationsRepository } from './evaluations.repository.js';

export const EVALUATION_REMINDER_JOB = 'evaluation-reminder';
export interface EvaluationReminderJobData {
  /** The scan's "now" (ISO time); by default the time the job runs. Tests drive the clock with it. */
  now?: string;
}
/** Every morning at 08:00, Amsterdam time. */
export const EVALUATION_REMINDER_SCHEDULE = { pattern: '0 8 * * *', tz: 'Europe/Amsterdam' } as const;

/**
 * Reminds, once, whoever was asked to evaluate a klus 7 days ago and gave no evaluation yet. The
 * event key is klus and person, so however often the scan runs (or on how many workers), each
 * person hears it once; whoever evaluated is not found by the scan.
 */
@Injectable()
export class EvaluationReminderJob {
  constructor(
    @Inject(EvaluationsRepository) private readonly evaluations: EvaluationsRepository,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  async handle(now: Date = new Date()): Promise<number> {
    const { after, notAfter } = evaluationReminderWindow(now);
    return this.evaluations.transaction(async (tx) => {
      const due = await this.evaluations.dueReminders(tx, after, notAfter);
      for (const { taskId, userId } of due) {
        await this.outbox.record(tx, { type: 'evaluation.reminder', taskId, userId });
      }
      return due.length;
    });
  }
}

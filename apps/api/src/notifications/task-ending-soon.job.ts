import { Inject, Injectable } from '@nestjs/common';
import { NotificationsRepository } from './notifications.repository.js';
import { OutboxService } from './outbox.service.js';

export const TASK_ENDING_SOON_JOB = 'task-ending-soon';
export type TaskEndingSoonJobData = Record<string, never>;
/** Every morning at 07:00, Amsterdam time. */
export const TASK_ENDING_SOON_SCHEDULE = { pattern: '0 7 * * *', tz: 'Europe/Amsterdam' } as const;

/**
 * The morning reminders. Records "ends in 3 days" for running klussen with participants whose end
 * date is within three days (Amsterdam), through the outbox like any other event. The event key holds the end date, so
 * the daily scan records each once, and again only if the end date moves. Likewise "a checkpoint
 * in 3 days" for the trekkers of a dossier that is still open (keyed by checkpoint and date).
 */
@Injectable()
export class TaskEndingSoonJob {
  constructor(
    @Inject(NotificationsRepository) private readonly notifications: NotificationsRepository,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  async handle(): Promise<number> {
    return this.notifications.transaction(async (tx) => {
      const tasks = await this.notifications.tasksEndingSoon(tx);
      for (const task of tasks) {
        await this.outbox.record(tx, { type: 'task.ending-soon', taskId: task.id, endDate: task.end_date });
      }
      const checkpoints = await this.notifications.checkpointsSoon(tx);
      for (const checkpoint of checkpoints) {
        await this.outbox.record(tx, {
          type: 'dossier.checkpoint-upcoming',
          dossierId: checkpoint.dossier_id,
          checkpointId: checkpoint.id,
          plannedOn: checkpoint.planned_on,
        });
      }
      return tasks.length + checkpoints.length;
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
    @InjectDataSource() private readonly db: DataSource,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  async handle(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const tasks = await tx.query<{ id: string; end_date: string }[]>(
        `SELECT t.id, to_char(t.end_date, 'YYYY-MM-DD') AS end_date
           FROM tasks t
          WHERE t.status IN ('open', 'full', 'in-progress')
            AND t.end_date > (now() AT TIME ZONE 'Europe/Amsterdam')::date
            AND t.end_date <= (now() AT TIME ZONE 'Europe/Amsterdam')::date + 3
            AND EXISTS (SELECT 1 FROM claims c WHERE c.task_id = t.id AND c.status = 'active')`,
      );
      for (const task of tasks) {
        await this.outbox.record(tx, { type: 'task.ending-soon', taskId: task.id, endDate: task.end_date });
      }
      const checkpoints = await tx.query<{ id: string; dossier_id: string; planned_on: string }[]>(
        `SELECT c.id, c.dossier_id, to_char(c.planned_on, 'YYYY-MM-DD') AS planned_on
           FROM dossier_checkpoints c JOIN dossiers d ON d.id = c.dossier_id
          WHERE c.status = 'planned' AND d.status IN ('exploring', 'active')
            AND c.planned_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date
            AND c.planned_on <= (now() AT TIME ZONE 'Europe/Amsterdam')::date + 3`,
      );
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

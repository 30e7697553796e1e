import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export const EXPIRE_TASKS_JOB = 'expire-tasks';
export type ExpireTasksJobData = Record<string, never>;
export const EXPIRE_TASKS_EVERY_MS = 15 * 60 * 1000;

/**
 * Closes klussen whose end date (a day in Europe/Amsterdam) has passed while they still waited to
 * start, and tells each poster in the app. One statement: a retry or a second worker finds nothing
 * left to expire, and the notification key keeps the message single.
 */
@Injectable()
export class TaskExpiryJob {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async handle(): Promise<number> {
    const rows = await this.db.query<{ id: string }[]>(
      `WITH expired AS (
         UPDATE tasks SET status = 'expired', updated_at = now()
          WHERE status IN ('open', 'full') AND end_date < (now() AT TIME ZONE 'Europe/Amsterdam')::date
          RETURNING id, poster_id, title
       ), told AS (
         INSERT INTO notifications (user_id, type, event_key, data)
         SELECT poster_id, 'task-expired', 'task-expired:' || id, json_build_object('taskId', id, 'title', title)
           FROM expired
         ON CONFLICT (user_id, event_key) DO NOTHING
       )
       SELECT id FROM expired`,
    );
    return rows.length;
  }
}

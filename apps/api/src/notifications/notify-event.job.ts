import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationFanOut } from './notification-fan-out.service.js';
import { type DirectEvent, NotificationRecipients } from './notification-recipients.js';
import { NOTIFICATION_OF, type OutboxJobData } from './outbox-event.js';

export const NOTIFY_EVENT_JOB = 'event';
export type NotifyEventJobData = OutboxJobData<DirectEvent>;

/** One event (not a published klus) to its few recipients: a claimant, a poster, a line manager. */
@Injectable()
export class NotifyEventJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(NotificationRecipients) private readonly recipients: NotificationRecipients,
    @Inject(NotificationFanOut) private readonly fanOut: NotificationFanOut,
  ) {}

  async handle({ eventKey, event }: NotifyEventJobData): Promise<void> {
    const userIds = await this.recipients.of(event);
    const { type, ...ids } = event;
    await this.fanOut.deliver(
      NOTIFICATION_OF[type],
      eventKey,
      {
        ...ids,
        ...(await taskSnapshot(this.db, 'taskId' in event ? event.taskId : null)),
        ...(await dossierSnapshot(this.db, event)),
      },
      userIds.map((userId) => ({ userId })),
    );
  }
}

/** The klus's title as it was, so the list in the app reads well even after the klus is gone. */
export async function taskSnapshot(db: DataSource, taskId: string | null): Promise<{ taskTitle?: string }> {
  if (!taskId) return {};
  const [task] = await db.query<{ title: string }[]>(`SELECT title FROM tasks WHERE id = $1`, [taskId]);
  return task ? { taskTitle: task.title } : {};
}

/** The dossier's title (and the person or checkpoint the event is about) as it was. */
export async function dossierSnapshot(
  db: DataSource,
  event: DirectEvent,
): Promise<{ dossierTitle?: string; userName?: string; checkpointTitle?: string }> {
  if (!('dossierId' in event)) return {};
  const [row] = await db.query<
    { dossierTitle: string; userName: string | null; checkpointTitle: string | null }[]
  >(
    `SELECT d.title AS "dossierTitle",
            (SELECT display_name FROM users WHERE id = $2) AS "userName",
            (SELECT title FROM dossier_checkpoints WHERE id = $3) AS "checkpointTitle"
       FROM dossiers d WHERE d.id = $1`,
    [
      event.dossierId,
      'userId' in event ? event.userId : null,
      'checkpointId' in event ? event.checkpointId : null,
    ],
  );
  if (!row) return {};
  return {
    dossierTitle: row.dossierTitle,
    ...(row.userName ? { userName: row.userName } : {}),
    ...(row.checkpointTitle ? { checkpointTitle: row.checkpointTitle } : {}),
  };
}

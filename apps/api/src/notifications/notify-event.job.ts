import { Inject, Injectable } from '@nestjs/common';
import { NotificationFanOut } from './notification-fan-out.service.js';
import { type DirectEvent, NotificationRecipients } from './notification-recipients.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NOTIFICATION_OF, type OutboxJobData } from './outbox-event.js';

export const NOTIFY_EVENT_JOB = 'event';
export type NotifyEventJobData = OutboxJobData<DirectEvent>;

/** One event (not a published klus) to its few recipients: a claimant, a poster, a line manager. */
@Injectable()
export class NotifyEventJob {
  constructor(
    @Inject(NotificationsRepository) private readonly notifications: NotificationsRepository,
    @Inject(NotificationRecipients) private readonly recipients: NotificationRecipients,
    @Inject(NotificationFanOut) private readonly fanOut: NotificationFanOut,
  ) {}

  async handle({ eventKey, event }: NotifyEventJobData): Promise<void> {
    const userIds = await this.recipients.of(event);
    const { type, ...ids } = event;
    const data = {
      ...ids,
      ...(await taskSnapshot(this.notifications, 'taskId' in event ? event.taskId : null)),
      ...(await dossierSnapshot(this.notifications, event)),
      ...('successId' in event ? await this.notifications.successSnapshot(event.successId) : {}),
    };
    await this.fanOut.deliver(
      NOTIFICATION_OF[type],
      eventKey,
      data,
      userIds.map((userId) => ({ userId })),
    );
    if (event.type === 'success.shared') {
      await this.notifications.storeWeeklySuccess(
        NOTIFICATION_OF[type],
        eventKey,
        JSON.stringify(data),
        event.successId,
      );
    }
  }
}

/** The klus's title as it was, so the list in the app reads well even after the klus is gone. */
export async function taskSnapshot(
  notifications: NotificationsRepository,
  taskId: string | null,
): Promise<{ taskTitle?: string }> {
  if (!taskId) return {};
  const taskTitle = await notifications.taskTitle(taskId);
  return taskTitle !== undefined ? { taskTitle } : {};
}

/** The dossier's title (and the person or checkpoint the event is about) as it was. */
export async function dossierSnapshot(
  notifications: NotificationsRepository,
  event: DirectEvent,
): Promise<{ dossierTitle?: string; userName?: string; checkpointTitle?: string }> {
  if (!('dossierId' in event)) return {};
  const row = await notifications.dossierSnapshot(
    event.dossierId,
    'userId' in event ? event.userId : null,
    'checkpointId' in event ? event.checkpointId : null,
  );
  if (!row) return {};
  return {
    dossierTitle: row.dossierTitle,
    ...(row.userName ? { userName: row.userName } : {}),
    ...(row.checkpointTitle ? { checkpointTitle: row.checkpointTitle } : {}),
  };
}

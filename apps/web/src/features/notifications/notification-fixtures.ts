import type { AppNotification, NotificationPage } from './notification-api';

/** Test data in the API's shapes. */
export const MATCH_TASK_ID = '7a1c1b8e-0000-4000-8000-000000000111';
export const ACCEPTED_TASK_ID = '7a1c1b8e-0000-4000-8000-000000000112';

export function buildNotification(overrides: Partial<AppNotification> = {}): AppNotification {
  return {
    id: '9c1c1b8e-0000-4000-8000-000000000001',
    type: 'task-match',
    data: {
      taskId: MATCH_TASK_ID,
      taskTitle: 'Kaarten voor de omgevingsvisie',
      score: 86,
      reasons: [{ kind: 'required', skill: 'GIS', level: 'expert', demonstrated: false }, { kind: 'hours' }],
    },
    createdAt: '2026-11-30T13:05:00.000Z',
    readAt: null,
    ...overrides,
  };
}

export function notificationPage(
  items: AppNotification[],
  { total = items.length, page = 1, unreadCount = items.filter((n) => n.readAt === null).length } = {},
): NotificationPage {
  return { items, page, pageSize: 20, total, unreadCount };
}

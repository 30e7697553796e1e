import { apiRequest } from '../../api/client';
import type { Page } from '../tasks/task-api';

/** GET /api/v1/me/notifications: one in-app notification. */
export interface AppNotification {
  id: string;
  /** One of the API's notification types; one it adds later still shows, in general words. */
  type: string;
  /** Ids (taskId, claimId), the klus's title as it was (taskTitle), endDate, a match's score and reasons. */
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<AppNotification> {
  /** All unread, not only those on this page. */
  unreadCount: number;
}

export const RHYTHMS = ['immediately', 'daily', 'weekly', 'off'] as const;
export type Rhythm = (typeof RHYTHMS)[number];
/** In the app: on or off, never bundled (the API refuses daily and weekly there). */
export const IN_APP_RHYTHMS = ['immediately', 'off'] as const satisfies readonly Rhythm[];

export interface NotificationPreferences {
  inApp: Rhythm;
  email: Rhythm;
}

export const NOTIFICATIONS_PATH = '/api/v1/me/notifications';
export const UNREAD_COUNT_PATH = `${NOTIFICATIONS_PATH}/unread-count`;
export const NOTIFICATION_STREAM_PATH = `${NOTIFICATIONS_PATH}/stream`;
export const NOTIFICATION_PREFERENCES_PATH = '/api/v1/me/notification-preferences';
export const NOTIFICATIONS_PAGE_SIZE = 20;

export const notificationsPath = (page: number) =>
  `${NOTIFICATIONS_PATH}?page=${page}&pageSize=${NOTIFICATIONS_PAGE_SIZE}`;

export function markNotificationRead(id: string): Promise<AppNotification> {
  return apiRequest(`${NOTIFICATIONS_PATH}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: { read: true },
  });
}

/** `until`: only those created up to then (the newest the reader saw). */
export function markAllNotificationsRead(until?: string): Promise<{ unreadCount: number }> {
  return apiRequest(NOTIFICATIONS_PATH, {
    method: 'PATCH',
    body: until ? { read: true, until } : { read: true },
  });
}

export function saveNotificationPreferences(
  preferences: NotificationPreferences,
): Promise<NotificationPreferences> {
  return apiRequest(NOTIFICATION_PREFERENCES_PATH, { method: 'PUT', body: preferences });
}

import { IN_APP_RHYTHMS, RHYTHMS, type Rhythm } from '@klussenbank/domain';
import { api, apiQuery, API_BASE, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

export { IN_APP_RHYTHMS, RHYTHMS, type Rhythm };

/**
 * GET /me/notifications: one in-app notification. A type the API adds later still shows, in general
 * words, so the client takes any string besides the documented ones.
 */
export type AppNotification = Omit<Schemas['NotificationDto'], 'type'> & {
  type: Schemas['NotificationDto']['type'] | (string & {});
};

/** A page of notifications with `unreadCount`: all unread, not only those on this page. */
export type NotificationPage = Omit<Schemas['NotificationPageDto'], 'items'> & { items: AppNotification[] };

export type NotificationPreferences = Schemas['NotificationPreferencesDto'];

/** Server-sent events: EventSource, not the typed client. */
export const NOTIFICATION_STREAM_PATH = `${API_BASE}/me/notifications/stream`;
export const NOTIFICATIONS_PAGE_SIZE = 20;

export const notificationsQuery = (page: number) =>
  apiQuery('/me/notifications', { params: { query: { page, pageSize: NOTIFICATIONS_PAGE_SIZE } } });
export const notificationPreferencesQuery = () => apiQuery('/me/notification-preferences');

export function fetchUnreadCount(signal?: AbortSignal): Promise<Schemas['UnreadCountDto']> {
  return unwrap(api.GET('/me/notifications/unread-count', { signal }));
}

export function markNotificationRead(id: string): Promise<AppNotification> {
  return unwrap(api.PATCH('/me/notifications/{id}', { params: { path: { id } }, body: { read: true } }));
}

/** `until`: only those created up to then (the newest the reader saw). */
export function markAllNotificationsRead(until?: string): Promise<Schemas['UnreadCountDto']> {
  return unwrap(api.PATCH('/me/notifications', { body: until ? { read: true, until } : { read: true } }));
}

export function saveNotificationPreferences(
  preferences: NotificationPreferences,
): Promise<NotificationPreferences> {
  return unwrap(api.PUT('/me/notification-preferences', { body: preferences }));
}

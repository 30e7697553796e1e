import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppNotification, fetchUnreadCount } from './notification-api';
import { openNotificationStream } from './notification-stream';
import { type LiveNotifications, NotificationsContext } from './notifications-context';
import { useNotificationText } from './useNotificationText';

type Listener = (notification: AppNotification) => void;

/**
 * The unread count and the new notifications, live, for as long as someone is signed in: the app
 * shell holds it, so signing out (which unmounts the shell) closes the stream.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const describe = useNotificationText();
  const [unreadCount, setUnreadCount] = useState<number | null>(null);
  const [reconnects, setReconnects] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const listeners = useRef(new Set<Listener>());
  // The stream outlives language changes; the announcement uses the language of the moment.
  const announce = useRef<Listener>(() => undefined);

  useEffect(() => {
    announce.current = (notification) =>
      setAnnouncement(t('notifications.announce', { text: describe(notification).text }));
  }, [t, describe]);

  useEffect(() => {
    const controller = new AbortController();
    let counted = false;
    // The stream sends the count too; this is for browsers or proxies where the stream does not get through.
    fetchUnreadCount(controller.signal).then(
      ({ unreadCount }) => {
        if (!counted) setUnreadCount(unreadCount);
      },
      () => undefined,
    );
    const stop = openNotificationStream({
      onUnreadCount: (count) => {
        counted = true;
        setUnreadCount(count);
      },
      onNotification: (notification) => {
        if (notification.readAt === null) setUnreadCount((count) => (count ?? 0) + 1);
        announce.current(notification);
        for (const listener of listeners.current) listener(notification);
      },
      onReconnect: () => setReconnects((n) => n + 1),
      // Logged out in another tab: the API's answer to this (401) ends the session here too.
      onRefused: () => {
        fetchUnreadCount(controller.signal).then(
          ({ unreadCount }) => setUnreadCount(unreadCount),
          () => undefined,
        );
      },
    });
    return () => {
      controller.abort();
      stop();
    };
  }, []);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const value = useMemo<LiveNotifications>(
    () => ({ unreadCount, setUnreadCount, subscribe, reconnects, announcement }),
    [unreadCount, subscribe, reconnects, announcement],
  );
  return <NotificationsContext value={value}>{children}</NotificationsContext>;
}

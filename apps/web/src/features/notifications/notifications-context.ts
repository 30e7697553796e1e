import { createContext, useContext } from 'react';
import type { AppNotification } from './notification-api';

export interface LiveNotifications {
  /** Null until known. */
  unreadCount: number | null;
  setUnreadCount: (update: (count: number | null) => number | null) => void;
  /** `listener` hears each notification that arrives live; returns the unsubscribe. */
  subscribe: (listener: (notification: AppNotification) => void) => () => void;
  /** Goes up each time the live stream comes back after a break: what came meanwhile was missed. */
  reconnects: number;
  /** "Nieuwe melding: …", for a polite live region. */
  announcement: string;
}

export const NotificationsContext = createContext<LiveNotifications | null>(null);

/** The signed-in user's live notifications; only inside the app shell. */
export function useNotifications(): LiveNotifications {
  const live = useContext(NotificationsContext);
  if (!live) throw new Error('useNotifications is only for pages inside the app shell');
  return live;
}

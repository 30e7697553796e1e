import type { AppNotification } from './notification-api';
import { NOTIFICATION_STREAM_PATH } from './notification-api';

export interface StreamHandlers {
  onUnreadCount: (unreadCount: number) => void;
  onNotification: (notification: AppNotification) => void;
  /** The stream came back after a break: what happened meanwhile was not sent. */
  onReconnect: () => void;
  /**
   * The stream was refused (EventSource does not say why): the holder asks the API, whose 401, if
   * the session has ended, goes the way of every 401.
   */
  onRefused: () => void;
}

/** When the browser stopped retrying by itself (an error status, the session gone), try again after this. */
export const STREAM_RETRY_MS = 60_000;

function parse(event: MessageEvent): unknown {
  try {
    return typeof event.data === 'string' ? (JSON.parse(event.data) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toNotification(value: unknown): AppNotification | undefined {
  if (!isRecord(value)) return undefined;
  const { id, type, data, createdAt, readAt } = value;
  if (typeof id !== 'string' || typeof type !== 'string' || typeof createdAt !== 'string') return undefined;
  return {
    id,
    type,
    data: isRecord(data) ? data : {},
    createdAt,
    readAt: typeof readAt === 'string' ? readAt : null,
  };
}

/**
 * Listens to the API's Server-Sent Events for the signed-in user. EventSource reconnects by itself
 * (the API asks for 5 s) and sends the session cookie, as it is the same origin. Returns the stop.
 */
export function openNotificationStream(handlers: StreamHandlers): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  let source: EventSource | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let opened = false;
  let stopped = false;

  const connect = () => {
    const current = new EventSource(NOTIFICATION_STREAM_PATH, { withCredentials: true });
    source = current;
    current.addEventListener('open', () => {
      if (opened) handlers.onReconnect();
      opened = true;
    });
    current.addEventListener('unread-count', (event) => {
      const data = parse(event);
      if (isRecord(data) && typeof data.unreadCount === 'number') handlers.onUnreadCount(data.unreadCount);
    });
    current.addEventListener('notification', (event) => {
      const notification = toNotification(parse(event));
      if (notification) handlers.onNotification(notification);
    });
    current.addEventListener('error', () => {
      if (stopped || current.readyState !== EventSource.CLOSED) return;
      current.close();
      handlers.onRefused();
      retry = setTimeout(connect, STREAM_RETRY_MS);
    });
  };

  connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    source?.close();
  };
}

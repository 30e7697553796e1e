import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource, openStream, stubEventSource } from '../../test-utils';
import { buildNotification } from './notification-fixtures';
import { openNotificationStream, STREAM_RETRY_MS, type StreamHandlers } from './notification-stream';

describe(openNotificationStream.name, () => {
  let handlers: { [K in keyof StreamHandlers]: ReturnType<typeof vi.fn<StreamHandlers[K]>> };

  beforeEach(() => {
    stubEventSource();
    handlers = {
      onUnreadCount: vi.fn(),
      onNotification: vi.fn(),
      onReconnect: vi.fn(),
      onRefused: vi.fn(),
    };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens the stream with the session cookie and passes on its events', () => {
    const stop = openNotificationStream(handlers);
    const stream = openStream();
    expect(stream.url).toBe('/api/v1/me/notifications/stream');
    expect(stream.withCredentials).toBe(true);

    stream.open();
    stream.emit('unread-count', { unreadCount: 4 });
    const notification = buildNotification();
    stream.emit('notification', notification);
    stream.emit('notification', { nonsense: true });
    stream.dispatchEvent(new MessageEvent('unread-count', { data: 'not json' }));

    expect(handlers.onUnreadCount.mock.calls).toEqual([[4]]);
    expect(handlers.onNotification.mock.calls).toEqual([[notification]]);
    expect(handlers.onReconnect).not.toHaveBeenCalled();
    stop();
    expect(stream.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('says when it is back after a break, so the list can be fetched again', () => {
    openNotificationStream(handlers);
    const stream = openStream();
    stream.open();
    stream.fail();
    stream.open();
    expect(handlers.onReconnect).toHaveBeenCalledTimes(1);
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('opens a new stream a minute after the browser gave up, but not once stopped', () => {
    vi.useFakeTimers();
    const stop = openNotificationStream(handlers);
    openStream().fail({ closed: true });
    expect(FakeEventSource.instances).toHaveLength(1);

    vi.advanceTimersByTime(STREAM_RETRY_MS);
    expect(FakeEventSource.instances).toHaveLength(2);
    openStream().open();
    expect(handlers.onReconnect).not.toHaveBeenCalled();

    openStream().fail({ closed: true });
    stop();
    vi.advanceTimersByTime(STREAM_RETRY_MS);
    expect(FakeEventSource.instances).toHaveLength(2);
  });

  it('says when the browser gave up, so the holder can ask the API whether the session has ended', () => {
    const stop = openNotificationStream(handlers);
    openStream().fail({ closed: false });
    expect(handlers.onRefused).not.toHaveBeenCalled();

    openStream().fail({ closed: true });
    expect(handlers.onRefused).toHaveBeenCalledOnce();
    stop();
  });

  it('does nothing where there is no EventSource', () => {
    vi.stubGlobal('EventSource', undefined);
    expect(() => openNotificationStream(handlers)()).not.toThrow();
  });
});

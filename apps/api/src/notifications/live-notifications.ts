import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import { sessionEndedChannel } from '../auth/session.service.js';
import { createRedis } from '../common/redis/redis.module.js';
import { AppConfig } from '../config/app-config.js';
import { Metrics } from '../metrics/metrics.js';

/** What a connected client hears: a new notification, or its unread count after a change. */
export type LiveEvent =
  | {
      event: 'notification';
      data: { id: string; type: string; data: unknown; createdAt: string; readAt: null };
    }
  | { event: 'unread-count'; data: { unreadCount: number } };

const channel = (prefix: string, userId: string) => `${prefix}:live:${userId}`;

/**
 * Publishes live events on Redis pub/sub, one channel per user. Best effort: the stored
 * notifications are the truth and a client refetches them when it reconnects, so a publish that
 * fails (Redis away) is logged and dropped.
 */
@Injectable()
export class LivePublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(LivePublisher.name);
  private redis: Redis | undefined;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  onModuleInit(): void {
    // Commands wait while the connection (re)connects, but fail after one retry when Redis is away.
    this.redis = new Redis(this.config.REDIS_URL, {
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    });
    this.redis.on('error', () => undefined); // reported where a publish fails
  }

  async publish(events: { userId: string; event: LiveEvent }[]): Promise<void> {
    if (events.length === 0 || !this.redis) return;
    const pipeline = this.redis.pipeline();
    for (const { userId, event } of events) {
      pipeline.publish(channel(this.config.REDIS_PREFIX, userId), JSON.stringify(event));
    }
    try {
      await pipeline.exec();
    } catch (error) {
      this.logger.warn(`Live updates not published: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

type Listener = (event: LiveEvent) => void;

/** A session may hold this many streams open in one API instance; a new one closes the oldest. */
export const MAX_STREAMS_PER_SESSION = 5;

interface OpenStream {
  userId: string;
  sessionId: string;
  listener: Listener;
  close: () => void;
}

/**
 * The API's side: one pattern subscription for the whole process, fanned out to the streams that
 * are open in it, and one subscription to ended sessions, which closes their streams in every
 * instance. ioredis subscribes again by itself after a reconnect.
 */
@Injectable()
export class LiveNotificationHub implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(LiveNotificationHub.name);
  private readonly byUser = new Map<string, Set<OpenStream>>();
  /** Per session, oldest first. */
  private readonly bySession = new Map<string, OpenStream[]>();
  private subscriber: Redis | undefined;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.metrics.scrapedGauge(
      'event_streams_open',
      'Live notification streams (server-sent events) open in this API instance',
      [],
      (set) => set({}, this.openStreams),
    );
    const prefix = `${this.config.REDIS_PREFIX}:live:`;
    const ended = sessionEndedChannel(this.config.REDIS_PREFIX);
    this.subscriber = createRedis(this.config.REDIS_URL, this.logger, { forWorker: true });
    this.subscriber.on('pmessage', (_pattern: string, name: string, message: string) => {
      const streams = this.byUser.get(name.slice(prefix.length));
      if (!streams) return;
      let event: LiveEvent;
      try {
        event = JSON.parse(message) as LiveEvent;
      } catch {
        return;
      }
      for (const stream of streams) stream.listener(event);
    });
    this.subscriber.on('message', (name: string, sessionId: string) => {
      if (name === ended) this.endSession(sessionId);
    });
    Promise.all([this.subscriber.psubscribe(`${prefix}*`), this.subscriber.subscribe(ended)]).catch(
      (error: Error) => {
        this.logger.warn(`Live updates unavailable until Redis answers: ${error.message}`);
      },
    );
  }

  /**
   * Listens for one user's events on behalf of one session; `close` ends the stream (when the
   * session ends, when the session opens too many, or when the application stops).
   */
  listen(
    { userId, sessionId }: { userId: string; sessionId: string },
    listener: Listener,
    close: () => void,
  ): () => void {
    const stream: OpenStream = { userId, sessionId, listener, close };
    let ofUser = this.byUser.get(userId);
    if (!ofUser) this.byUser.set(userId, (ofUser = new Set()));
    ofUser.add(stream);
    const ofSession = this.bySession.get(sessionId) ?? [];
    this.bySession.set(sessionId, [...ofSession, stream]);
    if (ofSession.length + 1 > MAX_STREAMS_PER_SESSION) ofSession[0]?.close();
    return () => this.forget(stream);
  }

  get openStreams(): number {
    let count = 0;
    for (const streams of this.bySession.values()) count += streams.length;
    return count;
  }

  /** Open streams would keep the HTTP server from closing. */
  beforeApplicationShutdown(): void {
    for (const streams of [...this.bySession.values()]) for (const stream of streams) stream.close();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private endSession(sessionId: string): void {
    for (const stream of this.bySession.get(sessionId) ?? []) stream.close();
  }

  private forget(stream: OpenStream): void {
    const ofUser = this.byUser.get(stream.userId);
    ofUser?.delete(stream);
    if (ofUser?.size === 0) this.byUser.delete(stream.userId);
    const ofSession = (this.bySession.get(stream.sessionId) ?? []).filter((open) => open !== stream);
    if (ofSession.length) this.bySession.set(stream.sessionId, ofSession);
    else this.bySession.delete(stream.sessionId);
  }
}

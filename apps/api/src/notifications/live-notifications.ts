import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import { createRedis } from '../common/redis/redis.module.js';
import { AppConfig } from '../config/app-config.js';

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

/**
 * The API's side: one pattern subscription for the whole process, fanned out to the streams that
 * are open in it. ioredis subscribes again by itself after a reconnect.
 */
@Injectable()
export class LiveNotificationHub implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(LiveNotificationHub.name);
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly closers = new Set<() => void>();
  private subscriber: Redis | undefined;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  onModuleInit(): void {
    const prefix = `${this.config.REDIS_PREFIX}:live:`;
    this.subscriber = createRedis(this.config.REDIS_URL, this.logger, { forWorker: true });
    this.subscriber.on('pmessage', (_pattern: string, name: string, message: string) => {
      const listeners = this.listeners.get(name.slice(prefix.length));
      if (!listeners) return;
      let event: LiveEvent;
      try {
        event = JSON.parse(message) as LiveEvent;
      } catch {
        return;
      }
      for (const listener of listeners) listener(event);
    });
    this.subscriber.psubscribe(`${prefix}*`).catch((error: Error) => {
      this.logger.warn(`Live updates unavailable until Redis answers: ${error.message}`);
    });
  }

  /** Listens for one user's events; `close` ends the stream when the application stops. */
  listen(userId: string, listener: Listener, close: () => void): () => void {
    let set = this.listeners.get(userId);
    if (!set) this.listeners.set(userId, (set = new Set()));
    set.add(listener);
    this.closers.add(close);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(userId);
      this.closers.delete(close);
    };
  }

  get openStreams(): number {
    return this.closers.size;
  }

  /** Open streams would keep the HTTP server from closing. */
  beforeApplicationShutdown(): void {
    for (const close of [...this.closers]) close();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }
}

import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config.js';

/**
 * One Redis connection for the API's own use (rate limits, readiness). Commands fail fast while
 * Redis is away instead of queueing up, and a lost connection is logged once, not per retry.
 */
export function createRedis(url: string, logger: Logger, options: { forWorker?: boolean } = {}): Redis {
  const redis = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: options.forWorker ?? false,
    maxRetriesPerRequest: options.forWorker ? null : 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) logger.warn(`Redis unavailable: ${error.message}`);
    down = true;
  });
  redis.on('ready', () => {
    if (down) logger.log('Redis available again');
    down = false;
  });
  return redis;
}

@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: Redis;
  readonly prefix: string;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.redis = createRedis(config.REDIS_URL, new Logger(RedisClient.name));
    this.prefix = config.REDIS_PREFIX;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({ providers: [RedisClient], exports: [RedisClient] })
export class RedisModule {}

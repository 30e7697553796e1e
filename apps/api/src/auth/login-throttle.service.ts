import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config.js';
import { RedisClient } from '../common/redis/redis.module.js';
import { ProblemException } from '../common/problem/problem.js';

/**
 * Counts failed logins per account and per IP address in Redis, so the limit holds across API
 * instances. While either counter is over its limit every attempt is refused, right or wrong.
 */
@Injectable()
export class LoginThrottleService {
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(AppConfig) config: AppConfig, @Inject(RedisClient) client: RedisClient) {
    const window = {
      duration: config.LOGIN_BLOCK_MINUTES * 60,
      blockDuration: config.LOGIN_BLOCK_MINUTES * 60,
    };
    // While Redis is away, counting goes on in this process rather than not at all.
    const limiter = (name: string, points: number) =>
      new RateLimiterRedis({
        ...window,
        storeClient: client.redis,
        keyPrefix: `${config.REDIS_PREFIX}:login-fail:${name}`,
        points,
        insuranceLimiter: new RateLimiterMemory({ ...window, points }),
      });
    this.perAccount = limiter('account', config.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    this.perIp = limiter('ip', config.LOGIN_MAX_FAILURES_PER_IP);
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.perAccount.get(email), this.perIp.get(ip)]);
    const waits = [account, address]
      .filter((res): res is RateLimiterRes => res !== null && res.remainingPoints <= 0)
      .map((res) => Math.ceil(res.msBeforeNext / 1000));
    if (waits.length > 0) throw tooManyAttempts(Math.max(...waits));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    // A rejection here only means the limit is reached; the next attempt is refused by assertAllowed.
    await Promise.allSettled([this.perAccount.consume(email), this.perIp.consume(ip)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}

function tooManyAttempts(retryAfterSeconds: number): ProblemException {
  return new ProblemException(429, 'too-many-login-attempts', {
    params: { minutes: Math.ceil(retryAfterSeconds / 60) },
    extensions: { retryAfterSeconds },
  });
}

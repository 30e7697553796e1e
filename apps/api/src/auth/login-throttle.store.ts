import type { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

/** An attempt of a pair: counted (its number) and allowed, or refused while the pair waits. */
export type PairReservation = { allowed: true; attempt: number } | { allowed: false; waitMs: number };

/** The few counter operations the login throttle needs; every key expires. */
export interface ThrottleStore {
  /**
   * In one atomic step: refuses while `waitKey` lives; otherwise counts the attempt in `countKey`
   * (which lives `memoryMs` after the last) and, if `delaysMs` (by attempt number, the last one
   * repeating) says so, starts the wait that follows it.
   */
  reserve(countKey: string, waitKey: string, memoryMs: number, delaysMs: number[]): Promise<PairReservation>;
  /** Milliseconds the key still lives (0 when absent). */
  ttlMs(keys: string[]): Promise<number[]>;
  /** The counters' values (0 when absent). */
  counts(keys: string[]): Promise<number[]>;
  /** Adds one; `sliding` renews the life at every increment, otherwise it runs from the first. */
  increment(key: string, ttlMs: number, sliding: boolean): Promise<number>;
  set(key: string, ttlMs: number): Promise<void>;
  /** Sets the key unless it exists; true when this call set it. */
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>;
  delete(keys: string[]): Promise<void>;
}

const RESERVE_SCRIPT = `
local wait = redis.call('PTTL', KEYS[2])
if wait > 0 then return -wait end
local n = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
local delay = tonumber(ARGV[math.min(n, #ARGV - 1) + 1])
if delay > 0 then redis.call('SET', KEYS[2], '1', 'PX', delay) end
return n`;

export class RedisThrottleStore implements ThrottleStore {
  constructor(private readonly redis: Redis) {}

  async reserve(
    countKey: string,
    waitKey: string,
    memoryMs: number,
    delaysMs: number[],
  ): Promise<PairReservation> {
    const result = Number(await this.redis.eval(RESERVE_SCRIPT, 2, countKey, waitKey, memoryMs, ...delaysMs));
    return result > 0 ? { allowed: true, attempt: result } : { allowed: false, waitMs: -result };
  }

  async ttlMs(keys: string[]): Promise<number[]> {
    const pipeline = this.redis.pipeline();
    for (const key of keys) pipeline.pttl(key);
    return results(await pipeline.exec()).map((ttl) => Math.max(0, Number(ttl)));
  }

  async counts(keys: string[]): Promise<number[]> {
    if (keys.length === 0) return [];
    return (await this.redis.mget(...keys)).map((value) => Number(value ?? 0));
  }

  async increment(key: string, ttlMs: number, sliding: boolean): Promise<number> {
    const pipeline = this.redis.multi().incr(key);
    if (sliding) pipeline.pexpire(key, ttlMs);
    else pipeline.pexpire(key, ttlMs, 'NX');
    const [count] = results(await pipeline.exec());
    return Number(count);
  }

  async set(key: string, ttlMs: number): Promise<void> {
    await this.redis.set(key, '1', 'PX', ttlMs);
  }

  async setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(key, '1', 'PX', ttlMs, 'NX')) === 'OK';
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.redis.del(...keys);
  }
}

function results(replies: [Error | null, unknown][] | null): unknown[] {
  if (!replies) throw new Error('Redis transaction aborted');
  return replies.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}

/** The same counters in this process, for while Redis is away: counting goes on, per instance. */
export class MemoryThrottleStore implements ThrottleStore {
  private readonly entries = new Map<string, { value: number; expiresAt: number }>();

  private live(key: string): { value: number; expiresAt: number } | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  reserve(countKey: string, waitKey: string, memoryMs: number, delaysMs: number[]): Promise<PairReservation> {
    const waitMs = Math.max(0, (this.live(waitKey)?.expiresAt ?? 0) - Date.now());
    if (waitMs > 0) return Promise.resolve({ allowed: false, waitMs });
    this.sweep();
    const entry = { value: (this.live(countKey)?.value ?? 0) + 1, expiresAt: Date.now() + memoryMs };
    this.entries.set(countKey, entry);
    const delay = delaysMs[Math.min(entry.value, delaysMs.length) - 1] ?? 0;
    if (delay > 0) this.entries.set(waitKey, { value: 1, expiresAt: Date.now() + delay });
    return Promise.resolve({ allowed: true, attempt: entry.value });
  }

  ttlMs(keys: string[]): Promise<number[]> {
    return Promise.resolve(keys.map((key) => Math.max(0, (this.live(key)?.expiresAt ?? 0) - Date.now())));
  }

  counts(keys: string[]): Promise<number[]> {
    return Promise.resolve(keys.map((key) => this.live(key)?.value ?? 0));
  }

  increment(key: string, ttlMs: number, sliding: boolean): Promise<number> {
    this.sweep();
    const entry = this.live(key) ?? { value: 0, expiresAt: Date.now() + ttlMs };
    entry.value++;
    if (sliding) entry.expiresAt = Date.now() + ttlMs;
    this.entries.set(key, entry);
    return Promise.resolve(entry.value);
  }

  set(key: string, ttlMs: number): Promise<void> {
    this.sweep();
    this.entries.set(key, { value: 1, expiresAt: Date.now() + ttlMs });
    return Promise.resolve();
  }

  setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return Promise.resolve(false);
    this.entries.set(key, { value: 1, expiresAt: Date.now() + ttlMs });
    return Promise.resolve(true);
  }

  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
    return Promise.resolve();
  }

  /** Keeps the map from growing without end during a long outage under attack. */
  private sweep(): void {
    if (this.entries.size < 100_000) return;
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}

/** Redis, and this process's memory for each operation Redis fails (logged once per outage). */
export class FallbackThrottleStore implements ThrottleStore {
  private readonly memory = new MemoryThrottleStore();
  private failing = false;

  constructor(
    private readonly redis: ThrottleStore,
    private readonly logger: Logger,
  ) {}

  private async run<T>(work: (store: ThrottleStore) => Promise<T>): Promise<T> {
    try {
      const result = await work(this.redis);
      this.failing = false;
      return result;
    } catch (error) {
      if (!this.failing) {
        this.logger.warn(
          { err: error },
          'Login throttle: Redis unavailable, counting in this process until it is back',
        );
      }
      this.failing = true;
      return work(this.memory);
    }
  }

  reserve(countKey: string, waitKey: string, memoryMs: number, delaysMs: number[]): Promise<PairReservation> {
    return this.run((store) => store.reserve(countKey, waitKey, memoryMs, delaysMs));
  }
  ttlMs(keys: string[]): Promise<number[]> {
    return this.run((store) => store.ttlMs(keys));
  }
  counts(keys: string[]): Promise<number[]> {
    return this.run((store) => store.counts(keys));
  }
  increment(key: string, ttlMs: number, sliding: boolean): Promise<number> {
    return this.run((store) => store.increment(key, ttlMs, sliding));
  }
  set(key: string, ttlMs: number): Promise<void> {
    return this.run((store) => store.set(key, ttlMs));
  }
  setIfAbsent(key: string, ttlMs: number): Promise<boolean> {
    return this.run((store) => store.setIfAbsent(key, ttlMs));
  }
  delete(keys: string[]): Promise<void> {
    return this.run((store) => store.delete(keys));
  }
}

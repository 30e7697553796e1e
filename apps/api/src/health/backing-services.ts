import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';

export type CheckState = 'ok' | 'down';
export interface BackingServiceChecks {
  database: CheckState;
  redis: CheckState;
}

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

/** Whether PostgreSQL and Redis answer within two seconds: the API's and the workers' readiness. */
export async function checkBackingServices(db: DataSource, redis: Redis): Promise<BackingServiceChecks> {
  const [database, cache] = await Promise.allSettled([
    withTimeout(db.query('SELECT 1'), 2_000),
    withTimeout(redis.ping(), 2_000),
  ]);
  return {
    database: database.status === 'fulfilled' ? 'ok' : 'down',
    redis: cache.status === 'fulfilled' ? 'ok' : 'down',
  };
}

export const servicesDown = (checks: BackingServiceChecks): string[] =>
  Object.entries(checks)
    .filter(([, state]) => state !== 'ok')
    .map(([name]) => name);

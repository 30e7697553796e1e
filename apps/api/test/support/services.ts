import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cleanups, createDatabase, deleteRedisKeys, startOnFreePort } from '@klussenbank/test-support';
import { ensureRedis, type Service, startEmbeddedPostgres } from '../../src/launcher/services.js';

/**
 * PostgreSQL and Redis for the integration tests and the benchmarks, by the same rule as
 * `npm start`: DATABASE_URL / REDIS_URL when given, otherwise an embedded PostgreSQL in a temp folder
 * (on a port held until it starts) and the local Redis (or a redis-server started for the run).
 */
export { Cleanups };

/** A fresh database: on DATABASE_URL's server when given (dropped at the end), otherwise embedded. */
export async function startDatabase(
  cleanups: Cleanups,
  dir: string,
  name: string,
  log: (line: string) => void = () => undefined,
): Promise<string> {
  const given = process.env['DATABASE_URL'];
  if (given) {
    const database = await createDatabase(given, name);
    cleanups.add(async () => {
      await database.drop();
      log(`dropped database ${name}`);
    });
    return database.url;
  }
  const postgres: Service = await startOnFreePort((port) =>
    startEmbeddedPostgres(join(dir, 'postgres'), port, name),
  );
  cleanups.add(async () => {
    await postgres.stop();
    log('stopped the embedded PostgreSQL');
  });
  return postgres.url;
}

/** REDIS_URL, or the Redis on 127.0.0.1:6379, or a redis-server started here; `prefix:*` deleted at the end when given. */
export async function startRedis(
  cleanups: Cleanups,
  dir: string,
  prefix?: string,
  log: (line: string) => void = () => undefined,
): Promise<string> {
  let url = process.env['REDIS_URL'];
  if (!url) {
    const redis = await ensureRedis(join(dir, 'redis'));
    if (redis.startedHere) cleanups.add(() => redis.stop());
    url = redis.url;
  }
  const redisUrl = url;
  if (prefix) {
    cleanups.add(async () => {
      const deleted = await deleteRedisKeys(redisUrl, prefix);
      log(`deleted ${deleted} Redis keys under ${prefix}:`);
    });
  }
  return redisUrl;
}

export interface TestServices {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

/** The services of one integration test run (global-setup), in a temp folder removed by `stop()`. */
export async function startTestServices(): Promise<TestServices> {
  const dir = mkdtempSync(join(tmpdir(), 'klussenbank-test-'));
  const cleanups = new Cleanups();
  cleanups.add(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  const databaseUrl = process.env['DATABASE_URL'] ?? (await startDatabase(cleanups, dir, 'klussenbank'));
  const redisUrl = await startRedis(cleanups, dir);
  return { databaseUrl, redisUrl, stop: () => cleanups.run() };
}

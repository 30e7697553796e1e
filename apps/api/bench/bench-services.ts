import { createServer } from 'node:net';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { ensureRedis, type Service, startEmbeddedPostgres } from '../src/launcher/services.js';

/**
 * PostgreSQL and Redis for a benchmark, as bench:search has them: a fresh database (on DATABASE_URL's
 * server, or an embedded PostgreSQL in a temp folder) and REDIS_URL or the local Redis with a key
 * prefix of its own. Every start registers its undoing in `cleanups`, run in reverse at the end.
 */
export class Cleanups {
  private readonly steps: (() => Promise<void>)[] = [];

  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) {
      await step().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
    }
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

/** A fresh database: on DATABASE_URL's server when given (dropped at the end), otherwise embedded. */
export async function startDatabase(
  cleanups: Cleanups,
  dir: string,
  name: string,
  log: (line: string) => void,
): Promise<string> {
  const given = process.env['DATABASE_URL'];
  if (given) {
    const admin = new pg.Client({ connectionString: given });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    await admin.end();
    cleanups.add(async () => {
      const again = new pg.Client({ connectionString: given });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      await again.end();
      log(`dropped database ${name}`);
    });
    return withDatabase(given, name);
  }
  const postgres: Service = await startEmbeddedPostgres(join(dir, 'postgres'), await freePort(), name);
  cleanups.add(async () => {
    await postgres.stop();
    log('stopped the embedded PostgreSQL');
  });
  return postgres.url;
}

/** REDIS_URL, or the Redis on 127.0.0.1:6379, or a redis-server started here; `prefix:*` deleted at the end. */
export async function startRedis(
  cleanups: Cleanups,
  dir: string,
  prefix: string,
  log: (line: string) => void,
): Promise<string> {
  let url = process.env['REDIS_URL'];
  if (!url) {
    const redis = await ensureRedis(join(dir, 'redis'));
    if (redis.startedHere) cleanups.add(() => redis.stop());
    url = redis.url;
  }
  const redisUrl = url;
  cleanups.add(async () => {
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
    log(`deleted ${deleted} Redis keys under ${prefix}:`);
  });
  return redisUrl;
}

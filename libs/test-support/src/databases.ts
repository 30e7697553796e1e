import { Redis } from 'ioredis';
import pg from 'pg';

/** `url` with its database name replaced. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

export interface CreatedDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database `name` on the server of `serverUrl` (DATABASE_URL), dropped by `drop()`. */
export async function createDatabase(serverUrl: string, name: string): Promise<CreatedDatabase> {
  const query = async (sql: string) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  };
}

/** Deletes every key under `prefix:` (a run's own namespace on a shared Redis); returns how many. */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  let cursor = '0';
  let deleted = 0;
  try {
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
  return deleted;
}

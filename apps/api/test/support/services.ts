import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRedis, type Service, startEmbeddedPostgres } from '../../src/launcher/services.js';

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

export interface TestServices {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

/**
 * The same rule as `npm start`: DATABASE_URL / REDIS_URL when given, otherwise a throw-away
 * embedded PostgreSQL and the local Redis (or a redis-server started for the run).
 */
export async function startTestServices(): Promise<TestServices> {
  const dir = mkdtempSync(join(tmpdir(), 'klussenbank-test-'));
  const started: Service[] = [];
  let databaseUrl = process.env['DATABASE_URL'];
  let redisUrl = process.env['REDIS_URL'];
  if (!databaseUrl) {
    const postgres = await startEmbeddedPostgres(join(dir, 'postgres'), await freePort());
    started.push(postgres);
    databaseUrl = postgres.url;
  }
  if (!redisUrl) {
    const redis = await ensureRedis(join(dir, 'redis'));
    started.push(redis);
    redisUrl = redis.url;
  }
  return {
    databaseUrl,
    redisUrl,
    stop: async () => {
      for (const service of started.reverse()) await service.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOnFreePort } from '@klussenbank/test-support';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { ensureRedis, redisAnswers, ServiceError } from '../../src/launcher/services.js';

describe(ensureRedis.name, () => {
  it('starts redis-server with an append-only file in the data folder when none answers, and stops it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-redis-'));
    const redis = await startOnFreePort((free) => ensureRedis(dir, free));
    const port = Number(new URL(redis.url).port);
    try {
      expect(redis.startedHere).toBe(true);
      const client = new Redis(redis.url);
      await client.set('klus', 'bewaard');
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      await client.quit();
    } finally {
      await redis.stop();
    }
    expect(await redisAnswers(port)).toBe(false);
    expect(existsSync(join(dir, 'appendonlydir')) || readdirSync(dir).some((f) => f.endsWith('.aof'))).toBe(
      true,
    );

    const again = await ensureRedis(dir, port);
    try {
      const client = new Redis(again.url);
      expect(await client.get('klus')).toBe('bewaard');
      await client.quit();
    } finally {
      await again.stop();
    }
  });

  it('says how to get Redis when none answers and redis-server is not on PATH', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = mkdtempSync(join(tmpdir(), 'empty-path-'));
    try {
      const failure = await startOnFreePort((port) =>
        ensureRedis(mkdtempSync(join(tmpdir(), 'kb-redis-')), port),
      ).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ServiceError);
      expect((failure as Error).message).toMatch(
        /apt-get install redis-server.*brew install redis.*docker compose/,
      );
    } finally {
      process.env['PATH'] = path;
    }
  });
});

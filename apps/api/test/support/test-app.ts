import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { type AppConfig, loadConfig } from '../../src/config/app-config.js';
import { createLogger, PinoNestLogger } from '../../src/common/logging/logger.js';
import { createApp } from '../../src/create-app.js';
import type { QueueName } from '../../src/queue/queue-name.enum.js';
import { WorkerModule, type WorkerOptions } from '../../src/worker.module.js';
import { withDatabase } from './global-setup.js';
import { HttpClient } from './http-client.js';

export interface TestApp {
  config: AppConfig;
  http: HttpClient;
  baseUrl: string;
  db: DataSource;
  app: NestFastifyApplication;
  worker?: INestApplicationContext;
  /** A producer/inspector of one of this app's queues (same Redis prefix), wherever its worker runs. */
  queue(name: QueueName): Queue;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Also run the BullMQ worker in this process, against the same database and Redis prefix. */
  worker?: boolean;
  /** For the worker: e.g. a match candidates provider standing in for the profiles module. */
  workerOptions?: WorkerOptions;
  env?: Record<string, string>;
  extraModules?: (Type | DynamicModule)[];
  logDestination?: DestinationStream;
  /** Where the worker's log lines go (as JSON, at LOG_LEVEL); by default only its warnings, on the console. */
  workerLogDestination?: DestinationStream;
  /** Leave the Redis keys behind on close (for a later app with the same REDIS_PREFIX; the caller cleans up). */
  keepRedisKeys?: boolean;
}

/**
 * A real API on a real port, with its own database copied from the migrated template and its own
 * Redis key prefix, so test files share nothing.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const id = randomBytes(4).toString('hex');
  const database = `${inject('templateDatabase')}_${id}`;
  const admin = new pg.Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${inject('templateDatabase')}`);
  await admin.end();

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: withDatabase(inject('databaseUrl'), database),
    REDIS_URL: inject('redisUrl'),
    REDIS_PREFIX: `kbtest:${id}`,
    LOG_LEVEL: 'warn',
    PORT: '0',
    // No digests, sweeps or expiry running in between; the tests of those turn it on or add the job.
    WORKER_SCHEDULES: 'false',
    ...options.env,
  });
  const app = await createApp(config, {
    ...(options.extraModules ? { extraModules: options.extraModules } : {}),
    ...(options.logDestination ? { logDestination: options.logDestination } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const worker = options.worker
    ? await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options.workerOptions), {
        logger: options.workerLogDestination
          ? new PinoNestLogger(createLogger(config.LOG_LEVEL, 'worker', options.workerLogDestination))
          : ['warn', 'error'],
      }).then(async (context) => (await context.init(), context))
    : undefined;

  const queues = new Map<QueueName, Queue>();
  return {
    config,
    baseUrl,
    http: new HttpClient(baseUrl),
    db: app.get(DataSource),
    app,
    ...(worker ? { worker } : {}),
    queue: (name) => {
      let queue = queues.get(name);
      if (!queue) {
        queue = new Queue(name, {
          connection: { url: config.REDIS_URL },
          prefix: `${config.REDIS_PREFIX}:bull`,
        });
        queues.set(name, queue);
      }
      return queue;
    },
    close: async () => {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      await worker?.close();
      await app.close();
      if (options.keepRedisKeys) return;
      const redis = new Redis(config.REDIS_URL);
      const keys = await redis.keys(`${config.REDIS_PREFIX}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    },
  };
}

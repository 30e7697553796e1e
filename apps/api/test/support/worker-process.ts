// The worker as its own process, for tests that kill it: `node --conditions=source --import
// ./ts-register.mjs worker-process.ts`, configured through the environment like the real one.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config.js';
import { MATCH_CANDIDATES } from '../../src/notifications/match-candidates.provider.js';
import { WorkerModule } from '../../src/worker.module.js';
import { FixedMatchCandidates } from './fixed-match-candidates.js';

const prefix = process.env['TEST_CANDIDATES_EMAIL_PREFIX'];
const batchDelay = Number(process.env['TEST_CANDIDATES_BATCH_DELAY_MS'] ?? 0);
const worker = await NestFactory.createApplicationContext(
  WorkerModule.forRoot(loadConfig(), {
    ...(prefix
      ? {
          matchCandidates: {
            provide: MATCH_CANDIDATES,
            inject: [DataSource],
            useFactory: (db: DataSource) => new FixedMatchCandidates(db, prefix, 250, batchDelay),
          },
        }
      : {}),
  }),
  { logger: ['warn', 'error'] },
);
worker.enableShutdownHooks();
await worker.init();
process.stdout.write('worker ready\n');

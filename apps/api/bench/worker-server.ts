import 'reflect-metadata';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { createLogger, PinoNestLogger } from '../src/common/logging/logger.js';
import { loadConfig } from '../src/config/app-config.js';
import { LivePublisher } from '../src/notifications/live-notifications.js';
import { NotificationFanOut } from '../src/notifications/notification-fan-out.service.js';
import { JobQueue } from '../src/queue/job-queue.service.js';
import { WorkerModule } from '../src/worker.module.js';

/**
 * The worker under test, in its own process as in production (`WorkerModule.forRoot(config)` with
 * the real MatchingService as MATCH_CANDIDATES, started like src/worker.ts), for matching.bench.ts.
 * Besides working it measures itself: RSS and heap every 100 ms, event-loop delay, and the start and
 * end of every fan-out batch with the part of it spent adding e-mail jobs and publishing live events
 * (timing wrappers around NotificationFanOut.deliver, JobQueue.addBulk and LivePublisher.publish,
 * which they call unchanged; the rest of a batch is its two SQL statements). Tells the bench over
 * IPC; "collect" hands over what was measured since the last one, after a full GC when asked
 * (started with --expose-gc; the bench asks only outside the timed runs).
 */

export interface MemorySample {
  /** Epoch milliseconds (performance.timeOrigin + performance.now()). */
  at: number;
  rss: number;
  heapUsed: number;
}
export interface FanOutBatch {
  start: number;
  end: number;
  recipients: number;
  inApp: number;
  emails: number;
  /** Milliseconds in JobQueue.addBulk (the e-mail jobs) and LivePublisher.publish. */
  queueMs: number;
  publishMs: number;
}
export type WorkerMessage =
  | { type: 'ready'; pid: number }
  | {
      type: 'collected';
      samples: MemorySample[];
      batches: FanOutBatch[];
      eventLoopDelayMs: { mean: number; p99: number; max: number };
    };
export type BenchMessage = { type: 'collect'; gc?: boolean } | { type: 'stop' };

const now = () => performance.timeOrigin + performance.now();
const config = loadConfig(process.env);
const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
  logger: new PinoNestLogger(createLogger(config.LOG_LEVEL, 'worker')),
});
await worker.init();

let samples: MemorySample[] = [];
const sample = () => {
  const { rss, heapUsed } = process.memoryUsage();
  samples.push({ at: now(), rss, heapUsed });
};
sample();
const sampler = setInterval(sample, 100);
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

let batches: FanOutBatch[] = [];
let current: { queueMs: number; publishMs: number } | undefined;
const fanOut = worker.get(NotificationFanOut);
const deliver = fanOut.deliver.bind(fanOut);
fanOut.deliver = async (type, eventKey, data, recipients) => {
  const start = now();
  const parts = { queueMs: 0, publishMs: 0 };
  current = parts;
  try {
    const result = await deliver(type, eventKey, data, recipients);
    batches.push({ start, end: now(), recipients: recipients.length, ...result, ...parts });
    return result;
  } finally {
    current = undefined;
  }
};
const jobs = worker.get(JobQueue);
const addBulk = jobs.addBulk.bind(jobs);
jobs.addBulk = async (queue, added) => {
  const parts = current;
  const start = now();
  try {
    return await addBulk(queue, added);
  } finally {
    if (parts) parts.queueMs += now() - start;
  }
};
const live = worker.get(LivePublisher);
const publish = live.publish.bind(live);
live.publish = async (events) => {
  const parts = current;
  const start = now();
  try {
    return await publish(events);
  } finally {
    if (parts) parts.publishMs += now() - start;
  }
};

const send = (message: WorkerMessage) => process.send?.(message);
process.on('message', (message: BenchMessage) => {
  if (message.type === 'collect') {
    if (message.gc) global.gc?.();
    sample();
    send({
      type: 'collected',
      samples,
      batches,
      eventLoopDelayMs: { mean: delay.mean / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
    });
    samples = [];
    batches = [];
    delay.reset();
  } else if (message.type === 'stop') {
    clearInterval(sampler);
    delay.disable();
    void worker.close().finally(() => {
      process.disconnect?.();
      process.exit(0);
    });
  }
});
send({ type: 'ready', pid: process.pid });

import { expect } from 'vitest';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import type { TestApp } from './test-app.js';

/** Where work flows: outbox rows become matching and events jobs, which (like digests) queue e-mails. */
const PIPELINE = [
  QueueName.Maintenance,
  QueueName.Matching,
  QueueName.Events,
  QueueName.Digests,
  QueueName.Privacy,
  QueueName.Notifications,
];
const PENDING = ['waiting', 'active', 'prioritized', 'waiting-children'] as const;

/** Unrelayed outbox rows and jobs that may still run, counted in the order work flows. */
async function pendingWork(t: Pick<TestApp, 'db' | 'queue'>): Promise<Record<string, number>> {
  const pending: Record<string, number> = {};
  const outbox = async () =>
    (await t.db.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`))[0]
      .n;
  pending['outbox'] = await outbox();
  for (const name of PIPELINE) {
    const queue = t.queue(name);
    const counts = await queue.getJobCounts(...PENDING);
    // Delayed jobs count (a retry waiting for its backoff), except a schedule's next run: where the
    // schedules are on (WORKER_SCHEDULES), that one is always there.
    const delayed = (await queue.getDelayed()).filter((job) => !job.repeatJobKey).length;
    pending[name] = Object.values(counts).reduce((sum, n) => sum + n, delayed);
  }
  pending['outbox'] += await outbox(); // a job may have written new outbox rows meanwhile
  return pending;
}

/**
 * Waits until nothing is left that could still notify or send: no unrelayed outbox row and no job
 * waiting, running or delayed (a schedule's next run aside) on any queue, twice in a row. A test that proves something does NOT
 * happen (no second e-mail) waits for this instead of sleeping: after it, it would have happened.
 */
export async function quiet(t: Pick<TestApp, 'db' | 'queue'>, timeout = 20_000): Promise<void> {
  const idle = Object.fromEntries(['outbox', ...PIPELINE].map((name) => [name, 0]));
  for (let pass = 0; pass < 2; pass++) {
    await expect.poll(() => pendingWork(t), { timeout }).toEqual(idle);
  }
}

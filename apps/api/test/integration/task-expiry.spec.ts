import { AUDIT_RETENTION_JOB } from '../../src/audit/audit-retention.job.js';
import { EVALUATION_REMINDER_JOB } from '../../src/evaluations/evaluation-reminder.job.js';
import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import { EXPIRE_TASKS_JOB } from '../../src/tasks/task-expiry.job.js';
import { WorkerModule } from '../../src/worker.module.js';
import { createOrganisation, createUser, loginAs, taskBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('expiry of klussen', () => {
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    // This test is about the schedule: the worker registers it and runs it at once.
    t = await startTestApp({ env: { WORKER_SCHEDULES: 'true' } });
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('closes klussen whose end date passed while open, tells the poster once, and leaves the rest', async () => {
    const org = await createOrganisation(t.db);
    const poster = await createUser(t.db, org.id, ['manager']);
    const manager = await loginAs(t.http, poster);
    const stale = (await manager.post<{ id: string }>('/api/v1/tasks', taskBody({ title: 'Verlopen klus' })))
      .body;
    const current = (await manager.post<{ id: string }>('/api/v1/tasks', taskBody({ title: 'Lopende klus' })))
      .body;
    await t.db.query(
      `UPDATE tasks SET start_date = current_date - 10, end_date = current_date - 2 WHERE id = $1`,
      [stale.id],
    );

    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(t.config), {
      logger: ['warn', 'error'],
    });
    await worker.init();
    const statuses = async () =>
      Object.fromEntries(
        (
          await t.db.query<{ id: string; status: string }[]>(
            `SELECT id, status FROM tasks WHERE id = ANY($1)`,
            [[stale.id, current.id]],
          )
        ).map((r) => [r.id, r.status]),
      );
    await expect.poll(statuses, { timeout: 10_000 }).toEqual({
      [stale.id]: 'expired',
      [current.id]: 'open',
    });

    const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
    // One schedule per job however many workers start: the expiry, the evaluation reminder and the
    // audit log's retention.
    expect((await queue.getJobSchedulers()).map((s) => s.key).sort()).toEqual(
      [AUDIT_RETENTION_JOB, EVALUATION_REMINDER_JOB, EXPIRE_TASKS_JOB].sort(),
    );
    await queue.add(EXPIRE_TASKS_JOB, {});
    const notifications = async () =>
      t.db.query<{ type: string }[]>(
        `SELECT type FROM notifications WHERE user_id = $1 AND type = 'task-expired'`,
        [poster.id],
      );
    // The scheduled run and this one have both finished, so a second notification would be there.
    await expect.poll(() => queue.getCompletedCount(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(await notifications()).toEqual([{ type: 'task-expired' }]);
  });
});

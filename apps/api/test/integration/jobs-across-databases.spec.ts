import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { JobQueue } from '../../src/queue/job-queue.service.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import { createOrganisation, createUser, loginAs, taskBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A new or restored database starts its outbox ids at 1 again, while Redis remembers the jobs it
 * finished in the last day. Job ids must not repeat across databases, or BullMQ drops the new
 * database's jobs as duplicates and nobody is notified (issue 12, point 12).
 */
describe('jobs of two databases in turn against one Redis', () => {
  const prefix = `kbtest:shared-${randomBytes(4).toString('hex')}`;
  let current: TestApp | undefined;

  afterAll(async () => {
    await current?.close();
    const redis = new Redis(inject('redisUrl'));
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  /** A fresh database (copied from the migrated template) with one GIS expert and a manager who posts. */
  const postMatchingKlus = async (t: TestApp) => {
    const organisation = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    await t.db.query(
      `WITH s AS (INSERT INTO skills (label_nl, verified) VALUES ('GIS', true) RETURNING id)
       INSERT INTO skill_labels (skill_id, lang, label, kind) SELECT id, 'nl', 'GIS', 'preferred' FROM s`,
    );
    const [{ id: gis }] = await t.db.query<[{ id: string }]>(`SELECT id FROM skills`);
    const expert = await createUser(t.db, organisation.id, ['employee'], { email: 'expert@oss.test' });
    const expertClient = await loginAs(t.http, expert);
    const saved = await expertClient.request('PUT', '/api/v1/me/profile', {
      hoursPerMonth: null,
      locationPreference: 'any',
      skills: [{ skillId: gis, level: 'expert' }],
      learningGoals: [],
    });
    expect(saved.status).toBe(200);
    const manager = await loginAs(
      t.http,
      await createUser(t.db, organisation.id, ['manager'], { email: 'manager@oss.test' }),
    );
    const posted = await manager.post('/api/v1/tasks', taskBody({ requiredSkills: ['GIS'] }));
    expect(posted.status).toBe(201);
    const [{ max }] = await t.db.query<[{ max: string }]>(`SELECT max(id)::text AS max FROM outbox`);
    return { outboxId: max };
  };

  const matchNotifications = async (t: TestApp) =>
    Number(
      (
        await t.db.query<[{ n: string }]>(`SELECT count(*) AS n FROM notifications WHERE type = 'task-match'`)
      )[0].n,
    );

  it('notifies the match in the second database too, although its outbox ids repeat the first', async () => {
    current = await startTestApp({ worker: true, env: { REDIS_PREFIX: prefix }, keepRedisKeys: true });
    const first = await postMatchingKlus(current);
    await expect.poll(() => matchNotifications(current!), { timeout: 15_000 }).toBe(1);
    await current.close();
    current = undefined;

    current = await startTestApp({ worker: true, env: { REDIS_PREFIX: prefix } });
    const second = await postMatchingKlus(current);
    expect(second.outboxId).toBe(first.outboxId); // the same ids: the case that was lost
    await expect.poll(() => matchNotifications(current!), { timeout: 15_000 }).toBe(1);
  });

  it('logs and counts a job that BullMQ refuses as a duplicate instead of dropping it unseen', async () => {
    current ??= await startTestApp({ worker: true, env: { REDIS_PREFIX: prefix } });
    const jobs = current.worker!.get(JobQueue);
    // Delayed an hour, so the maintenance worker never picks the probe up.
    const job = { name: 'probe', data: {}, key: randomBytes(8).toString('hex'), opts: { delay: 3_600_000 } };
    const before = jobs.duplicates.get(QueueName.Maintenance) ?? 0;

    expect(await jobs.addBulk(QueueName.Maintenance, [job])).toEqual({ added: 1, duplicates: [] });
    expect(await jobs.addBulk(QueueName.Maintenance, [job])).toEqual({
      added: 0,
      duplicates: [`probe.${job.key}`],
    });
    expect(jobs.duplicates.get(QueueName.Maintenance)).toBe(before + 1);
  });
});

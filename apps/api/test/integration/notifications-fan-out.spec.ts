import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OutboxService } from '../../src/notifications/outbox.service.js';
import { createOrganisation, createUser, loginAs, taskBody } from '../support/factories.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { quiet } from '../support/quiet.js';

const RECIPIENTS = 5_000;
const FAN_OUT = 'matching,events,digests,maintenance';
const MAIL = 'notifications';
const support = join(import.meta.dirname, '../support');

/**
 * A worker as a process of its own, running the sources, so the test can kill it outright: the
 * fan-out worker (every queue but e-mail) or the mail worker (`email`), as `npm start` runs them.
 */
function startWorker(env: Record<string, string>, queues: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', join(support, 'ts-register.mjs'), join(support, 'worker-process.ts')],
    { env: { ...process.env, ...env, WORKER_QUEUES: queues }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker ready')) resolve(child);
      // Nest's logger writes warnings to stdout: an uncertain delivery shows up here.
      if (/WARN|ERROR/.test(chunk.toString()))
        process.stderr.write(`[worker ${child.pid}] ${chunk.toString()}`);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/WARN|ERROR/.test(chunk.toString()))
        process.stderr.write(`[worker ${child.pid}] ${chunk.toString()}`);
    });
    child.once('exit', (code) =>
      reject(new Error(`worker exited (${code}) before it was ready:\n${output}`)),
    );
  });
}

interface Outcome {
  notifications: { users: number; rows: number };
  sent: string[];
  uncertain: string[];
  /** Mails the server accepted for this event, by delivery id (from the Message-ID). */
  mailsPerDelivery: Map<string, number>;
}

describe('a fan-out of 5,000 matches when a worker is killed halfway', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let workerEnv: Record<string, string>;
  let manager: Awaited<ReturnType<typeof loginAs>>;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ env: { SMTP_URL: smtp.url } });
    workerEnv = {
      NODE_ENV: 'test',
      DATABASE_URL: t.config.DATABASE_URL,
      REDIS_URL: t.config.REDIS_URL,
      REDIS_PREFIX: t.config.REDIS_PREFIX,
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'warn',
      // Schedules stay on, as in production: the sweep of deliveries BullMQ gave up on is part of
      // the recovery under test.
      WORKER_SCHEDULES: 'true',
      JOB_BACKOFF_MS: '200',
      // Socket timeout 3.3 s, lease 20 s (ended long before BullMQ reruns a stalled job, after 30 s).
      MAIL_TIMEOUT_SECONDS: '10',
      TEST_CANDIDATES_EMAIL_PREFIX: 'massa-',
      TEST_CANDIDATES_BATCH_DELAY_MS: '150',
    };
    const org = await createOrganisation(t.db, { name: 'Gemeente Massa' });
    await t.db.query(
      `INSERT INTO users (organisation_id, email, display_name, roles)
       SELECT $1, 'massa-' || i || '@massa.nl', 'Medewerker ' || i, '{employee}' FROM generate_series(1, $2) i`,
      [org.id, RECIPIENTS],
    );
    manager = await loginAs(t.http, await createUser(t.db, org.id, ['manager']));
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map(kill));
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  async function start(queues: string): Promise<ChildProcess> {
    const worker = await startWorker(workerEnv, queues);
    workers.push(worker);
    return worker;
  }

  async function kill(worker: ChildProcess): Promise<void> {
    if (worker.exitCode !== null || worker.signalCode !== null) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGKILL');
    await exited;
  }

  /** Publishes a klus that all 5,000 match; answers its event key. */
  async function publish(title: string): Promise<string> {
    const task = (await manager.post<{ id: string }>('/api/v1/tasks', taskBody({ title }))).body;
    const outbox = t.app.get(OutboxService);
    await t.db.transaction((tx) => outbox.record(tx, { type: 'task.published', taskId: task.id }));
    return `task.published:${task.id}`;
  }

  const notificationCount = async (eventKey: string) =>
    (
      await t.db.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM notifications WHERE event_key = $1`, [
        eventKey,
      ])
    )[0].n;

  const deliveryStatuses = async (eventKey: string) =>
    Object.fromEntries(
      (
        await t.db.query<{ status: string; n: number }[]>(
          `SELECT status, count(*)::int AS n FROM deliveries WHERE event_key = $1 GROUP BY status`,
          [eventKey],
        )
      ).map(({ status, n }) => [status, n]),
    );

  /** Waits until every notification is stored and every delivery has ended, then counts. */
  async function outcome(eventKey: string): Promise<Outcome> {
    await expect.poll(() => notificationCount(eventKey), { timeout: 150_000 }).toBe(RECIPIENTS);
    const unfinished = async () =>
      (
        await t.db.query<[{ n: number }]>(
          `SELECT count(*)::int AS n FROM deliveries
            WHERE event_key = $1 AND status NOT IN ('sent', 'uncertain')`,
          [eventKey],
        )
      )[0].n;
    // 5,000 mails through one mail worker: about a minute alone, several while the rest of the
    // suite (browser tests included) shares the machine's two cores.
    await expect.poll(unfinished, { timeout: 300_000 }).toBe(0);
    await quiet(t, 60_000); // no job left anywhere: anything doubled would be here by now
    const [notifications] = await t.db.query<[{ users: number; rows: number }]>(
      `SELECT count(DISTINCT user_id)::int AS users, count(*)::int AS rows FROM notifications
        WHERE event_key = $1`,
      [eventKey],
    );
    const deliveries = await t.db.query<{ id: string; status: 'sent' | 'uncertain' }[]>(
      `SELECT id, status FROM deliveries WHERE event_key = $1`,
      [eventKey],
    );
    expect(deliveries).toHaveLength(RECIPIENTS);
    const ids = new Set(deliveries.map((d) => d.id));
    const mailsPerDelivery = new Map<string, number>();
    for (const mail of smtp.mails) {
      const id = /^<(.+)@klussenbank>$/.exec(mail.messageId)?.[1];
      if (id && ids.has(id)) mailsPerDelivery.set(id, (mailsPerDelivery.get(id) ?? 0) + 1);
    }
    return {
      notifications,
      sent: deliveries.filter((d) => d.status === 'sent').map((d) => d.id),
      uncertain: deliveries.filter((d) => d.status === 'uncertain').map((d) => d.id),
      mailsPerDelivery,
    };
  }

  it('the fan-out worker killed mid-way: every match notified exactly once, in the app and by e-mail', async () => {
    const fanOut = await start(FAN_OUT);
    await start(MAIL);
    const eventKey = await publish('Grote klus');

    await expect.poll(() => notificationCount(eventKey), { timeout: 60_000 }).toBeGreaterThanOrEqual(1_000);
    await kill(fanOut);
    const atKill = {
      notifications: await notificationCount(eventKey),
      deliveries: await deliveryStatuses(eventKey),
    };
    expect(atKill.notifications).toBeLessThan(RECIPIENTS);

    // A new fan-out worker picks the stalled job up (once BullMQ sees its lock expire) and finishes.
    await start(FAN_OUT);
    const result = await outcome(eventKey);
    expect(result.notifications).toEqual({ users: RECIPIENTS, rows: RECIPIENTS });
    expect(result.uncertain).toEqual([]);
    expect(result.sent).toHaveLength(RECIPIENTS);
    expect(result.mailsPerDelivery.size).toBe(RECIPIENTS);
    expect([...result.mailsPerDelivery.values()].every((n) => n === 1)).toBe(true);
    console.info(
      `fan-out worker killed at ${atKill.notifications} notifications ` +
        `(deliveries ${JSON.stringify(atKill.deliveries)}); afterwards ${RECIPIENTS} in the app and ` +
        `${result.mailsPerDelivery.size} mails, each exactly once`,
    );
  }, 480_000);

  it('the mail worker killed mid-way: nobody gets a mail twice; only the sends in flight may be lost', async () => {
    await start(FAN_OUT);
    const mailWorker = await start(MAIL);
    const eventKey = await publish('Nog een grote klus');
    const sent = async () => (await deliveryStatuses(eventKey))['sent'] ?? 0;
    await expect.poll(sent, { timeout: 120_000 }).toBeGreaterThanOrEqual(1_000);
    await kill(mailWorker);
    const atKill = await deliveryStatuses(eventKey);
    expect(atKill['sent']).toBeLessThan(RECIPIENTS);

    await start(MAIL);
    const result = await outcome(eventKey);
    expect(result.notifications).toEqual({ users: RECIPIENTS, rows: RECIPIENTS });
    // Never twice; every `sent` one arrived; an uncertain one arrived or not, nothing else.
    expect([...result.mailsPerDelivery.values()].filter((n) => n > 1)).toEqual([]);
    expect(result.sent.filter((id) => !result.mailsPerDelivery.has(id))).toEqual([]);
    // Only a send that was between its hand-over and the server's answer at the kill: at most the
    // mail worker's concurrency (10).
    expect(result.uncertain.length).toBeLessThanOrEqual(10);
    const arrived = result.uncertain.filter((id) => result.mailsPerDelivery.has(id)).length;
    expect(result.mailsPerDelivery.size).toBe(result.sent.length + arrived);
    console.info(
      `mail worker killed at ${JSON.stringify(atKill)}; afterwards ${RECIPIENTS} in the app, ` +
        `${result.mailsPerDelivery.size} mails, none twice; ${result.uncertain.length} uncertain ` +
        `(${arrived} of them arrived, ${result.uncertain.length - arrived} lost by e-mail, shown in the app)`,
    );
  }, 480_000);
});

import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxService } from '../../src/notifications/outbox.service.js';
import { createOrganisation, createUser, loginAs, taskBody } from '../support/factories.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/wait.js';

const RECIPIENTS = 5_000;
const support = join(import.meta.dirname, '../support');

/** The worker as a process of its own, running the sources, so the test can kill it outright. */
function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', join(support, 'ts-register.mjs'), join(support, 'worker-process.ts')],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
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

describe('a fan-out of 5,000 matches when the worker is killed halfway', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let workerEnv: Record<string, string>;
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
      JOB_BACKOFF_MS: '200',
      // Socket timeout 3.3 s, lease 20 s (ended long before BullMQ reruns a stalled job, after 30 s).
      // A timeout below the event-loop stalls of a busy two-core machine (0.7 s did that) turns a
      // mail whose "250" was already in the socket into an uncertain one, which is not what this
      // test counts.
      MAIL_TIMEOUT_SECONDS: '10',
      TEST_CANDIDATES_EMAIL_PREFIX: 'massa-',
      TEST_CANDIDATES_BATCH_DELAY_MS: '150',
    };
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
    await t?.close();
    await smtp?.stop();
  });

  it('notifies every match once in the app and never twice by e-mail, after a restart', async () => {
    const org = await createOrganisation(t.db, { name: 'Gemeente Massa' });
    await t.db.query(
      `INSERT INTO users (organisation_id, email, display_name, roles)
       SELECT $1, 'massa-' || i || '@massa.nl', 'Medewerker ' || i, '{employee}' FROM generate_series(1, $2) i`,
      [org.id, RECIPIENTS],
    );
    const manager = await loginAs(t.http, await createUser(t.db, org.id, ['manager']));
    const task = (await manager.post<{ id: string }>('/api/v1/tasks', taskBody({ title: 'Grote klus' })))
      .body;
    const eventKey = `task.published:${task.id}`;
    const count = async () =>
      (
        await t.db.query<[{ n: number }]>(
          `SELECT count(*)::int AS n FROM notifications WHERE event_key = $1`,
          [eventKey],
        )
      )[0].n;

    workers.push(await startWorker(workerEnv));
    const outbox = t.app.get(OutboxService);
    await t.db.transaction((tx) => outbox.record(tx, { type: 'task.published', taskId: task.id }));

    // Kill it outright in the middle of the fan-out.
    const before = await until(count, (n) => n >= 1_000, 60_000);
    workers[0].kill('SIGKILL');
    await new Promise((resolve) => workers[0].once('exit', resolve));
    const atKill = {
      notifications: await count(),
      mails: smtp.mails.length,
      deliveries: Object.fromEntries(
        (
          await t.db.query<{ status: string; n: number }[]>(
            `SELECT status, count(*)::int AS n FROM deliveries WHERE event_key = $1 GROUP BY status`,
            [eventKey],
          )
        ).map(({ status, n }) => [status, n]),
      ),
    };
    expect(before).toBeGreaterThanOrEqual(1_000);
    expect(atKill.notifications).toBeLessThan(RECIPIENTS);

    // A new worker picks the stalled jobs up (once BullMQ sees their locks expire) and finishes:
    // every delivery ends sent, or uncertain where the kill came after its end was released.
    workers.push(await startWorker(workerEnv));
    await until(count, (n) => n === RECIPIENTS, 150_000);
    const unfinished = await until(
      async () =>
        (
          await t.db.query<[{ n: number }]>(
            `SELECT count(*)::int AS n FROM deliveries
              WHERE event_key = $1 AND status NOT IN ('sent', 'uncertain')`,
            [eventKey],
          )
        )[0].n,
      (n) => n === 0,
      150_000,
    );
    expect(unfinished).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // anything doubled would be here by now

    const [rows] = await t.db.query<[{ users: number; notifications: number; resent: number }]>(
      `SELECT (SELECT count(DISTINCT user_id)::int FROM notifications WHERE event_key = $1) AS users,
              (SELECT count(*)::int FROM notifications WHERE event_key = $1) AS notifications,
              (SELECT count(*)::int FROM deliveries WHERE event_key = $1 AND attempts > 1) AS resent`,
      [eventKey],
    );
    // In the app: exactly once, every one of them.
    expect(rows).toMatchObject({ users: RECIPIENTS, notifications: RECIPIENTS });
    const deliveries = await t.db.query<{ email: string; status: 'sent' | 'uncertain' }[]>(
      `SELECT u.email, d.status FROM deliveries d JOIN users u ON u.id = d.user_id WHERE d.event_key = $1`,
      [eventKey],
    );
    expect(deliveries).toHaveLength(RECIPIENTS);
    const sent = deliveries.filter((d) => d.status === 'sent').map((d) => d.email);
    const uncertain = deliveries.filter((d) => d.status === 'uncertain').map((d) => d.email);
    expect(sent.length + uncertain.length).toBe(RECIPIENTS);

    // By e-mail: never twice; every `sent` one arrived; an uncertain one arrived or not, nothing else.
    const mails = smtp.mails.filter((m) => m.to.startsWith('massa-'));
    const perRecipient = new Map<string, number>();
    for (const mail of mails) perRecipient.set(mail.to, (perRecipient.get(mail.to) ?? 0) + 1);
    expect([...perRecipient].filter(([, n]) => n > 1)).toEqual([]);
    expect(sent.filter((email) => !perRecipient.has(email))).toEqual([]);
    const uncertainArrived = uncertain.filter((email) => perRecipient.has(email)).length;
    expect(mails.length).toBe(sent.length + uncertainArrived);
    expect(mails.length + (uncertain.length - uncertainArrived)).toBe(RECIPIENTS);
    console.info(
      `fan-out: killed at ${atKill.notifications} notifications / ${atKill.mails} mails ` +
        `(deliveries ${JSON.stringify(atKill.deliveries)}); ` +
        `${rows.resent} deliveries sent again after the kill (their end never left); ` +
        `${uncertain.length} uncertain (${uncertainArrived} of them arrived, ` +
        `${uncertain.length - uncertainArrived} lost); ${mails.length} mails, none twice`,
    );
  }, 300_000);
});

import { listenOnFreePort } from '@klussenbank/test-support';
import { Queue } from 'bullmq';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMAIL_JOB_OPTIONS, SEND_EMAIL_JOB, SendEmailJob } from '../../src/notifications/send-email.job.js';
import { SweepDeliveriesJob } from '../../src/notifications/sweep-deliveries.job.js';
import { NOTIFY_EVENT_JOB } from '../../src/notifications/notify-event.job.js';
import { JobQueue } from '../../src/queue/job-queue.service.js';
import { jobId } from '../../src/queue/job-options.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import { createOrganisation, createUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { quiet } from '../support/quiet.js';

/** How the server ends one message: 250, 451, or taking it and dropping the connection unanswered. */
type Ending = 'accept' | 'refuse' | 'vanish';

/**
 * A real SMTP server (smtp-server) that can be told, per recipient, how to end the next messages,
 * and can hold a recipient's RCPT TO until the test lets it through.
 */
async function startMailServer() {
  const received: { to: string; messageId: string }[] = [];
  const dataStarted: string[] = [];
  const plans = new Map<string, Ending[]>();
  const gates = new Map<string, { reached: () => void; open: Promise<void> }>();
  const server: SMTPServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const gate = gates.get(address.address);
      if (!gate) return callback();
      gates.delete(address.address);
      gate.reached();
      void gate.open.then(() => callback());
    },
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo[0]?.address ?? '';
      dataStarted.push(to);
      const ending = plans.get(to)?.shift() ?? 'accept';
      if (ending === 'refuse') {
        stream.resume();
        stream.once('end', () =>
          callback(Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: 451 })),
        );
        return;
      }
      // Only a message that ended with its dot is parsed to the end; an unfinished one errors.
      simpleParser(stream).then(
        (parsed) => {
          received.push({ to, messageId: parsed.messageId ?? '' });
          if (ending === 'accept') return callback();
          // Took the message, but the answer never reaches the client.
          for (const connection of server.connections) {
            if (connection.session === session) connection._socket.destroy();
          }
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on('error', () => undefined);
  const port = await listenOnFreePort(server, () => server.server.address());
  return {
    url: `smtp://127.0.0.1:${port}`,
    to: (address: string) => received.filter((mail) => mail.to === address),
    dataStarted: (address: string) => dataStarted.filter((to) => to === address).length,
    plan: (address: string, ...endings: Ending[]) => plans.set(address, endings),
    /** Holds the next RCPT TO for `address`; `reached` resolves when a client is waiting there. */
    hold(address: string) {
      let reached!: () => void;
      let open!: () => void;
      const gate = {
        reached: new Promise<void>((resolve) => (reached = resolve)),
        open: new Promise<void>((resolve) => (open = resolve)),
      };
      gates.set(address, { reached, open: gate.open });
      return { reached: gate.reached, open };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('e-mail at most once, whatever stops a send', () => {
  let smtp: Awaited<ReturnType<typeof startMailServer>>;
  let t: TestApp;
  let sendEmail: SendEmailJob;
  let queue: Queue;
  let organisationId: string;

  beforeAll(async () => {
    smtp = await startMailServer();
    // A long mail timeout (lease 60 s): the tests end leases themselves, the way time would.
    t = await startTestApp({
      worker: true,
      env: { SMTP_URL: smtp.url, JOB_BACKOFF_MS: '200', MAIL_TIMEOUT_SECONDS: '30' },
    });
    sendEmail = t.worker!.get(SendEmailJob);
    queue = new Queue(QueueName.Notifications, {
      connection: { url: t.config.REDIS_URL },
      prefix: `${t.config.REDIS_PREFIX}:bull`,
    });
    organisationId = (await createOrganisation(t.db)).id;
  });
  afterAll(async () => {
    await queue?.close();
    await t?.close();
    await smtp?.stop();
  });

  /** A welcome mail for a new person, as the fan-out stores it: a pending delivery. */
  async function delivery(email: string): Promise<string> {
    const user = await createUser(t.db, organisationId, ['employee'], { email });
    const [row] = await t.db.query<[{ id: string }]>(
      `INSERT INTO deliveries (user_id, event_key, channel, type, rhythm)
       VALUES ($1, $2, 'email', 'welcome', 'immediately') RETURNING id`,
      [user.id, `welcome:${user.id}`],
    );
    return row.id;
  }
  const row = async (id: string) =>
    (
      await t.db.query<[{ status: string; attempts: number; last_error: string | null }]>(
        `SELECT status, attempts, last_error FROM deliveries WHERE id = $1`,
        [id],
      )
    )[0];
  const statusOf = async (id: string) => (await row(id)).status;
  const enqueue = (id: string) =>
    t
      .worker!.get(JobQueue)
      .addBulk(QueueName.Notifications, [
        { name: SEND_EMAIL_JOB, data: { deliveryId: id }, key: id, opts: EMAIL_JOB_OPTIONS },
      ]);

  it('sends one stuck in `sending` after its lease ran out again, once: the server never got its end', async () => {
    const email = 'onderbroken@eenmaal.nl';
    const id = await delivery(email);
    await t.db.query(
      `UPDATE deliveries SET status = 'sending', attempts = 1, locked_until = now() - interval '1 second'
        WHERE id = $1`,
      [id],
    );
    await enqueue(id);
    await expect.poll(() => statusOf(id)).toBe('sent');
    await quiet(t);
    expect(smtp.to(email)).toEqual([{ to: email, messageId: `<${id}@klussenbank>` }]);
    expect(await row(id)).toEqual({ status: 'sent', attempts: 2, last_error: null });
  });

  it('never sends one stuck in `handed-over`: it waits for the lease, then marks it uncertain and says so', async () => {
    const email = 'overgedragen@eenmaal.nl';
    const id = await delivery(email);
    await t.db.query(
      `UPDATE deliveries SET status = 'handed-over', attempts = 1, locked_until = now() + interval '1 minute'
        WHERE id = $1`,
      [id],
    );
    // Its sender may still be waiting for the answer: leave it alone until the lease ends.
    expect(await sendEmail.handle({ deliveryId: id }, false)).toMatchObject({ kind: 'busy' });

    await t.db.query(`UPDATE deliveries SET locked_until = now() - interval '1 second' WHERE id = $1`, [id]);
    await enqueue(id);
    await expect.poll(() => statusOf(id)).toBe('uncertain');
    await quiet(t);
    expect(smtp.to(email)).toEqual([]);
    expect(smtp.dataStarted(email)).toBe(0);
    expect(await row(id)).toMatchObject({ status: 'uncertain', attempts: 1 });
    // Findable on the dashboard: the job's log and return value name the delivery.
    const job = await vi.waitFor(
      async () => {
        const found = await queue.getJob(jobId(SEND_EMAIL_JOB, id));
        expect(found?.returnvalue).toBeTruthy();
        return found;
      },
      { timeout: 15_000 },
    );
    expect(JSON.stringify(job?.returnvalue)).toContain(id);
    const { logs } = await queue.getJobLogs(jobId(SEND_EMAIL_JOB, id));
    expect(logs).toEqual([expect.stringContaining(`Delivery ${id} is uncertain`)]);
    // And a later retry still sends nothing.
    expect(await sendEmail.handle({ deliveryId: id }, false)).toEqual({ kind: 'done' });
  });

  it('marks one uncertain whose connection died between the dot and the answer, and never sends it again', async () => {
    const email = 'geen-antwoord@eenmaal.nl';
    const id = await delivery(email);
    smtp.plan(email, 'vanish');
    await enqueue(id);
    await expect.poll(() => statusOf(id)).toBe('uncertain');
    await quiet(t);
    expect(smtp.to(email)).toHaveLength(1); // the server did take it: one mail, never a second
    expect(smtp.dataStarted(email)).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'uncertain', attempts: 1 });
    expect(await sendEmail.handle({ deliveryId: id }, false)).toEqual({ kind: 'done' });
    expect(smtp.to(email)).toHaveLength(1);
  });

  it('retries one whose dot the server answered with 451, and delivers it once', async () => {
    const email = 'later@eenmaal.nl';
    const id = await delivery(email);
    smtp.plan(email, 'refuse');
    await enqueue(id);
    await expect.poll(() => statusOf(id)).toBe('sent');
    await quiet(t);
    expect(smtp.dataStarted(email)).toBe(2);
    expect(smtp.to(email)).toHaveLength(1);
    expect(await row(id)).toEqual({ status: 'sent', attempts: 2, last_error: null });
  });

  it('lets one of two workers racing for a delivery send it; the other waits for the lease', async () => {
    // Both at once: whoever claims second finds it taken (busy) or, if the first was quick, sent.
    const email = 'wedloop@eenmaal.nl';
    const id = await delivery(email);
    const outcomes = await Promise.all([
      sendEmail.handle({ deliveryId: id }, false),
      sendEmail.handle({ deliveryId: id }, false),
    ]);
    expect(outcomes.filter((o) => o.kind === 'done').length).toBeGreaterThanOrEqual(1);
    expect(outcomes.filter((o) => o.kind !== 'done' && o.kind !== 'busy')).toEqual([]);
    expect(await sendEmail.handle({ deliveryId: id }, false)).toEqual({ kind: 'done' });

    // The second one arriving while the first is in its SMTP conversation: busy until the lease ends.
    const other = 'wedloop-twee@eenmaal.nl';
    const otherId = await delivery(other);
    const held = smtp.hold(other);
    const first = sendEmail.handle({ deliveryId: otherId }, false);
    await held.reached;
    const second = await sendEmail.handle({ deliveryId: otherId }, false);
    expect(second.kind).toBe('busy');
    expect(second.kind === 'busy' && second.until.getTime()).toBeGreaterThan(Date.now() + 50_000);
    held.open();
    expect(await first).toEqual({ kind: 'done' });

    await quiet(t);
    expect(smtp.to(email)).toHaveLength(1);
    expect(smtp.to(other)).toHaveLength(1);
    expect(await row(id)).toEqual({ status: 'sent', attempts: 1, last_error: null });
    expect(await row(otherId)).toEqual({ status: 'sent', attempts: 1, last_error: null });
  });

  it('a worker whose lease ran out mid-send and was overtaken ends its message unterminated: one mail', async () => {
    const email = 'ingehaald@eenmaal.nl';
    const id = await delivery(email);
    const held = smtp.hold(email);
    const slow = sendEmail.handle({ deliveryId: id }, false);
    await held.reached; // the first worker is in the middle of its SMTP conversation
    await t.db.query(`UPDATE deliveries SET locked_until = now() - interval '1 second' WHERE id = $1`, [id]);
    expect(await sendEmail.handle({ deliveryId: id }, false)).toEqual({ kind: 'done' });
    expect(smtp.to(email)).toHaveLength(1);

    held.open(); // the first one gets its DATA, is refused the hand-over, and drops the message
    expect(await slow).toEqual({ kind: 'done' });
    await quiet(t);
    expect(smtp.dataStarted(email)).toBe(2);
    expect(smtp.to(email)).toHaveLength(1);
    expect(await row(id)).toEqual({ status: 'sent', attempts: 2, last_error: null });
  });

  it('gives a job back to deliveries left in flight after BullMQ gave up on theirs: sent again, or uncertain', async () => {
    // Their jobs failed (a job that stalls twice does) while they were `sending` or `handed-over`;
    // the third one's lease ended just now, so its own job is still due to look after it.
    const [sending, handedOver, recent] = [
      'opgegeven@eenmaal.nl',
      'opgegeven-overgedragen@eenmaal.nl',
      'net-verlopen@eenmaal.nl',
    ];
    const ids = {
      sending: await delivery(sending),
      handedOver: await delivery(handedOver),
      recent: await delivery(recent),
    };
    await t.db.query(
      `UPDATE deliveries SET attempts = 1,
              status = CASE WHEN id = $2 THEN 'handed-over' ELSE 'sending' END,
              locked_until = now() - CASE WHEN id = $3 THEN interval '1 minute' ELSE interval '10 minutes' END
        WHERE id = ANY ($1::uuid[])`,
      [Object.values(ids), ids.handedOver, ids.recent],
    );
    const sweep = t.worker!.get(SweepDeliveriesJob);
    expect(await sweep.handle()).toBe(2);
    await expect.poll(() => statusOf(ids.sending)).toBe('sent');
    await expect.poll(() => statusOf(ids.handedOver)).toBe('uncertain');
    await quiet(t);
    expect(smtp.to(sending)).toEqual([{ to: sending, messageId: `<${ids.sending}@klussenbank>` }]);
    expect(smtp.to(handedOver)).toEqual([]);
    expect(await row(ids.recent)).toMatchObject({ status: 'sending', attempts: 1 });
    // Nothing left to sweep for those two; a second sweep does not send anything again.
    expect(await sweep.handle()).toBe(0);
    await quiet(t);
    expect(smtp.to(sending)).toHaveLength(1);
  });

  it('moves an event relayed to the notifications queue before events had a queue of their own', async () => {
    const email = 'van-voor-de-splitsing@eenmaal.nl';
    const user = await createUser(t.db, organisationId, ['employee'], { email });
    // An event that is e-mailed (a new person's welcome is in the app only).
    const since = '2026-12-01T08:00:00.000Z';
    const eventKey = `login.attacked:${user.id}:${since}`;
    await t.worker!.get(JobQueue).addBulk(QueueName.Notifications, [
      {
        name: NOTIFY_EVENT_JOB,
        data: { outboxId: '987654321', eventKey, event: { type: 'login.attacked', userId: user.id, since } },
        key: '987654321',
      },
    ]);
    await expect.poll(() => smtp.to(email).length).toBeGreaterThan(0);
    await quiet(t);
    expect(smtp.to(email)).toHaveLength(1);
    const events = new Queue(QueueName.Events, {
      connection: { url: t.config.REDIS_URL },
      prefix: `${t.config.REDIS_PREFIX}:bull`,
    });
    try {
      expect(await events.getJob(jobId(NOTIFY_EVENT_JOB, '987654321'))).toMatchObject({
        name: NOTIFY_EVENT_JOB,
      });
    } finally {
      await events.close();
    }
  });
});

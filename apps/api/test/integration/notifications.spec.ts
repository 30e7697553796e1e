import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIGEST_JOB } from '../../src/notifications/digest.job.js';
import { TASK_ENDING_SOON_JOB } from '../../src/notifications/task-ending-soon.job.js';
import { MATCH_CANDIDATES } from '../../src/notifications/match-candidates.provider.js';
import { LiveNotificationHub } from '../../src/notifications/live-notifications.js';
import { OutboxRelay } from '../../src/notifications/outbox-relay.service.js';
import { OutboxService } from '../../src/notifications/outbox.service.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import { FixedMatchCandidates } from '../support/fixed-match-candidates.js';
import { openEventStream } from '../support/event-stream.js';
import { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
  giveTestPassword,
  isPasswordLinkMail,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { quiet } from '../support/quiet.js';

interface Notification {
  id: string;
  type: string;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}
interface NotificationPage {
  items: Notification[];
  total: number;
  unreadCount: number;
}

describe('notifications', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let oss: { id: string };
  let zeist: { id: string };
  let admin: HttpClient;
  let adminUser: TestUser;
  let manager: TestUser;
  let managerHttp: HttpClient;

  const notificationsOf = async (client: HttpClient) =>
    (await client.get<NotificationPage>('/api/v1/me/notifications')).body;
  const outboxRows = (eventKeyLike: string) =>
    t.db.query<{ type: string; relayed_at: Date | null }[]>(
      `SELECT type, relayed_at FROM outbox WHERE event_key LIKE $1`,
      [eventKeyLike],
    );
  // The one-time password link a new person gets is no notification: these tests count the others.
  const mailsTo = (address: string) => smtp.to(address).filter((mail) => !isPasswordLinkMail(mail));
  const newUser = async (email: string, locale = 'nl') => {
    const created = await admin.post<{ id: string }>('/api/v1/users', {
      email,
      displayName: email.split('@')[0].replace(/\./g, ' '),
      organisationId: zeist.id,
      roles: ['employee'],
      locale,
    });
    expect(created.status).toBe(201);
    await giveTestPassword(t.db, email);
    return { id: created.body.id, email, client: await loginAs(t.http, { email }) };
  };

  /** A klus by the manager with this user on it (inserted directly: the events are what is tested). */
  const claimOnNewTask = async (userId: string, title = 'Een klus') => {
    const task = await managerHttp.post<{ id: string }>('/api/v1/tasks', taskBody({ title }));
    const [claim] = await t.db.query<[{ id: string }]>(
      `INSERT INTO claims (task_id, user_id, status) VALUES ($1, $2, 'applied') RETURNING id`,
      [task.body.id, userId],
    );
    return { id: claim.id, taskId: task.body.id };
  };

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({
      worker: true,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://klussenbank.example' },
      workerOptions: {
        matchCandidates: {
          provide: MATCH_CANDIDATES,
          inject: [DataSource],
          useFactory: (db: DataSource) => new FixedMatchCandidates(db, 'match-'),
        },
      },
    });
    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    await createPartnership(t.db, [oss.id, zeist.id]);
    adminUser = await createUser(t.db, zeist.id, ['org-admin']);
    admin = await loginAs(t.http, adminUser);
    manager = await createUser(t.db, oss.id, ['manager']);
    managerHttp = await loginAs(t.http, manager);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  describe('the outbox', () => {
    it('is written in the same transaction as the change, and not at all when it rolls back', async () => {
      const outbox = t.app.get(OutboxService);
      const [{ id: userId }] = await t.db.query<[{ id: string }]>(
        `SELECT id FROM users WHERE organisation_id = $1 LIMIT 1`,
        [zeist.id],
      );
      await expect(
        t.db.transaction(async (tx) => {
          await outbox.record(tx, { type: 'task.changed', taskId: userId });
          await outbox.record(tx, { type: 'user.created', userId: '00000000-0000-0000-0000-000000000001' });
          throw new Error('de wijziging mislukt');
        }),
      ).rejects.toThrow('de wijziging mislukt');
      expect(await outboxRows('task.changed:%')).toEqual([]);
      expect(await outboxRows('welcome:00000000-0000-0000-0000-000000000001')).toEqual([]);
      await expect(outbox.record(t.db.manager, { type: 'task.changed', taskId: userId })).rejects.toThrow(
        /transaction/,
      );

      // Through the API: a user that is refused (taken e-mail) leaves no welcome behind.
      const first = await newUser('eerste.keer@zeist.nl');
      const again = await admin.post('/api/v1/users', {
        email: 'eerste.keer@zeist.nl',
        displayName: 'Nog eens',
        organisationId: zeist.id,
        roles: ['employee'],
      });
      expect(again.status).toBe(409);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE type = 'user.created'`)).toEqual([
        {
          n: (
            await t.db.query<{ n: number }[]>(
              `SELECT count(*)::int AS n FROM users WHERE email = 'eerste.keer@zeist.nl'`,
            )
          )[0].n,
        },
      ]);
      expect((await outboxRows(`welcome:${first.id}`)).map((r) => r.type)).toEqual(['user.created']);
    });

    it('is relayed to BullMQ and marked, and a second relay adds nothing twice', async () => {
      const user = await newUser('relais@zeist.nl');
      await expect
        .poll(async () => (await outboxRows(`welcome:${user.id}`))[0]?.relayed_at)
        .toBeInstanceOf(Date);
      // A relay that died after adding and before marking: the row is unrelayed again.
      await t.db.query(`UPDATE outbox SET relayed_at = NULL WHERE event_key = $1`, [`welcome:${user.id}`]);
      await t.worker!.get(OutboxRelay).relay();
      const queue = t.worker!.get<Queue>(getQueueToken(QueueName.Events));
      const jobs = await queue.getJobs(['completed', 'active', 'waiting', 'delayed', 'failed']);
      const [outbox] = await t.db.query<[{ job_key: string }]>(
        `SELECT job_key FROM outbox WHERE event_key = $1`,
        [`welcome:${user.id}`],
      );
      expect(jobs.filter((job) => job.id === `event.${outbox.job_key}`)).toHaveLength(1);
      const welcomes = async () =>
        (
          await t.db.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM notifications WHERE event_key = $1`,
            [`welcome:${user.id}`],
          )
        )[0]?.n;
      await expect.poll(welcomes).toBe(1);
      await quiet(t); // a second welcome would be stored by now
      expect(await welcomes()).toBe(1);
    });
  });

  describe('in the app', () => {
    it('lists, counts unread, marks one read, and marks all read', async () => {
      const user = await newUser('lezer@zeist.nl');
      let page = await vi.waitFor(
        async () => {
          const first = await notificationsOf(user.client);
          expect(first.items).toHaveLength(1);
          return first;
        },
        { timeout: 15_000 },
      );
      expect(page).toMatchObject({ total: 1, unreadCount: 1, items: [{ type: 'welcome', readAt: null }] });
      const welcome = page.items[0];

      const read = await user.client.patch<Notification>(`/api/v1/me/notifications/${welcome.id}`, {
        read: true,
      });
      expect(read.status).toBe(200);
      expect(read.body.readAt).toEqual(expect.any(String));
      expect((await user.client.get('/api/v1/me/notifications/unread-count')).body).toEqual({
        unreadCount: 0,
      });
      const unread = await user.client.patch<Notification>(`/api/v1/me/notifications/${welcome.id}`, {
        read: false,
      });
      expect(unread.body.readAt).toBeNull();

      await t.db.query(
        `INSERT INTO notifications (user_id, type, event_key, data) VALUES ($1, 'task-changed', 'x:1', '{}'), ($1, 'task-changed', 'x:2', '{}')`,
        [user.id],
      );
      page = await notificationsOf(user.client);
      expect(page.unreadCount).toBe(3);
      const all = await user.client.patch('/api/v1/me/notifications', { read: true });
      expect(all.status).toBe(200);
      expect(all.body).toEqual({ unreadCount: 0 });
      expect((await notificationsOf(user.client)).items.every((n) => n.readAt !== null)).toBe(true);

      // Someone else's notification is not found; nonsense is a 400 with the field.
      const other = await newUser('ander@zeist.nl');
      expect(
        (await other.client.patch(`/api/v1/me/notifications/${welcome.id}`, { read: true })).status,
      ).toBe(404);
      const bad = await user.client.patch<{ invalidParams: { name: string }[] }>(
        `/api/v1/me/notifications/${welcome.id}`,
        { read: 'ja' },
      );
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams.map((p) => p.name)).toEqual(['read']);
    });

    it('streams a new notification live over Server-Sent Events', async () => {
      const user = await createUser(t.db, zeist.id);
      const login = await t.http.post<{ token: string }>('/api/v1/auth/login', {
        email: user.email,
        password: TEST_PASSWORD,
      });
      const stream = await openEventStream(`${t.baseUrl}/api/v1/me/notifications/stream`, login.body.token);
      try {
        expect(stream.status).toBe(200);
        expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
        expect(stream.headers['api-version']).toBe('1.0.0');
        expect(await stream.next('unread-count')).toEqual({ unreadCount: 0 });

        const outbox = t.app.get(OutboxService);
        await t.db.transaction((tx) => outbox.record(tx, { type: 'user.created', userId: user.id }));
        expect(await stream.next('notification')).toMatchObject({
          type: 'welcome',
          readAt: null,
          id: expect.any(String),
        });
      } finally {
        stream.close();
      }
      // The server lets go of a stream whose client left.
      const hub = t.app.get(LiveNotificationHub);
      await expect.poll(() => hub.openStreams).toBe(0);
    });
  });

  describe('by e-mail', () => {
    it('welcomes a new person with one mail, the link to set a password; the welcome itself is in the app', async () => {
      await t.db.query(`UPDATE users SET display_name = 'Fatima el Amrani' WHERE id = $1`, [adminUser.id]);
      const { id, client } = await newUser('eerste.dag@zeist.nl');
      // The event has been handled: the welcome is in the app.
      await expect
        .poll(async () => (await notificationsOf(client)).items.map((n) => n.type))
        .toEqual(['welcome']);
      await quiet(t); // a welcome mail would have been sent by now
      const mails = smtp.to('eerste.dag@zeist.nl');
      expect(mails).toHaveLength(1);
      expect(isPasswordLinkMail(mails[0])).toBe(true);
      expect(mails[0].subject).toBe('Welkom bij Klussenbank: stel uw wachtwoord in');
      expect(mails[0].text).toContain(
        'Fatima el Amrani heeft voor u een account aangemaakt op Klussenbank, bij Gemeente Zeist.',
      );
      expect(mails[0].text).toContain('Op Klussenbank vindt u klussen van uw eigen organisatie');
      expect(await t.db.query(`SELECT 1 FROM deliveries WHERE event_key = $1`, [`welcome:${id}`])).toEqual(
        [],
      );
    });

    it('sends a Dutch mail with a plain-text part, a preferences link and List-Unsubscribe', async () => {
      const { id } = await newUser('nieuwe.collega@zeist.nl');
      const claim = await claimOnNewTask(id, 'Archief scannen');
      await t.db.transaction((tx) =>
        t.app
          .get(OutboxService)
          .record(tx, { type: 'claim.accepted', taskId: claim.taskId, claimId: claim.id }),
      );
      const [mail] = await smtp
        .waitFor(() => mailsTo('nieuwe.collega@zeist.nl').length > 0)
        .then(() => mailsTo('nieuwe.collega@zeist.nl'));
      expect(mail.subject).toBe('U doet mee: Archief scannen');
      expect(mail.text).toContain('Beste nieuwe collega,');
      expect(mail.text).toContain('Uw aanmelding voor de klus "Archief scannen" is geaccepteerd.');
      expect(mail.text).toContain(
        'Minder of geen e-mail? Pas uw meldingen aan: https://klussenbank.example/mijn-profiel/meldingen',
      );
      expect(mail.html).toContain('<html lang="nl">');
      expect(mail.html).toContain('href="https://klussenbank.example/mijn-profiel/meldingen"');
      expect(mail.rawHeaders['list-unsubscribe']).toBe(
        '<https://klussenbank.example/mijn-profiel/meldingen>',
      );
      expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@klussenbank>$/);
    });

    it('writes in English to people who chose English', async () => {
      const { id } = await newUser('new.colleague@zeist.nl', 'en');
      const claim = await claimOnNewTask(id, 'Archive scanning');
      await t.db.transaction((tx) =>
        t.app
          .get(OutboxService)
          .record(tx, { type: 'claim.accepted', taskId: claim.taskId, claimId: claim.id }),
      );
      await smtp.waitFor(() => mailsTo('new.colleague@zeist.nl').length > 0);
      const [mail] = mailsTo('new.colleague@zeist.nl');
      expect(mail.subject).toBe("You're in: Archive scanning");
      expect(mail.text).toContain(
        'Change your notification settings: https://klussenbank.example/mijn-profiel/meldingen',
      );
      const [link] = smtp.to('new.colleague@zeist.nl').filter(isPasswordLinkMail);
      expect(link?.subject).toBe('Welcome to Klussenbank: set your password');
    });
  });

  describe('preferences', () => {
    it('defaults to immediately, and refuses nonsense with every field at once', async () => {
      const user = await newUser('voorkeur@zeist.nl');
      expect((await user.client.get('/api/v1/me/notification-preferences')).body).toEqual({
        inApp: 'immediately',
        email: 'immediately',
      });
      const bad = await user.client.put<{ invalidParams: { name: string; reason: string }[] }>(
        '/api/v1/me/notification-preferences',
        { inApp: 'daily', email: 'soms' },
      );
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(bad.body.invalidParams.map((p) => p.name).sort()).toEqual(['email', 'inApp']);
      const good = await user.client.put('/api/v1/me/notification-preferences', {
        inApp: 'off',
        email: 'weekly',
      });
      expect(good.status).toBe(200);
      expect(good.body).toEqual({ inApp: 'off', email: 'weekly' });
      expect((await user.client.get('/api/v1/me/notification-preferences')).body).toEqual(good.body);
    });

    it('sends nothing when both channels are off', async () => {
      const { id, client } = await newUser('stilte@zeist.nl');
      // The welcome (in the app only) before choosing.
      await expect.poll(async () => (await notificationsOf(client)).total).toBe(1);
      await client.put('/api/v1/me/notification-preferences', { inApp: 'off', email: 'off' });
      const before = (await notificationsOf(client)).total;
      const outbox = t.app.get(OutboxService);
      const claimId = await claimOnNewTask(id);
      await t.db.transaction((tx) =>
        outbox.record(tx, { type: 'claim.accepted', taskId: claimId.taskId, claimId: claimId.id }),
      );
      // Relayed, fanned out, and every job done: whatever it would have sent is here by now.
      await quiet(t);
      expect((await outboxRows(`claim.accepted:${claimId.id}`))[0]?.relayed_at).toBeInstanceOf(Date);
      expect((await notificationsOf(client)).total).toBe(before);
      expect(mailsTo('stilte@zeist.nl')).toHaveLength(0);
      expect(
        await t.db.query(`SELECT 1 FROM deliveries WHERE event_key = $1`, [`claim.accepted:${claimId.id}`]),
      ).toEqual([]);
    });

    it('daily: nothing by e-mail at once, then one digest bundling what arrived', async () => {
      const { id, client } = await newUser('dagelijks@zeist.nl');
      await expect.poll(async () => (await notificationsOf(client)).total).toBe(1); // the welcome
      await client.put('/api/v1/me/notification-preferences', { inApp: 'immediately', email: 'daily' });
      const outbox = t.app.get(OutboxService);
      const first = await claimOnNewTask(id, 'Archief ordenen');
      const second = await claimOnNewTask(id, 'Notulen uitwerken');
      await t.db.transaction(async (tx) => {
        await outbox.record(tx, { type: 'claim.accepted', taskId: first.taskId, claimId: first.id });
        await outbox.record(tx, { type: 'task.changed', taskId: second.taskId });
      });
      // In the app at once; by e-mail not yet.
      await expect.poll(async () => (await notificationsOf(client)).items.length).toBe(3);
      expect((await notificationsOf(client)).items.map((n) => n.type).sort()).toEqual([
        'claim-accepted',
        'task-changed',
        'welcome',
      ]);
      await quiet(t);
      expect(mailsTo('dagelijks@zeist.nl')).toHaveLength(0);

      // 07:30 comes (the scheduled job, added by hand), and again (a retry): one digest.
      const digests = t.worker!.get<Queue>(getQueueToken(QueueName.Digests));
      // WORKER_SCHEDULES is off in tests: only the jobs added here run, none at 07:30 by itself.
      expect(await digests.getJobSchedulersCount()).toBe(0);
      await digests.add(DIGEST_JOB, { rhythm: 'daily', period: '2026-12-01' });
      await smtp.waitFor(() => mailsTo('dagelijks@zeist.nl').length === 1);
      await digests.add(DIGEST_JOB, { rhythm: 'daily', period: '2026-12-01' }, { jobId: 'digest-again' });
      await quiet(t);
      expect(await digests.getCompletedCount()).toBeGreaterThanOrEqual(2);
      const mails = mailsTo('dagelijks@zeist.nl');
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('Uw dagelijkse overzicht: 2 meldingen');
      expect(mails[0].text).toContain('Uw aanmelding voor de klus "Archief ordenen" is geaccepteerd.');
      expect(mails[0].text).toContain('De klus "Notulen uitwerken" waarvoor u zich aanmeldde, is gewijzigd.');
      expect(mails[0].text).toContain('https://klussenbank.example/mijn-profiel/meldingen');
      // What arrives after the digest waits for the next one.
      const third = await claimOnNewTask(id, 'Nog een klus');
      await t.db.transaction((tx) =>
        outbox.record(tx, { type: 'claim.declined', taskId: third.taskId, claimId: third.id }),
      );
      await quiet(t);
      expect(
        await t.db.query(`SELECT status FROM deliveries WHERE event_key = $1`, [
          `claim.declined:${third.id}`,
        ]),
      ).toEqual([{ status: 'pending' }]);
    });
  });

  describe('events from claims', () => {
    it('tells the poster of an application, the applicant of the answer, and the line manager of a consent request', async () => {
      const task = await managerHttp.post<{ id: string }>(
        '/api/v1/tasks',
        taskBody({ title: 'Subsidieregeling herschrijven', claimMode: 'application' }),
      );
      expect(task.status).toBe(201);
      const applicant = await newUser('sollicitant@zeist.nl');
      const applied = await applicant.client.post<{ id: string }>(`/api/v1/tasks/${task.body.id}/claims`, {
        motivation: 'Ik schrijf graag regels.',
      });
      expect(applied.status).toBe(201);
      const posterMail = await smtp
        .waitFor(() => mailsTo(manager.email).length > 0)
        .then(() => mailsTo(manager.email)[0]);
      expect(posterMail.subject).toBe('Nieuwe aanmelding voor: Subsidieregeling herschrijven');
      expect(posterMail.text).toContain(
        'sollicitant heeft zich aangemeld voor uw klus "Subsidieregeling herschrijven".',
      );
      expect((await notificationsOf(managerHttp)).items[0]).toMatchObject({
        type: 'application-received',
        data: { taskId: task.body.id, claimId: applied.body.id, taskTitle: 'Subsidieregeling herschrijven' },
      });

      expect(
        (
          await managerHttp.patch(`/api/v1/tasks/${task.body.id}/claims/${applied.body.id}`, {
            status: 'active',
          })
        ).status,
      ).toBe(200);
      await smtp.waitFor(() => mailsTo('sollicitant@zeist.nl').length === 1);
      expect(mailsTo('sollicitant@zeist.nl')[0].subject).toBe('U doet mee: Subsidieregeling herschrijven');

      // Consent: Zeist asks for it; the employee's line manager hears of the claim.
      await t.db.query(`UPDATE organisations SET consent_required = true WHERE id = $1`, [zeist.id]);
      const lineManager = await createUser(t.db, zeist.id, ['manager']);
      const employee = await createUser(t.db, zeist.id, ['employee'], { lineManagerId: lineManager.id });
      const instant = await managerHttp.post<{ id: string }>(
        '/api/v1/tasks',
        taskBody({ title: 'Kaart bijwerken' }),
      );
      const claim = await (
        await loginAs(t.http, employee)
      ).post<{ id: string; status: string }>(`/api/v1/tasks/${instant.body.id}/claims`, {});
      expect(claim.body.status).toBe('awaiting-consent');
      await smtp.waitFor(() => mailsTo(lineManager.email).length > 0);
      expect(mailsTo(lineManager.email)[0].subject).toMatch(/^Toestemming gevraagd: /);
      expect(mailsTo(lineManager.email)[0].text).toContain('https://klussenbank.example/mijn-klussen');
      await t.db.query(`UPDATE organisations SET consent_required = false WHERE id = $1`, [zeist.id]);
    });
  });

  describe('klussen ending soon', () => {
    it('tells the participants once, however often the morning scan runs', async () => {
      const participant = await newUser('bijna.klaar@zeist.nl');
      const applicant = await newUser('nog.wachtend@zeist.nl');
      const { id: claimId, taskId } = await claimOnNewTask(participant.id, 'Bijna klaar');
      await t.db.query(`UPDATE claims SET status = 'active' WHERE id = $1`, [claimId]);
      await t.db.query(`INSERT INTO claims (task_id, user_id, status) VALUES ($1, $2, 'applied')`, [
        taskId,
        applicant.id,
      ]);
      await t.db.query(
        `UPDATE tasks SET taken = 1, start_date = current_date - 5, end_date = current_date + 2 WHERE id = $1`,
        [taskId],
      );
      const digests = t.worker!.get<Queue>(getQueueToken(QueueName.Digests));
      await digests.add(TASK_ENDING_SOON_JOB, {}, { jobId: 'scan-1' });
      await digests.add(TASK_ENDING_SOON_JOB, {}, { jobId: 'scan-2' });
      await smtp.waitFor(() => mailsTo('bijna.klaar@zeist.nl').length === 1);
      await quiet(t);
      expect(mailsTo('bijna.klaar@zeist.nl')[0].subject).toBe('Klus eindigt binnenkort: Bijna klaar');
      expect(mailsTo('bijna.klaar@zeist.nl')).toHaveLength(1); // only this one
      expect(mailsTo('nog.wachtend@zeist.nl')).toHaveLength(0); // an applicant is not on the klus yet
      const page = await notificationsOf(participant.client);
      expect(page.items.filter((n) => n.type === 'task-ending-soon')).toEqual([
        expect.objectContaining({ data: expect.objectContaining({ taskId, taskTitle: 'Bijna klaar' }) }),
      ]);
      expect(
        await t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE type = 'task.ending-soon'`),
      ).toEqual([{ n: 1 }]);
    });
  });

  describe('matching', () => {
    it('offers a published klus to every candidate once, in the app and by e-mail', async () => {
      await t.db.query(
        `INSERT INTO users (organisation_id, email, display_name, roles)
         SELECT $1, 'match-' || i || '@zeist.nl', 'Kandidaat ' || i, '{employee}' FROM generate_series(1, 30) i`,
        [zeist.id],
      );
      await t.db.query(
        `INSERT INTO notification_preferences (user_id, channel, rhythm)
         SELECT id, 'email', 'weekly' FROM users WHERE email IN ('match-1@zeist.nl', 'match-2@zeist.nl')`,
      );
      const task = await managerHttp.post<{ id: string }>(
        '/api/v1/tasks',
        taskBody({ title: 'GIS-kaart maken' }),
      );
      const outbox = t.app.get(OutboxService);
      // Publishing recorded the event in the klus's transaction; recording it twice more changes nothing.
      for (let i = 0; i < 2; i++) {
        await t.db.transaction((tx) => outbox.record(tx, { type: 'task.published', taskId: task.body.id }));
      }
      await smtp.waitFor(() => smtp.mails.filter((m) => m.to.startsWith('match-')).length >= 28);
      // A delivery is marked sent just after the mail server accepted it.
      const counts = await vi.waitFor(
        async () => {
          const now = (
            await t.db.query<[{ inApp: number; pending: number; sent: number }]>(
              `SELECT (SELECT count(*)::int FROM notifications WHERE event_key = $1) AS "inApp",
                      (SELECT count(*)::int FROM deliveries WHERE event_key = $1 AND status = 'pending') AS pending,
                      (SELECT count(*)::int FROM deliveries WHERE event_key = $1 AND status = 'sent') AS sent`,
              [`task.published:${task.body.id}`],
            )
          )[0];
          expect(now.sent).toBeGreaterThanOrEqual(28);
          return now;
        },
        { timeout: 15_000 },
      );
      expect(counts).toEqual({ inApp: 30, pending: 2, sent: 28 });
      await quiet(t); // a second offer to anyone would have been sent by now
      const matchMails = smtp.mails.filter((m) => m.to.startsWith('match-'));
      expect(matchMails).toHaveLength(28);
      expect(new Set(matchMails.map((m) => m.to)).size).toBe(28);
      expect(matchMails[0].subject).toBe('Een klus die bij u past: GIS-kaart maken');
      const [notification] = await t.db.query<[{ data: Record<string, unknown> }]>(
        `SELECT data FROM notifications WHERE event_key = $1 LIMIT 1`,
        [`task.published:${task.body.id}`],
      );
      expect(notification.data).toEqual({
        taskId: task.body.id,
        taskTitle: 'GIS-kaart maken',
        score: 80,
        reasons: [{ kind: 'required', skill: 'GIS', level: 'expert', demonstrated: false }],
      });
    });
  });

  describe('the queue dashboard (Bull Board)', () => {
    it('is for platform admins only: 401 or the login page without a session, 403 without the role', async () => {
      const anonymous = await t.http.get('/admin/queues', { accept: 'application/json' });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(anonymous.body).toMatchObject({ status: 401, code: 'unauthenticated' });
      const browser = await t.http.get('/admin/queues', { accept: 'text/html' });
      expect(browser.status).toBe(302);
      expect(browser.headers.get('location')).toBe('/inloggen');
      expect((await t.http.get('/admin/queues/api/queues')).status).toBe(401);

      const employee = await loginAs(t.http, await createUser(t.db, zeist.id, ['employee', 'org-admin']));
      const forbidden = await employee.get('/admin/queues/api/queues');
      expect(forbidden.status).toBe(403);
      expect(forbidden.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      // A browser of someone without the role lands on the web client's "no access" page, not on JSON.
      const page = await employee.get('/admin/queues', { accept: 'text/html' });
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/geen-toegang');
    });

    it('shows every queue to a platform admin signed in with the session cookie', async () => {
      const platformAdmin = await createUser(t.db, zeist.id, ['platform-admin']);
      const browser = new HttpClient(t.baseUrl);
      expect(
        (
          await browser.post('/api/v1/auth/login', {
            email: platformAdmin.email,
            password: TEST_PASSWORD,
            cookie: true,
          })
        ).status,
      ).toBe(200);
      const page = await browser.get('/admin/queues', { accept: 'text/html' });
      expect(page.status).toBe(200);
      expect(page.text).toContain('<div id="root">');
      const queues = await browser.get<{ queues: { name: string }[] }>('/admin/queues/api/queues');
      expect(queues.status).toBe(200);
      expect(queues.body.queues.map((q) => q.name).sort()).toEqual([
        'digests',
        'events',
        'maintenance',
        'matching',
        'notifications',
        'privacy',
      ]);

      // A write with only the cookie must come from the same origin (no forged requests).
      const forged = await browser.put('/admin/queues/api/queues/notifications/retry/failed', undefined, {
        origin: 'https://elders.example',
      });
      expect(forged.status).toBe(403);
      const own = await browser.put('/admin/queues/api/queues/notifications/retry/failed', undefined, {
        origin: t.baseUrl,
      });
      expect(own.status).toBe(200);
    });
  });
});

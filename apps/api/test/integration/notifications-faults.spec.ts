import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOnFreePort } from '@klussenbank/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRedis, type Service } from '../../src/launcher/services.js';
import { OutboxRelay } from '../../src/notifications/outbox-relay.service.js';
import { OutboxService } from '../../src/notifications/outbox.service.js';
import { createOrganisation, createUser, isPasswordLinkMail, loginAs } from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { quiet } from '../support/quiet.js';

/** Not the password link a new person gets from the API itself: these tests are about notifications. */
const notice = (mail: { messageId: string }) => !isPasswordLinkMail(mail);

describe('notifications when things fail', () => {
  describe('Redis down while users are created', () => {
    let dir: string;
    let port: number;
    let redis: Service;
    let smtp: SmtpCatcher;
    let t: TestApp;
    let admin: HttpClient;
    let organisationId: string;

    beforeAll(async () => {
      // A Redis of this test's own, to stop and start; the shared one on 6379 is left alone.
      dir = mkdtempSync(join(tmpdir(), 'kb-redis-fault-'));
      redis = await startOnFreePort((free) => ensureRedis(dir, free));
      port = Number(new URL(redis.url).port);
      expect(redis.startedHere).toBe(true);
      smtp = await startSmtpCatcher();
      t = await startTestApp({
        worker: true,
        env: { REDIS_URL: redis.url, SMTP_URL: smtp.url, JOB_BACKOFF_MS: '200' },
      });
      const org = await createOrganisation(t.db);
      organisationId = org.id;
      admin = await loginAs(t.http, await createUser(t.db, org.id, ['org-admin']));
    });
    afterAll(async () => {
      await t?.close();
      await redis?.stop();
      await smtp?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('still creates them (201); once Redis is back every one is welcomed, none twice', async () => {
      await redis.stop();
      const emails = ['een@storing.nl', 'twee@storing.nl', 'drie@storing.nl'];
      const created: string[] = [];
      for (const email of emails) {
        const response = await admin.post<{ id: string }>('/api/v1/users', {
          email,
          displayName: email.split('@')[0],
          organisationId,
          roles: ['employee'],
        });
        expect(response.status).toBe(201);
        created.push(response.body.id);
      }
      // The relay tries, fails, waits and tries again (its failure count is what it backs off by).
      const relay = t.worker!.get(OutboxRelay);
      await expect.poll(() => relay['failures'], { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      const waiting = await t.db.query<{ relayed_at: Date | null }[]>(
        `SELECT relayed_at FROM outbox WHERE type = 'user.created' AND data ->> 'userId' = ANY ($1)`,
        [created],
      );
      expect(waiting).toEqual(created.map(() => ({ relayed_at: null })));

      redis = await ensureRedis(dir, port);
      // The welcome is in the app only (the password link mail, sent by the API itself, is the welcome mail).
      const welcomes = async (userIds: string[]) =>
        (
          await t.db.query<{ user_id: string }[]>(
            `SELECT user_id FROM notifications WHERE type = 'welcome' AND user_id = ANY ($1)`,
            [userIds],
          )
        ).length;
      await expect.poll(() => welcomes(created), { timeout: 30_000 }).toBe(emails.length);
      await quiet(t); // every job done: anything doubled would be here by now
      expect(await welcomes(created)).toBe(emails.length);
      expect(smtp.mails.filter(notice)).toEqual([]);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`)).toEqual([
        { n: 0 },
      ]);
      // The worker lived through it: it still handles new work.
      const later = await admin.post<{ id: string }>('/api/v1/users', {
        email: 'daarna@storing.nl',
        displayName: 'Daarna',
        organisationId,
        roles: ['employee'],
      });
      expect(later.status).toBe(201);
      await expect.poll(() => welcomes([later.body.id]), { timeout: 20_000 }).toBe(1);
    }, 90_000);
  });

  describe('a mail server that refuses the first attempts', () => {
    let smtp: SmtpCatcher;
    let t: TestApp;

    beforeAll(async () => {
      // The first refusal is the password link, which the API sends once (an admin sends another); the
      // notification mail is refused twice.
      smtp = await startSmtpCatcher({ failFirst: 3 });
      t = await startTestApp({ worker: true, env: { SMTP_URL: smtp.url, JOB_BACKOFF_MS: '200' } });
    });
    afterAll(async () => {
      await t?.close();
      await smtp?.stop();
    });

    it('gets the mail delivered by a retry, once', async () => {
      const org = await createOrganisation(t.db);
      const admin = await loginAs(t.http, await createUser(t.db, org.id, ['org-admin']));
      const created = await admin.post<{ id: string }>('/api/v1/users', {
        email: 'geduld@storing.nl',
        displayName: 'Geduld',
        organisationId: org.id,
        roles: ['employee'],
      });
      expect(created.status).toBe(201);
      // A notification that is e-mailed (the welcome is in the app only): a warning of failed logins.
      await t.db.transaction((tx) =>
        t.app
          .get(OutboxService)
          .record(tx, { type: 'login.attacked', userId: created.body.id, since: new Date().toISOString() }),
      );
      await smtp.waitFor(() => smtp.to('geduld@storing.nl').filter(notice).length > 0, 20_000);
      await quiet(t); // the job is done: a second mail would be here by now
      expect(smtp.to('geduld@storing.nl').filter(notice)).toHaveLength(1);
      expect(smtp.attempts()).toBe(4);
      expect(
        await t.db.query(`SELECT status, attempts, last_error FROM deliveries WHERE user_id = $1`, [
          created.body.id,
        ]),
      ).toEqual([{ status: 'sent', attempts: 3, last_error: null }]);
    });
  });
});

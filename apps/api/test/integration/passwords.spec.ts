import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createUser,
  loginAs,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { type CaughtMail, type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface InvalidParams {
  code: string;
  invalidParams: { name: string; code: string; reason: string }[];
}

const NEW_PASSWORD = 'paarse olifant op de fiets';
const LINK = /https:\/\/klussenbank\.example\/wachtwoord-instellen\/([A-Za-z0-9_-]{43})/;

describe('passwords', () => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  let oss: { id: string };
  let ossAdmin: HttpClient;
  let zeistAdmin: HttpClient;
  const logLines: string[] = [];
  const tokensSeen: string[] = [];

  const tokenIn = (mail: CaughtMail): string => {
    const match = LINK.exec(mail.text);
    if (!match?.[1]) throw new Error(`no link in: ${mail.text}`);
    expect(mail.html).toContain(match[0]);
    tokensSeen.push(match[1]);
    return match[1];
  };
  const mailsTo = async (email: string, count: number) =>
    (await smtp.waitFor((mails) => mails.filter((m) => m.to === email).length >= count)).filter(
      (m) => m.to === email,
    );
  const login = (email: string, password: string) =>
    t.http.post<{ token: string }>('/api/v1/auth/login', { email, password });

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({
      // Info: every request is logged, as in production, so the last test can look for tokens.
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://klussenbank.example', LOG_LEVEL: 'info' },
      logDestination: { write: (line: string) => void logLines.push(line) },
    });
    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    const zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    ossAdmin = await loginAs(t.http, await createUser(t.db, oss.id, ['org-admin']));
    zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  describe('changing my own password', () => {
    let me: TestUser;

    beforeAll(async () => {
      me = await createUser(t.db, oss.id, ['employee'], { email: 'anna.devries@oss.test' });
      await t.db.query(`UPDATE users SET display_name = 'Anna de Vries' WHERE id = $1`, [me.id]);
    });

    it('refuses 123456789012, passwordpassword, my own name and address, all with field errors', async () => {
      const client = await loginAs(t.http, me);
      const cases: [string, string][] = [
        ['123456789012', 'weak-password'],
        ['passwordpassword', 'weak-password'],
        ['Wachtwoord2024!', 'weak-password'],
        ['abcdefghijklmnop', 'weak-password'],
        ['anna-houdt-van-fietsen', 'weak-password'],
        ['mijn adres is anna.devries', 'weak-password'],
        ['kort', 'too-short'],
      ];
      for (const [newPassword, code] of cases) {
        const response = await client.put<InvalidParams>('/api/v1/me/password', {
          currentPassword: TEST_PASSWORD,
          newPassword,
        });
        expect(response.status, newPassword).toBe(400);
        expect(response.body.invalidParams, newPassword).toEqual([
          expect.objectContaining({ name: 'newPassword', code }),
        ]);
      }
      const dutch = await client.put<InvalidParams>('/api/v1/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: '123456789012',
      });
      expect(dutch.body.invalidParams[0]?.reason).toMatch(/veelgebruikte of uitgelekte wachtwoorden/);
      expect((await login(me.email, TEST_PASSWORD)).status).toBe(200); // nothing changed
    });

    it('needs the current password, and says so beside the new one’s problem', async () => {
      const client = await loginAs(t.http, me);
      const response = await client.put<InvalidParams>('/api/v1/me/password', {
        currentPassword: 'niet-mijn-wachtwoord',
        newPassword: 'passwordpassword',
      });
      expect(response.status).toBe(400);
      expect(response.body.invalidParams.map((p) => [p.name, p.code])).toEqual([
        ['currentPassword', 'wrong-password'],
        ['newPassword', 'weak-password'],
      ]);
    });

    it('changes it; my other sessions end, this one goes on', async () => {
      const here = await loginAs(t.http, me);
      const elsewhere = await loginAs(t.http, me);
      const response = await here.put('/api/v1/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(response.status).toBe(204);
      expect((await here.get('/api/v1/me')).status).toBe(200);
      expect((await elsewhere.get('/api/v1/me')).status).toBe(401);
      expect((await login(me.email, TEST_PASSWORD)).status).toBe(401);
      expect((await login(me.email, NEW_PASSWORD)).status).toBe(200);
    });

    it('counts a wrong current password as a failed login: the fifth makes me and this address wait', async () => {
      const guessed = await createUser(t.db, oss.id, ['employee'], { email: 'gestolen.sessie@oss.test' });
      const stolen = await loginAs(t.http, guessed);
      const statuses: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const response = await stolen.put('/api/v1/me/password', {
          currentPassword: `gok-nummer-${i}`,
          newPassword: NEW_PASSWORD,
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([400, 400, 400, 400, 400]);

      // Even the right password waits now, here and at the login form (the same account and address).
      const refused = await stolen.put<{ code: string; retryAfterSeconds: number }>('/api/v1/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('too-many-login-attempts');
      expect(refused.body.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.body.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(Number(refused.headers.get('retry-after'))).toBe(refused.body.retryAfterSeconds);
      expect((await login(guessed.email, TEST_PASSWORD)).status).toBe(429);
      expect((await stolen.get('/api/v1/me')).status).toBe(200); // the session itself goes on
    });
  });

  describe('a new person', () => {
    it('is created without a password, which an org-admin can no longer set', async () => {
      const response = await ossAdmin.post<InvalidParams>('/api/v1/users', {
        email: 'piet.bakker@oss.test',
        displayName: 'Piet Bakker',
        organisationId: oss.id,
        roles: ['employee'],
        password: 'een-wachtwoord-dat-de-beheerder-kent',
      });
      expect(response.status).toBe(400);
      expect(response.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'password', code: 'unknown-property' }),
      ]);
    });

    it('sets the first password through the one-time link in the welcome mail', async () => {
      const created = await ossAdmin.post<{ id: string }>('/api/v1/users', {
        email: 'piet.bakker@oss.test',
        displayName: 'Piet Bakker',
        organisationId: oss.id,
        roles: ['employee'],
      });
      expect(created.status).toBe(201);
      const [mail] = await mailsTo('piet.bakker@oss.test', 1);
      expect(mail?.subject).toBe('Welkom bij Klussenbank: stel uw wachtwoord in');
      const token = tokenIn(mail);
      // Only its hash is stored.
      const rows = await t.db.query<{ token_hash: Buffer; purpose: string; expires_at: Date }[]>(
        `SELECT token_hash, purpose, expires_at FROM password_links WHERE user_id = $1`,
        [created.body.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].purpose).toBe('invite');
      expect(rows[0].token_hash.toString('base64url')).not.toBe(token);
      expect(rows[0].expires_at.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3_600_000);

      const inspected = await t.http.get(`/api/v1/password-resets/${token}`);
      expect(inspected.status).toBe(200);
      expect(inspected.body).toMatchObject({ purpose: 'invite', email: 'piet.bakker@oss.test' });
      expect((await login('piet.bakker@oss.test', NEW_PASSWORD)).status).toBe(401);

      const weak = await t.http.post<InvalidParams>(`/api/v1/password-resets/${token}`, {
        newPassword: 'piet-bakker-2024',
      });
      expect(weak.status).toBe(400);
      expect(weak.body.invalidParams[0]?.code).toBe('weak-password');

      const set = await t.http.post(`/api/v1/password-resets/${token}`, { newPassword: NEW_PASSWORD });
      expect(set.status).toBe(204);
      expect((await login('piet.bakker@oss.test', NEW_PASSWORD)).status).toBe(200);

      // Once only.
      const again = await t.http.post(`/api/v1/password-resets/${token}`, {
        newPassword: 'nog een heel ander',
      });
      expect(again.status).toBe(410);
      expect(again.body['code']).toBe('password-link-gone');
      expect((await t.http.get(`/api/v1/password-resets/${token}`)).status).toBe(410);
    });
  });

  describe('a reset link sent by an org-admin', () => {
    it('replaces the earlier link, works once, and ends every session of the person', async () => {
      const person = await createUser(t.db, oss.id, ['employee'], { email: 'karin.smit@oss.test' });
      const session = await loginAs(t.http, person);
      expect((await ossAdmin.post(`/api/v1/users/${person.id}/password-reset`)).status).toBe(204);
      expect((await ossAdmin.post(`/api/v1/users/${person.id}/password-reset`)).status).toBe(204);
      const [first, second] = await mailsTo(person.email, 2);
      expect(second?.subject).toBe('Stel een nieuw wachtwoord in voor Klussenbank');
      const older = tokenIn(first);
      const newer = tokenIn(second);

      // The current password works until the link is used.
      expect((await login(person.email, TEST_PASSWORD)).status).toBe(200);
      expect(
        (await t.http.post(`/api/v1/password-resets/${older}`, { newPassword: NEW_PASSWORD })).status,
      ).toBe(410);
      const inspected = await t.http.get(`/api/v1/password-resets/${newer}`);
      expect(inspected.body).toMatchObject({ purpose: 'reset' });
      expect(new Date(inspected.body['expiresAt'] as string).getTime() - Date.now()).toBeLessThanOrEqual(
        24 * 3_600_000,
      );

      expect(
        (await t.http.post(`/api/v1/password-resets/${newer}`, { newPassword: NEW_PASSWORD })).status,
      ).toBe(204);
      expect((await session.get('/api/v1/me')).status).toBe(401);
      expect((await login(person.email, TEST_PASSWORD)).status).toBe(401);
      expect((await login(person.email, NEW_PASSWORD)).status).toBe(200);
    });

    it('is for the own organisation’s admins (and platform admins) only', async () => {
      const person = await createUser(t.db, oss.id, ['employee']);
      const colleague = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));
      const other = await zeistAdmin.post(`/api/v1/users/${person.id}/password-reset`);
      expect(other.status).toBe(403);
      expect((await colleague.post(`/api/v1/users/${person.id}/password-reset`)).status).toBe(403);
      expect((await ossAdmin.post(`/api/v1/users/${randomUUID()}/password-reset`)).status).toBe(404);
    });

    it('expires, and unknown or malformed tokens get one answer', async () => {
      const person = await createUser(t.db, oss.id, ['employee'], { email: 'joost.visser@oss.test' });
      await ossAdmin.post(`/api/v1/users/${person.id}/password-reset`);
      const [mail] = await mailsTo(person.email, 1);
      const token = tokenIn(mail);
      await t.db.query(
        `UPDATE password_links SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [person.id],
      );
      expect((await t.http.get(`/api/v1/password-resets/${token}`)).status).toBe(410);
      expect(
        (await t.http.post(`/api/v1/password-resets/${token}`, { newPassword: NEW_PASSWORD })).status,
      ).toBe(410);
      const unknown = await t.http.get(`/api/v1/password-resets/${randomBytes(32).toString('base64url')}`);
      const malformed = await t.http.get('/api/v1/password-resets/niet-een-token');
      expect(unknown.status).toBe(404);
      expect(malformed.status).toBe(404);
      expect(unknown.body['detail']).toBe(malformed.body['detail']);
      expect(unknown.body['code']).toBe('not-found');
    });
  });

  it('never writes a link’s token to the log', () => {
    expect(tokensSeen.length).toBeGreaterThanOrEqual(4);
    const log = logLines.join('');
    expect(log).toContain('/api/v1/password-resets/[verborgen]');
    for (const token of tokensSeen) expect(log).not.toContain(token);
  });
});

import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThrottleKeys } from '../../src/auth/login-throttle.service.js';
import { createOrganisation, createUser, TEST_PASSWORD, type TestUser } from '../support/factories.js';
import type { HttpResponse } from '../support/http-client.js';
import { quiet } from '../support/quiet.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Problem = { code: string; detail: string; retryAfterSeconds?: number };

/**
 * The login throttle with its default settings, against the real API, Redis, worker and an SMTP
 * catcher. Addresses come from X-Forwarded-For (TRUST_PROXY). Time is moved on by removing the key
 * that holds a wait, as its expiry would.
 */
describe('login throttling', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let redis: Redis;
  let org: { id: string };
  const logLines: Record<string, unknown>[] = [];

  const login = (email: string, password: string, ip: string): Promise<HttpResponse<Problem>> =>
    t.http.post<Problem>('/api/v1/auth/login', { email, password }, { 'x-forwarded-for': ip });
  const keys = (user: TestUser, ip: string) => loginThrottleKeys(t.config.REDIS_PREFIX, user.email, ip);
  /** What the key's expiry would do: the wait is over. */
  const waitIsOver = (key: string) => redis.del(key);
  const events = (event: string, userId: string) =>
    logLines.filter((line) => line['event'] === event && line['userId'] === userId);

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({
      worker: true,
      env: { TRUST_PROXY: 'true', SMTP_URL: smtp.url },
      logDestination: {
        write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>),
      },
    });
    redis = new Redis(t.config.REDIS_URL);
    org = await createOrganisation(t.db);
  });
  afterAll(async () => {
    await redis?.quit();
    await t?.close();
    await smtp?.stop();
  });

  it('lets the person in from their known address after many wrong passwords from elsewhere', async () => {
    const person = await createUser(t.db, org.id);
    expect((await login(person.email, TEST_PASSWORD, '10.1.1.1')).status).toBe(200);

    const attempts: number[] = [];
    for (let i = 1; i <= 12; i++)
      attempts.push((await login(person.email, `fout-${i}`, `10.2.0.${i}`)).status);
    // Ten failures mark the account as under attack; then new addresses share one attempt a minute.
    expect(attempts).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 429]);

    expect((await login(person.email, TEST_PASSWORD, '10.1.1.1')).status).toBe(200);

    const fromNewAddress = await login(person.email, TEST_PASSWORD, '10.3.0.1');
    expect(fromNewAddress.status).toBe(429);
    expect(fromNewAddress.body.code).toBe('too-many-login-attempts');
    expect(fromNewAddress.body.detail).toContain('nog niet eerder inlogde');
    expect(fromNewAddress.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(fromNewAddress.body.retryAfterSeconds).toBeLessThanOrEqual(60);
    await waitIsOver(keys(person, '10.3.0.1').newAddressSlot);
    expect((await login(person.email, TEST_PASSWORD, '10.3.0.1')).status).toBe(200);

    const [underAttack] = events('login.account-under-attack', person.id);
    expect(underAttack).toMatchObject({ level: 'warn', ip: '10.2.0.10', accountFailures: 10 });
  });

  it('makes one account-and-address pair wait longer after each failure, right password or not', async () => {
    const person = await createUser(t.db, org.id);
    const ip = '10.4.0.1';
    const pair = keys(person, ip);

    const first = [];
    for (let i = 1; i <= 5; i++) first.push((await login(person.email, `fout-${i}`, ip)).status);
    expect(first).toEqual([401, 401, 401, 401, 401]);

    const waits: number[] = [];
    for (const expected of [60, 120, 240]) {
      const refused = await login(person.email, TEST_PASSWORD, ip);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body.code).toBe('too-many-login-attempts');
      expect(Number(refused.headers.get('retry-after'))).toBe(refused.body.retryAfterSeconds);
      expect(refused.body.retryAfterSeconds).toBeLessThanOrEqual(expected);
      expect(refused.body.retryAfterSeconds).toBeGreaterThan(expected - 10);
      waits.push(expected);
      await waitIsOver(pair.pairWait);
      expect((await login(person.email, 'weer-fout', ip)).status).toBe(401);
    }
    expect(waits).toEqual([60, 120, 240]);

    // Another address of the same person is not held up by this pair.
    expect((await login(person.email, TEST_PASSWORD, '10.4.0.2')).status).toBe(200);

    await waitIsOver(pair.pairWait);
    expect((await login(person.email, TEST_PASSWORD, ip)).status).toBe(200);
    // A success starts the pair over: four mistakes are free again.
    const after = [];
    for (let i = 1; i <= 4; i++) after.push((await login(person.email, `fout-${i}`, ip)).status);
    expect(after).toEqual([401, 401, 401, 401]);

    expect(events('login.pair-throttled', person.id).map((line) => line['delaySeconds'])).toEqual([
      60, 120, 240, 480,
    ]);
  });

  it('gives parallel requests of one pair no more attempts than sequential ones', async () => {
    const person = await createUser(t.db, org.id);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        login(person.email, `tegelijk-${i}`, '10.7.0.1').then((r) => r.status),
      ),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });

  it('does not close an office address to everyone because of one colleague and a few typos', async () => {
    const office = '10.5.0.1';
    const [clumsy, ...colleagues] = await Promise.all(
      Array.from({ length: 5 }, () => createUser(t.db, org.id)),
    );
    expect((await login(clumsy.email, TEST_PASSWORD, office)).status).toBe(200);

    const clumsyAttempts: number[] = [];
    for (let i = 1; i <= 16; i++) {
      clumsyAttempts.push((await login(clumsy.email, `fout-${i}`, office)).status);
      await waitIsOver(keys(clumsy, office).pairWait);
    }
    expect(clumsyAttempts).toEqual(Array.from({ length: 16 }, () => 401));
    for (const colleague of colleagues.slice(0, 3)) {
      for (let i = 1; i <= 3; i++)
        expect((await login(colleague.email, `typo-${i}`, office)).status).toBe(401);
    }

    // 25 failures from the office: its colleagues, known there or not, still sign in.
    for (const colleague of colleagues) {
      expect((await login(colleague.email, TEST_PASSWORD, office)).status).toBe(200);
    }
  });

  it('warns the account holder once by e-mail, whatever their e-mail rhythm, and logs it', async () => {
    const person = await createUser(t.db, org.id);
    await t.db.query(
      `INSERT INTO notification_preferences (user_id, channel, rhythm) VALUES ($1, 'email', 'off')`,
      [person.id],
    );
    for (let i = 1; i <= 10; i++) {
      expect((await login(person.email, `geraden-${i}`, `10.6.0.${i}`)).status).toBe(401);
    }

    const [mail] = (await smtp.waitFor((mails) => mails.some((m) => m.to === person.email))).filter(
      (m) => m.to === person.email,
    );
    expect(mail.subject).toBe('Veel mislukte inlogpogingen op uw account');
    expect(mail.text).toContain('Uw account is niet geblokkeerd');

    // The attack goes on: more failures, no second mail.
    for (let i = 11; i <= 14; i++) {
      await waitIsOver(keys(person, `10.6.0.${i}`).newAddressSlot);
      expect((await login(person.email, `geraden-${i}`, `10.6.0.${i}`)).status).toBe(401);
    }
    await quiet(t);
    expect(smtp.to(person.email)).toHaveLength(1);
    const inApp = await t.db.query<{ type: string }[]>(`SELECT type FROM notifications WHERE user_id = $1`, [
      person.id,
    ]);
    expect(inApp.map((n) => n.type)).toEqual(['login-attacked']);

    expect(events('login.account-under-attack', person.id)).toHaveLength(1);
    expect(events('login.attack-warning-recorded', person.id)).toEqual([
      expect.objectContaining({ ip: '10.6.0.10' }),
    ]);
    expect(JSON.stringify(logLines)).not.toContain('geraden-');
  });
});

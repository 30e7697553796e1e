import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createUser,
  loginAs,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Session {
  id: string;
  browser: string | null;
  os: string | null;
  ipAddress: string | null;
  authMethod: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe('sessions', () => {
  let t: TestApp;
  let oss: { id: string };
  let zeist: { id: string };
  let employee: HttpClient;
  let ossAdmin: HttpClient;
  let ossAdminUser: TestUser;
  let zeistAdmin: HttpClient;
  let platformAdmin: HttpClient;
  let platformAdminUser: TestUser;

  /** Signs in from a browser; answers the client and its session id. */
  async function signIn(user: { email: string }, userAgent = CHROME_ON_WINDOWS) {
    const response = await t.http.post<{ token: string }>(
      '/api/v1/auth/login',
      { email: user.email, password: TEST_PASSWORD },
      { 'user-agent': userAgent },
    );
    expect(response.status).toBe(200);
    const client = t.http.withToken(response.body.token);
    const mine = await client.get<Session[]>('/api/v1/me/sessions');
    const current = mine.body.find((session) => session.current);
    return { client, sessionId: current!.id };
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { SESSION_ABSOLUTE_DAYS: '7', SESSION_TTL_HOURS: '12' } });
    oss = await createOrganisation(t.db);
    zeist = await createOrganisation(t.db);
    employee = await loginAs(t.http, await createUser(t.db, oss.id, ['employee']));
    ossAdminUser = await createUser(t.db, oss.id, ['org-admin']);
    ossAdmin = await loginAs(t.http, ossAdminUser);
    zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
    platformAdminUser = await createUser(t.db, zeist.id, ['platform-admin']);
    platformAdmin = await loginAs(t.http, platformAdminUser);
  });
  afterAll(() => t.close());

  describe('GET /me/sessions', () => {
    it('lists my sessions with device, address, times and method; this one is current', async () => {
      const person = await createUser(t.db, oss.id);
      const phone = await signIn(person, SAFARI_ON_IPHONE);
      const laptop = await signIn(person, CHROME_ON_WINDOWS);
      const response = await laptop.client.get<Session[]>('/api/v1/me/sessions');
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(2);
      const byId = new Map(response.body.map((s) => [s.id, s]));
      expect(byId.get(laptop.sessionId)).toMatchObject({
        browser: 'Chrome',
        os: 'Windows',
        ipAddress: '127.0.0.1',
        authMethod: 'password',
        current: true,
      });
      expect(byId.get(phone.sessionId)).toMatchObject({ browser: 'Safari', os: 'iOS', current: false });
      // Nobody else's sessions show.
      expect((await employee.get<Session[]>('/api/v1/me/sessions')).body.map((s) => s.id)).not.toContain(
        laptop.sessionId,
      );
    });

    it('says so when the user agent tells nothing', async () => {
      const person = await createUser(t.db, oss.id);
      const { client } = await signIn(person, 'curl/8.5.0');
      const [session] = (await client.get<Session[]>('/api/v1/me/sessions')).body;
      expect(session).toMatchObject({ os: null, current: true });
      expect((await t.http.get('/api/v1/me/sessions')).status).toBe(401);
    });
  });

  describe('the absolute timeout', () => {
    it('refuses a session begun more than SESSION_ABSOLUTE_DAYS ago, however active', async () => {
      const person = await createUser(t.db, oss.id);
      const { client, sessionId } = await signIn(person);
      expect((await client.get('/api/v1/me')).status).toBe(200);
      await t.db.query(
        `UPDATE sessions SET created_at = now() - interval '7 days 1 minute', last_seen_at = now() WHERE id = $1`,
        [sessionId],
      );
      // A write asks PostgreSQL at once; a read, once the change's notice reached the session cache.
      expect((await client.post('/api/v1/auth/logout', {})).status).toBe(401);
      await vi.waitFor(async () => expect((await client.get('/api/v1/me')).status).toBe(401), {
        timeout: 2_000,
        interval: 10,
      });
    });

    it('never slides the expiry past the absolute limit', async () => {
      const person = await createUser(t.db, oss.id);
      const { client, sessionId } = await signIn(person);
      // Begun almost 7 days ago, last used 2 minutes ago: the next request slides the expiry.
      await t.db.query(
        `UPDATE sessions SET created_at = now() - interval '6 days 23 hours',
                             last_seen_at = now() - interval '2 minutes' WHERE id = $1`,
        [sessionId],
      );
      // The next request PostgreSQL answers (every write; a read once the change's notice reached the
      // session cache) slides it.
      const preferences = await client.get<Record<string, unknown>>('/api/v1/me/notification-preferences');
      expect((await client.put('/api/v1/me/notification-preferences', preferences.body)).status).toBe(200);
      const [row] = await t.db.query<{ expires_at: Date; limit: Date; slid: Date }[]>(
        `SELECT expires_at, created_at + interval '7 days' AS limit, last_seen_at AS slid FROM sessions WHERE id = $1`,
        [sessionId],
      );
      expect(row.slid.getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(row.expires_at.getTime()).toBeLessThanOrEqual(row.limit.getTime());
      expect(row.expires_at.getTime()).toBeGreaterThan(Date.now());
    });
  });

  describe('ending my sessions', () => {
    it('ends one of mine; its token no longer works; the event is in the audit log', async () => {
      const person = await createUser(t.db, oss.id);
      const first = await signIn(person);
      const second = await signIn(person);
      const ended = await first.client.delete(`/api/v1/me/sessions/${second.sessionId}`);
      expect(ended.status).toBe(204);
      expect((await second.client.get('/api/v1/me')).status).toBe(401);
      expect((await first.client.get('/api/v1/me')).status).toBe(200);
      const [event] = await t.db.query<{ actor_id: string; organisation_id: string; details: unknown }[]>(
        `SELECT actor_id, organisation_id, details FROM audit_events
          WHERE action = 'session.ended' AND object_id = $1`,
        [person.id],
      );
      expect(event).toMatchObject({
        actor_id: person.id,
        organisation_id: oss.id,
        details: { reason: 'ended-by-self', sessionIds: [second.sessionId] },
      });
    });

    it('answers 404 for a session that is not mine (or gone), and ends nothing', async () => {
      const person = await createUser(t.db, oss.id);
      const mine = await signIn(person);
      const other = await signIn(await createUser(t.db, oss.id));
      const refused = await mine.client.delete<{ code: string }>(`/api/v1/me/sessions/${other.sessionId}`);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('not-found');
      expect((await other.client.get('/api/v1/me')).status).toBe(200);
      expect((await mine.client.delete('/api/v1/me/sessions/not-a-uuid')).status).toBe(404);
    });

    it('ends all my other sessions and keeps this one', async () => {
      const person = await createUser(t.db, oss.id);
      const a = await signIn(person);
      const b = await signIn(person);
      const c = await signIn(person);
      const response = await c.client.delete<{ ended: number }>('/api/v1/me/sessions');
      expect(response.status).toBe(200);
      expect(response.body.ended).toBe(2);
      expect((await a.client.get('/api/v1/me')).status).toBe(401);
      expect((await b.client.get('/api/v1/me')).status).toBe(401);
      expect((await c.client.get<Session[]>('/api/v1/me/sessions')).body.map((s) => s.id)).toEqual([
        c.sessionId,
      ]);
    });
  });

  describe('admins and someone’s sessions', () => {
    it('GET /users/{id}/sessions follows the permission matrix', async () => {
      const person = await createUser(t.db, oss.id);
      const { sessionId } = await signIn(person);
      const path = `/api/v1/users/${person.id}/sessions`;
      expect((await t.http.get(path)).status).toBe(401);
      expect((await employee.get(path)).status).toBe(403);
      const elsewhere = await zeistAdmin.get<{ code: string; detail: string }>(path);
      expect(elsewhere.status).toBe(403);
      expect(elsewhere.body.detail).toMatch(/eigen organisatie/);
      const own = await ossAdmin.get<Session[]>(path);
      expect(own.status).toBe(200);
      expect(own.body.map((s) => [s.id, s.current])).toEqual([[sessionId, false]]);
      expect((await platformAdmin.get<Session[]>(path)).body.map((s) => s.id)).toEqual([sessionId]);
      expect((await ossAdmin.get('/api/v1/users/00000000-0000-4000-8000-000000000000/sessions')).status).toBe(
        404,
      );
    });

    it('DELETE /users/{id}/sessions follows the permission matrix and ends them at once', async () => {
      const person = await createUser(t.db, oss.id);
      const path = `/api/v1/users/${person.id}/sessions`;
      const { client } = await signIn(person);
      expect((await employee.delete(path)).status).toBe(403);
      expect((await zeistAdmin.delete(path)).status).toBe(403);
      expect((await client.get('/api/v1/me')).status).toBe(200);

      const byOrgAdmin = await ossAdmin.delete<{ ended: number }>(path);
      expect(byOrgAdmin.status).toBe(200);
      expect(byOrgAdmin.body.ended).toBe(1);
      expect((await client.get('/api/v1/me')).status).toBe(401);

      const again = await signIn(person);
      const byPlatform = await platformAdmin.delete<{ ended: number }>(path);
      expect(byPlatform.body.ended).toBe(1);
      expect((await again.client.get('/api/v1/me')).status).toBe(401);

      const events = await t.db.query<
        { actor_id: string; organisation_id: string; ip: string; reason: string }[]
      >(
        `SELECT actor_id, organisation_id, host(ip_address) AS ip, details->>'reason' AS reason
           FROM audit_events WHERE action = 'session.ended' AND object_id = $1 ORDER BY id`,
        [person.id],
      );
      expect(events).toEqual([
        { actor_id: ossAdminUser.id, organisation_id: oss.id, ip: '127.0.0.1', reason: 'ended-by-admin' },
        {
          actor_id: platformAdminUser.id,
          organisation_id: oss.id,
          ip: '127.0.0.1',
          reason: 'ended-by-admin',
        },
      ]);
    });

    it('keeps a platform admin’s sessions out of an org-admin’s reach', async () => {
      const platformInOss = await createUser(t.db, oss.id, ['platform-admin']);
      const response = await ossAdmin.delete<{ code: string }>(`/api/v1/users/${platformInOss.id}/sessions`);
      expect(response.status).toBe(403);
      expect((await ossAdmin.get(`/api/v1/users/${platformInOss.id}/sessions`)).status).toBe(403);
    });
  });

  describe('role changes', () => {
    it('hold at the next request: a demoted org-admin is refused at once, without signing in again', async () => {
      const admin = await createUser(t.db, oss.id, ['org-admin']);
      const { client } = await signIn(admin);
      expect((await client.get('/api/v1/users')).status).toBe(200);
      const demoted = await platformAdmin.patch(`/api/v1/users/${admin.id}`, { roles: ['employee'] });
      expect(demoted.status).toBe(200);
      expect((await client.get('/api/v1/users')).status).toBe(403);
      expect((await client.get(`/api/v1/audit-events`)).status).toBe(403);
      // Still signed in as an employee.
      expect((await client.get('/api/v1/me')).status).toBe(200);
    });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_CACHE_APPLICATION } from '../../src/auth/session-cache.js';
import { Metrics } from '../../src/metrics/metrics.js';
import { createOrganisation, createUser, loginAs, type TestUser } from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The API keeps resolved sessions in memory (`SessionCache`). Five minutes here, so that anything the
 * cache failed to hear would show as a stale answer long after the few seconds these tests wait.
 */
describe('the session cache', () => {
  let t: TestApp;
  let org: { id: string };

  /** How many lookups this instance answered from memory so far. */
  async function hits(): Promise<number> {
    const metric = t.app.get(Metrics).registry.getSingleMetric('klussenbank_session_cache_lookups_total');
    const values = (await metric?.get())?.values ?? [];
    return values.find((value) => value.labels.result === 'hit')?.value ?? 0;
  }

  /** 1 while the instance hears PostgreSQL's notices. */
  async function listening(): Promise<number | undefined> {
    const metric = t.app.get(Metrics).registry.getSingleMetric('klussenbank_session_cache_listening');
    return (await metric?.get())?.values[0]?.value;
  }

  /** Signs in and asks /me until the answer came from memory: the session is in the cache. */
  async function cachedSession(roles: TestUser['roles'] = ['employee']) {
    const person = await createUser(t.db, org.id, roles);
    const http = await loginAs(t.http, person);
    const sessionId = await sessionOf(person.id);
    await vi.waitFor(
      async () => {
        const before = await hits();
        expect((await http.get('/api/v1/me')).status).toBe(200);
        expect(await hits()).toBe(before + 1);
      },
      { timeout: 5_000, interval: 20 },
    );
    return { person, http, sessionId };
  }

  async function sessionOf(userId: string): Promise<string> {
    const [row] = await t.db.query<{ id: string }[]>(`SELECT id FROM sessions WHERE user_id = $1`, [userId]);
    if (!row) throw new Error('no session');
    return row.id;
  }

  /** Waits until `http` gets `status` from /me: the change reached the cache (or never will). */
  const meAnswers = (http: HttpClient, status: number) =>
    vi.waitFor(async () => expect((await http.get('/api/v1/me')).status).toBe(status), {
      timeout: 3_000,
      interval: 10,
    });

  beforeAll(async () => {
    t = await startTestApp({ env: { SESSION_CACHE_SECONDS: '300' } });
    org = await createOrganisation(t.db, { name: 'Gemeente Geheugen' });
  });

  afterAll(async () => {
    await t?.close();
  });

  beforeEach(async () => {
    await t.db.query(`ALTER TABLE sessions ENABLE TRIGGER sessions_announce_end`);
  });

  it('answers a session it resolved before from memory, with the same person and roles', async () => {
    const { person, http } = await cachedSession(['employee', 'manager']);
    const me = await http.get<{ id: string; roles: string[] }>('/api/v1/me');
    expect(me.body.id).toBe(person.id);
    expect(me.body.roles).toEqual(['employee', 'manager']);
  });

  it('logout ends the session at once on this instance, for reading too', async () => {
    const { http } = await cachedSession();
    expect((await http.post('/api/v1/auth/logout', {})).status).toBe(204);
    expect((await http.get('/api/v1/me')).status).toBe(401);
  });

  it('hears a role change, a deactivation and a deleted session, whoever wrote them (plain SQL here)', async () => {
    const promoted = await cachedSession();
    await t.db.query(`UPDATE users SET roles = '{employee,manager}' WHERE id = $1`, [promoted.person.id]);
    await vi.waitFor(
      async () =>
        expect((await promoted.http.get<{ roles: string[] }>('/api/v1/me')).body.roles).toEqual([
          'employee',
          'manager',
        ]),
      { timeout: 3_000, interval: 10 },
    );

    const deactivated = await cachedSession();
    await t.db.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [deactivated.person.id]);
    await meAnswers(deactivated.http, 401);

    const ended = await cachedSession();
    await t.db.query(`DELETE FROM sessions WHERE id = $1`, [ended.sessionId]);
    await meAnswers(ended.http, 401);
  });

  it('asks PostgreSQL for every request that writes, even while the cache still holds the session', async () => {
    const { http, sessionId } = await cachedSession();
    // Ended without the notice (as if it were still on its way): reads still come from memory…
    await t.db.query(`ALTER TABLE sessions DISABLE TRIGGER sessions_announce_end`);
    await t.db.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
    expect((await http.get('/api/v1/me')).status).toBe(200);
    // …but nothing can be changed with it.
    expect((await http.post('/api/v1/auth/logout', {})).status).toBe(401);
  });

  it('holds nothing while its connection to PostgreSQL is lost, and caches again once it is back', async () => {
    const { http, sessionId } = await cachedSession();
    const dropped = await t.db.query<{ pid: number }[]>(
      `SELECT pg_terminate_backend(pid) AS pid FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1`,
      [SESSION_CACHE_APPLICATION],
    );
    expect(dropped).toHaveLength(1);
    await vi.waitFor(async () => expect(await listening()).toBe(0), { timeout: 3_000, interval: 10 });
    // No notice can arrive now, so no cached answer may be given: the instance asks PostgreSQL.
    await t.db.query(`ALTER TABLE sessions DISABLE TRIGGER sessions_announce_end`);
    await t.db.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
    expect((await http.get('/api/v1/me')).status).toBe(401);
    await t.db.query(`ALTER TABLE sessions ENABLE TRIGGER sessions_announce_end`);

    await cachedSession(); // listening again: a new session is answered from memory
    expect(await listening()).toBe(1);
  });
});

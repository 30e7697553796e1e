import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createUser,
  loginAs,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('authentication', () => {
  let t: TestApp;
  let anna: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    anna = await createUser(t.db, org.id, ['employee']);
  });
  afterAll(() => t.close());

  it('returns a bearer token that opens /me with organisation and roles', async () => {
    const login = await t.http.post<{ token: string; tokenType: string }>('/api/v1/auth/login', {
      email: anna.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.body.tokenType).toBe('Bearer');
    expect(login.headers.getSetCookie()).toEqual([]);

    const me = await t.http
      .withToken(login.body.token)
      .get<{ email: string; roles: string[]; organisation: { name: string } }>('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(anna.email);
    expect(me.body.roles).toEqual(['employee']);
    expect(me.body.organisation.name).toBe('Gemeente Oss');
  });

  it('stores passwords as argon2id hashes and never returns them', async () => {
    const [row] = await t.db.query<[{ password_hash: string }]>(
      `SELECT password_hash FROM users WHERE id = $1`,
      [anna.id],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const client = await loginAs(t.http, anna);
    expect((await client.get('/api/v1/me')).text).not.toMatch(/argon|password/i);
  });

  it('answers a wrong password and an unknown e-mail with the same 401 problem', async () => {
    const wrong = await t.http.post('/api/v1/auth/login', {
      email: anna.email,
      password: 'niet-het-wachtwoord',
    });
    const unknown = await t.http.post('/api/v1/auth/login', {
      email: 'niemand@test.klussenbank.test',
      password: 'x',
    });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 401, code: 'invalid-credentials' });
    }
    expect(wrong.body['detail']).toBe(unknown.body['detail']);
  });

  it('lists every field error of a bad login body at once', async () => {
    const response = await t.http.post<{ invalidParams: { name: string }[] }>('/api/v1/auth/login', {
      email: 'geen-adres',
      cookie: 'ja',
      extra: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.invalidParams.map((p) => p.name).sort()).toEqual([
      'cookie',
      'email',
      'extra',
      'password',
    ]);
  });

  it('ends the session on the server at logout', async () => {
    const client = await loginAs(t.http, anna);
    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
    const after = await client.get('/api/v1/me');
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ status: 401, title: expect.any(String), detail: expect.any(String) });
  });

  it('rejects missing, malformed and expired tokens', async () => {
    expect((await t.http.get('/api/v1/me')).status).toBe(401);
    expect((await t.http.withToken('verzonnen').get('/api/v1/me')).status).toBe(401);
    const client = await loginAs(t.http, anna);
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      anna.id,
    ]);
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  describe('cookie sessions for the web client', () => {
    it('sets an HttpOnly SameSite cookie and returns no token', async () => {
      const http = t.http.withToken(undefined);
      const login = await http.post('/api/v1/auth/login', {
        email: anna.email,
        password: TEST_PASSWORD,
        cookie: true,
      });
      expect(login.status).toBe(200);
      expect(login.body['token']).toBeUndefined();
      const [session] = login.headers.getSetCookie().filter((c) => c.startsWith('kb_session='));
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Lax/i);
      expect(session).not.toMatch(/Secure/i); // Secure only in production; tested below for config
      expect((await http.get('/api/v1/me')).status).toBe(200);
    });

    it('refuses a cookie-authenticated write without the CSRF token, accepts it with one', async () => {
      const http = t.http.withToken(undefined);
      await http.post('/api/v1/auth/login', { email: anna.email, password: TEST_PASSWORD, cookie: true });
      const refused = await http.post('/api/v1/auth/logout');
      expect(refused.status).toBe(403);
      expect(refused.body['code']).toBe('csrf-token-invalid');
      const wrong = await http.post('/api/v1/auth/logout', undefined, { 'x-csrf-token': 'geraden' });
      expect(wrong.status).toBe(403);
      const ok = await http.post('/api/v1/auth/logout', undefined, {
        'x-csrf-token': http.cookie('kb_csrf')!,
      });
      expect(ok.status).toBe(204);
      expect((await http.get('/api/v1/me')).status).toBe(401);
    });
  });

  describe('failed-login rate limits', () => {
    it('makes an address wait after five wrong passwords for one account, even with the right one', async () => {
      const org = await createOrganisation(t.db);
      const victim = await createUser(t.db, org.id);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push(
          (await t.http.post('/api/v1/auth/login', { email: victim.email, password: `fout-${i}` })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const right = await t.http.post('/api/v1/auth/login', { email: victim.email, password: TEST_PASSWORD });
      expect(right.status).toBe(429);
      expect(right.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Tests that need an API with other settings. Each starts and closes its own app: Passport keeps
 * strategies in one global registry, so an app must not be used after a newer one was created.
 */
async function withApp(env: Record<string, string>, body: (t: TestApp) => Promise<void>): Promise<void> {
  const t = await startTestApp({ env });
  try {
    await body(t);
  } finally {
    await t.close();
  }
}

describe('authentication settings', () => {
  it('marks cookies Secure in production', async () => {
    await withApp({ NODE_ENV: 'production' }, async (prod) => {
      const org = await createOrganisation(prod.db);
      const user = await createUser(prod.db, org.id);
      const login = await prod.http.post('/api/v1/auth/login', {
        email: user.email,
        password: TEST_PASSWORD,
        cookie: true,
      });
      expect(login.headers.getSetCookie().every((c) => /;\s*Secure/i.test(c))).toBe(true);
    });
  });
});

it('refuses an address that tries many accounts, except for accounts that signed in from it', async () => {
  await withApp({ LOGIN_ADDRESS_MAX_FAILURES: '4' }, async (limited) => {
    const org = await createOrganisation(limited.db);
    const [regular, stranger] = await Promise.all([
      createUser(limited.db, org.id),
      createUser(limited.db, org.id),
    ]);
    expect(
      (await limited.http.post('/api/v1/auth/login', { email: regular.email, password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (
          await limited.http.post('/api/v1/auth/login', {
            email: `poging${i}@test.klussenbank.test`,
            password: 'x',
          })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const refused = await limited.http.post('/api/v1/auth/login', {
      email: stranger.email,
      password: TEST_PASSWORD,
    });
    expect(refused.status).toBe(429);
    expect(refused.body['code']).toBe('too-many-login-attempts');
    expect(refused.body['detail']).toContain('Vanaf uw netwerk');
    expect(
      (await limited.http.post('/api/v1/auth/login', { email: regular.email, password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
  });
});

it('gives 429 from the sixth wrong password in a row with the default limits', async () => {
  await withApp({}, async (defaults) => {
    const org = await createOrganisation(defaults.db);
    const user = await createUser(defaults.db, org.id);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push(
        (await defaults.http.post('/api/v1/auth/login', { email: user.email, password: `fout-${i}` })).status,
      );
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
  });
});

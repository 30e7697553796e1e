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

it('blocks an address that tries many accounts', async () => {
  await withApp({ LOGIN_MAX_FAILURES_PER_IP: '4' }, async (limited) => {
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
  });
});

it('gives 429 within 20 wrong passwords with the default limits', async () => {
  await withApp({}, async (defaults) => {
    const org = await createOrganisation(defaults.db);
    const user = await createUser(defaults.db, org.id);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push(
        (await defaults.http.post('/api/v1/auth/login', { email: user.email, password: `fout-${i}` })).status,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createUser,
  loginAs,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * An organisation switches password login off once single sign-on works; its platform admins keep
 * the password (break-glass), and its last identity provider cannot go while password login is off.
 */
let t: TestApp;
let platform: HttpClient;
let orgAdmin: HttpClient;
let organisation: { id: string; name: string };
let employee: TestUser;
let platformAdmin: TestUser;

const passwordLogin = (user: { email: string }) =>
  t.http.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD });

beforeAll(async () => {
  t = await startTestApp();
  organisation = await createOrganisation(t.db);
  employee = await createUser(t.db, organisation.id);
  platformAdmin = await createUser(t.db, organisation.id, ['platform-admin']);
  platform = await loginAs(t.http, platformAdmin);
  orgAdmin = await loginAs(t.http, await createUser(t.db, organisation.id, ['org-admin']));
});

afterAll(async () => {
  await t?.close();
});

const setPasswordLogin = (client: HttpClient, on: boolean) =>
  client.patch<Record<string, unknown>>(`/api/v1/organisations/${organisation.id}`, { passwordLogin: on });

describe('switching password login off', () => {
  it('is refused while the organisation has no enabled identity provider', async () => {
    const refused = await setPasswordLogin(orgAdmin, false);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body['invalidParams']).toEqual([
      expect.objectContaining({
        name: 'passwordLogin',
        reason: expect.stringContaining('identiteitsprovider'),
      }),
    ]);
    expect((await passwordLogin(employee)).status).toBe(200);
  });

  it('works once a provider is enabled, and then refuses passwords except a platform admin’s', async () => {
    const provider = await platform.post<{ id: string }>(
      `/api/v1/organisations/${organisation.id}/identity-providers`,
      {
        name: 'Entra ID',
        issuer: 'https://login.example.test/tenant/v2.0',
        clientId: 'klussenbank',
        clientSecret: 'geheim',
      },
    );
    expect(provider.status).toBe(201);
    const off = await setPasswordLogin(orgAdmin, false);
    expect(off.status).toBe(200);
    expect(off.body['passwordLogin']).toBe(false);

    const refused = await passwordLogin(employee);
    expect(refused.status).toBe(403);
    expect(refused.body['code']).toBe('password-login-disabled');
    // A wrong password still says only that the credentials are wrong.
    const wrong = await t.http.post('/api/v1/auth/login', {
      email: employee.email,
      password: 'fout-fout-fout',
    });
    expect(wrong.status).toBe(401);
    // Break-glass: the platform admin of the same organisation still signs in with a password.
    expect((await passwordLogin(platformAdmin)).status).toBe(200);

    // Its only provider cannot be switched off or removed now: nobody could sign in.
    const disable = await platform.patch(`/api/v1/identity-providers/${provider.body.id}`, {
      enabled: false,
    });
    expect(disable.status).toBe(409);
    expect(disable.body['code']).toBe('identity-provider-last');
    const remove = await platform.delete(`/api/v1/identity-providers/${provider.body.id}`);
    expect(remove.status).toBe(409);

    // Back on: passwords work again, and the provider may go.
    expect((await setPasswordLogin(orgAdmin, true)).status).toBe(200);
    expect((await passwordLogin(employee)).status).toBe(200);
    expect((await platform.delete(`/api/v1/identity-providers/${provider.body.id}`)).status).toBe(204);
  });

  it('is a setting of the organisation’s own admins', async () => {
    const other = await createOrganisation(t.db);
    const outsider = await loginAs(t.http, await createUser(t.db, other.id, ['org-admin']));
    expect((await setPasswordLogin(outsider, true)).status).toBe(403);
    const colleague = await loginAs(t.http, await createUser(t.db, organisation.id));
    expect((await setPasswordLogin(colleague, true)).status).toBe(403);
  });
});

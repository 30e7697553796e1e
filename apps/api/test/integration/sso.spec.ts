import { randomBytes } from 'node:crypto';
import { importJWK, SignJWT, exportJWK, generateKeyPair } from 'jose';
import {
  claimsOf,
  startTestIdentityProvider,
  type TestIdentityProvider,
} from '@klussenbank/test-support/oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, loginAs, TEST_PASSWORD } from '../support/factories.js';
import { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CLIENT_ID = 'klussenbank';
const SECRET = `geheim-${randomBytes(8).toString('hex')}`;
const REDIRECT = 'http://localhost:3000/api/v1/auth/sso/callback';

let t: TestApp;
let admin: HttpClient;
let idpOss: TestIdentityProvider;
let idpZeist: TestIdentityProvider;
let oss: { id: string; name: string };
let zeist: { id: string; name: string };
let ossProviderId: string;

/** A browser: its own cookies, through discovery, the provider's login page and the callback. */
async function signInThroughProvider(
  idp: TestIdentityProvider,
  email: string,
  subject: string,
): Promise<{ browser: HttpClient; location: string }> {
  const browser = new HttpClient(t.baseUrl);
  const discovery = await browser.post<{ method: string; authorizationUrl: string }>(
    '/api/v1/auth/sso/discovery',
    { email, returnPath: '/klussen' },
  );
  expect(discovery.status).toBe(200);
  expect(discovery.body.method).toBe('sso');
  const back = await idp.signIn(discovery.body.authorizationUrl, subject);
  expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
  const callback = await browser.get(`${back.pathname}${back.search}`);
  expect(callback.status).toBe(303);
  return { browser, location: callback.headers.get('location') ?? '' };
}

async function me(browser: HttpClient) {
  return browser.get<{ id: string; email: string; displayName: string; roles: string[] }>('/api/v1/me');
}

beforeAll(async () => {
  t = await startTestApp();
  const clients = [
    {
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      redirectUri: REDIRECT,
      postLogoutRedirectUri: 'http://localhost:3000/inloggen',
    },
  ];
  [idpOss, idpZeist] = await Promise.all([
    startTestIdentityProvider(clients),
    startTestIdentityProvider(clients),
  ]);
  [oss, zeist] = await Promise.all([createOrganisation(t.db), createOrganisation(t.db)]);
  const platformAdmin = await createUser(t.db, oss.id, ['platform-admin']);
  admin = await loginAs(t.http, platformAdmin);
  const created = await admin.post<{ id: string }>(`/api/v1/organisations/${oss.id}/identity-providers`, {
    name: 'Oss Entra',
    issuer: idpOss.issuer,
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    emailDomains: ['oss.test.nl'],
    rolesClaim: 'groups',
    roleMapping: [
      { claimValue: 'kb-managers', role: 'manager' },
      { claimValue: 'kb-beheer', role: 'org-admin' },
    ],
  });
  expect(created.status).toBe(201);
  ossProviderId = created.body.id;
  const second = await admin.post(`/api/v1/organisations/${zeist.id}/identity-providers`, {
    name: 'Zeist Keycloak',
    issuer: idpZeist.issuer,
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    emailDomains: ['zeist.test.nl'],
  });
  expect(second.status).toBe(201);
});

afterAll(async () => {
  await Promise.all([idpOss?.close(), idpZeist?.close()]);
  await t?.close();
});

describe('identity providers (platform admins)', () => {
  it('stores the client secret encrypted and never returns it; a new one rotates it', async () => {
    const shown = await admin.get<Record<string, unknown>>(`/api/v1/identity-providers/${ossProviderId}`);
    expect(shown.status).toBe(200);
    expect(shown.text).not.toContain(SECRET);
    expect(shown.body).toMatchObject({ clientSecretSet: true, redirectUri: REDIRECT, issuer: idpOss.issuer });
    const [row] = await t.db.query<[{ sealed: Buffer; at: Date }]>(
      `SELECT client_secret_encrypted AS sealed, secret_updated_at AS at FROM oidc_providers WHERE id = $1`,
      [ossProviderId],
    );
    expect(row.sealed.includes(Buffer.from(SECRET))).toBe(false);
    const rotated = await admin.patch(`/api/v1/identity-providers/${ossProviderId}`, {
      clientSecret: SECRET,
    });
    expect(rotated.status).toBe(200);
    const [after] = await t.db.query<[{ sealed: Buffer; at: Date }]>(
      `SELECT client_secret_encrypted AS sealed, secret_updated_at AS at FROM oidc_providers WHERE id = $1`,
      [ossProviderId],
    );
    expect(after.sealed.equals(row.sealed)).toBe(false);
    expect(after.at.getTime()).toBeGreaterThan(row.at.getTime());
  });

  it('lists every field error at once', async () => {
    const bad = await admin.post(`/api/v1/organisations/${oss.id}/identity-providers`, {
      name: '',
      issuer: 'https://idp.example/?tenant=x',
      clientId: CLIENT_ID,
      roleMapping: [{ claimValue: 'x', role: 'platform-admin' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const names = (bad.body['invalidParams'] as { name: string }[]).map((p) => p.name).sort();
    expect(names).toEqual(['clientSecret', 'issuer', 'name', 'roleMapping[0].role']);
  });

  it('refuses a second provider with the same issuer and client id (409)', async () => {
    const again = await admin.post(`/api/v1/organisations/${zeist.id}/identity-providers`, {
      name: 'Nog eens',
      issuer: idpOss.issuer,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
    });
    expect(again.status).toBe(409);
    expect(again.body['code']).toBe('identity-provider-exists');
  });

  it('removes a provider; then it is gone', async () => {
    const org = await createOrganisation(t.db);
    const created = await admin.post<{ id: string }>(`/api/v1/organisations/${org.id}/identity-providers`, {
      name: 'Tijdelijk',
      issuer: 'https://tijdelijk.test.nl',
      clientId: CLIENT_ID,
      clientSecret: SECRET,
    });
    expect((await admin.delete(`/api/v1/identity-providers/${created.body.id}`)).status).toBe(204);
    expect((await admin.get(`/api/v1/identity-providers/${created.body.id}`)).status).toBe(404);
    expect(
      (await admin.get<{ items: unknown[] }>(`/api/v1/organisations/${org.id}/identity-providers`)).body
        .items,
    ).toEqual([]);
  });

  it('refuses a domain another provider has', async () => {
    const taken = await admin.patch(`/api/v1/identity-providers/${ossProviderId}`, {
      emailDomains: ['oss.test.nl', 'zeist.test.nl'],
    });
    expect(taken.status).toBe(400);
    expect(taken.body['invalidParams']).toEqual([
      expect.objectContaining({ name: 'emailDomains[1]', code: 'domain-of-other-provider' }),
    ]);
  });

  it('is for platform admins only', async () => {
    const orgAdmin = await loginAs(t.http, await createUser(t.db, oss.id, ['org-admin']));
    expect((await orgAdmin.get(`/api/v1/organisations/${oss.id}/identity-providers`)).status).toBe(403);
    expect((await orgAdmin.get(`/api/v1/identity-providers/${ossProviderId}`)).status).toBe(403);
    expect((await t.http.get(`/api/v1/identity-providers/${ossProviderId}`)).status).toBe(401);
  });
});

describe('signing in through the organisation', () => {
  it('answers password for a domain without a provider', async () => {
    const answer = await t.http.post('/api/v1/auth/sso/discovery', { email: 'iemand@elders.nl' });
    expect(answer.body).toEqual({ method: 'password' });
  });

  it('creates the person on first login with mapped roles, and updates them later', async () => {
    idpOss.accounts.set('oss-1', { email: 'anna@oss.test.nl', name: 'Anna Bos', groups: ['kb-managers'] });
    const first = await signInThroughProvider(idpOss, 'anna@oss.test.nl', 'oss-1');
    expect(first.location).toBe('/klussen');
    const profile = await me(first.browser);
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({
      email: 'anna@oss.test.nl',
      displayName: 'Anna Bos',
      roles: ['employee', 'manager'],
    });
    const [user] = await t.db.query<[{ organisation_id: string; password_hash: string | null }]>(
      `SELECT organisation_id, password_hash FROM users WHERE id = $1`,
      [profile.body.id],
    );
    expect(user).toEqual({ organisation_id: oss.id, password_hash: null });

    idpOss.accounts.set('oss-1', {
      email: 'anna.bos@oss.test.nl',
      name: 'Anna de Bos',
      groups: ['kb-beheer'],
    });
    const second = await signInThroughProvider(idpOss, 'anna.bos@oss.test.nl', 'oss-1');
    expect((await me(second.browser)).body).toMatchObject({
      id: profile.body.id,
      email: 'anna.bos@oss.test.nl',
      displayName: 'Anna de Bos',
      roles: ['employee', 'org-admin'],
    });
    // Both sign-ins are in the audit log: the person, their organisation, the address; no e-mail.
    const events = await t.db.query<{ organisation_id: string; ip: string; details: unknown }[]>(
      `SELECT organisation_id, host(ip_address) AS ip, details FROM audit_events
        WHERE action = 'login.succeeded' AND actor_id = $1 ORDER BY id`,
      [profile.body.id],
    );
    expect(events).toEqual([
      { organisation_id: oss.id, ip: '127.0.0.1', details: { method: 'oidc' } },
      { organisation_id: oss.id, ip: '127.0.0.1', details: { method: 'oidc' } },
    ]);
  });

  it('keys people by issuer and subject: the same sub at two issuers is two people', async () => {
    idpOss.accounts.set('gedeeld', { email: 'piet@oss.test.nl', name: 'Piet' });
    idpZeist.accounts.set('gedeeld', { email: 'piet@zeist.test.nl', name: 'Piet' });
    const atOss = await me((await signInThroughProvider(idpOss, 'piet@oss.test.nl', 'gedeeld')).browser);
    const atZeist = await me(
      (await signInThroughProvider(idpZeist, 'piet@zeist.test.nl', 'gedeeld')).browser,
    );
    expect(atOss.body.id).not.toBe(atZeist.body.id);
    const identities = await t.db.query<{ issuer: string }[]>(
      `SELECT issuer FROM external_identities WHERE subject = 'gedeeld' ORDER BY issuer`,
    );
    expect(identities.map((i) => i.issuer).sort()).toEqual([idpOss.issuer, idpZeist.issuer].sort());
  });

  it('refuses a replayed state: the callback works once', async () => {
    idpOss.accounts.set('oss-replay', { email: 'replay@oss.test.nl' });
    const browser = new HttpClient(t.baseUrl);
    const discovery = await browser.post<{ authorizationUrl: string }>('/api/v1/auth/sso/discovery', {
      email: 'replay@oss.test.nl',
    });
    const back = await idpOss.signIn(discovery.body.authorizationUrl, 'oss-replay');
    const flowCookie = browser.cookie('kb_sso_flow');
    expect((await browser.get(`${back.pathname}${back.search}`)).headers.get('location')).toBe('/');
    const replay = await new HttpClient(t.baseUrl).get(`${back.pathname}${back.search}`, {
      cookie: `kb_sso_flow=${flowCookie}`,
    });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/inloggen?sso-fout=flow-expired');
    const [failed] = await t.db.query<{ actor_id: string | null; details: unknown }[]>(
      `SELECT actor_id, details FROM audit_events WHERE action = 'login.failed' ORDER BY id DESC LIMIT 1`,
    );
    expect(failed).toEqual({ actor_id: null, details: { method: 'oidc', reason: 'flow-expired' } });
  });

  it('refuses a callback whose state is not the one this browser started', async () => {
    idpOss.accounts.set('oss-csrf', { email: 'csrf@oss.test.nl' });
    const attacker = await t.http.post<{ authorizationUrl: string }>('/api/v1/auth/sso/discovery', {
      email: 'csrf@oss.test.nl',
    });
    const back = await idpOss.signIn(attacker.body.authorizationUrl, 'oss-csrf');
    const victim = new HttpClient(t.baseUrl);
    await victim.post('/api/v1/auth/sso/discovery', { email: 'csrf@oss.test.nl' });
    const answer = await victim.get(`${back.pathname}${back.search}`);
    expect(answer.headers.get('location')).toBe('/inloggen?sso-fout=token-invalid');
    expect((await me(victim)).status).toBe(401);
  });

  describe('ID tokens that do not hold', () => {
    const resign = async (
      idToken: string,
      key: Parameters<typeof importJWK>[0],
      kid: string,
      change: Record<string, unknown>,
    ) =>
      new SignJWT({ ...claimsOf(idToken), ...change })
        .setProtectedHeader({ alg: 'RS256', kid })
        .sign(await importJWK(key, 'RS256'));

    const cases: [string, Parameters<TestIdentityProvider['tamperIdToken']>[0]][] = [
      [
        'signed by another key',
        async (token, own) => {
          const { privateKey } = await generateKeyPair('RS256', { extractable: true });
          return resign(token, await exportJWK(privateKey), own.kid, {});
        },
      ],
      [
        'for another audience',
        (token, own) => resign(token, own.privateJwk, own.kid, { aud: 'iemand-anders' }),
      ],
      [
        'expired',
        (token, own) =>
          resign(token, own.privateJwk, own.kid, {
            iat: Math.floor(Date.now() / 1000) - 7200,
            exp: Math.floor(Date.now() / 1000) - 3600,
          }),
      ],
      [
        'with a replayed nonce',
        (token, own) => resign(token, own.privateJwk, own.kid, { nonce: 'oud-nonce' }),
      ],
      [
        'from another issuer',
        (token, own) => resign(token, own.privateJwk, own.kid, { iss: idpZeist.issuer }),
      ],
    ];

    it.each(cases)('refuses a token %s, and starts no session', async (_name, tamper) => {
      const subject = `oss-${randomBytes(3).toString('hex')}`;
      idpOss.accounts.set(subject, { email: `${subject}@oss.test.nl` });
      idpOss.tamperIdToken(tamper);
      try {
        const { browser, location } = await signInThroughProvider(idpOss, `${subject}@oss.test.nl`, subject);
        expect(location).toBe('/inloggen?sso-fout=token-invalid');
        expect((await me(browser)).status).toBe(401);
      } finally {
        idpOss.tamperIdToken(null);
      }
      const [{ count }] = await t.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM users WHERE email = $1`,
        [`${subject}@oss.test.nl`],
      );
      expect(count).toBe(0);
    });
  });

  it('links an existing password account only after its password is proven', async () => {
    const existing = await createUser(t.db, oss.id, ['employee'], { email: 'kees@oss.test.nl' });
    idpOss.accounts.set('oss-kees', { email: 'kees@oss.test.nl', name: 'Kees' });
    const { browser, location } = await signInThroughProvider(idpOss, 'kees@oss.test.nl', 'oss-kees');
    expect(location).toBe('/inloggen/koppelen');
    expect((await me(browser)).status).toBe(401);
    expect((await browser.get('/api/v1/auth/sso/link')).body).toMatchObject({ email: 'kees@oss.test.nl' });
    const wrong = await browser.post('/api/v1/auth/sso/link', { password: 'niet-het-wachtwoord' });
    expect(wrong.status).toBe(401);
    const right = await browser.post('/api/v1/auth/sso/link', { password: TEST_PASSWORD });
    expect(right.status).toBe(200);
    expect((await me(browser)).body.id).toBe(existing.id);
    const linkEvents = await t.db.query<{ action: string; actor_id: string | null; details: unknown }[]>(
      `SELECT action, actor_id, details FROM audit_events WHERE object_id = $1 OR actor_id = $2 ORDER BY id`,
      [existing.id, existing.id],
    );
    expect(linkEvents.map(({ action, details }) => [action, details])).toEqual([
      ['login.failed', { method: 'oidc-link', reason: 'invalid-credentials' }],
      ['login.succeeded', { method: 'oidc', linked: true }],
    ]);
    expect((await browser.post('/api/v1/auth/sso/link', { password: TEST_PASSWORD })).status).toBe(410);
    // From now on the provider alone signs Kees in.
    const again = await signInThroughProvider(idpOss, 'kees@oss.test.nl', 'oss-kees');
    expect((await me(again.browser)).body.id).toBe(existing.id);
  });

  it('never takes over an account of another organisation', async () => {
    await createUser(t.db, zeist.id, ['employee'], { email: 'els@oss.test.nl' });
    idpOss.accounts.set('oss-els', { email: 'els@oss.test.nl' });
    const { location } = await signInThroughProvider(idpOss, 'els@oss.test.nl', 'oss-els');
    expect(location).toBe('/inloggen?sso-fout=email-in-other-organisation');
  });

  it('refuses an e-mail outside the provider’s domains', async () => {
    idpOss.accounts.set('oss-buiten', { email: 'iemand@elders.nl' });
    const { location } = await signInThroughProvider(idpOss, 'buiten@oss.test.nl', 'oss-buiten');
    expect(location).toBe('/inloggen?sso-fout=email-domain-not-allowed');
  });

  it('logs out here and says where to log out at the provider', async () => {
    idpOss.accounts.set('oss-uit', { email: 'uit@oss.test.nl' });
    const { browser } = await signInThroughProvider(idpOss, 'uit@oss.test.nl', 'oss-uit');
    const csrf = browser.cookie('kb_csrf') ?? '';
    const out = await browser.post<{ endSessionUrl: string }>('/api/v1/auth/sso/logout', undefined, {
      'x-csrf-token': csrf,
    });
    expect(out.status).toBe(200);
    const url = new URL(out.body.endSessionUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${idpOss.issuer}/session/end`);
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:3000/inloggen');
    expect((await me(browser)).status).toBe(401);
  });

  it('ends the sessions a back-channel logout token names, and refuses a forged one', async () => {
    idpOss.accounts.set('oss-bcl', { email: 'bcl@oss.test.nl' });
    const { browser } = await signInThroughProvider(idpOss, 'bcl@oss.test.nl', 'oss-bcl');
    const post = (token: string) =>
      t.http.post(
        '/api/v1/auth/sso/backchannel-logout',
        new URLSearchParams({ logout_token: token }).toString(),
        {
          'content-type': 'application/x-www-form-urlencoded',
        },
      );
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const forged = await new SignJWT({
      sub: 'oss-bcl',
      events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    })
      .setProtectedHeader({ alg: 'RS256', kid: idpOss.kid })
      .setIssuer(idpOss.issuer)
      .setAudience(CLIENT_ID)
      .setIssuedAt()
      .setJti('x')
      .sign(privateKey);
    expect((await post(forged)).status).toBe(400);
    expect((await me(browser)).status).toBe(200);
    expect((await post(await idpOss.logoutToken(CLIENT_ID, { sub: 'oss-bcl' }))).status).toBe(200);
    expect((await me(browser)).status).toBe(401);
  });

  it('answers a clear problem, not a 500, when the provider is down', async () => {
    const down = await startTestIdentityProvider([]);
    const issuer = down.issuer;
    await down.close();
    const org = await createOrganisation(t.db);
    const created = await admin.post(`/api/v1/organisations/${org.id}/identity-providers`, {
      name: 'Weg',
      issuer,
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      emailDomains: ['weg.test.nl'],
    });
    expect(created.status).toBe(201);
    const answer = await t.http.post('/api/v1/auth/sso/discovery', { email: 'iemand@weg.test.nl' });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body['code']).toBe('identity-provider-unavailable');
    expect(answer.body['detail']).toContain(org.name);
  });
});

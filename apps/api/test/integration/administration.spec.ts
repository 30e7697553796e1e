import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  giveTestPassword,
  loginAs,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface InvalidParams {
  invalidParams: { name: string; code: string }[];
}

describe('organisations, partnerships and users', () => {
  let t: TestApp;
  let oss: { id: string; name: string };
  let zeist: { id: string; name: string };
  let platformAdmin: HttpClient;
  let ossAdmin: HttpClient;
  let ossManager: TestUser;
  let employee: HttpClient;

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    platformAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['platform-admin']));
    ossAdmin = await loginAs(t.http, await createUser(t.db, oss.id, ['org-admin']));
    ossManager = await createUser(t.db, oss.id, ['manager']);
    employee = await loginAs(t.http, await createUser(t.db, oss.id, ['employee']));
  });
  afterAll(() => t.close());

  describe('organisations', () => {
    it('lets a platform admin add one, and refuses a second with the same name', async () => {
      const created = await platformAdmin.post('/api/v1/organisations', {
        name: '  Gemeente   Sliedrecht ',
        kind: 'municipality',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'Gemeente Sliedrecht',
        slug: 'gemeente-sliedrecht',
        partnershipIds: [],
      });
      const again = await platformAdmin.post('/api/v1/organisations', {
        name: 'gemeente sliedrecht',
        kind: 'municipality',
      });
      expect(again.status).toBe(409);
      expect(again.body['code']).toBe('organisation-exists');
    });

    it('is refused to anyone else', async () => {
      for (const client of [ossAdmin, employee]) {
        const response = await client.post('/api/v1/organisations', {
          name: 'Gemeente X',
          kind: 'municipality',
        });
        expect(response.status).toBe(403);
      }
      expect(
        (await t.http.post('/api/v1/organisations', { name: 'Gemeente X', kind: 'municipality' })).status,
      ).toBe(401);
    });

    it('reports every field error', async () => {
      const response = await platformAdmin.post<InvalidParams>('/api/v1/organisations', {
        name: '',
        kind: 'kasteel',
      });
      expect(response.status).toBe(400);
      expect(response.body.invalidParams.map((p) => p.name).sort()).toEqual(['kind', 'name']);
    });

    it('lists organisations to every signed-in user, paginated', async () => {
      const page = await employee.get<{ items: { name: string }[]; total: number; pageSize: number }>(
        '/api/v1/organisations?page=1&pageSize=2',
      );
      expect(page.status).toBe(200);
      expect(page.body.items).toHaveLength(2);
      expect(page.body.total).toBeGreaterThanOrEqual(3);
      expect((await employee.get('/api/v1/organisations?pageSize=1000')).status).toBe(400);
    });

    it('answers an unknown or malformed id with 404', async () => {
      expect((await employee.get('/api/v1/organisations/00000000-0000-4000-8000-000000000000')).status).toBe(
        404,
      );
      expect((await employee.get('/api/v1/organisations/geen-uuid')).status).toBe(404);
      expect((await employee.get(`/api/v1/organisations/${oss.id}`)).body['name']).toBe('Gemeente Oss');
    });

    it('lets its own org-admin switch line-manager consent on and off, and nobody else', async () => {
      const path = `/api/v1/organisations/${oss.id}`;
      expect((await employee.get(path)).body['consentRequired']).toBe(false);

      const on = await ossAdmin.patch(path, { consentRequired: true });
      expect(on.status).toBe(200);
      expect(on.body['consentRequired']).toBe(true);
      expect((await employee.get(path)).body['consentRequired']).toBe(true);
      expect((await platformAdmin.patch(path, { consentRequired: false })).body['consentRequired']).toBe(
        false,
      );

      const zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
      for (const client of [employee, zeistAdmin]) {
        const refused = await client.patch(path, { consentRequired: true });
        expect(refused.status).toBe(403);
        expect(refused.headers.get('content-type')).toContain('application/problem+json');
      }
      expect((await employee.get(path)).body['consentRequired']).toBe(false);

      const bad = await ossAdmin.patch<InvalidParams>(path, { consentRequired: 'ja' });
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams.map((p) => p.name)).toEqual(['consentRequired']);
      expect(
        (await ossAdmin.patch('/api/v1/organisations/geen-uuid', { consentRequired: true })).status,
      ).toBe(404);
    });
  });

  describe('e-mail domains', () => {
    it('lets its own org-admin list them, normalised, and refuses what is not a domain', async () => {
      const org = await createOrganisation(t.db);
      const admin = await loginAs(t.http, await createUser(t.db, org.id, ['org-admin']));
      const path = `/api/v1/organisations/${org.id}`;
      expect((await admin.get(path)).body['emailDomains']).toEqual([]);

      const saved = await admin.patch(path, {
        emailDomains: [' Gemeente.NL ', 'sdd.gemeente.nl', 'gemeente.nl'],
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        emailDomains: ['gemeente.nl', 'sdd.gemeente.nl'],
        consentRequired: false,
      });
      expect((await employee.get(path)).body['emailDomains']).toEqual(['gemeente.nl', 'sdd.gemeente.nl']);
      // Each setting changes alone.
      expect((await admin.patch(path, { consentRequired: true })).body['emailDomains']).toEqual([
        'gemeente.nl',
        'sdd.gemeente.nl',
      ]);

      const bad = await admin.patch<InvalidParams>(path, {
        emailDomains: ['@gemeente.nl', 'goed.nl', 'nl', 'gemeente .nl'],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'emailDomains[0]', code: 'invalid-domain' }),
        expect.objectContaining({ name: 'emailDomains[2]', code: 'invalid-domain' }),
        expect.objectContaining({ name: 'emailDomains[3]', code: 'invalid-domain' }),
      ]);
      const tooMany = await admin.patch<InvalidParams>(path, {
        emailDomains: Array.from({ length: 21 }, (_, i) => `d${i}.nl`),
      });
      expect(tooMany.body.invalidParams.map((p) => p.name)).toEqual(['emailDomains']);
      expect((await ossAdmin.patch(path, { emailDomains: ['oss.nl'] })).status).toBe(403);
      expect((await employee.get(path)).body['emailDomains']).toEqual(['gemeente.nl', 'sdd.gemeente.nl']);
    });

    it('admits new users only on its domains; an address of another organisation is never "taken"', async () => {
      const dordrecht = await createOrganisation(t.db);
      const admin = await loginAs(t.http, await createUser(t.db, dordrecht.id, ['org-admin']));
      await createUser(t.db, zeist.id, ['employee'], { email: 'p.jansen@zeist.klussenbank.test' });
      const zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
      expect(
        (
          await zeistAdmin.patch(`/api/v1/organisations/${zeist.id}`, {
            emailDomains: ['zeist.klussenbank.test'],
          })
        ).status,
      ).toBe(200);
      // Zeist's domain stays Zeist's: listing it would let Dordrecht's admin probe Zeist's accounts.
      const borrowed = await admin.patch<InvalidParams>(`/api/v1/organisations/${dordrecht.id}`, {
        emailDomains: ['dordrecht.klussenbank.test', 'Zeist.Klussenbank.test'],
      });
      expect(borrowed.status).toBe(400);
      expect(borrowed.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'emailDomains[1]', code: 'domain-of-other-organisation' }),
      ]);
      const domains = await admin.patch(`/api/v1/organisations/${dordrecht.id}`, {
        emailDomains: ['dordrecht.klussenbank.test'],
      });
      expect(domains.status).toBe(200);
      const add = (email: string) =>
        admin.post<InvalidParams & { code: string; detail: string }>(
          '/api/v1/users',
          { email, displayName: 'Iemand', roles: ['employee'], organisationId: dordrecht.id },
          { 'accept-language': 'en' },
        );

      const outside = await add('nieuw@elders.nl');
      expect(outside.status).toBe(400);
      expect(outside.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'email', code: 'email-outside-organisation' }),
      ]);
      // Zeist's existing account and a free Zeist address get the very same answer.
      const existing = await add('P.Jansen@Zeist.klussenbank.test');
      const free = await add('niemand@zeist.klussenbank.test');
      expect(existing.status).toBe(400);
      expect(existing.body.invalidParams).toEqual(free.body.invalidParams);
      expect(existing.body.detail).toBe(free.body.detail);
      expect(existing.text).not.toMatch(/zeist|jansen|taken|exists/i);

      expect((await add('Nieuw@Dordrecht.Klussenbank.test')).status).toBe(201);
      const taken = await add('nieuw@dordrecht.klussenbank.test');
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('email-taken');
      // A subdomain is not the domain.
      expect((await add('x@afdeling.dordrecht.klussenbank.test')).status).toBe(400);
    });

    it('gives a domain to one organisation only when two admins save it at the same moment', async () => {
      const [gouda, delft] = [await createOrganisation(t.db), await createOrganisation(t.db)];
      const admins = [
        {
          organisation: gouda,
          client: await loginAs(t.http, await createUser(t.db, gouda.id, ['org-admin'])),
        },
        {
          organisation: delft,
          client: await loginAs(t.http, await createUser(t.db, delft.id, ['org-admin'])),
        },
      ];
      // A few rounds, each with a fresh domain: a check-then-write lets both through in most of them.
      for (const domain of [
        'samen-1.klussenbank.test',
        'samen-2.klussenbank.test',
        'samen-3.klussenbank.test',
      ]) {
        const saves = await Promise.all(
          Array.from({ length: 10 }, () => admins).flatMap((pair) =>
            pair.map(async ({ organisation, client }) => ({
              organisationId: organisation.id,
              response: await client.patch<InvalidParams>(`/api/v1/organisations/${organisation.id}`, {
                emailDomains: [domain],
              }),
            })),
          ),
        );
        const holders = await t.db.query<{ id: string }[]>(
          `SELECT id FROM organisations WHERE $1 = ANY (email_domains)`,
          [domain],
        );
        expect(holders, domain).toHaveLength(1);
        const winner = holders[0]?.id;
        for (const { organisationId, response } of saves) {
          if (organisationId === winner) {
            expect(response.status, domain).toBe(200);
          } else {
            expect(response.status, domain).toBe(400);
            expect(response.body.invalidParams).toEqual([
              expect.objectContaining({ name: 'emailDomains[0]', code: 'domain-of-other-organisation' }),
            ]);
          }
        }
      }
    });
  });

  describe('partnerships', () => {
    it('creates a partnership of several organisations; an organisation can be in several', async () => {
      const first = await platformAdmin.post<{ id: string; organisations: { name: string }[] }>(
        '/api/v1/partnerships',
        {
          name: 'Netwerk Anders Samenwerken',
          organisationIds: [oss.id, zeist.id],
        },
      );
      expect(first.status).toBe(201);
      expect(first.body.organisations.map((o) => o.name)).toEqual(['Gemeente Oss', 'Gemeente Zeist']);
      const second = await platformAdmin.post('/api/v1/partnerships', {
        name: 'Brabantse Buren',
        organisationIds: [oss.id],
      });
      expect(second.status).toBe(201);
      const org = await employee.get<{ partnershipIds: string[] }>(`/api/v1/organisations/${oss.id}`);
      expect(org.body.partnershipIds).toHaveLength(2);
      const list = await employee.get<{ items: { name: string }[]; total: number }>(
        '/api/v1/partnerships?pageSize=1',
      );
      expect(list.body.items.map((p) => p.name)).toEqual(['Brabantse Buren']);
      expect(list.body.total).toBe(2);
    });

    it('refuses unknown organisations without writing anything', async () => {
      const response = await platformAdmin.post<InvalidParams>('/api/v1/partnerships', {
        name: 'Half Verband',
        organisationIds: [oss.id, '00000000-0000-4000-8000-000000000000'],
      });
      expect(response.status).toBe(400);
      expect(response.body.invalidParams[0]?.code).toBe('unknown-organisation');
      const [{ count }] = await t.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM partnerships WHERE name = 'Half Verband'`,
      );
      expect(count).toBe(0);
    });

    it('adds and removes members idempotently, platform admins only', async () => {
      const partnership = await createPartnership(t.db, [oss.id]);
      const path = `/api/v1/partnerships/${partnership.id}/organisations/${zeist.id}`;
      expect((await ossAdmin.put(path)).status).toBe(403);
      expect((await platformAdmin.put(path)).status).toBe(204);
      expect((await platformAdmin.put(path)).status).toBe(204);
      const members = await employee.get<{ organisations: unknown[] }>(
        `/api/v1/partnerships/${partnership.id}`,
      );
      expect(members.body.organisations).toHaveLength(2);
      expect((await platformAdmin.delete(path)).status).toBe(204);
      expect((await platformAdmin.delete(path)).status).toBe(404);
    });
  });

  describe('users', () => {
    it('lets an org-admin add a colleague with a line manager; the worker greets the new user', async () => {
      const created = await ossAdmin.post<{ id: string; roles: string[] }>('/api/v1/users', {
        email: 'Nieuwe.Collega@Oss.nl',
        displayName: 'Nieuwe Collega',
        organisationId: oss.id,
        roles: ['manager'],
        lineManagerId: ossManager.id,
      });
      expect(created.status).toBe(201);
      expect(created.body.roles).toEqual(['employee', 'manager']);
      await giveTestPassword(t.db, 'nieuwe.collega@oss.nl'); // what the mailed link is for (passwords.spec.ts)

      const newcomer = await loginAs(t.http, { email: 'nieuwe.collega@oss.nl' });
      const me = await newcomer.get<{ lineManager: { id: string } }>('/api/v1/me');
      expect(me.body.lineManager.id).toBe(ossManager.id);

      const types = async () =>
        (await newcomer.get<{ items: { type: string }[] }>('/api/v1/me/notifications')).body.items.map(
          (n) => n.type,
        );
      await expect.poll(types).toEqual(['welcome']);
    });

    it('keeps org-admins inside their own organisation and away from the platform-admin role', async () => {
      const base = { displayName: 'Iemand', roles: ['employee'] };
      const other = await ossAdmin.post('/api/v1/users', {
        ...base,
        email: 'a@zeist.nl',
        organisationId: zeist.id,
      });
      expect(other.status).toBe(403);
      const escalate = await ossAdmin.post('/api/v1/users', {
        ...base,
        email: 'b@oss.nl',
        organisationId: oss.id,
        roles: ['platform-admin'],
      });
      expect(escalate.status).toBe(403);
      expect(
        (await employee.post('/api/v1/users', { ...base, email: 'c@oss.nl', organisationId: oss.id })).status,
      ).toBe(403);
      const [{ count }] = await t.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM users WHERE email IN ('a@zeist.nl', 'b@oss.nl', 'c@oss.nl')`,
      );
      expect(count).toBe(0);
    });

    it('refuses a line manager from another organisation, a taken e-mail and a bad body', async () => {
      const zeistManager = await createUser(t.db, zeist.id, ['manager']);
      const base = { displayName: 'Iemand', roles: ['employee'], organisationId: oss.id };
      const lineManager = await ossAdmin.post<InvalidParams>('/api/v1/users', {
        ...base,
        email: 'd@oss.nl',
        lineManagerId: zeistManager.id,
      });
      expect(lineManager.status).toBe(400);
      expect(lineManager.body.invalidParams[0]).toMatchObject({ name: 'lineManagerId' });

      const taken = await ossAdmin.post('/api/v1/users', { ...base, email: ossManager.email.toUpperCase() });
      expect(taken.status).toBe(409);

      const bad = await ossAdmin.post<InvalidParams>('/api/v1/users', {
        email: 'geen-adres',
        roles: [],
        organisationId: 'x',
        password: TEST_PASSWORD, // an admin no longer sets one (passwords.spec.ts)
      });
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams.map((p) => p.name).sort()).toEqual([
        'displayName',
        'email',
        'organisationId',
        'password',
        'roles',
      ]);
    });

    it('lists users: org-admins see their own organisation, platform admins any', async () => {
      const own = await ossAdmin.get<{ items: { organisationId: string }[] }>('/api/v1/users');
      expect(own.status).toBe(200);
      expect(own.body.items.every((u) => u.organisationId === oss.id)).toBe(true);
      expect((await ossAdmin.get(`/api/v1/users?organisationId=${zeist.id}`)).status).toBe(403);
      const all = await platformAdmin.get<{ items: { organisationId: string }[] }>(
        `/api/v1/users?organisationId=${zeist.id}`,
      );
      expect(all.body.items.every((u) => u.organisationId === zeist.id)).toBe(true);
      expect((await employee.get('/api/v1/users')).status).toBe(403);
    });
  });
});

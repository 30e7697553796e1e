import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Person {
  id: string;
  displayName: string;
  email: string;
  roles: string[];
  lineManagerId: string | null;
  deactivatedAt: string | null;
}
interface PersonPage {
  items: Person[];
  total: number;
}
interface Problem {
  status: number;
  code: string;
  detail: string;
  invalidParams?: { name: string; code: string; reason: string }[];
}

/**
 * What the "Beheer" pages need from the API, each new operation with its permission matrix: an
 * employee, an org-admin of the person's organisation, an org-admin of another organisation and a
 * platform admin.
 */
describe('the admin pages', () => {
  let t: TestApp;
  let oss: { id: string };
  let zeist: { id: string };
  let employee: HttpClient;
  let ossAdminUser: TestUser;
  let ossAdmin: HttpClient;
  let zeistAdmin: HttpClient;
  let platformAdmin: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    oss = await createOrganisation(t.db);
    zeist = await createOrganisation(t.db);
    employee = await loginAs(t.http, await createUser(t.db, oss.id, ['employee']));
    ossAdminUser = await createUser(t.db, oss.id, ['org-admin']);
    ossAdmin = await loginAs(t.http, ossAdminUser);
    zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
    platformAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['platform-admin']));
  });
  afterAll(() => t.close());

  describe('GET /users with q and role', () => {
    it('finds people of the organisation by a part of the name or e-mail address, in any case', async () => {
      const stamp = Date.now();
      const person = await createUser(t.db, oss.id, ['employee'], { email: `tamara_dw-${stamp}@oss.test` });
      // Would match "tamara_dw" if the underscore were LIKE's wildcard.
      await createUser(t.db, oss.id, ['employee'], { email: `tamaraxdw-${stamp}@oss.test` });
      await t.db.query(`UPDATE users SET display_name = 'Tamara de Wit' WHERE id = $1`, [person.id]);
      const byName = await ossAdmin.get<PersonPage>('/api/v1/users?q=DE%20WIT');
      expect(byName.status).toBe(200);
      expect(byName.body.items.map((p) => p.id)).toEqual([person.id]);
      const byMail = await ossAdmin.get<PersonPage>(
        `/api/v1/users?q=${encodeURIComponent(`Tamara_DW-${stamp}`)}`,
      );
      expect(byMail.body.items.map((p) => p.id)).toEqual([person.id]);
      expect((await ossAdmin.get<PersonPage>(`/api/v1/users?q=tamara%25dw-${stamp}`)).body.total).toBe(0);
      // Another organisation's admin finds nobody of Oss.
      expect((await zeistAdmin.get<PersonPage>(`/api/v1/users?q=tamara_dw-${stamp}`)).body.total).toBe(0);
    });

    it('keeps those with a role', async () => {
      const manager = await createUser(t.db, oss.id, ['manager']);
      const managers = await ossAdmin.get<PersonPage>('/api/v1/users?role=manager&pageSize=100');
      expect(managers.body.items.map((p) => p.id)).toContain(manager.id);
      expect(managers.body.items.every((p) => p.roles.includes('manager'))).toBe(true);
    });

    it('answers bad filters with every field error', async () => {
      const response = await ossAdmin.get<Problem>(`/api/v1/users?role=baas&q=${'x'.repeat(121)}`);
      expect(response.status).toBe(400);
      expect(response.body.invalidParams?.map((p) => p.name).sort()).toEqual(['q', 'role']);
    });
  });

  describe('PATCH /users/{id}', () => {
    it('follows the permission matrix', async () => {
      const person = await createUser(t.db, oss.id);
      const path = `/api/v1/users/${person.id}`;
      expect((await employee.patch(path, { roles: ['manager'] })).status).toBe(403);
      expect((await zeistAdmin.patch<Problem>(path, { roles: ['manager'] })).body.detail).toMatch(
        /eigen organisatie/,
      );
      const byAdmin = await ossAdmin.patch<Person>(path, { roles: ['manager'] });
      expect(byAdmin.status).toBe(200);
      expect(byAdmin.body.roles).toEqual(['employee', 'manager']);
      const byPlatform = await platformAdmin.patch<Person>(path, { roles: ['employee'] });
      expect(byPlatform.status).toBe(200);
      expect(byPlatform.body.roles).toEqual(['employee']);
      expect((await t.http.patch(path, { roles: ['manager'] })).status).toBe(401);
    });

    it('keeps the platform-admin role and an admin’s own admin role out of an org-admin’s reach', async () => {
      const person = await createUser(t.db, oss.id);
      const grant = await ossAdmin.patch<Problem>(`/api/v1/users/${person.id}`, {
        roles: ['platform-admin'],
      });
      expect(grant.status).toBe(403);
      expect(grant.body.detail).toMatch(/Alleen platformbeheerders/);
      const own = await ossAdmin.patch<Problem>(`/api/v1/users/${ossAdminUser.id}`, { roles: ['employee'] });
      expect(own.status).toBe(403);
      expect(own.body.detail).toMatch(/eigen beheerdersrol/);
    });

    it('sets and clears the line manager, a colleague of the same organisation', async () => {
      const person = await createUser(t.db, oss.id);
      const manager = await createUser(t.db, oss.id, ['manager']);
      const elsewhere = await createUser(t.db, zeist.id, ['manager']);
      const path = `/api/v1/users/${person.id}`;
      const set = await ossAdmin.patch<Person>(path, { lineManagerId: manager.id });
      expect(set.body.lineManagerId).toBe(manager.id);
      const other = await ossAdmin.patch<Problem>(path, { lineManagerId: elsewhere.id });
      expect(other.status).toBe(400);
      expect(other.body.invalidParams).toEqual([
        expect.objectContaining({
          name: 'lineManagerId',
          code: 'invalid-line-manager',
          reason: expect.stringMatching(/dezelfde organisatie/),
        }),
      ]);
      const self = await ossAdmin.patch<Problem>(path, { lineManagerId: person.id });
      expect(self.body.invalidParams?.[0]?.reason).toMatch(/eigen leidinggevende/);
      const cleared = await ossAdmin.patch<Person>(path, { lineManagerId: null });
      expect(cleared.status).toBe(200);
      expect(cleared.body.lineManagerId).toBeNull();
    });

    it('answers an unknown person with 404 and bad input with 400', async () => {
      const unknown = await ossAdmin.patch<Problem>('/api/v1/users/00000000-0000-4000-8000-000000000000', {
        roles: ['manager'],
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.detail).toMatch(/Deze gebruiker bestaat niet/);
      const person = await createUser(t.db, oss.id);
      const bad = await ossAdmin.patch<Problem>(`/api/v1/users/${person.id}`, {
        roles: ['baas'],
        lineManagerId: 'nee',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams?.map((p) => p.name).sort()).toEqual(['lineManagerId', 'roles']);
      const nullRoles = await ossAdmin.patch<Problem>(`/api/v1/users/${person.id}`, { roles: null });
      expect(nullRoles.status).toBe(400);
      expect(nullRoles.body.invalidParams?.map((p) => p.name)).toEqual(['roles']);
    });
  });

  describe('deactivating and reactivating', () => {
    it('ends the person’s sessions at once, refuses their sign-in, and lets them back in after reactivation', async () => {
      const person = await createUser(t.db, oss.id);
      const session = await loginAs(t.http, person);
      const cookieSession = new HttpClient(t.baseUrl);
      await cookieSession.post('/api/v1/auth/login', {
        email: person.email,
        password: TEST_PASSWORD,
        cookie: true,
      });
      expect((await session.get('/api/v1/me')).status).toBe(200);
      expect((await cookieSession.get('/api/v1/me')).status).toBe(200);

      const off = await ossAdmin.post<Person>(`/api/v1/users/${person.id}/deactivation`);
      expect(off.status).toBe(200);
      expect(off.body.deactivatedAt).not.toBeNull();
      expect((await session.get('/api/v1/me')).status).toBe(401);
      expect((await cookieSession.get('/api/v1/me')).status).toBe(401);
      const [{ count }] = await t.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM sessions WHERE user_id = $1`,
        [person.id],
      );
      expect(count).toBe(0);
      const login = await t.http.post<Problem>('/api/v1/auth/login', {
        email: person.email,
        password: TEST_PASSWORD,
      });
      expect(login.status).toBe(403);
      expect(login.body.detail).toMatch(/account is uitgezet/);
      // A wrong password says nothing about the account.
      const wrong = await t.http.post<Problem>('/api/v1/auth/login', {
        email: person.email,
        password: 'fout',
      });
      expect(wrong.body.code).toBe('invalid-credentials');

      const listed = await ossAdmin.get<PersonPage>(`/api/v1/users?q=${encodeURIComponent(person.email)}`);
      expect(listed.body.items[0]?.deactivatedAt).toBe(off.body.deactivatedAt);

      const on = await ossAdmin.post<Person>(`/api/v1/users/${person.id}/reactivation`);
      expect(on.status).toBe(200);
      expect(on.body.deactivatedAt).toBeNull();
      expect((await (await loginAs(t.http, person)).get('/api/v1/me')).status).toBe(200);
    });

    it('follows the permission matrix and refuses oneself', async () => {
      const person = await createUser(t.db, oss.id);
      for (const action of ['deactivation', 'reactivation']) {
        const path = `/api/v1/users/${person.id}/${action}`;
        expect((await employee.post(path)).status).toBe(403);
        expect((await zeistAdmin.post<Problem>(path)).body.detail).toMatch(/eigen organisatie/);
        expect((await platformAdmin.post(path)).status).toBe(200);
        expect((await ossAdmin.post(path)).status).toBe(200);
        expect((await t.http.post(path)).status).toBe(401);
      }
      const self = await ossAdmin.post<Problem>(`/api/v1/users/${ossAdminUser.id}/deactivation`);
      expect(self.status).toBe(403);
      expect(self.body.detail).toMatch(/eigen beheerdersrol/);
      const platform = await createUser(t.db, oss.id, ['platform-admin']);
      expect((await ossAdmin.post<Problem>(`/api/v1/users/${platform.id}/deactivation`)).body.detail).toMatch(
        /Alleen platformbeheerders/,
      );
      expect((await ossAdmin.post<Problem>('/api/v1/users/nee/deactivation')).status).toBe(404);
    });
  });

  describe('GET /partnerships/{id}/organisations/{organisationId}/impact', () => {
    it('counts the running klussen on both sides, the running dossiers and the people in their teams', async () => {
      const leaving = await createOrganisation(t.db);
      const staying = await createOrganisation(t.db);
      const partnership = await createPartnership(t.db, [leaving.id, staying.id]);
      const leavingManager = await loginAs(t.http, await createUser(t.db, leaving.id, ['manager']));
      const stayingManager = await loginAs(t.http, await createUser(t.db, staying.id, ['manager']));
      const post = async (client: HttpClient, overrides: Record<string, unknown>) => {
        const created = await client.post<{ id: string }>('/api/v1/tasks', taskBody(overrides));
        expect(created.status).toBe(201);
        return created.body.id;
      };
      await post(leavingManager, { visibility: 'partnership', partnershipId: partnership.id });
      await post(leavingManager, { visibility: 'all-partnerships' });
      await post(leavingManager, { visibility: 'organisation' });
      await post(stayingManager, { visibility: 'partnership', partnershipId: partnership.id });
      await post(stayingManager, { visibility: 'all-partnerships' });
      const cancelled = await post(stayingManager, { visibility: 'all-partnerships' });
      expect(
        (
          await stayingManager.post(`/api/v1/tasks/${cancelled}/status-changes`, {
            action: 'cancel',
            reason: 'Niet meer nodig.',
          })
        ).status,
      ).toBe(200);

      const dossier = await stayingManager.post<{ id: string }>('/api/v1/dossiers', {
        partnershipId: partnership.id,
        title: 'Samen de wijkaanpak vormgeven',
        goal: 'Een gedeelde aanpak.',
        startDate: '2026-12-01',
      });
      expect(dossier.status).toBe(201);
      const leavingEmployee = await createUser(t.db, leaving.id);
      await t.db.query(
        `INSERT INTO dossier_members (dossier_id, user_id, role, status) VALUES ($1, $2, 'member', 'active')`,
        [dossier.body.id, leavingEmployee.id],
      );

      const path = `/api/v1/partnerships/${partnership.id}/organisations/${leaving.id}/impact`;
      const impact = await platformAdmin.get(path);
      expect(impact.status).toBe(200);
      expect(impact.body).toEqual({
        member: true,
        ownTasksForPartnership: 1,
        ownTasksForAllPartnerships: 1,
        partnerTasks: 2,
        runningDossiers: 1,
        peopleInDossierTeams: 1,
      });
      // The same counts hold for an organisation about to join, which is no member yet.
      const joining = await createOrganisation(t.db);
      const before = await platformAdmin.get(
        `/api/v1/partnerships/${partnership.id}/organisations/${joining.id}/impact`,
      );
      expect(before.body).toMatchObject({ member: false, partnerTasks: 4, runningDossiers: 1 });

      for (const client of [employee, ossAdmin, zeistAdmin])
        expect((await client.get(path)).status).toBe(403);
      expect((await t.http.get(path)).status).toBe(401);
      const unknown = '00000000-0000-4000-8000-000000000000';
      const noPartnership = await platformAdmin.get<Problem>(
        `/api/v1/partnerships/${unknown}/organisations/${leaving.id}/impact`,
      );
      expect(noPartnership.body.detail).toMatch(/samenwerkingsverband bestaat niet/);
      const noOrganisation = await platformAdmin.get<Problem>(
        `/api/v1/partnerships/${partnership.id}/organisations/${unknown}/impact`,
      );
      expect(noOrganisation.status).toBe(404);
      expect(noOrganisation.body.detail).toMatch(/organisatie bestaat niet/);
      expect(
        (await platformAdmin.get(`/api/v1/partnerships/nee/organisations/${leaving.id}/impact`)).status,
      ).toBe(404);
    });
  });

  describe('GET /skills/{id}/merge-preview', () => {
    it('shows what a merge would move without merging, and the merge then moves exactly that', async () => {
      const stamp = Date.now();
      const create = async (labelNl: string) =>
        (await platformAdmin.post<{ id: string }>('/api/v1/skills', { labelNl, labelEn: `${labelNl} en` }))
          .body.id;
      const duplicate = await create(`Kaartlezen ${stamp}`);
      const target = await create(`Kaarten lezen ${stamp}`);
      const manager = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));
      for (let i = 0; i < 2; i++) {
        const task = await manager.post(
          '/api/v1/tasks',
          taskBody({ requiredSkills: [`Kaartlezen ${stamp}`] }),
        );
        expect(task.status).toBe(201);
      }

      const path = `/api/v1/skills/${duplicate}/merge-preview?targetId=${target}`;
      const preview = await platformAdmin.get<{
        referencesMoved: Record<string, number>;
        labelsMoved: number;
      }>(path);
      expect(preview.status).toBe(200);
      expect(preview.body.referencesMoved['task_skills']).toBe(2);
      expect(preview.body.labelsMoved).toBe(2);
      // Nothing moved.
      expect((await platformAdmin.get(`/api/v1/skills/${duplicate}`)).body).toMatchObject({ active: true });
      const [{ count }] = await t.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM task_skills WHERE skill_id = $1`,
        [duplicate],
      );
      expect(count).toBe(2);

      const merged = await platformAdmin.post<{
        referencesMoved: Record<string, number>;
        labelsMoved: number;
      }>(`/api/v1/skills/${duplicate}/merges`, { targetId: target });
      expect(merged.body.referencesMoved).toEqual(preview.body.referencesMoved);
      expect(merged.body.labelsMoved).toBe(preview.body.labelsMoved);

      for (const client of [employee, ossAdmin, zeistAdmin])
        expect((await client.get(path)).status).toBe(403);
      expect((await t.http.get(path)).status).toBe(401);
      // Merged now: the preview gives the merge's own refusal.
      expect((await platformAdmin.get<Problem>(path)).body.code).toBe('skill-merged');
      const bad = await platformAdmin.get<Problem>(`/api/v1/skills/${duplicate}/merge-preview?targetId=nee`);
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams?.map((p) => p.name)).toEqual(['targetId']);
      const unknown = await platformAdmin.get<Problem>(
        `/api/v1/skills/00000000-0000-4000-8000-000000000000/merge-preview?targetId=${target}`,
      );
      expect(unknown.status).toBe(404);
    });
  });
});

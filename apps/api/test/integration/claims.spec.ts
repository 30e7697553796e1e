import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Task {
  id: string;
  status: string;
  placesLeft: number;
  placesTaken: number;
  claims: { id: string; status: string; user: { id: string; organisation: { name: string } } }[];
  myClaim: { id: string; status: string } | null;
}
interface Claim {
  id: string;
  status: string;
}
interface Problem {
  code: string;
  detail: string;
  currentStatus?: string;
  invalidParams: { name: string }[];
}

describe('taking klussen', () => {
  let t: TestApp;
  let oss: { id: string };
  let zeist: { id: string };
  let manager: HttpClient;
  let zeistPeople: TestUser[];
  let zeist0: HttpClient;
  let zeist1: HttpClient;

  const post = async (overrides: Record<string, unknown> = {}) => {
    const response = await manager.post<Task>('/api/v1/tasks', taskBody(overrides));
    if (response.status !== 201) throw new Error(`post failed: ${response.text}`);
    return response.body;
  };
  const row = async (id: string) =>
    (
      await t.db.query<[{ taken: number; status: string }]>(`SELECT taken, status FROM tasks WHERE id = $1`, [
        id,
      ])
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    await createPartnership(t.db, [oss.id, zeist.id]);
    manager = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));
    zeistPeople = [];
    for (let i = 0; i < 50; i++) zeistPeople.push(await createUser(t.db, zeist.id));
    zeist0 = await loginAs(t.http, zeistPeople[0]);
    zeist1 = await loginAs(t.http, zeistPeople[1]);
  });
  afterAll(() => t.close());

  describe('instant claims', () => {
    it('takes a place at once, fills the klus, and refuses the next with "Deze klus is vol"', async () => {
      const task = await post({ capacity: 1 });
      const claim = await zeist0.post<Claim>(`/api/v1/tasks/${task.id}/claims`, {});
      expect(claim.status).toBe(201);
      expect(claim.body.status).toBe('active');
      expect((await zeist0.get<Task>(`/api/v1/tasks/${task.id}`)).body).toMatchObject({
        status: 'full',
        placesLeft: 0,
        myClaim: { status: 'active' },
      });
      const full = await zeist1.post<Problem>(`/api/v1/tasks/${task.id}/claims`, {});
      expect(full.status).toBe(409);
      expect(full.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(full.body).toMatchObject({ code: 'task-full', detail: 'Deze klus is vol.' });
    });

    it('refuses a second claim by the same person and a claim on your own klus', async () => {
      const task = await post({ capacity: 3 });
      expect((await zeist0.post(`/api/v1/tasks/${task.id}/claims`, {})).status).toBe(201);
      const again = await zeist0.post<Problem>(`/api/v1/tasks/${task.id}/claims`, {});
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('already-claimed');
      expect((await manager.post<Problem>(`/api/v1/tasks/${task.id}/claims`, {})).body.code).toBe('own-task');
      expect(await row(task.id)).toEqual({ taken: 1, status: 'open' });
    });

    it('gives exactly 3 of 50 simultaneous claims the 3 places', async () => {
      const task = await post({ capacity: 3 });
      const clients = await Promise.all(zeistPeople.map((person) => loginAs(t.http, person)));
      const responses = await Promise.all(
        clients.map((client) => client.post(`/api/v1/tasks/${task.id}/claims`, {})),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(3);
      expect(statuses.filter((s) => s === 409)).toHaveLength(47);
      expect(responses.filter((r) => r.status === 409).every((r) => r.body['code'] === 'task-full')).toBe(
        true,
      );
      expect(await row(task.id)).toEqual({ taken: 3, status: 'full' });
      const [{ active }] = await t.db.query<[{ active: number }]>(
        `SELECT count(*)::int AS active FROM claims WHERE task_id = $1 AND status = 'active'`,
        [task.id],
      );
      expect(active).toBe(3);
    });

    it('frees the place when the participant withdraws, and the klus opens again', async () => {
      const task = await post({ capacity: 1 });
      const claim = await zeist0.post<Claim>(`/api/v1/tasks/${task.id}/claims`, {});
      const withdrawn = await zeist0.request<Claim>(
        'PATCH',
        `/api/v1/tasks/${task.id}/claims/${claim.body.id}`,
        {
          status: 'withdrawn',
        },
      );
      expect(withdrawn.body.status).toBe('withdrawn');
      expect(await row(task.id)).toEqual({ taken: 0, status: 'open' });
      expect((await zeist1.post(`/api/v1/tasks/${task.id}/claims`, {})).status).toBe(201);
    });

    it('lets the poster remove a participant with a reason, never without', async () => {
      const task = await post({ capacity: 2 });
      const claim = await zeist0.post<Claim>(`/api/v1/tasks/${task.id}/claims`, {});
      const path = `/api/v1/tasks/${task.id}/claims/${claim.body.id}`;
      expect((await manager.request('PATCH', path, { status: 'removed' })).status).toBe(400);
      expect((await zeist1.request('PATCH', path, { status: 'removed', message: 'x' })).status).toBe(404);
      const removed = await manager.request<Claim>('PATCH', path, {
        status: 'removed',
        message: 'Dubbel ingeschreven',
      });
      expect(removed.body.status).toBe('removed');
      expect(await row(task.id)).toEqual({ taken: 0, status: 'open' });
    });
  });

  describe('applications', () => {
    it('asks a motivation, lets the poster accept within capacity and decline', async () => {
      const task = await post({ claimMode: 'application', capacity: 1 });
      const bare = await zeist0.post<Problem>(`/api/v1/tasks/${task.id}/claims`, {});
      expect(bare.status).toBe(400);
      expect(bare.body.invalidParams[0]?.name).toBe('motivation');
      const first = await zeist0.post<Claim>(`/api/v1/tasks/${task.id}/claims`, {
        motivation: 'Ik ken het gebied goed.',
      });
      const second = await zeist1.post<Claim>(`/api/v1/tasks/${task.id}/claims`, {
        motivation: 'Ik wil dit leren.',
      });
      expect([first.body.status, second.body.status]).toEqual(['applied', 'applied']);
      expect(await row(task.id)).toEqual({ taken: 0, status: 'open' });

      const detail = await manager.get<Task>(`/api/v1/tasks/${task.id}`);
      expect(detail.body.claims.map((c) => c.user.organisation.name)).toEqual([
        'Gemeente Zeist',
        'Gemeente Zeist',
      ]);
      expect((await zeist1.get<Task>(`/api/v1/tasks/${task.id}`)).body.claims).toEqual([]);

      const accept = (id: string) =>
        manager.request<Problem>('PATCH', `/api/v1/tasks/${task.id}/claims/${id}`, { status: 'active' });
      expect((await accept(first.body.id)).status).toBe(200);
      expect((await accept(second.body.id)).body.code).toBe('task-full');
      const declined = await manager.request<Claim>(
        'PATCH',
        `/api/v1/tasks/${task.id}/claims/${second.body.id}`,
        {
          status: 'declined',
          message: 'Helaas, de plek is vergeven.',
        },
      );
      expect(declined.body.status).toBe('declined');
      expect((await accept(second.body.id)).status).toBe(409);
    });
  });

  describe("line manager's consent", () => {
    it('lets a claim wait for consent where the organisation asks it, and counts it only when given', async () => {
      const den = await createOrganisation(t.db, { name: 'Gemeente Den Bosch' });
      await t.db.query(`UPDATE organisations SET consent_required = true WHERE id = $1`, [den.id]);
      await createPartnership(t.db, [oss.id, den.id]);
      const boss = await createUser(t.db, den.id, ['manager']);
      const worker = await loginAs(
        t.http,
        await createUser(t.db, den.id, ['employee'], { lineManagerId: boss.id }),
      );
      const bossClient = await loginAs(t.http, boss);
      const task = await post({ capacity: 1 });

      const claim = await worker.post<Claim>(`/api/v1/tasks/${task.id}/claims`, {});
      expect(claim.body.status).toBe('awaiting-consent');
      expect(await row(task.id)).toEqual({ taken: 0, status: 'open' });

      const inbox = await bossClient.get<{ items: { claimId: string }[] }>('/api/v1/me/consent-requests');
      expect(inbox.body.items.map((i) => i.claimId)).toEqual([claim.body.id]);
      expect(
        (await zeist0.request('PATCH', `/api/v1/consent-requests/${claim.body.id}`, { decision: 'granted' }))
          .status,
      ).toBe(404);
      const granted = await bossClient.request<Claim>('PATCH', `/api/v1/consent-requests/${claim.body.id}`, {
        decision: 'granted',
      });
      expect(granted.body.status).toBe('active');
      expect(await row(task.id)).toEqual({ taken: 1, status: 'full' });
      expect((await bossClient.get<{ items: unknown[] }>('/api/v1/me/consent-requests')).body.items).toEqual(
        [],
      );
    });
  });

  describe('the life of a klus', () => {
    it('starts only with somebody on it, completes with hours per participant', async () => {
      const task = await post({ capacity: 2 });
      const change = (body: Record<string, unknown>) =>
        manager.post<Problem & Task>(`/api/v1/tasks/${task.id}/status-changes`, body);
      expect((await change({ action: 'start' })).body.code).toBe('nobody-on-it');
      const claim = await zeist0.post<Claim>(`/api/v1/tasks/${task.id}/claims`, {});
      expect((await change({ action: 'start' })).body.status).toBe('in-progress');

      const illegal = await change({ action: 'publish' });
      expect(illegal.status).toBe(409);
      expect(illegal.body).toMatchObject({ code: 'illegal-transition', currentStatus: 'in-progress' });
      expect(illegal.body.detail).toContain('in uitvoering');

      expect((await change({ action: 'complete', actualHours: [] })).status).toBe(400);
      const skills = (
        await manager.get<{ skills: { id: string; label: string }[] }>(`/api/v1/tasks/${task.id}`)
      ).body.skills;
      expect(skills.length).toBeGreaterThan(0);
      const notOfThisTask = await change({
        action: 'complete',
        actualHours: [
          {
            claimId: claim.body.id,
            hours: 12.5,
            demonstratedSkillIds: ['00000000-0000-4000-8000-000000000000'],
          },
        ],
      });
      expect(notOfThisTask.status).toBe(400);
      expect(notOfThisTask.body.invalidParams.map((p) => p.name)).toEqual([
        'actualHours[0].demonstratedSkillIds',
      ]);
      const done = await change({
        action: 'complete',
        actualHours: [{ claimId: claim.body.id, hours: 12.5, demonstratedSkillIds: [skills[0].id] }],
      });
      expect(done.body.status).toBe('completed');
      const profile = await zeist0.get<{
        demonstratedSkills: { skill: { label: string }; confirmedBy: string }[];
      }>('/api/v1/me/profile');
      expect(profile.body.demonstratedSkills.map((s) => s.skill.label)).toEqual([skills[0].label]);
      const [stored] = await t.db.query<[{ status: string; actual_hours: string }]>(
        `SELECT status, actual_hours FROM claims WHERE id = $1`,
        [claim.body.id],
      );
      expect(stored).toEqual({ status: 'completed', actual_hours: '12.5' });
      expect(
        (await zeist0.get<{ items: { status: string }[] }>('/api/v1/me/claims')).body.items.map(
          (c) => c.status,
        ),
      ).toContain('completed');
    });

    it('cancels only with a reason, and only the poster may change the status', async () => {
      const task = await post();
      expect(
        (await zeist0.post(`/api/v1/tasks/${task.id}/status-changes`, { action: 'cancel', reason: 'x' }))
          .status,
      ).toBe(403);
      expect(
        (await manager.post(`/api/v1/tasks/${task.id}/status-changes`, { action: 'cancel' })).status,
      ).toBe(400);
      const cancelled = await manager.post<Task>(`/api/v1/tasks/${task.id}/status-changes`, {
        action: 'cancel',
        reason: 'Het project is gestopt.',
      });
      expect(cancelled.body.status).toBe('cancelled');
      expect((await zeist0.post<Problem>(`/api/v1/tasks/${task.id}/claims`, {})).body.code).toBe(
        'task-not-open',
      );
    });

    it('publishes a draft', async () => {
      const draft = await post({ publish: false });
      expect(draft.status).toBe('draft');
      const published = await manager.post<Task>(`/api/v1/tasks/${draft.id}/status-changes`, {
        action: 'publish',
      });
      expect(published.body.status).toBe('open');
    });
  });

  describe('editing', () => {
    it('is free while nobody is on it, and refuses material changes afterwards', async () => {
      const task = await post({ capacity: 2 });
      const path = `/api/v1/tasks/${task.id}`;
      expect(
        (
          await manager.request<Task & { title: string }>('PATCH', path, {
            title: 'Nieuwe titel',
            estimatedHours: 20,
          })
        ).body,
      ).toMatchObject({
        title: 'Nieuwe titel',
        estimatedHours: 20,
      });
      expect((await zeist0.request('PATCH', path, { title: 'Overgenomen' })).status).toBe(403);
      await zeist0.post(`/api/v1/tasks/${task.id}/claims`, {});
      const material = await manager.request<Problem>('PATCH', path, { endDate: '2027-03-31' });
      expect(material.status).toBe(409);
      expect(material.body.code).toBe('task-has-participants');
      expect((await manager.request<Problem>('PATCH', path, { capacity: 0 })).status).toBe(400);
      expect((await manager.request<Task>('PATCH', path, { capacity: 1 })).body).toMatchObject({
        status: 'full',
        placesLeft: 0,
      });
      expect((await manager.request<Task>('PATCH', path, { description: 'Nog wat uitleg.' })).status).toBe(
        200,
      );
      const bad = await manager.request<Problem>('PATCH', path, {
        startDate: '2027-02-30',
        location: { type: 'hybrid' },
      });
      expect(bad.body.invalidParams.map((p) => p.name).sort()).toEqual([
        'location.municipality',
        'startDate',
      ]);
    });
  });

  describe('my klussen', () => {
    it('lists what I posted with counts and what I claimed', async () => {
      const task = await post({ title: 'Voor mijn overzicht', claimMode: 'application' });
      const applied = await zeist1.post<Claim>(`/api/v1/tasks/${task.id}/claims`, { motivation: 'Graag!' });
      type Posted = { items: { id: string; applicants: number; awaitingDecision: number }[] };
      const posted = await manager.get<Posted>('/api/v1/me/tasks');
      expect(posted.body.items.find((i) => i.id === task.id)).toMatchObject({
        applicants: 1,
        awaitingDecision: 1,
      });
      // Only the poster sees what waits for them; another person's list does not hold the klus.
      const others = await zeist1.get<Posted>('/api/v1/me/tasks');
      expect(others.body.items.find((i) => i.id === task.id)).toBeUndefined();
      const mine = await zeist1.get<{ items: { status: string; task: { id: string } }[] }>(
        '/api/v1/me/claims',
      );
      expect(mine.body.items.find((c) => c.task.id === task.id)?.status).toBe('applied');

      // Once decided, nothing waits any more.
      await manager.request('PATCH', `/api/v1/tasks/${task.id}/claims/${applied.body.id}`, {
        status: 'active',
      });
      const after = await manager.get<Posted>('/api/v1/me/tasks');
      expect(after.body.items.find((i) => i.id === task.id)).toMatchObject({ awaitingDecision: 0 });
    });
  });
});

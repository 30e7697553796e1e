import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthInAmsterdam } from '@klussenbank/domain';
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
}
interface Claim {
  id: string;
  status: string;
}
interface Problem {
  code: string;
  detail: string;
  cap?: number;
  month?: string;
  hoursLeft?: number;
  hoursNeeded?: number;
  invalidParams?: { name: string; reason: string }[];
}
interface HourCap {
  userId: string;
  cap: number | null;
  organisationCap: number | null;
  personalCap: number | null;
  mode: string;
  month: string;
  plannedHours: number;
  hoursLeft: number | null;
}

/** A day of a month well ahead, so that no klus lies in the past whenever the tests run. */
const FUTURE_YEAR = new Date().getUTCFullYear() + 2;
const day = (month: number, dayOfMonth: number) =>
  `${FUTURE_YEAR}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;

describe('the hour cap per person', () => {
  let t: TestApp;
  let oss: { id: string };
  let manager: HttpClient;
  let counter = 0;

  /** A klus of Oss, open to its partners; one day unless told otherwise. */
  const post = async (hours: number, start: string, end = start, overrides: Record<string, unknown> = {}) => {
    const response = await manager.post<Task>(
      '/api/v1/tasks',
      taskBody({
        title: `Klus ${++counter}`,
        estimatedHours: hours,
        startDate: start,
        endDate: end,
        capacity: 5,
        ...overrides,
      }),
    );
    if (response.status !== 201) throw new Error(`post failed: ${response.text}`);
    return response.body;
  };
  const claim = (client: HttpClient, task: Task) =>
    client.post<Claim & Problem>(`/api/v1/tasks/${task.id}/claims`, {});

  /** A new organisation in the partnership with its cap, an org-admin, a line manager and one employee. */
  const organisation = async (name: string, cap: number | null, mode: 'refuse' | 'warn' = 'refuse') => {
    const org = await createOrganisation(t.db, { name });
    await createPartnership(t.db, [oss.id, org.id]);
    await t.db.query(`UPDATE organisations SET hour_cap_per_month = $2, hour_cap_mode = $3 WHERE id = $1`, [
      org.id,
      cap,
      mode,
    ]);
    const boss = await createUser(t.db, org.id, ['manager']);
    const worker = await createUser(t.db, org.id, ['employee'], { lineManagerId: boss.id });
    return {
      org,
      boss,
      worker,
      bossClient: await loginAs(t.http, boss),
      workerClient: await loginAs(t.http, worker),
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    manager = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));
  });
  afterAll(() => t.close());

  it('refuses a claim over the cap with a 409 that says how many hours are left', async () => {
    const { workerClient } = await organisation('Gemeente Zeist', 16);
    expect((await claim(workerClient, await post(10, day(3, 2)))).status).toBe(201);

    const over = await claim(workerClient, await post(8, day(3, 10)));
    expect(over.status).toBe(409);
    expect(over.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(over.body).toMatchObject({
      code: 'hour-cap-exceeded',
      cap: 16,
      month: day(3, 1).slice(0, 7),
      hoursLeft: 6,
      hoursNeeded: 8,
    });
    expect(over.body.detail).toContain('maart');
    expect(over.body.detail).toContain('nog 6 uur over');
    const english = await workerClient.post<Problem>(
      `/api/v1/tasks/${(await post(8, day(3, 11))).id}/claims`,
      {},
      { 'accept-language': 'en' },
    );
    expect(english.body.detail).toMatch(/in March \d{4} you have 6 hours left and this klus needs 8 hours/);

    // What fits still goes through; a month the cap has room in is not bothered.
    expect((await claim(workerClient, await post(6, day(3, 20)))).status).toBe(201);
    expect((await claim(workerClient, await post(16, day(4, 20)))).status).toBe(201);
  });

  it('spreads a klus over its days: it is refused for the month that is full', async () => {
    const { workerClient } = await organisation('Gemeente Uden', 20);
    expect((await claim(workerClient, await post(20, day(5, 1), day(5, 31)))).status).toBe(201);
    // 10 hours from 27 April to 6 May: 4 in April (room) and 6 in May (full).
    const over = await claim(workerClient, await post(10, day(4, 27), day(5, 6)));
    expect(over.body).toMatchObject({
      code: 'hour-cap-exceeded',
      month: day(5, 1).slice(0, 7),
      hoursLeft: 0,
    });
    expect(over.body.hoursNeeded).toBe(6);
  });

  it('does not count applications, and checks the cap again when the poster accepts one', async () => {
    const { workerClient } = await organisation('Gemeente Veghel', 10);
    const application = await post(8, day(6, 5), day(6, 5), { claimMode: 'application' });
    const applied = await workerClient.post<Claim>(`/api/v1/tasks/${application.id}/claims`, {
      motivation: 'Ik help graag.',
    });
    expect(applied.body.status).toBe('applied');
    // The application holds no hours: an instant claim of 8 hours still fits.
    expect((await claim(workerClient, await post(8, day(6, 12)))).status).toBe(201);

    const accepted = await manager.request<Problem>(
      'PATCH',
      `/api/v1/tasks/${application.id}/claims/${applied.body.id}`,
      { status: 'active' },
    );
    expect(accepted.status).toBe(409);
    expect(accepted.body).toMatchObject({ code: 'hour-cap-exceeded', hoursLeft: 2, hoursNeeded: 8 });
    expect(accepted.body.detail).toContain('van de aanmelder');
  });

  it('lets the line manager and org-admins set a lower personal cap, and nobody else', async () => {
    const { org, worker, bossClient, workerClient } = await organisation('Gemeente Heusden', 16);
    const colleague = await loginAs(t.http, await createUser(t.db, org.id, ['manager']));
    const admin = await loginAs(t.http, await createUser(t.db, org.id, ['org-admin']));
    const outsider = await loginAs(t.http, await createUser(t.db, oss.id, ['org-admin']));
    const path = `/api/v1/users/${worker.id}/hour-cap`;

    expect((await workerClient.request('PUT', path, { hourCapPerMonth: 4 })).status).toBe(403);
    expect((await colleague.request('PUT', path, { hourCapPerMonth: 4 })).status).toBe(403);
    expect((await outsider.request('PUT', path, { hourCapPerMonth: 4 })).status).toBe(403);
    const higher = await bossClient.request<Problem>('PUT', path, { hourCapPerMonth: 20 });
    expect(higher.status).toBe(400);
    expect(higher.body.invalidParams?.map((p) => p.name)).toEqual(['hourCapPerMonth']);
    expect((await bossClient.request('PUT', path, { hourCapPerMonth: 'veel' })).status).toBe(400);
    expect(
      (
        await bossClient.request('PUT', `/api/v1/users/${crypto.randomUUID()}/hour-cap`, {
          hourCapPerMonth: 4,
        })
      ).status,
    ).toBe(404);

    const set = await bossClient.request<HourCap>('PUT', path, { hourCapPerMonth: 8 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ personalCap: 8, organisationCap: 16, cap: 8 });
    expect((await admin.request<HourCap>('PUT', path, { hourCapPerMonth: 6 })).body.cap).toBe(6);

    const over = await claim(workerClient, await post(7, day(7, 7)));
    expect(over.body).toMatchObject({ code: 'hour-cap-exceeded', cap: 6, hoursLeft: 6 });

    const team = await bossClient.get<{ items: (HourCap & { name: string })[] }>('/api/v1/me/team/hour-caps');
    expect(team.body.items.map((i) => [i.userId, i.cap])).toEqual([[worker.id, 6]]);

    expect((await admin.request<HourCap>('PUT', path, { hourCapPerMonth: null })).body).toMatchObject({
      personalCap: null,
      cap: 16,
    });
  });

  it('shows my planned hours this month against my cap', async () => {
    const { workerClient } = await organisation('Gemeente Boxtel', 16);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    expect((await claim(workerClient, await post(12, today))).status).toBe(201);
    const mine = await workerClient.get<HourCap>('/api/v1/me/hour-cap');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      month: monthInAmsterdam(new Date()),
      cap: 16,
      plannedHours: 12,
      hoursLeft: 4,
      mode: 'refuse',
    });
    // Without a cap: the hours, and no maximum.
    const free = await organisation('Gemeente Vught', null);
    expect((await free.workerClient.get<HourCap>('/api/v1/me/hour-cap')).body).toMatchObject({
      cap: null,
      hoursLeft: null,
      plannedHours: 0,
    });
  });

  it('lets the org-admin set the cap and the mode in the organisation settings', async () => {
    const { org } = await organisation('Gemeente Oisterwijk', null);
    const admin = await loginAs(t.http, await createUser(t.db, org.id, ['org-admin']));
    const path = `/api/v1/organisations/${org.id}`;
    const set = await admin.request<{ hourCapPerMonth: number | null; hourCapMode: string }>('PATCH', path, {
      hourCapPerMonth: 24,
      hourCapMode: 'warn',
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ hourCapPerMonth: 24, hourCapMode: 'warn' });
    expect((await admin.request('PATCH', path, { hourCapPerMonth: -1 })).status).toBe(400);
    expect((await admin.request('PATCH', path, { hourCapMode: 'shout' })).status).toBe(400);
    // Left out: kept; null: no cap.
    expect(
      (await admin.request<{ hourCapPerMonth: number | null }>('PATCH', path, {})).body.hourCapPerMonth,
    ).toBe(24);
    const removed = await admin.request<{ hourCapPerMonth: number | null }>('PATCH', path, {
      hourCapPerMonth: null,
    });
    expect(removed.body.hourCapPerMonth).toBeNull();
    expect((await manager.request('PATCH', path, { hourCapPerMonth: 8 })).status).toBe(403);
  });

  it('in warn-only mode lets the claim through and tells the line manager, once', async () => {
    const { boss, workerClient } = await organisation('Gemeente Tilburg', 4, 'warn');
    const over = await claim(workerClient, await post(6, day(8, 3)));
    expect(over.status).toBe(201);
    expect(over.body.status).toBe('active');
    await expect
      .poll(
        async () =>
          await t.db.query<{ type: string; event_key: string }[]>(
            `SELECT type, event_key FROM notifications WHERE user_id = $1`,
            [boss.id],
          ),
        { timeout: 20_000 },
      )
      .toEqual([{ type: 'hour-cap-exceeded', event_key: `hour-cap.exceeded:${over.body.id}` }]);
    // A claim within the cap says nothing.
    const { boss: calmBoss, workerClient: calm } = await organisation('Gemeente Breda', 40, 'warn');
    expect((await claim(calm, await post(6, day(8, 3)))).status).toBe(201);
    const [{ outbox }] = await t.db.query<[{ outbox: number }]>(
      `SELECT count(*)::int AS outbox FROM outbox o JOIN claims c ON o.event_key = 'hour-cap.exceeded:' || c.id
        JOIN users u ON u.id = c.user_id WHERE u.line_manager_id = $1`,
      [calmBoss.id],
    );
    expect(outbox).toBe(0);
  });

  describe('under concurrency', () => {
    let people: { worker: TestUser; client: HttpClient }[];
    beforeAll(async () => {
      people = [];
      for (const name of ['Gemeente Eindhoven', 'Gemeente Helmond', 'Gemeente Best']) {
        const { worker, workerClient } = await organisation(name, 30);
        people.push({ worker, client: workerClient });
      }
    });

    // Three rounds, each a fresh person: 20 claims of 4 hours at once on 20 klussen of one month;
    // 7 fit in 30 hours (28), the other 13 are refused, whatever the order they arrive in.
    for (const round of [0, 1, 2]) {
      it(`holds the cap exactly under 20 simultaneous claims by one person (round ${round + 1})`, async () => {
        const { worker, client } = people[round];
        const klussen: Task[] = [];
        for (let i = 0; i < 20; i++) klussen.push(await post(4, day(9 + round, 1 + i)));
        const responses = await Promise.all(klussen.map((task) => claim(client, task)));
        const statuses = responses.map((r) => r.status);
        expect(statuses.filter((s) => s === 201)).toHaveLength(7);
        expect(statuses.filter((s) => s === 409)).toHaveLength(13);
        expect(
          responses.filter((r) => r.status === 409).every((r) => r.body.code === 'hour-cap-exceeded'),
        ).toBe(true);
        const [{ hours }] = await t.db.query<[{ hours: number }]>(
          `SELECT coalesce(sum(t.estimated_hours), 0)::float8 AS hours
             FROM claims c JOIN tasks t ON t.id = c.task_id WHERE c.user_id = $1 AND c.status = 'active'`,
          [worker.id],
        );
        expect(hours).toBe(28);
      });
    }
  });
});

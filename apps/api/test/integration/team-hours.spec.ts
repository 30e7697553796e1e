import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamHoursService } from '../../src/ledger/team-hours.service.js';
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

interface Entry {
  id: string;
  person: { id: string; name: string };
  task: { id: string; title: string };
  receiving: { id: string; name: string };
  internal: boolean;
  hours: number;
  entryDate: string;
  kind: string;
  state: string;
}
interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

describe(TeamHoursService.name, () => {
  let t: TestApp;
  let annaManager: TestUser, bramManager: TestUser;
  let anna: HttpClient, bram: HttpClient, poster: HttpClient;
  let piet: TestUser, sara: TestUser, joost: TestUser, loner: TestUser;
  let pietHttp: HttpClient, lonerHttp: HttpClient;
  let klus1: string, klus2: string;
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

  /** Posts, fills, starts and completes a klus with hours per participant; answers its id. */
  async function completed(title: string, hours: [HttpClient, TestUser, number][]): Promise<string> {
    const task = await poster.post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({ title, capacity: hours.length }),
    );
    if (task.status !== 201) throw new Error(task.text);
    const claims: { claimId: string; hours: number }[] = [];
    for (const [person, , h] of hours) {
      const claim = await person.post<{ id: string }>(`/api/v1/tasks/${task.body.id}/claims`, {});
      if (claim.status !== 201) throw new Error(claim.text);
      claims.push({ claimId: claim.body.id, hours: h });
    }
    expect(
      (await poster.post(`/api/v1/tasks/${task.body.id}/status-changes`, { action: 'start' })).status,
    ).toBe(200);
    const done = await poster.post(`/api/v1/tasks/${task.body.id}/status-changes`, {
      action: 'complete',
      actualHours: claims,
    });
    if (done.status !== 200) throw new Error(done.text);
    return task.body.id;
  }

  const teamOf = (http: HttpClient, query = '') => http.get<Page<Entry>>(`/api/v1/ledger/team-hours${query}`);
  const rows = (page: Page<Entry>) =>
    page.items
      .map((e) => [e.person.id, e.task.id, e.hours, e.kind])
      .sort((a, b) => String(a).localeCompare(String(b)));

  beforeAll(async () => {
    t = await startTestApp();
    const oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    const zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    await createPartnership(t.db, [oss.id, zeist.id]);
    poster = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));
    annaManager = await createUser(t.db, zeist.id, ['manager']);
    bramManager = await createUser(t.db, zeist.id, ['manager']);
    anna = await loginAs(t.http, annaManager);
    bram = await loginAs(t.http, bramManager);
    // Anna's team: Piet and Sara. Bram's team: Joost. Nobody manages the loner.
    piet = await createUser(t.db, zeist.id, ['employee'], { lineManagerId: annaManager.id });
    sara = await createUser(t.db, zeist.id, ['employee'], { lineManagerId: annaManager.id });
    joost = await createUser(t.db, zeist.id, ['employee'], { lineManagerId: bramManager.id });
    loner = await createUser(t.db, oss.id);
    pietHttp = await loginAs(t.http, piet);
    const saraHttp = await loginAs(t.http, sara);
    const joostHttp = await loginAs(t.http, joost);
    lonerHttp = await loginAs(t.http, loner);

    klus1 = await completed('Archief ordenen', [
      [pietHttp, piet, 4],
      [saraHttp, sara, 2.5],
      [joostHttp, joost, 3],
      [anna, annaManager, 1], // the manager's own hours are not "the team's"
    ]);
    klus2 = await completed('Website toetsen', [
      [pietHttp, piet, 1.5],
      [lonerHttp, loner, 2],
    ]);
  });
  afterAll(() => t.close());

  it("shows a line manager their team's hours and nobody else's", async () => {
    const page = await teamOf(anna);
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(3);
    expect(rows(page.body)).toEqual(
      [
        [piet.id, klus1, 4, 'original'],
        [piet.id, klus2, 1.5, 'original'],
        [sara.id, klus1, 2.5, 'original'],
      ].sort((a, b) => String(a).localeCompare(String(b))),
    );
    const first = page.body.items.find((e) => e.task.id === klus1 && e.person.id === piet.id)!;
    expect(first).toMatchObject({
      task: { id: klus1, title: 'Archief ordenen' },
      receiving: { name: 'Gemeente Oss' },
      internal: false,
      entryDate: today,
      state: 'recorded',
    });
    expect(first.person.name).not.toBe('');

    expect(rows((await teamOf(bram)).body)).toEqual([[joost.id, klus1, 3, 'original']]);
  });

  it('gives an empty page (200) to who is nobody’s line manager, employee or poster', async () => {
    for (const who of [pietHttp, lonerHttp, poster]) {
      const page = await teamOf(who);
      expect(page.status).toBe(200);
      expect(page.body).toEqual({ items: [], page: 1, pageSize: 20, total: 0 });
    }
    expect((await t.http.get('/api/v1/ledger/team-hours')).status).toBe(401);
  });

  it('pages and filters by completion day', async () => {
    const first = await teamOf(anna, '?pageSize=2');
    const second = await teamOf(anna, '?pageSize=2&page=2');
    expect([first.body.items.length, second.body.items.length, first.body.total]).toEqual([2, 1, 3]);
    expect(new Set([...first.body.items, ...second.body.items].map((e) => e.id)).size).toBe(3);
    expect((await teamOf(anna, `?from=${today}&to=${today}`)).body.total).toBe(3);
    expect((await teamOf(anna, '?from=2000-01-01&to=2000-12-31')).body.total).toBe(0);
    const backwards = await teamOf(anna, '?from=2027-02-01&to=2027-01-01');
    expect(backwards.status).toBe(400);
  });

  it("follows a correction: the manager sees the reversal and the person's own figure", async () => {
    const mine = await pietHttp.get<Page<{ id: string; task: { id: string } }>>('/api/v1/me/hours');
    const entry = mine.body.items.find((e) => e.task.id === klus2)!;
    const corrected = await pietHttp.post(`/api/v1/ledger/entries/${entry.id}/correction`, {
      hours: 2,
      reason: 'Het overleg liep uit.',
    });
    expect(corrected.status, corrected.text).toBe(200);
    const page = await teamOf(anna);
    expect(page.body.total).toBe(5);
    expect(
      page.body.items
        .filter((e) => e.task.id === klus2)
        .map((e) => [e.kind, e.hours, e.state])
        .sort(),
    ).toEqual([
      ['correction', 2, 'confirmed'],
      ['original', 1.5, 'corrected'],
      ['reversal', -1.5, 'confirmed'],
    ]);
  });
});

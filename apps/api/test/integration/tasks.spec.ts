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
  descriptionHtml: string;
  claims: { id: string; status: string; user: { organisation: { name: string } } }[];
  myClaim: { id: string; status: string } | null;
}
interface Page {
  items: { id: string; title: string }[];
  total: number;
}
interface Problem {
  code: string;
  detail: string;
  invalidParams: { name: string }[];
}

describe('klussen', () => {
  let t: TestApp;
  const org: Record<string, { id: string }> = {};
  let partnershipOssZeist: { id: string };
  let ossManager: HttpClient;
  let ossManagerUser: TestUser;
  let ossColleague: HttpClient;
  let zeistEmployee: HttpClient;
  let dordrechtEmployee: HttpClient;
  let udenEmployee: HttpClient;

  const post = async (client: HttpClient, overrides: Record<string, unknown> = {}) => {
    const response = await client.post<Task>('/api/v1/tasks', taskBody(overrides));
    if (response.status !== 201) throw new Error(`post failed: ${response.status} ${response.text}`);
    return response.body;
  };
  const ids = (page: { body: Page }) => page.body.items.map((i) => i.id);

  beforeAll(async () => {
    t = await startTestApp();
    for (const name of ['Oss', 'Zeist', 'Dordrecht', 'Uden'])
      org[name] = await createOrganisation(t.db, { name: `Gemeente ${name}` });
    partnershipOssZeist = await createPartnership(
      t.db,
      [org['Oss'].id, org['Zeist'].id],
      'Netwerk Anders Samenwerken',
    );
    await createPartnership(t.db, [org['Oss'].id, org['Dordrecht'].id], 'Brabant-Drecht');
    ossManagerUser = await createUser(t.db, org['Oss'].id, ['manager']);
    ossManager = await loginAs(t.http, ossManagerUser);
    ossColleague = await loginAs(t.http, await createUser(t.db, org['Oss'].id));
    zeistEmployee = await loginAs(t.http, await createUser(t.db, org['Zeist'].id));
    dordrechtEmployee = await loginAs(t.http, await createUser(t.db, org['Dordrecht'].id));
    udenEmployee = await loginAs(t.http, await createUser(t.db, org['Uden'].id));
  });
  afterAll(() => t.close());

  describe('posting', () => {
    it('publishes a klus at once and renders its Markdown safely', async () => {
      const task = await post(ossManager, {
        description: 'Lees **dit** <script>alert(1)</script> [klik](javascript:alert(1))',
      });
      expect(task.status).toBe('open');
      expect(task.placesLeft).toBe(1);
      expect(task.descriptionHtml).toContain('<strong>dit</strong>');
      expect(task.descriptionHtml).not.toContain('<script>');
      expect(task.descriptionHtml).not.toMatch(/href="javascript:/);
    });

    it('is for managers only', async () => {
      expect((await zeistEmployee.post('/api/v1/tasks', taskBody())).status).toBe(403);
    });

    it('lists every field error at once, rules of the domain included', async () => {
      const response = await ossManager.post<Problem>('/api/v1/tasks', {
        title: '',
        estimatedHours: 0,
        startDate: '2027-02-01',
        endDate: '2027-01-01',
        location: { type: 'on-site' },
        capacity: 0,
        visibility: 'partnership',
        claimMode: 'wie-eerst-komt',
      });
      expect(response.status).toBe(400);
      expect(response.body.invalidParams.map((p) => p.name).sort()).toEqual([
        'capacity',
        'claimMode',
        'description',
        'endDate',
        'estimatedHours',
        'location.municipality',
        'partnershipId',
        'title',
      ]);
      const [{ count }] = await t.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM tasks WHERE title = ''`,
      );
      expect(count).toBe(0);
    });

    it("refuses a partnership the poster's organisation is not in, and a klus longer than a year", async () => {
      const outsider = await createPartnership(t.db, [org['Uden'].id]);
      const response = await ossManager.post<Problem>(
        '/api/v1/tasks',
        taskBody({
          visibility: 'partnership',
          partnershipId: outsider.id,
          startDate: '2026-01-01',
          endDate: '2027-06-01',
        }),
      );
      expect(response.status).toBe(400);
      expect(response.body.invalidParams.map((p) => p.name).sort()).toEqual(['endDate', 'partnershipId']);
    });
  });

  describe('visibility', () => {
    let own: Task;
    let partnership: Task;
    let everyPartner: Task;
    let draft: Task;

    beforeAll(async () => {
      own = await post(ossManager, { title: 'Alleen voor Oss', visibility: 'organisation' });
      partnership = await post(ossManager, {
        title: 'Voor het netwerk',
        visibility: 'partnership',
        partnershipId: partnershipOssZeist.id,
      });
      everyPartner = await post(ossManager, { title: 'Voor alle partners', visibility: 'all-partnerships' });
      draft = await post(ossManager, { title: 'Nog een concept', publish: false });
    });

    it.each([
      ['an Oss colleague', () => ossColleague, ['own', 'partnership', 'everyPartner']],
      ['a Zeist employee (same partnership)', () => zeistEmployee, ['partnership', 'everyPartner']],
      ['a Dordrecht employee (another partnership of Oss)', () => dordrechtEmployee, ['everyPartner']],
      ['an Uden employee (no shared partnership)', () => udenEmployee, []],
    ])('shows %s exactly what they may see, and 404 for the rest', async (_who, client, visible) => {
      const tasks: Record<string, Task> = { own, partnership, everyPartner, draft };
      const listed = ids(await client().get<Page>('/api/v1/tasks?pageSize=100'));
      for (const [name, task] of Object.entries(tasks)) {
        const shouldSee = visible.includes(name);
        expect(listed.includes(task.id), `${name} listed`).toBe(shouldSee);
        expect((await client().get(`/api/v1/tasks/${task.id}`)).status, `${name} detail`).toBe(
          shouldSee ? 200 : 404,
        );
      }
    });

    it('shows a draft to its poster only', async () => {
      expect((await ossManager.get(`/api/v1/tasks/${draft.id}`)).status).toBe(200);
      expect(ids(await ossManager.get<Page>('/api/v1/tasks?status=draft'))).toEqual([draft.id]);
    });

    it('does not let an outsider claim what they cannot see', async () => {
      const response = await udenEmployee.post(`/api/v1/tasks/${everyPartner.id}/claims`, {});
      expect(response.status).toBe(404);
    });
  });

  describe('search in Dutch', () => {
    beforeAll(async () => {
      await post(ossManager, {
        title: 'Terrasvergunning voor café De Zwaan',
        description: 'Horeca en vergunningen.',
      });
      await post(ossManager, {
        title: 'Klussen rond de gemeentelijke archieven',
        description: 'Ordenen van dossiers.',
      });
    });

    it.each([
      ['bestemmingsplannen', 'Bestemmingsplan Centrum doorlichten'],
      ['cafe', 'Terrasvergunning voor café De Zwaan'],
      ['CAFÉ', 'Terrasvergunning voor café De Zwaan'],
      ['klus archief', 'Klussen rond de gemeentelijke archieven'],
      ['vergunning', 'Terrasvergunning voor café De Zwaan'],
    ])('"%s" finds "%s"', async (q, title) => {
      const page = await zeistEmployee.get<Page>(`/api/v1/tasks?q=${encodeURIComponent(q)}`);
      expect(page.status).toBe(200);
      expect(page.body.items.map((i) => i.title)).toContain(title);
    });

    it('finds nothing for a word that is not there, and ranks title hits first', async () => {
      expect((await zeistEmployee.get<Page>('/api/v1/tasks?q=zwembad')).body.total).toBe(0);
      const page = await zeistEmployee.get<Page>('/api/v1/tasks?q=vergunning');
      expect(page.body.items[0]?.title).toBe('Terrasvergunning voor café De Zwaan');
    });
  });

  describe('filters, sorting and pages', () => {
    beforeAll(async () => {
      await post(ossManager, {
        title: 'Filtertest A',
        estimatedHours: 4,
        location: { type: 'on-site', municipality: 'Oss', address: 'Raadhuislaan 10' },
        learningSuitable: true,
        requiredSkills: ['Participatie'],
        startDate: '2027-03-01',
        endDate: '2027-03-10',
      });
      await post(ossManager, {
        title: 'Filtertest B',
        estimatedHours: 80,
        capacity: 3,
        endDate: '2027-02-01',
      });
    });
    const titles = async (query: string) =>
      (await zeistEmployee.get<Page>(`/api/v1/tasks?${query}`)).body.items
        .map((i) => i.title)
        .filter((x) => x.startsWith('Filtertest'));

    it('filters on hours, location, learning, skill and dates', async () => {
      expect(await titles('maxHours=5')).toEqual(['Filtertest A']);
      expect(await titles('minHours=50')).toEqual(['Filtertest B']);
      expect(await titles('location=on-site')).toEqual(['Filtertest A']);
      expect(await titles('learningSuitable=true')).toEqual(['Filtertest A']);
      expect(await titles('skill=participatie')).toEqual(['Filtertest A']);
      expect(await titles('from=2027-02-15&to=2027-03-05')).toEqual(['Filtertest A']);
      expect((await titles(`organisationId=${org['Zeist'].id}`)).length).toBe(0);
    });

    it('sorts by end date and pages with a stable order and a total', async () => {
      const all = await zeistEmployee.get<Page>('/api/v1/tasks?sort=endDate&pageSize=100');
      const pages = [];
      for (let page = 1; page <= Math.ceil(all.body.total / 2); page++) {
        pages.push(
          ...ids(await zeistEmployee.get<Page>(`/api/v1/tasks?sort=endDate&pageSize=2&page=${page}`)),
        );
      }
      expect(pages).toEqual(ids(all));
      expect(all.body.total).toBe(all.body.items.length);
      const past = await zeistEmployee.get<Page>('/api/v1/tasks?page=99');
      expect(past.body).toMatchObject({ items: [], total: all.body.total });
    });

    it('costs the same number of queries for a page of 5 as for a page of 50 (no N+1)', async () => {
      for (let i = 0; i < 50; i++)
        await post(ossManager, { title: `Stapel ${i}`, requiredSkills: [`Vaardigheid ${i}`, 'Overleg'] });
      const queriesFor = async (path: string) => {
        const logger = t.db.logger;
        let count = 0;
        // Observe, not replace: every query still goes to the real database.
        t.db.logger = Object.assign(Object.create(logger) as typeof logger, { logQuery: () => void count++ });
        try {
          const page = await zeistEmployee.get<Page>(path);
          return { count, items: page.body.items.length };
        } finally {
          t.db.logger = logger;
        }
      };
      const small = await queriesFor('/api/v1/tasks?pageSize=5');
      const large = await queriesFor('/api/v1/tasks?pageSize=50');
      expect([small.items, large.items]).toEqual([5, 50]);
      expect(small.count).toBeGreaterThan(0); // the observer sees the queries
      expect(large.count).toBe(small.count);
      expect(large.count).toBeLessThanOrEqual(3);
    });

    it('reports every bad query parameter', async () => {
      const response = await zeistEmployee.get<Problem>(
        '/api/v1/tasks?minHours=veel&status=zoek&from=gisteren&sort=random',
      );
      expect(response.status).toBe(400);
      expect(response.body.invalidParams.map((p) => p.name).sort()).toEqual([
        'from',
        'minHours',
        'sort',
        'status',
      ]);
    });
  });

  describe('the skill filter', () => {
    const skillIdOf = async (label: string) =>
      (
        await t.db.query<{ skill_id: string }[]>(
          `SELECT skill_id FROM skill_labels WHERE normalised = kb_normalise_label($1)`,
          [label],
        )
      ).map((r) => r.skill_id);
    const found = async (skill: string, extra = '') => {
      const page = await zeistEmployee.get<Page>(
        `/api/v1/tasks?skill=${encodeURIComponent(skill)}&pageSize=100${extra}`,
      );
      expect(page.status).toBe(200);
      return { titles: page.body.items.map((i) => i.title).sort(), total: page.body.total };
    };

    beforeAll(async () => {
      await post(ossManager, { title: 'Skilltest kaarten', requiredSkills: ['Cartografie'] });
      await post(ossManager, { title: 'Skilltest luchtfoto', niceToHaveSkills: ['Luchtfoto-interpretatie'] });
      await post(ossManager, {
        title: 'Skilltest dubbel',
        requiredSkills: ['Cartografie', 'Geodata beheren'],
      });
      const [cartografie] = await skillIdOf('Cartografie');
      const [luchtfoto] = await skillIdOf('Luchtfoto-interpretatie');
      // A synonym and an English label of one skill, and a synonym that two skills share.
      await t.db.query(
        `INSERT INTO skill_labels (skill_id, lang, label, kind)
         VALUES ($1, 'nl', 'Kaarten tekenen', 'alt'), ($1, 'en', 'Cartography', 'preferred'),
                ($1, 'nl', 'Geo-werk', 'alt'), ($2, 'nl', 'Geo-werk', 'hidden')`,
        [cartografie, luchtfoto],
      );
    });

    it('finds a skill by any of its labels, normalised, in either language', async () => {
      const kaarten = { titles: ['Skilltest dubbel', 'Skilltest kaarten'], total: 2 };
      expect(await found('cartografie')).toEqual(kaarten);
      expect(await found('  KAARTEN   tekenen ')).toEqual(kaarten);
      expect(await found('Cartography')).toEqual(kaarten);
    });

    it('finds every skill a label belongs to, each klus once', async () => {
      expect(await found('geo-werk')).toEqual({
        titles: ['Skilltest dubbel', 'Skilltest kaarten', 'Skilltest luchtfoto'],
        total: 3,
      });
      // Page and total as without the look-up: a full page counts, a page past the end counts too.
      const first = await zeistEmployee.get<Page>('/api/v1/tasks?skill=geo-werk&pageSize=2');
      expect([first.body.items.length, first.body.total]).toEqual([2, 3]);
      const past = await zeistEmployee.get<Page>('/api/v1/tasks?skill=geo-werk&pageSize=2&page=3');
      expect(past.body).toMatchObject({ items: [], total: 3 });
    });

    it('finds the klussen of a merged skill by its old name', async () => {
      const [geodata] = await skillIdOf('Geodata beheren');
      const [cartografie] = await skillIdOf('Cartografie');
      const admin = await loginAs(t.http, await createUser(t.db, org['Uden'].id, ['platform-admin']));
      // Both were free names of Oss, so private until accepted; only a shared skill takes a merge.
      expect((await admin.post(`/api/v1/skills/${cartografie}/acceptance`, {})).status).toBe(200);
      const merged = await admin.post(`/api/v1/skills/${geodata}/merges`, { targetId: cartografie });
      expect(merged.status).toBe(200);
      expect(await found('Geodata beheren')).toEqual({
        titles: ['Skilltest dubbel', 'Skilltest kaarten'],
        total: 2,
      });
    });

    it('returns an empty page for a skill nobody has', async () => {
      expect(await found('Onderwaterlassen')).toEqual({ titles: [], total: 0 });
      const past = await zeistEmployee.get<Page>('/api/v1/tasks?skill=Onderwaterlassen&page=4');
      expect(past.status).toBe(200);
      expect(past.body).toMatchObject({ items: [], page: 4, total: 0 });
    });
  });
});

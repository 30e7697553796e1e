import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Page {
  items: { id: string; title: string }[];
  total: number;
}

/**
 * Search finds what a klus card shows (issue 15.1): skill labels, the posting organisation and the
 * place besides title and description, hyphenated words whole and by their parts, weighted title >
 * skills > organisation/place > description, by relevance unless a sort is asked for.
 */
describe('searching klussen', () => {
  let t: TestApp;
  let viewer: HttpClient;
  let dordrechtManager: HttpClient;
  let ossManager: HttpClient;
  let zwaluwManager: HttpClient;
  let dordrecht: { id: string };
  const id: Record<string, string> = {};

  const post = async (client: HttpClient, overrides: Record<string, unknown>) => {
    const response = await client.post<{ id: string }>('/api/v1/tasks', taskBody(overrides));
    if (response.status !== 201) throw new Error(`post failed: ${response.status} ${response.text}`);
    return response.body.id;
  };
  const search = async (q: string, extra = '') => {
    const page = await viewer.get<Page>(`/api/v1/tasks?q=${encodeURIComponent(q)}&pageSize=100${extra}`);
    expect(page.status).toBe(200);
    return page.body.items.map((item) => item.title);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    dordrecht = await createOrganisation(t.db, { name: 'Gemeente Dordrecht' });
    const zwaluw = await createOrganisation(t.db, { name: 'Stichting Zwaluwstaart' });
    await createPartnership(t.db, [oss.id, dordrecht.id, zwaluw.id], 'Netwerk Zoeken');
    viewer = await loginAs(t.http, await createUser(t.db, oss.id));
    ossManager = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));
    dordrechtManager = await loginAs(t.http, await createUser(t.db, dordrecht.id, ['manager']));
    zwaluwManager = await loginAs(t.http, await createUser(t.db, zwaluw.id, ['manager']));

    const plain = { requiredSkills: [], niceToHaveSkills: [], description: 'Een klus.' };
    id['kaart'] = await post(dordrechtManager, {
      ...plain,
      title: 'Wijkvisie op een kaart zetten',
      requiredSkills: ['GIS'],
      niceToHaveSkills: ['Cartografie'],
    });
    id['dashboard'] = await post(ossManager, {
      ...plain,
      title: 'Dashboard sociaal domein bouwen',
      requiredSkills: ['Power BI', 'Participatiewet'],
    });
    id['verslag'] = await post(ossManager, {
      ...plain,
      title: 'Verslag van de energieavonden',
      requiredSkills: ['Notuleren'],
      location: { type: 'on-site', municipality: 'Sliedrecht' },
    });
    await post(ossManager, { ...plain, title: 'Teksten van de website herschrijven op B1-niveau' });
    await post(ossManager, { ...plain, title: 'Eén café-avond over samenwerken organiseren' });
  });
  afterAll(() => t.close());

  it.each([
    ['Participatiewet', 'Dashboard sociaal domein bouwen'],
    ['Power BI', 'Dashboard sociaal domein bouwen'],
    ['power', 'Dashboard sociaal domein bouwen'],
    ['Cartografie', 'Wijkvisie op een kaart zetten'],
    ['Notuleren', 'Verslag van de energieavonden'],
    ['Dordrecht', 'Wijkvisie op een kaart zetten'],
    ['Sliedrecht', 'Verslag van de energieavonden'],
  ])('finds a skill, organisation or place shown on the card: "%s" finds "%s"', async (q, title) => {
    expect(await search(q)).toEqual([title]);
  });

  it.each([
    ['B1-niveau', 'Teksten van de website herschrijven op B1-niveau'],
    ['b1 niveau', 'Teksten van de website herschrijven op B1-niveau'],
    ['niveau', 'Teksten van de website herschrijven op B1-niveau'],
    ['website B1-niveau', 'Teksten van de website herschrijven op B1-niveau'],
    ['café-avond', 'Eén café-avond over samenwerken organiseren'],
    ['cafe-avond', 'Eén café-avond over samenwerken organiseren'],
    ['avond', 'Eén café-avond over samenwerken organiseren'],
    ['café', 'Eén café-avond over samenwerken organiseren'],
  ])('finds a hyphenated word whole and by its parts: "%s" finds "%s"', async (q, title) => {
    expect(await search(q)).toContain(title);
  });

  describe('labels and names that change', () => {
    it('finds a synonym and an English label of a skill, also one added later', async () => {
      expect(await search('kaarten maken')).toEqual([]);
      const [{ skill_id: skill }] = await t.db.query<{ skill_id: string }[]>(
        `SELECT skill_id FROM skill_labels WHERE normalised = 'cartografie'`,
      );
      await t.db.query(
        `INSERT INTO skill_labels (skill_id, lang, label, kind)
         VALUES ($1, 'nl', 'Kaarten maken', 'alt'), ($1, 'en', 'Cartography', 'preferred')`,
        [skill],
      );
      expect(await search('kaarten maken')).toEqual(['Wijkvisie op een kaart zetten']);
      expect(await search('Cartography')).toEqual(['Wijkvisie op een kaart zetten']);
      await t.db.query(`DELETE FROM skill_labels WHERE skill_id = $1 AND kind = 'alt'`, [skill]);
      expect(await search('kaarten maken')).toEqual([]);
    });

    it("follows a change of the klus's skills and of the organisation's name", async () => {
      const changed = await dordrechtManager.patch(`/api/v1/tasks/${id['kaart']}`, {
        requiredSkills: ['Luchtfotografie'],
        niceToHaveSkills: [],
      });
      expect(changed.status).toBe(200);
      expect(await search('Luchtfotografie')).toEqual(['Wijkvisie op een kaart zetten']);
      expect(await search('Cartografie')).toEqual([]);

      await t.db.query(`UPDATE organisations SET name = 'Gemeente Drechtstad' WHERE id = $1`, [dordrecht.id]);
      expect(await search('Drechtstad')).toEqual(['Wijkvisie op een kaart zetten']);
      expect(await search('Dordrecht')).toEqual([]);
    });
  });

  describe('relevance', () => {
    // Posted so that "newest first" is the reverse of the expected relevance.
    const titleHit = 'Zwaluwstaart tellen';
    const skillHit = 'Nesten tellen met vaardigheid';
    const organisationHit = 'Nesten tellen bij de stichting';
    const descriptionHit = 'Nesten tellen in de beschrijving';

    beforeAll(async () => {
      const plain = { requiredSkills: [], niceToHaveSkills: [], description: 'Vogels tellen.' };
      await post(ossManager, { ...plain, title: titleHit });
      await post(ossManager, { ...plain, title: skillHit, requiredSkills: ['Zwaluwstaarten herkennen'] });
      await post(zwaluwManager, { ...plain, title: organisationHit });
      await post(ossManager, { ...plain, title: descriptionHit, description: 'Ook de zwaluwstaart.' });
    });

    it('ranks a title hit above a skill, a skill above the organisation, that above the description', async () => {
      expect(await search('zwaluwstaart')).toEqual([titleHit, skillHit, organisationHit, descriptionHit]);
      expect(await search('zwaluwstaart', '&sort=relevance')).toEqual([
        titleHit,
        skillHit,
        organisationHit,
        descriptionHit,
      ]);
    });

    it('still honours a sort that is asked for', async () => {
      expect(await search('zwaluwstaart', '&sort=newest')).toEqual([
        descriptionHit,
        organisationHit,
        skillHit,
        titleHit,
      ]);
    });
  });
});

import { join } from 'node:path';
import { createReadStream } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SkillImportService } from '../../src/skills/skill-import.service.js';
import { seedDemoData } from '../../src/seed/demo-seed.js';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/esco');
const GIS_URI = 'http://data.europa.eu/esco/skill/4f7e1c0a-1b2c-4d3e-8f40-000000000001';

interface Hit {
  id: string;
  label: string;
  labelNl: string;
  altLabels: string[];
  escoUri: string | null;
  matchedLabel: string | null;
}
interface Problem {
  code: string;
  invalidParams?: { name: string; reason: string }[];
}
interface Task {
  id: string;
  skills: { id: string; label: string; required: boolean }[];
}
interface Dossier {
  id: string;
  skills: { id: string; label: string }[];
}

/**
 * The skill picker's API: the search names the synonym that matched, klussen and dossiers take skills
 * by id, and an ESCO import after the demo seed joins the demo's skills instead of doubling them.
 */
describe('skill picker and the demo taxonomy', () => {
  let t: TestApp;
  let manager: HttpClient;
  let otherManager: HttpClient;
  let partnershipId: string;

  const importFile = async (name: string, lang: 'nl' | 'en') => {
    const source = createReadStream(join(FIXTURES, name));
    try {
      return await t.app.get(SkillImportService).importEsco(source, lang);
    } finally {
      source.destroy();
    }
  };
  const search = async (q: string, lang: 'nl' | 'en' = 'nl') => {
    const response = await manager.get<{ items: Hit[]; total: number }>(
      `/api/v1/skills?q=${encodeURIComponent(q)}&lang=${lang}`,
    );
    expect(response.status, response.text).toBe(200);
    return response.body.items;
  };
  const skillId = async (label: string) => {
    const [row] = await t.db.query<{ id: string }[]>(
      `SELECT s.id FROM skills s JOIN skill_labels l ON l.skill_id = s.id
        WHERE l.normalised = kb_normalise_label($1) AND s.status = 'accepted' AND s.merged_into IS NULL`,
      [label],
    );
    if (!row) throw new Error(`no skill ${label}`);
    return row.id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    expect(await seedDemoData(t.db)).toBe(true);
    const org = await createOrganisation(t.db);
    const other = await createOrganisation(t.db);
    partnershipId = (await createPartnership(t.db, [org.id, other.id])).id;
    manager = await loginAs(t.http, await createUser(t.db, org.id, ['manager']));
    otherManager = await loginAs(t.http, await createUser(t.db, other.id, ['manager']));
  });
  afterAll(() => t.close());

  describe('importing ESCO after the demo seed', () => {
    let gisBefore: string;
    let tasksOnGis: number;

    beforeAll(async () => {
      gisBefore = await skillId('GIS');
      [{ tasksOnGis }] = await t.db.query<[{ tasksOnGis: number }]>(
        `SELECT count(*)::int AS "tasksOnGis" FROM task_skills WHERE skill_id = $1`,
        [gisBefore],
      );
      expect((await importFile('skills_nl.csv', 'nl')).errorCount).toBe(0);
      expect((await importFile('skills_en.csv', 'en')).errorCount).toBe(0);
    });

    it('leaves no two live skills with the same label (normalised, either language)', async () => {
      const shared = await t.db.query<{ normalised: string; skills: string[] }[]>(
        `SELECT l.normalised, array_agg(DISTINCT s.label_nl) AS skills
           FROM skill_labels l JOIN skills s ON s.id = l.skill_id
          WHERE s.active AND s.merged_into IS NULL AND s.status = 'accepted' AND l.kind <> 'hidden'
          GROUP BY l.normalised HAVING count(DISTINCT s.id) > 1`,
      );
      expect(shared).toEqual([]);
    });

    it("joins the demo's GIS to the ESCO concept: its URI and labels, its klussen kept", async () => {
      expect(await skillId('geografische informatiesystemen')).toBe(gisBefore);
      const [skill] = await t.db.query<{ escoUri: string; labelNl: string; labelEn: string }[]>(
        `SELECT esco_uri AS "escoUri", label_nl AS "labelNl", label_en AS "labelEn" FROM skills WHERE id = $1`,
        [gisBefore],
      );
      expect(skill).toEqual({
        escoUri: GIS_URI,
        labelNl: 'geografische informatiesystemen',
        labelEn: 'geographic information systems',
      });
      const [{ count }] = await t.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM task_skills WHERE skill_id = $1`,
        [gisBefore],
      );
      expect(count).toBe(tasksOnGis);
      expect(tasksOnGis).toBeGreaterThan(0);
    });

    it('joins a concept whose synonym is a demo synonym (aanbesteden → Inkoop), and keeps concepts new to the demo apart', async () => {
      const inkoop = await skillId('Inkoop');
      expect(await skillId('aanbestedingsprocedures')).toBe(inkoop);
      expect(await skillId('vergunningen verlenen')).not.toBe(await skillId('Omgevingsrecht'));
    });

    it('a second import of both files changes nothing', async () => {
      const nl = await importFile('skills_nl.csv', 'nl');
      const en = await importFile('skills_en.csv', 'en');
      expect([nl.inserted, nl.updated, en.inserted, en.updated]).toEqual([0, 0, 0, 0]);
    });
  });

  describe('searching', () => {
    it('finds a skill by a synonym and says which one matched, showing the preferred label', async () => {
      const [hit] = await search('gis');
      expect(hit).toMatchObject({ label: 'geografische informatiesystemen', matchedLabel: 'GIS' });
    });

    it('finds by an English label in Dutch, and shows the English label in English', async () => {
      const [nl] = await search('geographic information');
      expect(nl).toMatchObject({
        label: 'geografische informatiesystemen',
        matchedLabel: 'geographic information systems',
      });
      const [en] = await search('gis', 'en');
      expect(en).toMatchObject({ label: 'geographic information systems', matchedLabel: 'GIS' });
    });

    it('has no matchedLabel when the label itself matched, nor without q', async () => {
      const [hit] = await search('geografische info');
      expect(hit).toMatchObject({ label: 'geografische informatiesystemen', matchedLabel: null });
      const all = await manager.get<{ items: Hit[] }>('/api/v1/skills');
      expect(all.body.items.every((item) => item.matchedLabel === null)).toBe(true);
    });

    it('ignores case and accents ("coordineren" finds "coördineren van evenementen")', async () => {
      const hits = await search('COORDINEREN');
      expect(hits.map((h) => h.label)).toContain('coördineren van evenementen');
    });
  });

  describe('klussen and dossiers take chosen skills by id', () => {
    it('a klus with requiredSkillIds and niceToHaveSkillIds, beside a free name that becomes a proposal', async () => {
      const gis = await skillId('GIS');
      const excel = await skillId('Excel');
      const response = await manager.post<Task>(
        '/api/v1/tasks',
        taskBody({
          requiredSkills: ['rapporteren'],
          requiredSkillIds: [gis],
          niceToHaveSkills: [],
          niceToHaveSkillIds: [excel, gis],
        }),
      );
      expect(response.status, response.text).toBe(201);
      const skills = response.body.skills.map((s) => ({ id: s.id, required: s.required }));
      expect(skills).toEqual(
        expect.arrayContaining([
          { id: gis, required: true },
          { id: excel, required: false },
        ]),
      );
      expect(response.body.skills).toHaveLength(3);
      const proposal = response.body.skills.find((s) => s.label === 'rapporteren');
      const [row] = await t.db.query<{ status: string }[]>(`SELECT status FROM skills WHERE id = $1`, [
        proposal?.id,
      ]);
      expect(row.status).toBe('proposed');

      // An edit that names only the nice-to-have list by id keeps the required list.
      const edit = await manager.patch<Task>(`/api/v1/tasks/${response.body.id}`, {
        niceToHaveSkillIds: [],
      });
      expect(edit.status, edit.text).toBe(200);
      expect(edit.body.skills.map((s) => s.id).sort()).toEqual([gis, proposal?.id].sort());
    });

    it("refuses unknown ids and another organisation's private name, with the other field errors", async () => {
      const proposal = await otherManager.post<Task>(
        '/api/v1/tasks',
        taskBody({ requiredSkills: ['kroketten bakken'] }),
      );
      expect(proposal.status, proposal.text).toBe(201);
      const privateId = proposal.body.skills[0].id;
      const unknown = await manager.post<Problem>(
        '/api/v1/tasks',
        taskBody({
          visibility: 'partnership',
          partnershipId: '00000000-0000-4000-8000-00000000000f',
          requiredSkillIds: ['00000000-0000-4000-8000-000000000000', privateId],
        }),
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.invalidParams?.map((p) => p.name).sort()).toEqual([
        'partnershipId',
        'requiredSkillIds[0]',
        'requiredSkillIds[1]',
      ]);
      // The organisation's own proposal may be chosen again by id.
      const own = await otherManager.post<Task>('/api/v1/tasks', taskBody({ requiredSkillIds: [privateId] }));
      expect(own.status, own.text).toBe(201);
    });

    it('a dossier with skillIds and a free name; an edit with skillIds replaces the list', async () => {
      const gis = await skillId('GIS');
      const created = await manager.post<Dossier>('/api/v1/dossiers', {
        title: 'Eén kaart voor de regio',
        goal: 'Alle gemeenten delen één kaart van het openbaar groen.',
        partnershipId,
        startDate: '2026-12-01',
        skills: ['kaartlagen ontwerpen'],
        skillIds: [gis],
      });
      expect(created.status, created.text).toBe(201);
      expect(created.body.skills.map((s) => s.label).sort()).toEqual([
        'geografische informatiesystemen',
        'kaartlagen ontwerpen',
      ]);
      const excel = await skillId('Excel');
      const edited = await manager.patch<Dossier>(`/api/v1/dossiers/${created.body.id}`, {
        skillIds: [excel],
      });
      expect(edited.status, edited.text).toBe(200);
      expect(edited.body.skills.map((s) => s.id)).toEqual([excel]);
      const refused = await manager.patch<Problem>(`/api/v1/dossiers/${created.body.id}`, {
        skillIds: ['00000000-0000-4000-8000-000000000000'],
      });
      expect(refused.status).toBe(400);
      expect(refused.body.invalidParams?.map((p) => p.name)).toEqual(['skillIds[0]']);
    });
  });
});

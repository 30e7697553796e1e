import { randomBytes } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { normaliseLabel, NOT_ESCO_MESSAGE } from '@klussenbank/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skillImportCommand } from '../../src/skills/skill-import.command.js';
import {
  type ImportReport,
  NotEscoFileError,
  SkillImportRunningError,
  SkillImportService,
} from '../../src/skills/skill-import.service.js';
import { SkillsService } from '../../src/skills/skills.service.js';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/esco');
const fixture = (name: string) => join(FIXTURES, name);
const ESCO = 'http://data.europa.eu/esco/skill/4f7e1c0a-1b2c-4d3e-8f40-0000000000';

interface Skill {
  id: string;
  label: string;
  labelNl: string;
  labelEn: string | null;
  altLabels: string[];
  escoUri: string | null;
  category: string | null;
  verified: boolean;
  active?: boolean;
  mergedInto?: string | null;
}
interface SkillPage {
  items: Skill[];
  total: number;
  page: number;
  pageSize: number;
}
interface Problem {
  code: string;
  detail: string;
  invalidParams?: { name: string; reason: string }[];
  [key: string]: unknown;
}

describe('skills', () => {
  let t: TestApp;
  let importer: SkillImportService;
  let skills: SkillsService;
  let platformAdminUser: TestUser;
  let platformAdmin: HttpClient;
  let orgAdmin: HttpClient;
  let employee: HttpClient;
  let orgAdminToken: string;
  let platformAdminToken: string;

  const importFrom = async (source: Readable, lang: 'nl' | 'en') => {
    try {
      return await importer.importEsco(source, lang);
    } finally {
      source.destroy(); // the importer never closes what it reads
    }
  };
  const importFile = (name: string, lang: 'nl' | 'en') => importFrom(createReadStream(fixture(name)), lang);

  /** Every column of both tables, so "changes nothing" includes updated_at. */
  const snapshot = () =>
    t.db.query<Record<string, unknown>[]>(`
      SELECT s.*, (SELECT json_agg(l ORDER BY l.lang, l.normalised) FROM skill_labels l WHERE l.skill_id = s.id) AS labels
        FROM skills s ORDER BY s.esco_uri, s.id`);

  const skillByUri = async (suffix: string) => {
    const [row] = await t.db.query<{ id: string }[]>(`SELECT id FROM skills WHERE esco_uri = $1`, [
      `${ESCO}${suffix}`,
    ]);
    if (!row) throw new Error(`no skill ${suffix}`);
    return row.id;
  };

  const tokenOf = async (user: TestUser) => {
    const response = await t.http.post<{ token: string }>('/api/v1/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    return response.body.token;
  };

  const upload = async (token: string | undefined, parts: { lang?: string; file?: [string, Buffer] }) => {
    const form = new FormData();
    if (parts.lang !== undefined) form.append('lang', parts.lang);
    if (parts.file) form.append('file', new Blob([new Uint8Array(parts.file[1])]), parts.file[0]);
    const response = await t.http
      .withToken(token)
      .post<ImportReport & Problem>('/api/v1/skill-imports', form);
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: response.body,
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    importer = t.app.get(SkillImportService);
    skills = t.app.get(SkillsService);
    const org = await createOrganisation(t.db);
    platformAdminUser = await createUser(t.db, org.id, ['platform-admin']);
    const orgAdminUser = await createUser(t.db, org.id, ['org-admin']);
    platformAdmin = await loginAs(t.http, platformAdminUser);
    orgAdmin = await loginAs(t.http, orgAdminUser);
    employee = await loginAs(t.http, await createUser(t.db, org.id, ['employee']));
    platformAdminToken = await tokenOf(platformAdminUser);
    orgAdminToken = await tokenOf(orgAdminUser);
  });
  afterAll(() => t.close());

  describe('normalising labels', () => {
    it('gives in TypeScript what kb_normalise_label (lower(unaccent())) gives in PostgreSQL', async () => {
      const dutch = fc.string({ unit: fc.constantFrom(...'aAeEéÉëËèïÏöÖüÜçÇ ĳĲ-’‘“”–—…æßø\t'.split('')) });
      const samples = [
        'Coördinatie',
        'CAFÉ-eigenaar',
        'Financiële rapportages',
        'reünie  organiseren',
        ' privé ',
        'Ĳsselmonde',
        'Zeeuws-Vlaanderen',
        "'s-Hertogenbosch",
        'naïef – “quotes” … 50%',
        ...fc.sample(dutch, 300),
      ];
      const rows = await t.db.query<{ label: string; normalised: string }[]>(
        `SELECT label, kb_normalise_label(label) AS normalised FROM unnest($1::text[]) AS label`,
        [samples],
      );
      for (const row of rows)
        expect(row.normalised, JSON.stringify(row.label)).toBe(normaliseLabel(row.label));
    });
  });

  describe('ESCO import', () => {
    it('imports the fixture: every concept with its labels, categories and descriptions', async () => {
      const report = await importFile('skills_nl.csv', 'nl');
      const [{ labels }] = await t.db.query<[{ labels: number }]>(
        `SELECT count(*)::int AS labels FROM skill_labels`,
      );
      expect(report).toEqual({
        lang: 'nl',
        rows: 15,
        inserted: 15,
        updated: 0,
        unchanged: 0,
        labelsAdded: labels,
        errorCount: 0,
        errors: [],
      });
      expect(labels).toBe(15 + 42 + 3); // preferred, alternative and hidden labels in the file
      const [projects] = await t.db.query<Record<string, unknown>[]>(
        `SELECT s.label_nl, s.category, s.verified, s.active, s.created_by,
                array_agg(l.label ORDER BY l.kind, l.label) FILTER (WHERE l.kind = 'alt') AS alt,
                array_agg(l.label) FILTER (WHERE l.kind = 'hidden') AS hidden
           FROM skills s JOIN skill_labels l ON l.skill_id = s.id WHERE s.esco_uri = $1 GROUP BY s.id`,
        [`${ESCO}02`],
      );
      expect(projects).toEqual({
        label_nl: 'projecten leiden',
        category: 'skill/competence',
        verified: true,
        active: true,
        created_by: null,
        alt: ['projecten managen', 'projectleiding', 'projectmanagement'],
        hidden: ['projekten leiden'],
      });
      const [archives] = await t.db.query<[{ description: string }]>(
        `SELECT description FROM skills WHERE esco_uri = $1`,
        [`${ESCO}04`],
      );
      expect(archives.description).toMatch(/^Archieven ordenen/);
      // Multi-line cells (LF or CRLF inside the quotes) become separate labels without line ends.
      expect(
        await t.db.query(`SELECT label FROM skill_labels WHERE label ~ '[\\r\\n]' OR label <> btrim(label)`),
      ).toEqual([]);
    });

    it('changes nothing when the same file is imported again', async () => {
      const before = await snapshot();
      const report = await importFile('skills_nl.csv', 'nl');
      expect(report).toMatchObject({ rows: 15, inserted: 0, updated: 0, unchanged: 15, labelsAdded: 0 });
      expect(await snapshot()).toEqual(before);
    });

    it('adds the English labels to the same concepts, and creates a concept only the English file has', async () => {
      const gis = await skillByUri('01');
      const report = await importFile('skills_en.csv', 'en');
      expect(report).toMatchObject({ rows: 16, inserted: 1, updated: 15, unchanged: 0, errorCount: 0 });
      expect(report.labelsAdded).toBeGreaterThan(16);
      const [row] = await t.db.query<Record<string, unknown>[]>(
        `SELECT id, label_nl, label_en,
                array_agg(l.label ORDER BY l.normalised) FILTER (WHERE l.lang = 'en') AS english
           FROM skills s JOIN skill_labels l ON l.skill_id = s.id WHERE s.esco_uri = $1 GROUP BY s.id`,
        [`${ESCO}01`],
      );
      expect(row).toEqual({
        id: gis,
        label_nl: 'geografische informatiesystemen',
        label_en: 'geographic information systems',
        english: ['geographic information systems', 'geographical information systems', 'GIS'],
      });
      const [spreadsheets] = await t.db.query<Record<string, unknown>[]>(
        `SELECT label_nl, label_en, verified FROM skills WHERE esco_uri = $1`,
        [`${ESCO}16`],
      );
      expect(spreadsheets).toEqual({
        label_nl: 'use spreadsheet software',
        label_en: 'use spreadsheet software',
        verified: true,
      });

      const before = await snapshot();
      expect(await importFile('skills_en.csv', 'en')).toMatchObject({
        inserted: 0,
        updated: 0,
        unchanged: 16,
      });
      expect(await importFile('skills_nl.csv', 'nl')).toMatchObject({
        inserted: 0,
        updated: 0,
        unchanged: 15,
      });
      expect(await snapshot()).toEqual(before);
    });

    it('imports the good rows of a broken file and reports each bad one by the line it starts on', async () => {
      await t.db.query(`DELETE FROM skills`);
      const report = await importFile('skills_nl_broken.csv', 'nl');
      expect(report).toMatchObject({ rows: 9, inserted: 4, updated: 0, unchanged: 0, errorCount: 5 });
      expect(report.errors).toEqual([
        { line: 5, reason: 'conceptUri ontbreekt.' },
        { line: 9, reason: 'preferredLabel is leeg.' },
        {
          line: 10,
          reason: expect.stringMatching(/^conceptUri "esco-vaardigheid notuleren" is geen geldige URI/),
        },
        { line: 15, reason: 'Deze regel heeft 5 kolommen; de kopregel heeft er 13.' },
        { line: 16, reason: `conceptUri ${ESCO}01 staat ook al op regel 2.` },
      ]);
      const labels = await t.db.query<{ label_nl: string }[]>(
        `SELECT label_nl FROM skills ORDER BY esco_uri`,
      );
      expect(labels.map((s) => s.label_nl)).toEqual([
        'geografische informatiesystemen',
        'projecten leiden',
        'beleidsadvies geven',
        'archieven beheren',
      ]);
      // Back to the full fixture for what follows.
      await importFile('skills_nl.csv', 'nl');
      await importFile('skills_en.csv', 'en');
    });

    it('refuses a file that is not ESCO CSV with one clear message, writing nothing', async () => {
      const before = await snapshot();
      const sources: [string, () => Readable][] = [
        ['PNG image', () => createReadStream(fixture('not-a-csv.png'))],
        ['CSV of something else', () => createReadStream(fixture('not-esco.csv'))],
        ['random bytes', () => Readable.from([randomBytes(300_000)])],
        ['an empty file', () => Readable.from([Buffer.alloc(0)])],
        [
          'an unclosed quote',
          () => Readable.from([Buffer.from('"conceptUri,preferredLabel\n' + 'x'.repeat(2_000_000))]),
        ],
      ];
      for (const [what, source] of sources) {
        await expect(importFrom(source(), 'nl'), what).rejects.toThrow(NotEscoFileError);
        await expect(importFrom(source(), 'nl'), what).rejects.toThrow(NOT_ESCO_MESSAGE);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('reports an over-long line as a bad line and reads the next line normally', async () => {
      const header =
        'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description';
      const row = (n: string, label: string, description: string) =>
        `KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/lange-regel-${n},skill/competence,cross-sector,${label},,,released,,,,,${description}`;
      const csv = [
        header,
        row('1', 'voor de lange regel', 'kort'),
        row('2', 'te lange regel', 'x'.repeat(2_000_000)),
        row('3', 'na de lange regel', 'kort'),
        row('4', 'lang met aanhalingsteken', `"${'y'.repeat(1_500_000)}`),
        row('5', 'na het open aanhalingsteken', 'kort'),
      ].join('\r\n');
      const report = await importFrom(Readable.from([Buffer.from(csv)]), 'nl');
      expect(report).toMatchObject({ rows: 5, inserted: 3, errorCount: 2 });
      expect(report.errors).toEqual([
        { line: 3, reason: expect.stringMatching(/te lang|langer dan/) },
        { line: 5, reason: expect.stringMatching(/te lang|langer dan/) },
      ]);
      const imported = await t.db.query<{ label_nl: string }[]>(
        `SELECT label_nl FROM skills WHERE esco_uri LIKE '%lange-regel-%' ORDER BY esco_uri`,
      );
      expect(imported.map((r) => r.label_nl)).toEqual([
        'voor de lange regel',
        'na de lange regel',
        'na het open aanhalingsteken',
      ]);
      await t.db.query(`DELETE FROM skills WHERE esco_uri LIKE '%lange-regel-%'`);
    });

    it('runs one import at a time', async () => {
      const slow = new PassThrough();
      slow.write(readFileSync(fixture('skills_nl.csv')).subarray(0, 300));
      const first = importer.importEsco(slow, 'nl');
      await expect.poll(() => advisoryLocks(t), { timeout: 5000 }).toBe(1);
      await expect(importFile('skills_nl.csv', 'nl')).rejects.toThrow(SkillImportRunningError);
      slow.end();
      await expect(first).resolves.toMatchObject({ errorCount: 1 }); // the record cut off after 300 bytes
      expect(await advisoryLocks(t)).toBe(0);
    });
  });

  describe('skills:import command', () => {
    const run = async (args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await skillImportCommand(
        t.db,
        args,
        { out: (l) => out.push(l), err: (l) => err.push(l) },
        FIXTURES,
      );
      return { code, out, err };
    };

    it('prints a summary and the bad lines', async () => {
      const good = await run(['skills_nl.csv', '--lang', 'nl']);
      expect(good.code).toBe(0);
      expect(good.out).toEqual([
        'ESCO-import (nl) van skills_nl.csv: 15 regels; 0 nieuw, 0 bijgewerkt, 15 ongewijzigd; 0 labels toegevoegd; 0 foute regels.',
      ]);
      const broken = await run(['--lang=nl', join(FIXTURES, 'skills_nl_broken.csv')]);
      expect(broken.code).toBe(0);
      expect(broken.out[0]).toMatch(/9 regels; .*5 foute regels\.$/);
      expect(broken.out.slice(1, 3)).toEqual([
        '  regel 5: conceptUri ontbreekt.',
        '  regel 9: preferredLabel is leeg.',
      ]);
    });

    it('refuses a non-CSV file with one line and exit code 1; wrong usage is exit code 2', async () => {
      expect(await run(['not-a-csv.png', '--lang', 'nl'])).toEqual({
        code: 1,
        out: [],
        err: [`not-a-csv.png: ${NOT_ESCO_MESSAGE}`],
      });
      expect((await run(['bestaat-niet.csv', '--lang', 'nl'])).code).toBe(1);
      expect((await run(['skills_nl.csv'])).code).toBe(2);
      expect((await run(['skills_nl.csv', '--lang', 'de'])).code).toBe(2);
    });
  });

  describe('POST /skill-imports', () => {
    const nl = () => readFileSync(fixture('skills_nl.csv'));

    it('imports an uploaded file for a platform admin and returns the report', async () => {
      const response = await upload(platformAdminToken, { lang: 'nl', file: ['skills_nl.csv', nl()] });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ lang: 'nl', rows: 15, unchanged: 15, errorCount: 0 });
      const broken = await upload(platformAdminToken, {
        lang: 'nl',
        file: ['skills_nl_broken.csv', readFileSync(fixture('skills_nl_broken.csv'))],
      });
      expect(broken.status).toBe(200);
      expect(broken.body.errors.map((e) => e.line)).toEqual([5, 9, 10, 15, 16]);
    });

    it('refuses a file that is not ESCO CSV with a 400 problem, also a large one', async () => {
      for (const file of [readFileSync(fixture('not-a-csv.png')), randomBytes(5 * 1024 * 1024)]) {
        const response = await upload(platformAdminToken, { lang: 'nl', file: ['upload.csv', file] });
        expect(response.status).toBe(400);
        expect(response.contentType).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({ code: 'not-esco-csv', detail: NOT_ESCO_MESSAGE });
      }
      // The connection is still good for the next request.
      expect((await upload(platformAdminToken, { lang: 'nl', file: ['skills_nl.csv', nl()] })).status).toBe(
        200,
      );
    });

    it('refuses what is not a multipart upload with a language first', async () => {
      const json = await platformAdmin.post<Problem>('/api/v1/skill-imports', { lang: 'nl' });
      expect(json.status).toBe(400);
      expect(json.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(json.body.invalidParams?.map((p) => p.name)).toEqual(['file']);
      const noLang = await upload(platformAdminToken, { file: ['skills_nl.csv', nl()] });
      expect(noLang.status).toBe(400);
      expect(noLang.body.invalidParams?.map((p) => p.name)).toEqual(['lang']);
      const noFile = await upload(platformAdminToken, { lang: 'nl' });
      expect(noFile.status).toBe(400);
      expect(noFile.body.invalidParams?.map((p) => p.name)).toEqual(['file']);
    });

    it('is for platform admins only', async () => {
      const forbidden = await upload(orgAdminToken, { lang: 'nl', file: ['skills_nl.csv', nl()] });
      expect(forbidden.status).toBe(403);
      expect(forbidden.contentType).toMatch(/^application\/problem\+json/);
      expect((await upload(undefined, { lang: 'nl', file: ['skills_nl.csv', nl()] })).status).toBe(401);
    });
  });

  const search = (client: HttpClient, query: string) => client.get<SkillPage>(`/api/v1/skills?${query}`);
  const labels = (page: { body: SkillPage }) => page.body.items.map((s) => s.label);

  describe('GET /skills', () => {
    it('finds skills by the start of a word, without accents, through synonyms', async () => {
      expect(labels(await search(employee, 'q=coordineren'))).toEqual(['coördineren van evenementen']);
      expect(labels(await search(employee, 'q=GIS'))).toEqual(['geografische informatiesystemen']);
      expect(labels(await search(employee, 'q=archief'))).toEqual(['archieven beheren']);
      expect(labels(await search(employee, 'q=Financiele%20rapp'))).toEqual([
        'financiële rapportages opstellen',
      ]);
      expect(labels(await search(employee, 'q=formatie'))).toEqual([]); // inside a word is not a word start
      const projects = await search(employee, 'q=projectman');
      expect(projects.status).toBe(200);
      expect(projects.body).toMatchObject({ page: 1, pageSize: 20, total: 1 });
      expect(projects.body.items[0]).toEqual({
        id: await skillByUri('02'),
        label: 'projecten leiden',
        labelNl: 'projecten leiden',
        labelEn: 'manage projects',
        altLabels: ['projecten managen', 'projectleiding', 'projectmanagement'],
        escoUri: `${ESCO}02`,
        category: 'skill/competence',
        verified: true,
        status: 'accepted',
        matchedLabel: 'projectmanagement', // the synonym that was typed
      });
    });

    it('answers in English when asked, and finds English labels', async () => {
      const page = await search(employee, 'q=manage%20arch&lang=en');
      expect(page.body.items).toHaveLength(1);
      expect(page.body.items[0]).toMatchObject({
        label: 'manage archives',
        labelNl: 'archieven beheren',
        altLabels: ['archive management', 'archiving'],
      });
      expect(labels(await search(employee, 'q=privacy&lang=nl'))).toEqual(['privacywetgeving']);
    });

    it('puts whole and starting matches first, and pages', async () => {
      const all = await search(employee, 'pageSize=5&page=2');
      expect(all.body).toMatchObject({ page: 2, pageSize: 5, total: 16 });
      expect(all.body.items).toHaveLength(5);
      const past = await search(employee, 'pageSize=5&page=9');
      expect(past.body).toMatchObject({ items: [], total: 16 });
      expect(labels(await search(employee, 'q=data'))).toEqual(['data analyseren', 'privacywetgeving']);
    });

    it('needs a signed-in user and valid parameters', async () => {
      expect((await t.http.get('/api/v1/skills?q=gis')).status).toBe(401);
      const bad = await employee.get<Problem>('/api/v1/skills?lang=de&pageSize=1000');
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams?.map((p) => p.name).sort()).toEqual(['lang', 'pageSize']);
    });

    it('shows one skill, and 404 for an unknown one', async () => {
      const id = await skillByUri('04');
      const one = await employee.get<Skill & { description: string }>(`/api/v1/skills/${id}?lang=en`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ id, label: 'manage archives', active: true, mergedInto: null });
      expect(one.body.description).toMatch(/^Archieven ordenen/);
      expect((await employee.get('/api/v1/skills/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await employee.get('/api/v1/skills/geen-id')).status).toBe(404);
    });
  });

  describe('POST /skills', () => {
    it('takes a proposal from an org-admin (unverified) and an addition from a platform admin (verified)', async () => {
      const proposed = await orgAdmin.post<Skill>('/api/v1/skills', {
        labelNl: '  Wijkgericht   werken ',
        altLabels: ['wijkaanpak', 'Wijkaanpak', 'gebiedsgericht werken'],
        category: 'skill/competence',
      });
      expect(proposed.status).toBe(201);
      expect(proposed.body).toMatchObject({
        label: 'Wijkgericht werken',
        labelEn: null,
        altLabels: ['gebiedsgericht werken', 'wijkaanpak'],
        escoUri: null,
        verified: false,
        status: 'accepted', // the org-admin's proposal route: shared at once, unverified until a platform admin looks
        active: true,
      });
      const added = await platformAdmin.post<Skill>('/api/v1/skills', {
        labelNl: 'Omgevingswet toepassen',
        labelEn: 'Apply the Environment and Planning Act',
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ verified: true, labelEn: 'Apply the Environment and Planning Act' });
      expect(labels(await employee.get<SkillPage>('/api/v1/skills?q=gebiedsgericht'))).toEqual([
        'Wijkgericht werken',
      ]);
    });

    it('refuses a name a live skill already has, naming that skill', async () => {
      const gis = await orgAdmin.post<Problem>('/api/v1/skills', { labelNl: 'gis' });
      expect(gis.status).toBe(409);
      expect(gis.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(gis.body).toMatchObject({
        code: 'skill-exists',
        existingSkillId: await skillByUri('01'),
        existingLabel: 'geografische informatiesystemen',
      });
      expect(gis.body.detail).toContain('geografische informatiesystemen');
      const accents = await orgAdmin.post<Problem>('/api/v1/skills', {
        labelNl: 'Nieuw',
        altLabels: ['Coordineren van Evenementen'],
      });
      expect(accents.status).toBe(409);
    });

    it('lists every field error at once, and is refused to employees', async () => {
      const bad = await orgAdmin.post<Problem>('/api/v1/skills', {
        labelNl: '',
        labelEn: 'x'.repeat(121),
        altLabels: 'geen lijst',
        category: 5,
        extra: true,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams?.map((p) => p.name).sort()).toEqual([
        'altLabels',
        'category',
        'extra',
        'labelEn',
        'labelNl',
      ]);
      expect(bad.body.invalidParams?.every((p) => p.reason.length > 0)).toBe(true);
      expect((await employee.post('/api/v1/skills', { labelNl: 'Iets' })).status).toBe(403);
      expect((await t.http.post('/api/v1/skills', { labelNl: 'Iets' })).status).toBe(401);
    });
  });

  describe('POST /skills/{id}/merges', () => {
    let duplicate: Skill;
    let gis: string;

    beforeAll(async () => {
      gis = await skillByUri('01');
      duplicate = (
        await orgAdmin.post<Skill>('/api/v1/skills', {
          labelNl: 'Kaarten maken met GIS',
          labelEn: 'GIS mapping',
        })
      ).body;
    });

    it('merges a duplicate into the skill that stays: labels become synonyms, the duplicate is switched off', async () => {
      const merged = await platformAdmin.post<{
        target: Skill;
        labelsMoved: number;
        referencesMoved: Record<string, number>;
      }>(`/api/v1/skills/${duplicate.id}/merges`, { targetId: gis });
      expect(merged.status).toBe(200);
      expect(merged.body.labelsMoved).toBe(2);
      expect(merged.body.target.id).toBe(gis);
      expect(merged.body.target.altLabels).toContain('Kaarten maken met GIS');
      // Every table with a foreign key to skills is re-pointed (skill_labels and skills.merged_into are
      // the merge itself), the ones added later included.
      const referencing = await t.db.query<{ table: string }[]>(
        `SELECT DISTINCT c.conrelid::regclass::text AS "table" FROM pg_constraint c
          WHERE c.contype = 'f' AND c.confrelid = 'skills'::regclass
            AND c.conrelid NOT IN ('skills'::regclass, 'skill_labels'::regclass)`,
      );
      expect(referencing.map((r) => r.table)).toEqual(
        expect.arrayContaining(['dossier_skills', 'learning_goals', 'task_skills', 'user_skills']),
      );
      expect(Object.keys(merged.body.referencesMoved).sort()).toEqual(referencing.map((r) => r.table).sort());

      const labelsOf = await t.db.query<{ skill_id: string; lang: string; kind: string }[]>(
        `SELECT skill_id, lang, kind FROM skill_labels WHERE label IN ('Kaarten maken met GIS', 'GIS mapping') ORDER BY lang`,
      );
      expect(labelsOf).toEqual([
        { skill_id: gis, lang: 'en', kind: 'alt' },
        { skill_id: gis, lang: 'nl', kind: 'alt' },
      ]);
      const source = await employee.get<Skill>(`/api/v1/skills/${duplicate.id}`);
      expect(source.body).toMatchObject({ active: false, mergedInto: gis });
      const found = await employee.get<SkillPage>('/api/v1/skills?q=kaarten');
      expect(found.body.items.map((s) => s.id)).toEqual([gis]);
    });

    it('refuses merging into itself, a merged skill again, or into a merged skill', async () => {
      const other = (await platformAdmin.post<Skill>('/api/v1/skills', { labelNl: 'Kaartlezen' })).body;
      const cases: [string, string, string][] = [
        [other.id, other.id, 'skill-merge-same'],
        [duplicate.id, other.id, 'skill-merged'],
        [other.id, duplicate.id, 'skill-merge-target-merged'],
      ];
      for (const [source, target, code] of cases) {
        const response = await platformAdmin.post<Problem>(`/api/v1/skills/${source}/merges`, {
          targetId: target,
        });
        expect(response.status, code).toBe(409);
        expect(response.body.code).toBe(code);
      }
      const unknown = await platformAdmin.post<Problem>(`/api/v1/skills/${other.id}/merges`, {
        targetId: '00000000-0000-4000-8000-000000000000',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.invalidParams?.map((p) => p.name)).toEqual(['targetId']);
      expect((await orgAdmin.post(`/api/v1/skills/${other.id}/merges`, { targetId: gis })).status).toBe(403);
    });

    it('re-points learning goals, keeping one per person', async () => {
      const source = (await platformAdmin.post<Skill>('/api/v1/skills', { labelNl: 'Bodemonderzoek' })).body;
      const target = (await platformAdmin.post<Skill>('/api/v1/skills', { labelNl: 'Bodemkwaliteit' })).body;
      const org = await createOrganisation(t.db);
      const both = await createUser(t.db, org.id);
      const one = await createUser(t.db, org.id);
      await t.db.query(`INSERT INTO learning_goals (user_id, skill_id) VALUES ($1, $3), ($1, $4), ($2, $3)`, [
        both.id,
        one.id,
        source.id,
        target.id,
      ]);
      const merged = await platformAdmin.post<{ referencesMoved: Record<string, number> }>(
        `/api/v1/skills/${source.id}/merges`,
        { targetId: target.id },
      );
      expect(merged.body.referencesMoved['learning_goals']).toBe(1);
      const goals = await t.db.query<{ user_id: string; skill_id: string }[]>(
        `SELECT user_id, skill_id FROM learning_goals WHERE user_id IN ($1, $2)`,
        [both.id, one.id],
      );
      expect(goals).toHaveLength(2);
      expect(goals.every((g) => g.skill_id === target.id)).toBe(true);
    });

    it('re-points the skills dossiers need, keeping one per dossier', async () => {
      const source = (await platformAdmin.post<Skill>('/api/v1/skills', { labelNl: 'Wijkschouw' })).body;
      const target = (await platformAdmin.post<Skill>('/api/v1/skills', { labelNl: 'Buurtschouw' })).body;
      const org = await createOrganisation(t.db);
      const trekker = await createUser(t.db, org.id, ['manager']);
      const partnership = await createPartnership(t.db, [org.id]);
      const dossier = async (title: string) => {
        const [row] = await t.db.query<[{ id: string }]>(
          `INSERT INTO dossiers (partnership_id, title, goal, start_date, created_by)
           VALUES ($1, $2, 'Samen schouwen', current_date, $3) RETURNING id`,
          [partnership.id, title, trekker.id],
        );
        return row.id;
      };
      const needsSource = await dossier('Schouw Noord');
      const needsBoth = await dossier('Schouw Zuid');
      await t.db.query(
        `INSERT INTO dossier_skills (dossier_id, skill_id) VALUES ($1, $3), ($2, $3), ($2, $4)`,
        [needsSource, needsBoth, source.id, target.id],
      );

      const merged = await platformAdmin.post<{ referencesMoved: Record<string, number> }>(
        `/api/v1/skills/${source.id}/merges`,
        { targetId: target.id },
      );
      expect(merged.status).toBe(200);
      expect(merged.body.referencesMoved['dossier_skills']).toBe(1);
      const needs = await t.db.query<{ dossier_id: string; skill_id: string }[]>(
        `SELECT dossier_id, skill_id FROM dossier_skills WHERE dossier_id IN ($1, $2) ORDER BY dossier_id = $1`,
        [needsSource, needsBoth],
      );
      expect(needs).toEqual([
        { dossier_id: needsBoth, skill_id: target.id },
        { dossier_id: needsSource, skill_id: target.id },
      ]);
    });

    it('keeps re-imports idempotent after an ESCO concept was merged away', async () => {
      const grants = await skillByUri('09');
      const target = (await platformAdmin.post<Skill>('/api/v1/skills', { labelNl: 'Subsidies verstrekken' }))
        .body;
      expect(
        (await platformAdmin.post(`/api/v1/skills/${grants}/merges`, { targetId: target.id })).status,
      ).toBe(200);
      const before = await snapshot();
      expect(await importFile('skills_nl.csv', 'nl')).toMatchObject({
        updated: 0,
        unchanged: 15,
        labelsAdded: 0,
      });
      expect(await importFile('skills_en.csv', 'en')).toMatchObject({
        updated: 0,
        unchanged: 16,
        labelsAdded: 0,
      });
      expect(await snapshot()).toEqual(before);
      const [label] = await t.db.query<{ skill_id: string; kind: string }[]>(
        `SELECT skill_id, kind FROM skill_labels WHERE label = 'subsidieaanvragen beoordelen'`,
      );
      expect(label).toEqual({ skill_id: target.id, kind: 'alt' });
    });
  });

  describe(SkillsService.prototype.resolveNames.name, () => {
    it('maps names to skills by any label, proposes unknown names for the organisation, and is stable', async () => {
      // A skill whose preferred label is another skill's synonym wins that name.
      const [{ id: analysis }] = await t.db.query<[{ id: string }]>(
        `INSERT INTO skills (label_nl, verified) VALUES ('Data-analyse', false) RETURNING id`,
      );
      await t.db.query(
        `INSERT INTO skill_labels (skill_id, lang, label, kind) VALUES ($1, 'nl', 'Data-analyse', 'preferred')`,
        [analysis],
      );
      const names = [
        'GIS',
        ' projectleiding ',
        'Projectléiding',
        'data-analyse',
        'Kaarten maken met GIS',
        'Wijkgericht werken',
        'Straatinterviews afnemen',
        '',
      ];
      const first = await t.db.transaction((tx) => skills.resolveNames(tx, names, 'nl', platformAdminUser));
      const gis = await skillByUri('01');
      expect(first.get('GIS')).toBe(gis);
      expect(first.get('Kaarten maken met GIS')).toBe(gis); // the merged skill's name now belongs to its target
      expect(first.get(' projectleiding ')).toBe(await skillByUri('02'));
      expect(first.get('Projectléiding')).toBe(await skillByUri('02'));
      expect(first.get('data-analyse')).toBe(analysis);
      expect(first.has('')).toBe(false);
      const created = first.get('Straatinterviews afnemen');
      const [row] = await t.db.query<Record<string, unknown>[]>(
        `SELECT label_nl, label_en, verified, created_by, status, organisation_id FROM skills WHERE id = $1`,
        [created],
      );
      expect(row).toEqual({
        label_nl: 'Straatinterviews afnemen',
        label_en: null,
        verified: false,
        created_by: platformAdminUser.id,
        status: 'proposed',
        organisation_id: platformAdminUser.organisationId,
      });

      const again = await t.db.transaction((tx) =>
        skills.resolveNames(tx, ['straatinterviews AFNEMEN', 'gis'], 'nl', platformAdminUser),
      );
      expect([...again.values()]).toEqual([created, gis]);

      const english = await t.db.transaction((tx) =>
        skills.resolveNames(tx, ['Street interviews'], 'en', platformAdminUser),
      );
      const [en] = await t.db.query<Record<string, unknown>[]>(
        `SELECT s.label_nl, s.label_en, l.lang, l.kind FROM skills s JOIN skill_labels l ON l.skill_id = s.id WHERE s.id = $1`,
        [english.get('Street interviews')],
      );
      expect(en).toEqual({
        label_nl: 'Street interviews',
        label_en: 'Street interviews',
        lang: 'en',
        kind: 'preferred',
      });
    });

    it('creates one skill when two transactions resolve the same new name at once', async () => {
      const resolve = () =>
        t.db.transaction((tx) => skills.resolveNames(tx, ['Gelijktijdig bedacht'], 'nl', platformAdminUser));
      const [a, b] = await Promise.all([resolve(), resolve()]);
      expect(a.get('Gelijktijdig bedacht')).toBe(b.get('Gelijktijdig bedacht'));
    });
  });
});

describe('POST /skill-imports over the size limit', () => {
  const LIMIT = 64 * 1024;
  let t: TestApp;
  let token: string;

  /** Good ESCO rows, numbered, until the file has at least `bytes` bytes. */
  const escoFile = (bytes: number) => {
    const lines = [
      'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description',
    ];
    let size = lines[0].length;
    for (let n = 1; size < bytes; n++) {
      const line = `KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/grens-${n},skill/competence,cross-sector,grensvaardigheid ${n},,,released,,,,,Een vaardigheid om de grens van de upload te testen.`;
      lines.push(line);
      size += line.length + 1;
    }
    return Buffer.from(lines.join('\n'));
  };
  const upload = async (file: Buffer) => {
    const form = new FormData();
    form.append('lang', 'nl');
    form.append('file', new Blob([new Uint8Array(file)]), 'skills_nl.csv');
    return t.http.withToken(token).post<Record<string, unknown>>('/api/v1/skill-imports', form);
  };
  const imported = async () =>
    (
      await t.db.query<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM skills WHERE esco_uri LIKE 'http://data.europa.eu/esco/skill/grens-%'`,
      )
    )[0].n;

  beforeAll(async () => {
    t = await startTestApp({ env: { SKILL_IMPORT_MAX_BYTES: String(LIMIT) } });
    const org = await createOrganisation(t.db);
    const admin = await createUser(t.db, org.id, ['platform-admin']);
    const login = await t.http.post<{ token: string }>('/api/v1/auth/login', {
      email: admin.email,
      password: TEST_PASSWORD,
    });
    token = login.body.token;
  });
  afterAll(() => t.close());

  it('refuses a file just over the limit with a 413 problem and imports none of its rows', async () => {
    const file = escoFile(LIMIT + 1000);
    expect(file.length).toBeGreaterThan(LIMIT);
    const response = await upload(file);
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 413, code: 'skill-import-too-large' });
    expect(await imported()).toBe(0);
  });

  it('refuses a request far over the limit before reading it, in English when asked', async () => {
    const form = new FormData();
    form.append('lang', 'nl');
    form.append('file', new Blob([new Uint8Array(escoFile(4 * LIMIT))]), 'skills_nl.csv');
    const response = await t.http
      .withToken(token)
      .request<{ code: string; detail: string }>('POST', '/api/v1/skill-imports', form, {
        'accept-language': 'en',
      });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('skill-import-too-large');
    expect(response.body.detail).toMatch(/nothing was imported/);
    expect(await imported()).toBe(0);
  });

  it('takes a file under the limit, on the same connection as a refused one', async () => {
    expect((await upload(escoFile(LIMIT + 1000))).status).toBe(413);
    const file = escoFile(LIMIT - 2000);
    const response = await upload(file);
    expect(response.status).toBe(200);
    const rows = file.toString().split('\n').length - 1;
    expect(response.body).toMatchObject({ rows, inserted: rows, errorCount: 0 });
    expect(await imported()).toBe(rows);
  });
});

async function advisoryLocks(t: TestApp): Promise<number> {
  const [{ count }] = await t.db.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return count;
}

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportsService } from '../../src/reports/reports.service.js';
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

interface Figure {
  key: string;
  current: number | null;
  previous: number | null;
  difference: number | null;
  direction: string;
}
interface Report {
  scope: { kind: string; id: string; name: string };
  period: { label: string; from: string; to: string };
  previousPeriod: { label: string } | null;
  detail: 'full' | 'totals';
  figures: Figure[];
  hours: { organisation: { name: string }; given: number; received: number; internal: number }[];
  matrix: { giving: { name: string }; receiving: { name: string }; hours: number; disputedHours: number }[];
  skills: { skill: string; asked: number; available: number; gap: number }[];
  functions: { jobTitle: string; people: number }[];
  suppressedFunctions: number;
  evaluationTexts: { score: number; wentWell: string | null; couldBeBetter: string | null }[];
  dossierTeams: { organisation: { name: string }; dossiers: number; members: number }[];
}
interface Problem {
  code: string;
  invalidParams?: { name: string }[];
}

const figuresOf = (report: Report) => Object.fromEntries(report.figures.map((f) => [f.key, f.current]));

/**
 * A quarter (2026-Q3) and the one before, written straight into the tables with the moments things
 * happened; the expected figures below are counted by hand from this story.
 */
describe(ReportsService.name, () => {
  let t: TestApp;
  let oss: { id: string; name: string },
    zeist: { id: string; name: string },
    breda: { id: string; name: string };
  let partnership: { id: string; name: string };
  let ossAdminUser: TestUser;
  let ossAdmin: HttpClient, ossManager: HttpClient, ossEmployee: HttpClient;
  let zeistAdmin: HttpClient, bredaAdmin: HttpClient, platformAdmin: HttpClient;

  async function person(orgId: string, jobTitle: string, roles: TestUser['roles'] = ['employee']) {
    const user = await createUser(t.db, orgId, roles);
    await t.db.query(`UPDATE users SET job_title = $2 WHERE id = $1`, [user.id, jobTitle]);
    return user;
  }

  async function skill(label: string): Promise<string> {
    const [row] = await t.db.query<[{ id: string }]>(
      `INSERT INTO skills (label_nl, label_en) VALUES ($1, $1 || ' (en)') RETURNING id`,
      [label],
    );
    return row.id;
  }

  interface KlusStory {
    org: string;
    poster: TestUser;
    published: string;
    claims?: { user: TestUser; at: string; hours?: number }[];
    status?: 'in-progress' | 'completed' | 'expired' | 'cancelled';
    closed?: string;
    skillId: string;
  }

  /** A klus and its claims; completed ones write their ledger entries, dated on the closing day. */
  async function klus(story: KlusStory): Promise<string> {
    const [task] = await t.db.query<[{ id: string }]>(
      `INSERT INTO tasks (organisation_id, poster_id, title, description, estimated_hours, start_date, end_date,
                          location_type, capacity, status, published_at)
       VALUES ($1, $2, 'Klus', 'Een klus', 8, '2026-04-01', '2026-12-31', 'remote', 10, 'open', $3) RETURNING id`,
      [story.org, story.poster.id, story.published],
    );
    await t.db.query(`INSERT INTO task_skills (task_id, skill_id, required) VALUES ($1, $2, true)`, [
      task.id,
      story.skillId,
    ]);
    const done = story.status === 'completed';
    for (const claim of story.claims ?? []) {
      await t.db.query(
        `INSERT INTO claims (task_id, user_id, status, actual_hours, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [task.id, claim.user.id, done ? 'completed' : 'active', done ? claim.hours : null, claim.at],
      );
    }
    if (story.status) {
      await t.db.query(`UPDATE tasks SET status = $2, taken = 0 WHERE id = $1`, [task.id, story.status]);
      if (story.closed)
        await t.db.query(`UPDATE tasks SET closed_at = $2 WHERE id = $1`, [task.id, story.closed]);
    }
    if (done) {
      for (const claim of story.claims ?? []) {
        await t.db.query(
          `INSERT INTO ledger_entries (task_id, participant_id, giving_organisation_id, receiving_organisation_id,
                                       hours, entry_date, kind, state, created_by)
           VALUES ($1, $2, $3, $4, $5, ($6::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date, 'original', 'recorded', $7)`,
          [
            task.id,
            claim.user.id,
            claim.user.organisationId,
            story.org,
            claim.hours,
            story.closed,
            story.poster.id,
          ],
        );
      }
    }
    return task.id;
  }

  async function evaluation(
    taskId: string,
    author: TestUser,
    subject: TestUser,
    score: number,
    at: string,
    texts: { wentWell?: string; couldBeBetter?: string },
  ) {
    await t.db.query(
      `INSERT INTO evaluations (task_id, author_id, subject_id, author_organisation_id, subject_organisation_id,
                                score, went_well, could_be_better, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        taskId,
        author.id,
        subject.id,
        author.organisationId,
        subject.organisationId,
        score,
        texts.wentWell ?? null,
        texts.couldBeBetter ?? null,
        at,
      ],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    breda = await createOrganisation(t.db, { name: 'Gemeente Breda' });
    partnership = await createPartnership(t.db, [oss.id, zeist.id], 'Netwerk Spiegeltest');

    // Oss: 8 people. Five policy advisers, one lawyer.
    const adminA = await person(oss.id, 'Teamleider', ['org-admin']);
    const managerA = await person(oss.id, 'Manager', ['manager']);
    const a = [];
    for (let i = 0; i < 5; i++) a.push(await person(oss.id, 'Beleidsadviseur'));
    const a6 = await person(oss.id, 'Jurist');
    // Zeist: 4 people, two archivists.
    const adminB = await person(zeist.id, 'Teamleider', ['org-admin']);
    const b1 = await person(zeist.id, 'Archivaris');
    const b2 = await person(zeist.id, 'archivaris');
    await person(zeist.id, 'Medewerker');
    const adminC = await person(breda.id, 'Teamleider', ['org-admin']);
    const platform = await person(breda.id, 'Beheer', ['platform-admin']);

    ossAdminUser = adminA;
    ossAdmin = await loginAs(t.http, adminA);
    ossManager = await loginAs(t.http, managerA);
    ossEmployee = await loginAs(t.http, a[0]);
    zeistAdmin = await loginAs(t.http, adminB);
    bredaAdmin = await loginAs(t.http, adminC);
    platformAdmin = await loginAs(t.http, platform);

    const archief = await skill('Archiefbeheer');
    const beleid = await skill('Beleidsadvisering');
    for (const p of a) {
      await t.db.query(
        `INSERT INTO user_skills (user_id, skill_id, source, level) VALUES ($1, $2, 'self', 'basic')`,
        [p.id, beleid],
      );
    }
    await t.db.query(
      `INSERT INTO user_skills (user_id, skill_id, source, level) VALUES ($1, $2, 'self', 'basic')`,
      [a6.id, archief],
    );
    await t.db.query(
      `INSERT INTO user_skills (user_id, skill_id, source, level) VALUES ($1, $2, 'self', 'basic')`,
      [b1.id, archief],
    );
    await t.db.query(`INSERT INTO learning_goals (user_id, skill_id) VALUES ($1, $2)`, [a[2].id, beleid]);

    // The quarter before (Q2): one internal klus of Oss, 10 hours to its first claim.
    await klus({
      org: oss.id,
      poster: managerA,
      published: '2026-05-01 08:00+02',
      claims: [{ user: a[0], at: '2026-05-01 18:00+02', hours: 2 }],
      status: 'completed',
      closed: '2026-05-20 12:00+02',
      skillId: beleid,
    });

    // 2026-Q3. Oss posts five klussen.
    const k1 = await klus({
      org: oss.id,
      poster: managerA,
      published: '2026-07-01 09:00+02',
      claims: [
        { user: a[0], at: '2026-07-01 11:00+02', hours: 3 }, // 2 h to the first claim; internal
        { user: b1, at: '2026-07-02 09:00+02', hours: 5 },
      ],
      status: 'completed',
      closed: '2026-07-20 16:00+02',
      skillId: archief,
    });
    await klus({
      org: oss.id,
      poster: managerA,
      published: '2026-08-03 10:00+02',
      claims: [{ user: b2, at: '2026-08-04 10:00+02', hours: 4 }], // 24 h
      status: 'completed',
      closed: '2026-08-30 10:00+02',
      skillId: archief,
    });
    await klus({
      org: oss.id,
      poster: managerA,
      published: '2026-09-10 08:00+02',
      claims: [{ user: a[1], at: '2026-09-10 14:00+02' }], // 6 h, still running
      status: 'in-progress',
      skillId: beleid,
    });
    await klus({
      org: oss.id,
      poster: managerA,
      published: '2026-09-15 08:00+02',
      status: 'expired',
      closed: '2026-09-29 01:00+02',
      skillId: archief,
    });
    await klus({
      org: oss.id,
      poster: managerA,
      published: '2026-07-05 08:00+02',
      status: 'cancelled',
      closed: '2026-07-06 08:00+02',
      skillId: archief,
    });
    // Zeist posts one; five Oss policy advisers give it 9.5 hours.
    const k6 = await klus({
      org: zeist.id,
      poster: adminB,
      published: '2026-07-10 09:00+02',
      claims: [
        { user: a[0], at: '2026-07-10 13:00+02', hours: 2.5 }, // 4 h
        { user: a[1], at: '2026-07-11 13:00+02', hours: 4 },
        { user: a[2], at: '2026-07-11 14:00+02', hours: 1 },
        { user: a[3], at: '2026-07-11 15:00+02', hours: 1 },
        { user: a[4], at: '2026-07-11 16:00+02', hours: 1 },
      ],
      status: 'completed',
      closed: '2026-07-31 17:00+02',
      skillId: beleid,
    });
    // Breda, outside the partnership: Oss's lawyer gives 6 hours.
    const k7 = await klus({
      org: breda.id,
      poster: adminC,
      published: '2026-08-01 09:00+02',
      claims: [{ user: a6, at: '2026-08-02 09:00+02', hours: 6 }],
      status: 'completed',
      closed: '2026-08-10 09:00+02',
      skillId: archief,
    });
    await t.db.query(
      `INSERT INTO user_skills (user_id, skill_id, source, level, task_id, confirmed_by, created_at)
       VALUES ($1, $2, 'demonstrated', 'basic', $3, $4, '2026-08-01 12:00+02')`,
      [a[1].id, beleid, k6, adminB.id],
    );
    await evaluation(k1, managerA, b1, 4, '2026-07-22 10:00+02', { wentWell: 'Snel en grondig' });
    await evaluation(k1, b1, managerA, 5, '2026-07-23 10:00+02', { wentWell: 'Goede uitleg' });
    await evaluation(k7, adminC, a6, 3, '2026-08-12 10:00+02', { couldBeBetter: 'Eerder beginnen' });

    // Dossiers of the partnership: one running with a checkpoint held in August, one completed 1 September.
    const [d1] = await t.db.query<[{ id: string }]>(
      `INSERT INTO dossiers (partnership_id, title, goal, status, start_date, created_by)
       VALUES ($1, 'Archieven samen', 'Eén archief', 'active', '2026-06-01', $2) RETURNING id`,
      [partnership.id, adminA.id],
    );
    const [d2] = await t.db.query<[{ id: string }]>(
      `INSERT INTO dossiers (partnership_id, title, goal, status, start_date, end_date, created_by)
       VALUES ($1, 'Wijkavonden', 'Samen plannen', 'completed', '2026-03-01', '2026-09-01', $2) RETURNING id`,
      [partnership.id, adminB.id],
    );
    await t.db.query(
      `INSERT INTO dossier_members (dossier_id, user_id, role, status)
       VALUES ($1, $2, 'trekker', 'active'), ($1, $3, 'member', 'active'), ($4, $3, 'trekker', 'active')`,
      [d1.id, a[0].id, b1.id, d2.id],
    );
    await t.db.query(
      `INSERT INTO dossier_checkpoints (dossier_id, title, planned_on, status, held_on)
       VALUES ($1, 'Eerste ijkmoment', '2026-08-15', 'held', '2026-08-15')`,
      [d1.id],
    );
  });
  afterAll(() => t.close());

  it("counts an organisation's quarter as written by hand, against the quarter before", async () => {
    const response = await ossAdmin.get<Report>(`/api/v1/reports/organisations/${oss.id}?period=2026-Q3`);
    expect(response.status, response.text).toBe(200);
    const report = response.body;
    expect(report.period).toEqual({ label: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    expect(report.previousPeriod?.label).toBe('2026-Q2');
    expect(report.detail).toBe('full');
    expect(figuresOf(report)).toEqual({
      posted: 5,
      claimed: 3,
      completed: 2,
      expired: 1,
      cancelled: 1,
      shareFilled: 0.6,
      medianHoursToFirstClaim: 6, // 2, 6 and 24 hours
      hoursGiven: 15.5, // 9.5 to Zeist, 6 to Breda
      hoursReceived: 9, // 5 + 4 from Zeist
      internalHours: 3,
      participants: 6,
      participationShare: 0.75, // 6 of 8
      newParticipants: 5, // the first adviser took part in Q2
      functions: 2,
      organisations: 3,
      demonstratedSkills: 1,
      learningKlussen: 1,
      evaluations: 3,
      averageScore: 4,
      activeDossiers: 1, // the one with an Oss member
      completedDossiers: 0,
      checkpointsHeld: 1,
    });
    const byKey = new Map(report.figures.map((f) => [f.key, f]));
    expect(byKey.get('posted')).toEqual({
      key: 'posted',
      current: 5,
      previous: 1,
      difference: 4,
      direction: 'up',
    });
    expect(byKey.get('medianHoursToFirstClaim')).toMatchObject({
      previous: 10,
      difference: -4,
      direction: 'down',
    });
    expect(byKey.get('internalHours')).toMatchObject({ previous: 2, difference: 1 });
    expect(byKey.get('participationShare')).toMatchObject({ previous: 0.125, difference: 0.625 });

    expect(report.hours).toEqual([
      { organisation: { id: breda.id, name: 'Gemeente Breda' }, given: 0, received: 6, internal: 0 },
      { organisation: { id: oss.id, name: 'Gemeente Oss' }, given: 15.5, received: 9, internal: 3 },
      { organisation: { id: zeist.id, name: 'Gemeente Zeist' }, given: 9, received: 9.5, internal: 0 },
    ]);
    expect(report.matrix.map((c) => [c.giving.name, c.receiving.name, c.hours])).toEqual([
      ['Gemeente Oss', 'Gemeente Breda', 6],
      ['Gemeente Oss', 'Gemeente Zeist', 9.5],
      ['Gemeente Zeist', 'Gemeente Oss', 9],
    ]);
    // Asked by Oss's five klussen of the quarter (four archive, one policy); available among Oss's people.
    expect(report.skills).toEqual([
      { skill: 'Archiefbeheer', asked: 4, available: 1, gap: 3 },
      { skill: 'Beleidsadvisering', asked: 1, available: 5, gap: -4 },
    ]);
    // Five policy advisers are shown; the one lawyer is not.
    expect(report.functions).toEqual([{ jobTitle: 'Beleidsadviseur', people: 5 }]);
    expect(report.suppressedFunctions).toBe(1);
    expect(report.evaluationTexts).toEqual([
      { score: 4, wentWell: 'Snel en grondig', couldBeBetter: null },
      { score: 5, wentWell: 'Goede uitleg', couldBeBetter: null },
      { score: 3, wentWell: null, couldBeBetter: 'Eerder beginnen' },
    ]);
    expect(JSON.stringify(report.evaluationTexts)).not.toMatch(/displayName|@/);
  });

  it("counts a partnership's quarter between its members only", async () => {
    const response = await zeistAdmin.get<Report>(
      `/api/v1/reports/partnerships/${partnership.id}?period=2026-Q3`,
    );
    expect(response.status, response.text).toBe(200);
    const report = response.body;
    expect(figuresOf(report)).toMatchObject({
      posted: 6,
      claimed: 4,
      completed: 3,
      shareFilled: 0.667,
      medianHoursToFirstClaim: 5, // 2, 4, 6, 24
      hoursGiven: 18.5,
      hoursReceived: 18.5,
      internalHours: 3,
      participants: 7, // five advisers and two archivists; the lawyer worked for Breda
      participationShare: 0.583, // 7 of 12
      newParticipants: 6,
      functions: 2,
      organisations: 2,
      evaluations: 2,
      averageScore: 4.5,
      activeDossiers: 2,
      completedDossiers: 1,
      checkpointsHeld: 1,
    });
    expect(report.skills.map((s) => [s.skill, s.asked, s.available])).toEqual([
      ['Archiefbeheer', 4, 2],
      ['Beleidsadvisering', 2, 5],
    ]);
    // Two archivists (one spelled in lower case): fewer than five, so not shown.
    expect(report.functions).toEqual([{ jobTitle: 'Beleidsadviseur', people: 5 }]);
    expect(report.suppressedFunctions).toBe(1);
    expect(report.dossierTeams.map((d) => [d.organisation.name, d.dossiers, d.members])).toEqual([
      ['Gemeente Oss', 1, 1],
      ['Gemeente Zeist', 2, 1],
    ]);
  });

  it('shows employees the partnership totals only, and each role what is theirs', async () => {
    const totals = await ossEmployee.get<Report>(
      `/api/v1/reports/partnerships/${partnership.id}?period=2026-Q3`,
    );
    expect(totals.status).toBe(200);
    expect(totals.body.detail).toBe('totals');
    expect(figuresOf(totals.body).posted).toBe(6);
    expect(totals.body.functions).toEqual([]);
    expect(totals.body.evaluationTexts).toEqual([]);
    expect(totals.body.dossierTeams).toEqual([]);

    const org = `/api/v1/reports/organisations/${oss.id}?period=2026-Q3`;
    expect((await ossManager.get(org)).status).toBe(200);
    expect((await platformAdmin.get(org)).status).toBe(200);
    expect((await ossEmployee.get<Problem>(org)).status).toBe(403);
    const other = await zeistAdmin.get<Problem>(org);
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('forbidden');
    const outside = await bredaAdmin.get<Problem>(`/api/v1/reports/partnerships/${partnership.id}`);
    expect(outside.status).toBe(403);
    expect((await platformAdmin.get(`/api/v1/reports/partnerships/${partnership.id}`)).status).toBe(200);
  });

  it('answers unknown scopes with 404 and a bad period with 400', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await platformAdmin.get(`/api/v1/reports/organisations/${missing}`)).status).toBe(404);
    expect((await platformAdmin.get(`/api/v1/reports/partnerships/${missing}`)).status).toBe(404);
    expect((await platformAdmin.get(`/api/v1/reports/organisations/niet-een-id`)).status).toBe(404);
    const bad = await ossAdmin.get<Problem>(`/api/v1/reports/organisations/${oss.id}?period=2026-Q5`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(bad.body.invalidParams?.map((p) => p.name)).toContain('period');
    const table = await ossAdmin.get<Problem>(`/api/v1/reports/organisations/${oss.id}/csv?table=geheim`);
    expect(table.status).toBe(400);
  });

  it('exports every table as CSV that parses back to the numbers of the report', async () => {
    const base = `/api/v1/reports/organisations/${oss.id}`;
    const report = (await ossAdmin.get<Report>(`${base}?period=2026-Q3`)).body;
    const csv = async (table: string, delimiter: 'semicolon' | 'comma') => {
      const response = await ossAdmin.get(`${base}/csv?period=2026-Q3&table=${table}&delimiter=${delimiter}`);
      expect(response.status, response.text).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="spiegel-${table}-2026-Q3.csv"`,
      );
      expect(response.text.includes('\r\n')).toBe(true);
      const rows: string[][] = parse(response.text, {
        bom: true,
        delimiter: delimiter === 'semicolon' ? ';' : ',',
      });
      return rows;
    };
    const figures = await csv('figures', 'comma');
    expect(figures[0]).toEqual(['Kengetal', 'Deze periode', 'Vorige periode', 'Verschil', 'Richting']);
    expect(
      figures.slice(1).map(([key, current, previous, difference, direction]) => ({
        key,
        current: current === '' ? null : Number(current),
        previous: previous === '' ? null : Number(previous),
        difference: difference === '' ? null : Number(difference),
        direction,
      })),
    ).toEqual(report.figures);
    const matrix = await csv('matrix', 'semicolon');
    expect(
      matrix
        .slice(1)
        .map(([giving, receiving, hours]) => [giving, receiving, Number(hours.replace(',', '.'))]),
    ).toEqual(report.matrix.map((c) => [c.giving.name, c.receiving.name, c.hours]));
    const hours = await csv('hours', 'comma');
    expect(hours.slice(1).map((r) => [r[0], Number(r[1]), Number(r[2]), Number(r[3])])).toEqual(
      report.hours.map((h) => [h.organisation.name, h.given, h.received, h.internal]),
    );
    // The raw bytes, as a spreadsheet gets them (fetch's text() drops the byte order mark).
    const login = await t.http.post<{ token: string }>('/api/v1/auth/login', {
      email: ossAdminUser.email,
      password: TEST_PASSWORD,
    });
    const raw = await fetch(`${t.http.baseUrl}${base}/csv?period=2026-Q3&table=skills`, {
      headers: { authorization: `Bearer ${login.body.token}`, 'accept-language': 'en' },
    });
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3)).split('\r\n')[0]).toBe('Skill;Asked;Available;Gap');
    const functions = await csv('functions', 'comma');
    expect(functions.slice(1)).toEqual([['Beleidsadviseur', '5']]);
    const evaluations = await csv('evaluations', 'comma');
    expect(evaluations.slice(1).map((r) => r[1] || r[2])).toEqual([
      'Snel en grondig',
      'Goede uitleg',
      'Eerder beginnen',
    ]);
  });

  it('keeps the moments the mirror counts: the first claim once, and the closing time', async () => {
    const [task] = await t.db.query<[{ id: string }]>(
      `SELECT id FROM tasks WHERE organisation_id = $1 AND status = 'in-progress'`,
      [oss.id],
    );
    const [before] = await t.db.query<[{ first: Date }]>(
      `SELECT first_claimed_at AS first FROM tasks WHERE id = $1`,
      [task.id],
    );
    const [someone] = await t.db.query<[{ id: string }]>(
      `SELECT id FROM users WHERE organisation_id = $1 AND job_title = 'Jurist'`,
      [oss.id],
    );
    await t.db.query(`INSERT INTO claims (task_id, user_id, status) VALUES ($1, $2, 'active')`, [
      task.id,
      someone.id,
    ]);
    await t.db.query(`UPDATE tasks SET status = 'cancelled' WHERE id = $1`, [task.id]);
    const [after] = await t.db.query<[{ first: Date; closed: Date | null }]>(
      `SELECT first_claimed_at AS first, closed_at AS closed FROM tasks WHERE id = $1`,
      [task.id],
    );
    expect(after.first.toISOString()).toBe(before.first.toISOString());
    expect(after.first.toISOString()).toBe('2026-09-10T12:00:00.000Z');
    expect(after.closed).not.toBeNull();
  });
});

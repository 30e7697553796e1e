import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../support/http-client.js';
import { createOrganisation, createUser, loginAs, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Profile {
  hoursPerMonth: number | null;
  locationPreference: string;
  maxDistanceKm: number | null;
  municipality: string | null;
  skills: { skill: { id: string; label: string }; level: string }[];
  demonstratedSkills: { skill: { label: string }; task: { label: string } | null; confirmedBy: string }[];
  learningGoals: { id: string; label: string }[];
  findableByPartners: boolean;
}
interface Problem {
  status: number;
  invalidParams: { name: string; code: string }[];
}

describe('my profile', () => {
  let t: TestApp;
  let anna: TestUser;
  let client: HttpClient;
  let organisationId: string;
  const skill: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    await t.db.query(`UPDATE organisations SET municipality = 'Oss' WHERE id = $1`, [oss.id]);
    organisationId = oss.id;
    anna = await createUser(t.db, oss.id, ['employee']);
    client = await loginAs(t.http, anna);
    for (const label of ['GIS', 'Projectleiding', 'Excel', 'Oud archiefwerk']) {
      const [{ id }] = await t.db.query<[{ id: string }]>(
        `INSERT INTO skills (label_nl, label_en, verified) VALUES ($1, $2, true) RETURNING id`,
        [label, `${label} (en)`],
      );
      skill[label] = id;
    }
    const [{ id: merged }] = await t.db.query<[{ id: string }]>(
      `INSERT INTO skills (label_nl, verified, active, merged_into) VALUES ('Geo-informatie', true, false, $1)
       RETURNING id`,
      [skill['GIS']],
    );
    skill['merged'] = merged;
  });
  afterAll(() => t.close());

  it('starts empty, with the municipality of my organisation', async () => {
    const response = await client.get<Profile>('/api/v1/me/profile');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      hoursPerMonth: null,
      locationPreference: 'any',
      maxDistanceKm: null,
      municipality: 'Oss',
      findableByPartners: false,
      skills: [],
      demonstratedSkills: [],
      learningGoals: [],
    });
  });

  it('stores skills with a level, learning goals, hours and location, and replaces them as a whole', async () => {
    const saved = await client.request<Profile>('PUT', '/api/v1/me/profile', {
      hoursPerMonth: 12,
      locationPreference: 'nearby',
      maxDistanceKm: 30,
      skills: [
        { skillId: skill['GIS'], level: 'expert' },
        { skillId: skill['Excel'], level: 'basic' },
      ],
      learningGoals: [skill['Projectleiding']],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.skills).toEqual([
      { skill: { id: skill['Excel'], label: 'Excel' }, level: 'basic' },
      { skill: { id: skill['GIS'], label: 'GIS' }, level: 'expert' },
    ]);
    expect(saved.body.learningGoals).toEqual([{ id: skill['Projectleiding'], label: 'Projectleiding' }]);
    expect(saved.body).toMatchObject({ hoursPerMonth: 12, locationPreference: 'nearby', maxDistanceKm: 30 });

    const replaced = await client.request<Profile>('PUT', '/api/v1/me/profile', {
      hoursPerMonth: null,
      locationPreference: 'remote',
      skills: [{ skillId: skill['Excel'], level: 'advanced' }],
      learningGoals: [],
    });
    expect(replaced.body.skills.map((s) => [s.skill.label, s.level])).toEqual([['Excel', 'advanced']]);
    expect(replaced.body).toMatchObject({ hoursPerMonth: null, maxDistanceKm: null, learningGoals: [] });
  });

  it('keeps skills a poster confirmed, apart from the self-declared ones', async () => {
    const confirmer = (await createUser(t.db, anna.organisationId, ['manager'])).id;
    await t.db.query(
      `INSERT INTO user_skills (user_id, skill_id, source, level, confirmed_by) VALUES ($1, $2, 'demonstrated', 'advanced', $3)`,
      [anna.id, skill['Oud archiefwerk'], confirmer],
    );
    await client.request('PUT', '/api/v1/me/profile', {
      hoursPerMonth: 8,
      locationPreference: 'any',
      skills: [],
      learningGoals: [],
    });
    const profile = (await client.get<Profile>('/api/v1/me/profile')).body;
    expect(profile.skills).toEqual([]);
    expect(profile.demonstratedSkills.map((s) => s.skill.label)).toEqual(['Oud archiefwerk']);
  });

  it('refuses bad input with every field error at once, and changes nothing', async () => {
    const before = (await client.get<Profile>('/api/v1/me/profile')).body;
    const response = await client.request<Problem>('PUT', '/api/v1/me/profile', {
      hoursPerMonth: 500,
      locationPreference: 'maan',
      maxDistanceKm: 0,
      skills: [{ skillId: 'geen-uuid', level: 'meester' }],
      learningGoals: ['ook-geen-uuid'],
    });
    expect(response.status).toBe(400);
    expect(response.body.invalidParams.map((p) => p.name).sort()).toEqual(
      [
        'hoursPerMonth',
        'learningGoals',
        'locationPreference',
        'maxDistanceKm',
        'skills[0].level',
        'skills[0].skillId',
      ].sort(),
    );
    expect((await client.get<Profile>('/api/v1/me/profile')).body).toEqual(before);
  });

  it('refuses unknown and merged skills, a goal already mastered, and "nearby" without a distance', async () => {
    const response = await client.request<Problem>('PUT', '/api/v1/me/profile', {
      hoursPerMonth: 8,
      locationPreference: 'nearby',
      skills: [
        { skillId: skill['GIS'], level: 'expert' },
        { skillId: skill['merged'], level: 'basic' },
      ],
      learningGoals: [skill['GIS'], '00000000-0000-4000-8000-000000000000'],
    });
    expect(response.status).toBe(400);
    expect(response.body.invalidParams.map((p) => `${p.name}:${p.code}`).sort()).toEqual([
      'learningGoals[0]:goal-is-skill',
      'learningGoals[1]:unknown-skill',
      'maxDistanceKm:distance-required',
      'skills[1].skillId:unknown-skill',
    ]);
  });

  it('lets me choose to be findable for trekkers of partner organisations: off until I say so', async () => {
    const someone = await loginAs(t.http, await createUser(t.db, organisationId));
    const body = { hoursPerMonth: null, locationPreference: 'any', skills: [], learningGoals: [] };
    expect((await someone.get<Profile>('/api/v1/me/profile')).body.findableByPartners).toBe(false);
    const on = await someone.request<Profile>('PUT', '/api/v1/me/profile', {
      ...body,
      findableByPartners: true,
    });
    expect(on.status, on.text).toBe(200);
    expect(on.body.findableByPartners).toBe(true);
    // A client that does not know the setting leaves it as it is.
    expect((await someone.request<Profile>('PUT', '/api/v1/me/profile', body)).body.findableByPartners).toBe(
      true,
    );
    const bad = await someone.request<Problem>('PUT', '/api/v1/me/profile', {
      ...body,
      findableByPartners: 'ja',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams.map((p) => p.name)).toEqual(['findableByPartners']);
    const off = await someone.request<Profile>('PUT', '/api/v1/me/profile', {
      ...body,
      findableByPartners: false,
    });
    expect(off.body.findableByPartners).toBe(false);
    expect((await someone.get<Profile>('/api/v1/me/profile')).body.findableByPartners).toBe(false);
  });

  it('shows skill names in English to someone who reads English', async () => {
    await t.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [anna.id]);
    await client.request('PUT', '/api/v1/me/profile', {
      hoursPerMonth: 8,
      locationPreference: 'any',
      skills: [{ skillId: skill['GIS'], level: 'basic' }],
      learningGoals: [],
    });
    expect((await client.get<Profile>('/api/v1/me/profile')).body.skills[0]?.skill.label).toBe('GIS (en)');
  });

  it('is for signed-in people only', async () => {
    expect((await t.http.get('/api/v1/me/profile')).status).toBe(401);
  });
});

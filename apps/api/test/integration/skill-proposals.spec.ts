import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchingService } from '../../src/profiles/matching.service.js';
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

interface Skill {
  id: string;
  label: string;
  status: string;
}
interface SkillPage {
  items: Skill[];
  total: number;
}
interface ProposalPage {
  items: { id: string; label: string; organisationId: string; tasks: number; dossiers: number }[];
  total: number;
}
interface Recommended {
  items: { task: { id: string } }[];
}

/** Free skill names of klussen and dossiers stay private to their organisation until an admin there accepts them. */
describe('free skill names as private proposals', () => {
  let t: TestApp;
  let partnershipId: string;
  const users: Record<string, TestUser> = {};
  const http: Record<string, HttpClient> = {};

  const skillNamed = async (label: string) => {
    const [row] = await t.db.query<{ id: string; status?: string; organisation_id?: string | null }[]>(
      `SELECT to_jsonb(s) - 'created_at' - 'updated_at' AS row FROM skills s WHERE label_nl = $1`,
      [label],
    );
    if (!row) throw new Error(`no skill ${label}`);
    return (row as unknown as { row: { id: string; status?: string } }).row;
  };
  const search = async (who: string, q: string) =>
    (await http[who].get<SkillPage>(`/api/v1/skills?q=${encodeURIComponent(q)}`)).body.items.map(
      (s) => s.label,
    );
  const candidates = async (taskId: string) => {
    const ids: string[] = [];
    for await (const batch of t.app.get(MatchingService).candidates(taskId))
      ids.push(...batch.map((c) => c.userId));
    return ids.sort();
  };
  const recommended = async (who: string) =>
    (await http[who].get<Recommended>('/api/v1/me/recommended-tasks')).body.items.map((i) => i.task.id);
  const proposals = async (who: string) =>
    (await http[who].get<ProposalPage>('/api/v1/skills/proposals')).body.items;
  /** A person who holds the skill (written directly: a profile only takes shared skills). */
  const holds = (who: string, skillId: string) =>
    t.db.query(
      `INSERT INTO user_skills (user_id, skill_id, source, level) VALUES ($1, $2, 'self', 'expert')`,
      [users[who].id, skillId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    const oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    const zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    partnershipId = (await createPartnership(t.db, [oss.id, zeist.id])).id;
    const make = async (key: string, organisationId: string, roles: TestUser['roles']) => {
      users[key] = await createUser(t.db, organisationId, roles);
      http[key] = await loginAs(t.http, users[key]);
    };
    await make('posterA', oss.id, ['manager']);
    await make('adminA', oss.id, ['org-admin']);
    await make('colleagueA', oss.id, ['employee']);
    await make('adminB', zeist.id, ['org-admin']);
    await make('employeeB', zeist.id, ['employee']);
    await make('platformAdmin', zeist.id, ['platform-admin']);
  });
  afterAll(() => t.close());

  it("keeps org A's free name out of org B's skills and out of matching until A's admin accepts it", async () => {
    const posted = await http['posterA'].post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({
        title: 'Bruggen inspecteren met een drone',
        requiredSkills: ['Drone-inspecties uitvoeren'],
        niceToHaveSkills: [],
        visibility: 'all-partnerships',
      }),
    );
    expect(posted.status, posted.text).toBe(201);
    const taskId = posted.body.id;
    const drone = await skillNamed('Drone-inspecties uitvoeren');
    await holds('employeeB', drone.id);
    await holds('colleagueA', drone.id);

    // Not in the shared taxonomy: not listed, searched or shown to B; not in A's list or search either.
    expect(await search('employeeB', 'drone')).toEqual([]);
    expect(await search('posterA', 'drone')).toEqual([]);
    expect(drone.status).toBe('proposed');
    const list = await http['employeeB'].get<SkillPage>('/api/v1/skills?pageSize=100');
    expect(list.body.items.map((s) => s.id)).not.toContain(drone.id);
    expect((await http['employeeB'].get(`/api/v1/skills/${drone.id}`)).status).toBe(404);
    expect((await http['posterA'].get<Skill>(`/api/v1/skills/${drone.id}`)).body.status).toBe('proposed');
    // The klus still shows its own name to whoever reads it.
    const read = await http['employeeB'].get<{ requiredSkills: string[] }>(`/api/v1/tasks/${taskId}`);
    expect(read.body.requiredSkills).toEqual(['Drone-inspecties uitvoeren']);

    // Matching ignores it: nobody is a candidate, nobody gets it recommended.
    expect(await candidates(taskId)).toEqual([]);
    expect(await recommended('employeeB')).toEqual([]);

    // It waits for A's admin, not B's.
    expect((await proposals('adminA')).map((p) => [p.label, p.tasks])).toEqual([
      ['Drone-inspecties uitvoeren', 1],
    ]);
    expect(await proposals('adminB')).toEqual([]);
    expect((await http['adminB'].post(`/api/v1/skills/${drone.id}/acceptance`)).status).toBe(404);
    expect((await http['colleagueA'].post(`/api/v1/skills/${drone.id}/acceptance`)).status).toBe(403);

    const accepted = await http['adminA'].post<Skill>(`/api/v1/skills/${drone.id}/acceptance`);
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(await proposals('adminA')).toEqual([]);

    // Now shared: B finds it, and matching uses it.
    expect(await search('employeeB', 'drone')).toEqual(['Drone-inspecties uitvoeren']);
    expect((await http['employeeB'].get(`/api/v1/skills/${drone.id}`)).status).toBe(200);
    expect(await candidates(taskId)).toEqual([users['colleagueA'].id, users['employeeB'].id].sort());
    expect(await recommended('employeeB')).toEqual([taskId]);
    const again = await http['adminA'].post<{ code: string }>(`/api/v1/skills/${drone.id}/acceptance`);
    expect([again.status, again.body.code]).toEqual([409, 'skill-not-a-proposal']);
  });

  it('never links a name to another organisation’s private skill, and keeps a rejected name private', async () => {
    const fromA = await http['posterA'].post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({
        title: 'Lantaarnpalen tellen',
        requiredSkills: ['Lantaarnpalen tellen'],
        niceToHaveSkills: [],
      }),
    );
    expect(fromA.status, fromA.text).toBe(201);
    const mine = await skillNamed('Lantaarnpalen tellen');

    // B's dossier names the same thing: B gets its own proposal, A's stays A's.
    const dossier = await http['adminB'].post<{ id: string }>('/api/v1/dossiers', {
      title: 'Openbare verlichting',
      goal: 'Samen de lantaarnpalen in beeld.',
      description: 'Tellen en kaarten.',
      partnershipId,
      startDate: '2026-12-01',
      skills: ['lantaarnpalen TELLEN'],
    });
    expect(dossier.status, dossier.text).toBe(201);
    const rows = await t.db.query<{ id: string; organisation_id: string; status: string }[]>(
      `SELECT id, organisation_id, status FROM skills WHERE kb_normalise_label(label_nl) = 'lantaarnpalen tellen' ORDER BY created_at`,
    );
    expect(rows.map((r) => [r.organisation_id, r.status])).toEqual([
      [users['posterA'].organisationId, 'proposed'],
      [users['adminB'].organisationId, 'proposed'],
    ]);
    expect((await proposals('adminB')).map((p) => [p.label, p.dossiers])).toEqual([
      ['lantaarnpalen TELLEN', 1],
    ]);
    // A platform admin sees every organisation's proposals.
    expect((await proposals('platformAdmin')).map((p) => p.label).sort()).toEqual([
      'Lantaarnpalen tellen',
      'lantaarnpalen TELLEN',
    ]);

    const rejected = await http['adminA'].post<Skill>(`/api/v1/skills/${mine.id}/rejection`);
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    expect((await proposals('adminA')).map((p) => p.id)).not.toContain(mine.id);
    expect(await search('employeeB', 'lantaarn')).toEqual([]);
    const read = await http['posterA'].get<{ requiredSkills: string[] }>(`/api/v1/tasks/${fromA.body.id}`);
    expect(read.body.requiredSkills).toEqual(['Lantaarnpalen tellen']);
    // The same name on A's next klus reuses A's rejected name instead of proposing it again.
    const next = await http['posterA'].post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({ title: 'Nog meer palen', requiredSkills: ['lantaarnpalen tellen'], niceToHaveSkills: [] }),
    );
    expect(next.status).toBe(201);
    const [link] = await t.db.query<{ skill_id: string }[]>(
      `SELECT skill_id FROM task_skills WHERE task_id = $1`,
      [next.body.id],
    );
    expect(link?.skill_id).toBe(mine.id);
  });

  it('merges a proposal into a shared skill, never a shared skill into a private name', async () => {
    const drone = await skillNamed('Drone-inspecties uitvoeren'); // accepted above
    const [{ id: privateOfB }] = await t.db.query<[{ id: string }]>(
      `SELECT id FROM skills WHERE label_nl = 'lantaarnpalen TELLEN'`,
    );
    const refused = await http['platformAdmin'].post<{ code: string }>(`/api/v1/skills/${drone.id}/merges`, {
      targetId: privateOfB,
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'skill-merge-target-private']);
    const merged = await http['platformAdmin'].post(`/api/v1/skills/${privateOfB}/merges`, {
      targetId: drone.id,
    });
    expect(merged.status, merged.text).toBe(200);
    expect(await proposals('adminB')).toEqual([]);
  });

  it('is for admins: employees may not list proposals', async () => {
    expect((await http['employeeB'].get('/api/v1/skills/proposals')).status).toBe(403);
  });
});

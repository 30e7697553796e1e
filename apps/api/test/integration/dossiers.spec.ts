import { getQueueToken } from '@nestjs/bullmq';
import { dayInAmsterdam } from '@klussenbank/domain';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TASK_ENDING_SOON_JOB } from '../../src/notifications/task-ending-soon.job.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
  type TestUser,
} from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { quiet } from '../support/quiet.js';

interface Ref {
  id: string;
  name: string;
}
interface TeamMember {
  user: Ref & { organisation: Ref };
  role: string;
  status: string;
  message: string | null;
}
interface Dossier {
  id: string;
  title: string;
  status: string;
  teamSize: number;
  teamCap: number | null;
  organisations: (Ref & { count: number })[];
  trekkers: (Ref & { organisation: Ref })[];
  skills: { id: string; label: string }[];
  myRole: string | null;
  myStatus: string | null;
  team: TeamMember[];
  canEdit: boolean;
  descriptionHtml: string;
}
interface Problem {
  status: number;
  code: string;
  detail: string;
  currentStatus?: string;
  invalidParams: { name: string; code: string }[];
}
interface Page<T> {
  items: T[];
  total: number;
}
interface SkillGap {
  namedSuggestions: boolean;
  items: {
    skill: { label: string };
    covered: boolean;
    team: { user: Ref }[];
    suggestions: {
      user: Ref & { organisation: Ref };
      level: string;
      reasons: { kind: string; skill?: string }[];
    }[];
    candidateCount: number;
    findableCount: number;
  }[];
}

describe('dossiers', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let partnership: Ref;
  const org: Record<string, Ref> = {};
  const user: Record<string, TestUser> = {};
  const http: Record<string, HttpClient> = {};

  const dossierBody = (overrides: Record<string, unknown> = {}) => ({
    title: 'Samen één aanpak voor de Omgevingswet',
    goal: 'Eén werkwijze voor vergunningen in Oss en Zeist, zodat inwoners overal hetzelfde ervaren.',
    description: 'We beginnen met **verkennen**: wat doet elke gemeente nu?',
    partnershipId: partnership.id,
    startDate: '2026-12-01',
    skills: ['GIS', 'Omgevingsrecht'],
    ...overrides,
  });
  const start = async (who: string, overrides: Record<string, unknown> = {}) => {
    const response = await http[who].post<Dossier>('/api/v1/dossiers', dossierBody(overrides));
    expect(response.status, response.text).toBe(201);
    return response.body;
  };
  const join = (who: string, id: string, body: Record<string, unknown> = {}) =>
    http[who].post<TeamMember & Problem>(`/api/v1/dossiers/${id}/memberships`, body);

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ worker: true, env: { SMTP_URL: smtp.url } });
    for (const name of ['Oss', 'Zeist', 'Dordrecht'])
      org[name] = await createOrganisation(t.db, { name: `Gemeente ${name}` });
    partnership = await createPartnership(
      t.db,
      [org['Oss'].id, org['Zeist'].id],
      'Netwerk Anders Samenwerken',
    );
    await createPartnership(t.db, [org['Dordrecht'].id], 'Drechtsteden');
    const people: [string, string, ('manager' | 'employee' | 'platform-admin')[]][] = [
      ['esther', 'Zeist', ['manager']], // the trekker
      ['femke', 'Oss', ['employee']],
      ['joost', 'Oss', ['manager']],
      ['karin', 'Zeist', ['employee']],
      ['gis', 'Oss', ['employee']], // has the GIS skill, not in the team
      ['dirk', 'Dordrecht', ['manager']], // another partnership
      ['admin', 'Dordrecht', ['platform-admin']],
    ];
    for (const [name, organisation, roles] of people) {
      user[name] = await createUser(t.db, org[organisation].id, roles, { email: `${name}@klussenbank.test` });
      http[name] = await loginAs(t.http, user[name]);
    }
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  describe('starting one', () => {
    it('makes the creator the first trekker, with skills from the taxonomy and the team by organisation', async () => {
      const dossier = await start('esther');
      expect(dossier).toMatchObject({
        title: 'Samen één aanpak voor de Omgevingswet',
        status: 'exploring',
        teamSize: 1,
        canEdit: true,
        myRole: 'trekker',
        myStatus: 'active',
        organisations: [{ id: org['Zeist'].id, name: 'Gemeente Zeist', count: 1 }],
        trekkers: [{ id: user['esther'].id, organisation: { name: 'Gemeente Zeist' } }],
      });
      expect(dossier.skills.map((s) => s.label)).toEqual(['GIS', 'Omgevingsrecht']);
      expect(dossier.descriptionHtml).toContain('<strong>verkennen</strong>');
      expect(dossier.team).toEqual([
        expect.objectContaining({
          role: 'trekker',
          status: 'active',
          user: expect.objectContaining({ id: user['esther'].id }),
        }),
      ]);
    });

    it('lists every field error at once, and writes nothing', async () => {
      const [{ before }] = await t.db.query<[{ before: number }]>(
        `SELECT count(*)::int AS before FROM dossiers`,
      );
      const response = await http['esther'].post<Problem>('/api/v1/dossiers', {
        title: '',
        goal: 'x'.repeat(1001),
        partnershipId: 'geen-uuid',
        startDate: '2026-02-30',
        endDate: '2025-01-01',
        teamCap: 0,
        joinPolicy: 'soms',
        status: 'completed',
        skills: 'GIS',
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.invalidParams.map((p) => p.name).sort()).toEqual(
        ['goal', 'joinPolicy', 'partnershipId', 'skills', 'startDate', 'status', 'teamCap', 'title'].sort(),
      );
      const [{ after }] = await t.db.query<[{ after: number }]>(
        `SELECT count(*)::int AS after FROM dossiers`,
      );
      expect(after).toBe(before);
    });

    it('refuses a partnership the organisation is not in, and an end before the start', async () => {
      const response = await http['dirk'].post<Problem>(
        '/api/v1/dossiers',
        dossierBody({ startDate: '2026-12-10', endDate: '2026-12-01' }),
      );
      expect(response.status).toBe(400);
      expect(response.body.invalidParams.map((p) => p.name).sort()).toEqual(['endDate']);
      const outside = await http['dirk'].post<Problem>('/api/v1/dossiers', dossierBody());
      expect(outside.status).toBe(400);
      expect(outside.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'partnershipId', code: 'not-a-member' }),
      ]);
    });
  });

  describe('who sees it', () => {
    let dossier: Dossier;
    beforeAll(async () => {
      dossier = await start('esther', { title: 'Jeugdzorg inkopen als één regio', skills: ['Inkoop'] });
    });

    it('shows it to employees of the member organisations and platform admins, and 404 to anyone else', async () => {
      expect((await http['femke'].get(`/api/v1/dossiers/${dossier.id}`)).status).toBe(200);
      expect((await http['admin'].get(`/api/v1/dossiers/${dossier.id}`)).status).toBe(200);
      const stranger = await http['dirk'].get<Problem>(`/api/v1/dossiers/${dossier.id}`);
      expect(stranger.status).toBe(404);
      const list = await http['dirk'].get<Page<Dossier>>('/api/v1/dossiers?q=jeugdzorg');
      expect(list.body).toMatchObject({ items: [], total: 0 });
      for (const path of ['checkpoints', 'activity', 'skill-gap']) {
        expect((await http['dirk'].get(`/api/v1/dossiers/${dossier.id}/${path}`)).status, path).toBe(404);
      }
      expect((await join('dirk', dossier.id)).status).toBe(404);
    });

    it('finds dossiers in Dutch (another word form, accents), by partnership, status, skill and mine', async () => {
      const search = async (query: string) =>
        (await http['femke'].get<Page<Dossier>>(`/api/v1/dossiers?${query}`)).body.items.map((d) => d.title);
      expect(await search('q=jeugdzorgen%20inkoop')).toEqual(['Jeugdzorg inkopen als één regio']);
      expect(await search('q=een%20regio')).toContain('Jeugdzorg inkopen als één regio');
      expect(await search('skill=inkoop')).toEqual(['Jeugdzorg inkopen als één regio']);
      expect(await search(`partnershipId=${partnership.id}&q=jeugdzorg`)).toHaveLength(1);
      expect(await search('status=completed')).toEqual([]);
      expect(await search('mine=true')).toEqual([]);
      const mine = await http['esther'].get<Page<Dossier>>('/api/v1/dossiers?mine=true');
      expect(mine.body.items.map((d) => d.title)).toContain('Jeugdzorg inkopen als één regio');
      const bad = await http['femke'].get<Problem>('/api/v1/dossiers?status=klaar&mine=misschien&pageSize=0');
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams.map((p) => p.name).sort()).toEqual(['mine', 'pageSize', 'status']);
    });
  });

  describe('the team', () => {
    it('joins an open dossier with one click, shows the spread and lets people leave with one click', async () => {
      const dossier = await start('esther');
      const joined = await join('femke', dossier.id);
      expect(joined.status).toBe(201);
      expect(joined.body).toMatchObject({
        role: 'member',
        status: 'active',
        user: { organisation: { name: 'Gemeente Oss' } },
      });
      expect((await join('femke', dossier.id)).body.code).toBe('already-in-team');
      const seen = await http['karin'].get<Dossier>(`/api/v1/dossiers/${dossier.id}`);
      expect(seen.body.teamSize).toBe(2);
      expect(seen.body.organisations.map((o) => [o.name, o.count])).toEqual([
        ['Gemeente Oss', 1],
        ['Gemeente Zeist', 1],
      ]);
      expect(seen.body.team.map((m) => m.user.organisation.name)).toEqual(['Gemeente Oss', 'Gemeente Zeist']);
      const left = await http['femke'].request(
        'DELETE',
        `/api/v1/dossiers/${dossier.id}/memberships/${user['femke'].id}`,
      );
      expect(left.status).toBe(204);
      expect((await http['karin'].get<Dossier>(`/api/v1/dossiers/${dossier.id}`)).body.teamSize).toBe(1);
    });

    it('asks to join when the trekker chooses; the trekker accepts or declines and the asker hears it', async () => {
      const dossier = await start('esther', { joinPolicy: 'on-request' });
      const asked = await join('femke', dossier.id, { message: 'Ik ken de Omgevingswet goed.' });
      expect(asked.body).toMatchObject({ status: 'requested', message: 'Ik ken de Omgevingswet goed.' });
      // A request is seen by the trekkers and the asker, not by other employees.
      expect((await http['karin'].get<Dossier>(`/api/v1/dossiers/${dossier.id}`)).body.team).toHaveLength(1);
      const trekkerView = await http['esther'].get<Dossier>(`/api/v1/dossiers/${dossier.id}`);
      expect(trekkerView.body.team.map((m) => m.status).sort()).toEqual(['active', 'requested']);
      // Only a trekker accepts.
      const self = await http['femke'].patch<Problem>(
        `/api/v1/dossiers/${dossier.id}/memberships/${user['femke'].id}`,
        {
          status: 'active',
        },
      );
      expect(self.status).toBe(403);
      const accepted = await http['esther'].patch<TeamMember>(
        `/api/v1/dossiers/${dossier.id}/memberships/${user['femke'].id}`,
        { status: 'active' },
      );
      expect(accepted.body).toMatchObject({ status: 'active', role: 'member' });
      await join('karin', dossier.id);
      const declined = await http['esther'].request(
        'DELETE',
        `/api/v1/dossiers/${dossier.id}/memberships/${user['karin'].id}`,
      );
      expect(declined.status).toBe(204);

      const types = async (who: string) =>
        (
          await t.db.query<{ type: string }[]>(
            `SELECT type FROM notifications WHERE user_id = $1 ORDER BY created_at`,
            [user[who].id],
          )
        ).map((n) => n.type);
      await quiet(t);
      expect((await types('esther')).filter((x) => x === 'dossier-join-requested')).toHaveLength(2);
      expect(await types('femke')).toContain('dossier-request-accepted');
      expect(await types('karin')).toContain('dossier-request-declined');
      const [notice] = await t.db.query<{ data: { dossierTitle: string; userName: string } }[]>(
        `SELECT data FROM notifications WHERE user_id = $1 AND type = 'dossier-join-requested' LIMIT 1`,
        [user['esther'].id],
      );
      expect(notice.data.dossierTitle).toBe('Samen één aanpak voor de Omgevingswet');
    });

    it('lets trekkers invite people of the partnership; the invitee accepts (and nobody else can)', async () => {
      const dossier = await start('esther');
      expect((await join('femke', dossier.id, { userId: user['karin'].id })).status).toBe(403);
      const outsider = await join('esther', dossier.id, { userId: user['dirk'].id });
      expect(outsider.status).toBe(400);
      expect(outsider.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'userId', code: 'not-in-partnership' }),
      ]);
      const invited = await join('esther', dossier.id, { userId: user['joost'].id, role: 'adviser' });
      expect(invited.body).toMatchObject({ status: 'invited', role: 'adviser' });
      const path = `/api/v1/dossiers/${dossier.id}/memberships/${user['joost'].id}`;
      expect((await http['esther'].patch(path, { status: 'active' })).status).toBe(403);
      // The invitee cannot pick a bigger role on the way in.
      const accepted = await http['joost'].patch<TeamMember>(path, { status: 'active', role: 'trekker' });
      expect(accepted.body).toMatchObject({ status: 'active', role: 'adviser' });
      await quiet(t);
      expect(
        await t.db.query<unknown[]>(
          `SELECT 1 FROM notifications WHERE user_id = $1 AND type = 'dossier-invited'`,
          [user['joost'].id],
        ),
      ).toHaveLength(1);
      // By e-mail too, with the dossier's name and a link to it.
      await smtp.waitFor(() =>
        smtp.to('joost@klussenbank.test').some((m) => m.subject.startsWith('Uitnodiging')),
      );
      const [mail] = smtp.to('joost@klussenbank.test').filter((m) => m.subject.startsWith('Uitnodiging'));
      expect(mail.subject).toBe('Uitnodiging voor het dossier Samen één aanpak voor de Omgevingswet');
      expect(mail.text).toContain(`/dossiers/${dossier.id}`);
    });

    it('never leaves a dossier without a trekker', async () => {
      const dossier = await start('esther');
      const me = `/api/v1/dossiers/${dossier.id}/memberships/${user['esther'].id}`;
      const alone = await http['esther'].request<Problem>('DELETE', me);
      expect(alone.status).toBe(409);
      expect(alone.body.code).toBe('last-trekker');
      expect((await http['esther'].patch<Problem>(me, { role: 'member' })).body.code).toBe('last-trekker');
      await join('femke', dossier.id);
      const femke = `/api/v1/dossiers/${dossier.id}/memberships/${user['femke'].id}`;
      expect((await http['femke'].patch(femke, { role: 'trekker' })).status).toBe(403);
      expect((await http['esther'].patch<TeamMember>(femke, { role: 'trekker' })).body.role).toBe('trekker');
      // Two trekkers stepping down at once: one succeeds, the other is the last and stays.
      const both = await Promise.all([
        http['esther'].request('DELETE', me),
        http['femke'].request('DELETE', femke),
      ]);
      expect(both.map((r) => r.status).sort()).toEqual([204, 409]);
      const [{ trekkers }] = await t.db.query<[{ trekkers: number }]>(
        `SELECT count(*)::int AS trekkers FROM dossier_members WHERE dossier_id = $1 AND role = 'trekker'`,
        [dossier.id],
      );
      expect(trekkers).toBe(1);
    });

    it('lets a platform admin add a trekker at once (to replace one who left the organisation)', async () => {
      const dossier = await start('esther');
      const added = await join('admin', dossier.id, { userId: user['karin'].id, role: 'trekker' });
      expect(added.body).toMatchObject({ status: 'active', role: 'trekker' });
      const removed = await http['admin'].request(
        'DELETE',
        `/api/v1/dossiers/${dossier.id}/memberships/${user['esther'].id}`,
      );
      expect(removed.status).toBe(204);
      const seen = await http['karin'].get<Dossier>(`/api/v1/dossiers/${dossier.id}`);
      expect(seen.body.trekkers.map((p) => p.id)).toEqual([user['karin'].id]);
    });

    it('fills a team with a cap of 10 to exactly 10 when 30 people join at the same moment', async () => {
      const dossier = await start('esther', { teamCap: 10 });
      const people = await Promise.all(
        Array.from({ length: 30 }, (_, i) => createUser(t.db, org[i % 2 ? 'Oss' : 'Zeist'].id, ['employee'])),
      );
      const clients = await Promise.all(people.map((p) => loginAs(t.http, p)));
      const answers = await Promise.all(
        clients.map((c) => c.post<Problem>(`/api/v1/dossiers/${dossier.id}/memberships`, {})),
      );
      const statuses = answers.map((a) => a.status);
      // The trekker holds one of the ten places.
      expect(statuses.filter((s) => s === 201)).toHaveLength(9);
      expect(statuses.filter((s) => s === 409)).toHaveLength(21);
      expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'dossier-full')).toBe(true);
      const [{ size }] = await t.db.query<[{ size: number }]>(
        `SELECT count(*)::int AS size FROM dossier_members WHERE dossier_id = $1 AND status = 'active'`,
        [dossier.id],
      );
      expect(size).toBe(10);
      const cap = await http['esther'].patch<Problem>(`/api/v1/dossiers/${dossier.id}`, { teamCap: 5 });
      expect(cap.status).toBe(400);
      expect(cap.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'teamCap', code: 'below-team-size' }),
      ]);

      // The same 30 on a dossier with ten free places (a cap of 11 beside its trekker): exactly 10 get in.
      const roomy = await start('esther', { teamCap: 11 });
      const again = await Promise.all(
        clients.map((c) => c.post<Problem>(`/api/v1/dossiers/${roomy.id}/memberships`, {})),
      );
      expect(again.filter((a) => a.status === 201)).toHaveLength(10);
      expect(again.filter((a) => a.status === 409)).toHaveLength(20);
      const [{ joined }] = await t.db.query<[{ joined: number }]>(
        `SELECT count(*)::int AS joined FROM dossier_members WHERE dossier_id = $1 AND status = 'active' AND role = 'member'`,
        [roomy.id],
      );
      expect(joined).toBe(10);
    });
  });

  describe('editing and status (trekkers only)', () => {
    it('answers each kind of person as the permission matrix says', async () => {
      const dossier = await start('esther');
      await join('femke', dossier.id);
      const edit = (who: string) =>
        http[who].patch<Problem>(`/api/v1/dossiers/${dossier.id}`, { goal: `Doel van ${who}` });
      const plan = (who: string) =>
        http[who].post<Problem>(`/api/v1/dossiers/${dossier.id}/checkpoints`, {
          title: 'IJkmoment',
          plannedOn: '2027-01-15',
        });
      // employee (not in the team) / member / trekker / other partnership / platform admin
      expect((await edit('karin')).status).toBe(403);
      expect((await edit('femke')).status).toBe(403);
      expect((await edit('esther')).status).toBe(200);
      expect((await edit('dirk')).status).toBe(404);
      expect((await edit('admin')).status).toBe(200);
      expect((await plan('karin')).status).toBe(403);
      expect((await plan('femke')).status).toBe(403);
      expect((await plan('esther')).status).toBe(201);
      expect((await plan('dirk')).status).toBe(404);
      expect((await plan('admin')).status).toBe(201);
      const invite = (who: string) => join(who, dossier.id, { userId: user['joost'].id });
      expect((await invite('femke')).status).toBe(403);
      expect((await invite('dirk')).status).toBe(404);
      expect((await invite('esther')).status).toBe(201);
    });

    it('applies the matrix to every write of the team and the checkpoints too', async () => {
      const dossier = await start('esther');
      const base = `/api/v1/dossiers/${dossier.id}`;
      await join('femke', dossier.id);
      const checkpoint = await http['esther'].post<{ id: string }>(`${base}/checkpoints`, {
        title: 'IJkmoment',
        plannedOn: '2027-01-15',
      });
      const extra = await createUser(t.db, org['Zeist'].id, ['employee']);
      const extraHttp = await loginAs(t.http, extra);
      // Each write, and how to put things back after a success so the next person meets the same state.
      const writes: Record<string, [(who: string) => Promise<{ status: number }>, () => Promise<unknown>]> = {
        'plan-change': [
          (who) =>
            http[who].patch(`${base}/checkpoints/${checkpoint.body.id}`, { title: `IJkmoment ${who}` }),
          () => Promise.resolve(),
        ],
        role: [
          (who) => http[who].patch(`${base}/memberships/${user['femke'].id}`, { role: 'adviser' }),
          () => http['esther'].patch(`${base}/memberships/${user['femke'].id}`, { role: 'member' }),
        ],
        remove: [
          async (who) => {
            await extraHttp.post(`${base}/memberships`, {});
            return http[who].request('DELETE', `${base}/memberships/${extra.id}`);
          },
          () => extraHttp.request('DELETE', `${base}/memberships/${extra.id}`),
        ],
        invite: [
          (who) => http[who].post(`${base}/memberships`, { userId: user['joost'].id }),
          () => http['esther'].request('DELETE', `${base}/memberships/${user['joost'].id}`),
        ],
      };
      // employee (not in the team) / member / trekker / other partnership / platform admin
      const expected: Record<string, number[]> = {
        'plan-change': [403, 403, 200, 404, 200],
        role: [403, 403, 200, 404, 200],
        remove: [403, 403, 204, 404, 204],
        invite: [403, 403, 201, 404, 201],
      };
      for (const [write, [attempt, undo]] of Object.entries(writes)) {
        const got: number[] = [];
        for (const who of ['karin', 'femke', 'esther', 'dirk', 'admin']) {
          const { status } = await attempt(who);
          got.push(status);
          if (status < 300) await undo();
        }
        expect(got, write).toEqual(expected[write]);
      }
    });

    it('lists every field error at once on the team and checkpoint writes', async () => {
      const dossier = await start('esther');
      const base = `/api/v1/dossiers/${dossier.id}`;
      const names = (response: { body: Problem }) => response.body.invalidParams.map((p) => p.name).sort();
      const badJoin = await http['femke'].post<Problem>(`${base}/memberships`, {
        userId: 'iemand',
        role: 'baas',
        message: 'x'.repeat(1001),
      });
      expect(badJoin.status).toBe(400);
      expect(names(badJoin)).toEqual(['message', 'role', 'userId']);
      const badRole = await http['esther'].patch<Problem>(`${base}/memberships/${user['esther'].id}`, {
        status: 'klaar',
        role: 'baas',
      });
      expect(names(badRole)).toEqual(['role', 'status']);
      const badPlan = await http['esther'].post<Problem>(`${base}/checkpoints`, {
        title: ' ',
        plannedOn: 'morgen',
      });
      expect(names(badPlan)).toEqual(['plannedOn', 'title']);
      // A malformed id is an unknown one, as everywhere in the API.
      const badPath = await http['esther'].patch<Problem>(`${base}/checkpoints/geen-id`, { held: true });
      expect(badPath.status).toBe(404);
      const [{ count }] = await t.db.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM dossier_checkpoints WHERE dossier_id = $1`,
        [dossier.id],
      );
      expect(count).toBe(0);
    });

    it('follows verkennen → actief → afgerond, refuses the rest with the current status, and closes the team', async () => {
      const dossier = await start('esther');
      const path = `/api/v1/dossiers/${dossier.id}`;
      const skip = await http['esther'].patch<Problem>(path, { status: 'completed' });
      expect(skip.status).toBe(409);
      expect(skip.body).toMatchObject({ code: 'illegal-transition', currentStatus: 'exploring' });
      expect((await http['esther'].patch<Dossier>(path, { status: 'active' })).body.status).toBe('active');
      expect((await http['esther'].patch<Dossier>(path, { status: 'completed' })).body.status).toBe(
        'completed',
      );
      expect((await http['esther'].patch<Problem>(path, { status: 'active' })).body.currentStatus).toBe(
        'completed',
      );
      expect((await join('femke', dossier.id)).body.code).toBe('dossier-closed');
      const bad = await http['esther'].patch<Problem>(path, { status: 'klaar', title: '', teamCap: -1 });
      expect(bad.body.invalidParams.map((p) => p.name).sort()).toEqual(['status', 'teamCap', 'title']);
    });
  });

  describe('checkpoints, the feed and klussen', () => {
    it('plans a checkpoint, holds it only with a reflection, and tells the feed, newest first', async () => {
      const dossier = await start('esther');
      await join('femke', dossier.id);
      const planned = await http['esther'].post<{ id: string; status: string }>(
        `/api/v1/dossiers/${dossier.id}/checkpoints`,
        { title: 'Eerste ijkmoment', plannedOn: '2027-01-15' },
      );
      expect(planned.body.status).toBe('planned');
      const path = `/api/v1/dossiers/${dossier.id}/checkpoints/${planned.body.id}`;
      const empty = await http['esther'].patch<Problem>(path, { held: true, wentWell: '  ' });
      expect(empty.status).toBe(400);
      expect(empty.body.invalidParams.map((p) => p.name)).toEqual(['wentWell', 'chafed', 'changes']);
      const reflection = {
        held: true,
        wentWell: 'Oss en Zeist deelden hun werkwijze open.',
        chafed: 'De planning schuurde: te weinig tijd naast het gewone werk.',
        changes: 'We plannen kortere sessies.',
      };
      // Planned for a later day: not held before its day; the problem names the date, in both languages.
      const early = await http['esther'].patch<Problem & { plannedOn: string }>(path, reflection);
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({ code: 'checkpoint-not-due', plannedOn: '2027-01-15' });
      expect(early.body.detail).toContain('15 januari 2027');
      const earlyEn = await http['esther'].patch<Problem>(path, reflection, { 'accept-language': 'en' });
      expect(earlyEn.body.detail).toContain('15 January 2027');
      const stillPlanned = await http['esther'].get<{ items: { status: string }[] }>(
        `/api/v1/dossiers/${dossier.id}/checkpoints`,
      );
      expect(stillPlanned.body.items.map((c) => c.status)).toEqual(['planned']);
      // Held earlier than planned: move the date to today in the same request.
      const today = dayInAmsterdam(new Date());
      const held = await http['esther'].patch<{
        status: string;
        plannedOn: string;
        heldOn: string;
        writtenBy: Ref;
      }>(path, { ...reflection, plannedOn: today });
      expect(held.body).toMatchObject({
        status: 'held',
        plannedOn: today,
        heldOn: today,
        writtenBy: { id: user['esther'].id },
      });
      expect((await http['femke'].patch(path, { chafed: 'Ook ik wil iets zeggen' })).status).toBe(403);
      const list = await http['femke'].get<{ items: { title: string; status: string }[] }>(
        `/api/v1/dossiers/${dossier.id}/checkpoints`,
      );
      expect(list.body.items).toEqual([
        expect.objectContaining({ title: 'Eerste ijkmoment', status: 'held' }),
      ]);

      const feed = await http['femke'].get<Page<{ type: string; subject: Ref | null }>>(
        `/api/v1/dossiers/${dossier.id}/activity?pageSize=2`,
      );
      expect(feed.body.total).toBe(4);
      expect(feed.body.items.map((a) => a.type)).toEqual(['checkpoint-held', 'checkpoint-planned']);
      const next = await http['femke'].get<Page<{ type: string; subject: Ref | null }>>(
        `/api/v1/dossiers/${dossier.id}/activity?pageSize=2&page=2`,
      );
      expect(next.body.items.map((a) => a.type)).toEqual(['member-joined', 'dossier-created']);
      expect(next.body.items[0].subject?.id).toBe(user['femke'].id);
    });

    it('reminds the trekkers three days before a checkpoint, once, by e-mail and in the app', async () => {
      const dossier = await start('esther', { title: 'IJkmomenten oefenen' });
      await join('karin', dossier.id);
      const planned = await http['esther'].post<{ id: string }>(
        `/api/v1/dossiers/${dossier.id}/checkpoints`,
        {
          title: 'Samen terugkijken',
          plannedOn: '2027-06-01',
        },
      );
      await t.db.query(`UPDATE dossier_checkpoints SET planned_on = current_date + 2 WHERE id = $1`, [
        planned.body.id,
      ]);
      const digests = t.worker!.get<Queue>(getQueueToken(QueueName.Digests));
      await digests.add(TASK_ENDING_SOON_JOB, {}, { jobId: 'checkpoint-scan-1' });
      await digests.add(TASK_ENDING_SOON_JOB, {}, { jobId: 'checkpoint-scan-2' });
      const subject = (m: { subject: string }) => m.subject.includes('IJkmomenten oefenen');
      await smtp.waitFor(() =>
        smtp
          .to('esther@klussenbank.test')
          .filter(subject)
          .some((m) => m.subject.startsWith('IJkmoment')),
      );
      await quiet(t); // both scans and their e-mails are done: a second reminder would be here
      const reminders = smtp
        .to('esther@klussenbank.test')
        .filter((m) => m.subject.startsWith('IJkmoment op'));
      expect(reminders).toHaveLength(1);
      expect(reminders[0].text).toContain('"Samen terugkijken"');
      const inApp = await t.db.query<{ user_id: string }[]>(
        `SELECT user_id FROM notifications WHERE type = 'dossier-checkpoint-upcoming' AND data ->> 'dossierId' = $1`,
        [dossier.id],
      );
      expect(inApp.map((n) => n.user_id)).toEqual([user['esther'].id]); // trekkers only
    });

    it('takes klussen from managers in the team, lists them and tells the team and the feed', async () => {
      const dossier = await start('esther');
      await join('joost', dossier.id);
      await join('femke', dossier.id);
      const outsiderPost = await http['dirk'].post<Problem>(
        '/api/v1/tasks',
        taskBody({ dossierId: dossier.id }),
      );
      expect(outsiderPost.status).toBe(400);
      expect(outsiderPost.body.invalidParams.map((p) => p.name)).toEqual(['dossierId']);
      const ownOnly = await http['joost'].post<Problem>(
        '/api/v1/tasks',
        taskBody({ dossierId: dossier.id, visibility: 'organisation' }),
      );
      expect(ownOnly.body.invalidParams.map((p) => p.name)).toEqual(['visibility']);
      const posted = await http['joost'].post<{ id: string; dossierId: string }>(
        '/api/v1/tasks',
        taskBody({
          title: 'Vergunningen vergelijken',
          dossierId: dossier.id,
          visibility: 'partnership',
          partnershipId: partnership.id,
        }),
      );
      expect(posted.status, posted.text).toBe(201);
      expect(posted.body.dossierId).toBe(dossier.id);
      expect((await http['karin'].post(`/api/v1/tasks/${posted.body.id}/claims`, {})).status).toBe(201);
      const listed = await http['femke'].get<Page<{ title: string }>>(
        `/api/v1/tasks?dossierId=${dossier.id}&status=open&status=full&status=in-progress&status=completed`,
      );
      expect(listed.body.items.map((task) => task.title)).toEqual(['Vergunningen vergelijken']);
      const feed = await http['femke'].get<
        Page<{ type: string; task: { title: string } | null; actor: Ref | null }>
      >(`/api/v1/dossiers/${dossier.id}/activity`);
      expect(feed.body.items.slice(0, 2).map((a) => [a.type, a.task?.title, a.actor?.id])).toEqual([
        ['task-claimed', 'Vergunningen vergelijken', user['karin'].id],
        ['task-posted', 'Vergunningen vergelijken', user['joost'].id],
      ]);
      // The team hears of the new klus (not its poster).
      await quiet(t);
      const heard = await t.db.query<{ user_id: string }[]>(
        `SELECT user_id FROM notifications WHERE type = 'dossier-task-posted' AND data ->> 'taskId' = $1`,
        [posted.body.id],
      );
      expect(heard.map((r) => r.user_id).sort()).toEqual([user['esther'].id, user['femke'].id].sort());
    });
    it("hides a klus's title in the feed from whoever can no longer see the klus", async () => {
      const dossier = await start('esther', { title: 'Gedeelde vergunningen' });
      await join('joost', dossier.id);
      await join('femke', dossier.id);
      const posted = await http['joost'].post<{ id: string }>(
        '/api/v1/tasks',
        taskBody({
          title: 'Intern archief opschonen',
          dossierId: dossier.id,
          visibility: 'partnership',
          partnershipId: partnership.id,
        }),
      );
      expect(posted.status, posted.text).toBe(201);
      type Feed = Page<{ type: string; task: { id: string; title: string } | null; actor: Ref | null }>;
      const posting = async (who: string) => {
        const feed = await http[who].get<Feed>(`/api/v1/dossiers/${dossier.id}/activity`);
        expect(feed.status).toBe(200);
        return {
          body: feed.body,
          text: feed.text,
          line: feed.body.items.find((a) => a.type === 'task-posted'),
        };
      };
      expect((await posting('esther')).line?.task?.title).toBe('Intern archief opschonen');

      // Joost (Oss) narrows the klus to his own organisation.
      const narrowed = await http['joost'].patch(`/api/v1/tasks/${posted.body.id}`, {
        visibility: 'organisation',
      });
      expect(narrowed.status, narrowed.text).toBe(200);
      expect((await http['esther'].get(`/api/v1/tasks/${posted.body.id}`)).status).toBe(404);

      // Esther (Zeist) still sees that Joost posted a klus, but not which.
      const hidden = await posting('esther');
      expect(hidden.line).toMatchObject({ task: null, actor: { id: user['joost'].id } });
      expect(hidden.text).not.toContain('Intern archief opschonen');
      expect(hidden.text).not.toContain(posted.body.id);
      // Femke (Oss) can still see the klus, and so its title.
      expect((await posting('femke')).line?.task).toEqual({
        id: posted.body.id,
        title: 'Intern archief opschonen',
      });

      // Widened again, Esther sees it again: the feed follows the klus's visibility now, not when it was written.
      await http['joost'].patch(`/api/v1/tasks/${posted.body.id}`, { visibility: 'all-partnerships' });
      expect((await posting('esther')).line?.task?.title).toBe('Intern archief opschonen');
    });
  });

  describe('the skill gap', () => {
    it("sets the dossier's skills against the team's and suggests people of the partnership for each gap", async () => {
      const skill = async (label: string) =>
        (
          await t.db.query<[{ id: string }]>(
            `SELECT skill_id AS id FROM skill_labels WHERE normalised = lower($1) LIMIT 1`,
            [label],
          )
        )[0].id;
      const dossier = await start('esther', {
        title: 'Geodata delen',
        skills: ['GIS', 'Omgevingsrecht', 'Archiefbeheer'],
      });
      await join('femke', dossier.id);
      const [gis, law] = [await skill('GIS'), await skill('Omgevingsrecht')];
      // Free names are private proposals, matched with nobody until accepted (here by a platform admin).
      for (const id of [gis, law]) {
        expect((await http['admin'].post(`/api/v1/skills/${id}/acceptance`)).status).toBe(200);
      }
      await t.db.query(
        `INSERT INTO user_skills (user_id, skill_id, source, level) VALUES
           ($1, $3, 'self', 'advanced'), ($2, $4, 'self', 'expert'), ($5, $4, 'self', 'expert'), ($6, $4, 'self', 'basic')`,
        [user['femke'].id, user['gis'].id, gis, law, user['dirk'].id, user['karin'].id],
      );
      // Gis (Oss) chose to be findable for partners; Karin is a colleague of the trekker (Zeist).
      const findable = await http['gis'].put<{ findableByPartners: boolean }>('/api/v1/me/profile', {
        hoursPerMonth: null,
        locationPreference: 'any',
        skills: [{ skillId: law, level: 'expert' }],
        learningGoals: [],
        findableByPartners: true,
      });
      expect(findable.status, findable.text).toBe(200);
      const gap = await http['esther'].get<SkillGap>(`/api/v1/dossiers/${dossier.id}/skill-gap`);
      expect(gap.status).toBe(200);
      expect(gap.body.namedSuggestions).toBe(true);
      const by = Object.fromEntries(gap.body.items.map((item) => [item.skill.label, item]));
      expect(by['GIS']).toMatchObject({ covered: true, suggestions: [], candidateCount: 0 });
      expect(by['GIS'].team.map((m) => m.user.id)).toEqual([user['femke'].id]);
      // Omgevingsrecht: the expert first, then the basis level; Dirk is in another partnership.
      expect(by['Omgevingsrecht'].covered).toBe(false);
      expect(by['Omgevingsrecht'].suggestions.map((s) => [s.user.id, s.level])).toEqual([
        [user['gis'].id, 'expert'],
        [user['karin'].id, 'basic'],
      ]);
      expect(by['Omgevingsrecht']).toMatchObject({ candidateCount: 2, findableCount: 2 });
      expect(by['Omgevingsrecht'].suggestions[0].reasons[0]).toEqual({
        kind: 'required',
        skill: 'Omgevingsrecht',
        level: 'expert',
        demonstrated: false,
      });
      expect(by['Archiefbeheer']).toMatchObject({ covered: false, suggestions: [] });
    });

    it('tells the people of the partnership whose skills a new dossier needs, and nobody else', async () => {
      const [{ id: skillId }] = await t.db.query<[{ id: string }]>(
        `INSERT INTO skills (label_nl, verified) VALUES ('Participatie', true) RETURNING id`,
      );
      await t.db.query(
        `INSERT INTO skill_labels (skill_id, lang, label, kind) VALUES ($1, 'nl', 'Participatie', 'preferred')`,
        [skillId],
      );
      await t.db.query(
        `INSERT INTO user_skills (user_id, skill_id, source, level) VALUES ($1, $3, 'self', 'basic'), ($2, $3, 'self', 'expert')`,
        [user['karin'].id, user['dirk'].id, skillId],
      );
      await t.db.query(`INSERT INTO learning_goals (user_id, skill_id) VALUES ($1, $2)`, [
        user['joost'].id,
        skillId,
      ]);
      const dossier = await start('esther', { title: 'Participatie met inwoners', skills: ['Participatie'] });
      await quiet(t);
      const heard = await t.db.query<{ user_id: string }[]>(
        `SELECT user_id FROM notifications WHERE event_key = $1`,
        [`dossier.created:${dossier.id}`],
      );
      expect(heard.map((r) => r.user_id).sort()).toEqual([user['joost'].id, user['karin'].id].sort());
    });

    it('names people only to trekkers, and only those who can be found by them; everyone else sees counts', async () => {
      const [{ id: skillId }] = await t.db.query<[{ id: string }]>(
        `INSERT INTO skills (label_nl, verified) VALUES ('Subsidieaanvragen', true) RETURNING id`,
      );
      await t.db.query(
        `INSERT INTO skill_labels (skill_id, lang, label, kind) VALUES ($1, 'nl', 'Subsidieaanvragen', 'preferred')`,
        [skillId],
      );
      const person = async (organisation: string, roles: ('employee' | 'org-admin')[] = ['employee']) => {
        const created = await createUser(t.db, org[organisation].id, roles);
        return { user: created, http: await loginAs(t.http, created) };
      };
      const vera = await person('Oss'); // chooses to be findable for partners
      const olaf = await person('Oss'); // says nothing: not findable for partners
      const zoe = await person('Zeist'); // a colleague of the trekker
      const zeistAdmin = await person('Zeist', ['org-admin']);
      await t.db.query(
        `INSERT INTO user_skills (user_id, skill_id, source, level)
         VALUES ($1, $4, 'self', 'expert'), ($2, $4, 'self', 'expert'), ($3, $4, 'self', 'basic')`,
        [vera.user.id, olaf.user.id, zoe.user.id, skillId],
      );
      const dossier = await start('esther', {
        title: 'Subsidies samen aanvragen',
        skills: ['Subsidieaanvragen'],
      });
      await join('femke', dossier.id);
      const gapOf = async (client: HttpClient, id = dossier.id) => {
        const response = await client.get<SkillGap>(`/api/v1/dossiers/${id}/skill-gap`);
        expect(response.status, response.text).toBe(200);
        return response.body;
      };
      const names = (gap: SkillGap) => gap.items[0].suggestions.map((s) => s.user.id);

      // A member of the team (not a trekker): how many, never who.
      const member = await gapOf(http['femke']);
      expect(member.items[0].suggestions).toEqual([]);
      for (const someone of [vera, olaf, zoe]) expect(JSON.stringify(member)).not.toContain(someone.user.id);
      expect(member.namedSuggestions).toBe(false);
      expect(member.items[0]).toMatchObject({ candidateCount: 3, findableCount: 0 });

      // Findable for partners is off by default; Vera turns it on in her profile, Olaf leaves it alone.
      const mine = await vera.http.get<{ findableByPartners: boolean }>('/api/v1/me/profile');
      expect(mine.body.findableByPartners).toBe(false);
      const profile = (findableByPartners?: boolean) => ({
        hoursPerMonth: null,
        locationPreference: 'any',
        skills: [{ skillId, level: 'expert' }], // as before
        learningGoals: [],
        ...(findableByPartners === undefined ? {} : { findableByPartners }),
      });
      const opted = await vera.http.put<{ findableByPartners: boolean }>('/api/v1/me/profile', profile(true));
      expect(opted.status, opted.text).toBe(200);
      expect(opted.body.findableByPartners).toBe(true);
      expect((await vera.http.put('/api/v1/me/profile', profile())).body['findableByPartners']).toBe(true);
      await olaf.http.put('/api/v1/me/profile', profile());
      expect(
        (await olaf.http.get<{ findableByPartners: boolean }>('/api/v1/me/profile')).body.findableByPartners,
      ).toBe(false);

      // The trekker (Zeist): Vera (Oss, findable) and Zoë (own organisation), not Olaf; he is only counted.
      const trekker = await gapOf(http['esther']);
      expect(trekker.namedSuggestions).toBe(true);
      expect(names(trekker)).toEqual([vera.user.id, zoe.user.id]);
      expect(trekker.items[0]).toMatchObject({ candidateCount: 3, findableCount: 2 });

      // Starting a dossier to harvest names yields only who is findable for that trekker (Oss).
      const harvest = await start('femke', { title: 'Wie kan wat?', skills: ['Subsidieaanvragen'] });
      const harvested = await gapOf(http['femke'], harvest.id);
      expect(names(harvested).sort()).toEqual([vera.user.id, olaf.user.id].sort());
      expect(harvested.items[0]).toMatchObject({ candidateCount: 3, findableCount: 2 });

      // The organisation decides for its own people: Zeist's org-admin turns it off, nobody else can.
      const path = `/api/v1/organisations/${org['Zeist'].id}`;
      expect((await http['karin'].patch(path, { findableWithinOrganisation: false })).status).toBe(403);
      const off = await zeistAdmin.http.patch<{
        findableWithinOrganisation: boolean;
        consentRequired: boolean;
      }>(path, { findableWithinOrganisation: false });
      expect(off.status, off.text).toBe(200);
      expect(off.body).toMatchObject({ findableWithinOrganisation: false, consentRequired: false });
      const without = await gapOf(http['esther']);
      expect(names(without)).toEqual([vera.user.id]);
      expect(without.items[0]).toMatchObject({ candidateCount: 3, findableCount: 1 });
      await zeistAdmin.http.patch(path, { findableWithinOrganisation: true });
    });
  });
});

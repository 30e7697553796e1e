import { getQueueToken } from '@nestjs/bullmq';
import { dayInAmsterdam } from '@klussenbank/domain';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_JOB } from '../../src/notifications/digest.job.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import { SuccessesService } from '../../src/successes/successes.service.js';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  isPasswordLinkMail,
  loginAs,
  taskBody,
  type TestUser,
} from '../support/factories.js';
import { quiet } from '../support/quiet.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Ref {
  id: string;
  name: string;
}
interface Success {
  id: string;
  milestone: string;
  title: string;
  storyHtml: string;
  task: Ref | null;
  dossier: Ref | null;
  checkpoint: Ref | null;
  organisations: Ref[];
  partnerships: Ref[];
  skills: Ref[];
  hours: number;
  named: (Ref & { organisation: Ref })[];
  unnamedCount: number;
  applause: { count: number; mine: boolean };
  commentCount: number;
  myNaming: string | null;
  comments?: { id: string; body: string; canHide: boolean }[];
}
interface Problem {
  code: string;
  invalidParams?: { name: string; code: string }[];
}
interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

describe(SuccessesService.name, () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let oss: Ref, zeist: Ref, breda: Ref;
  let network: Ref;
  let poster: TestUser, zeistPerson: TestUser, ossPerson: TestUser;
  let posterHttp: HttpClient, zeistHttp: HttpClient, ossPersonHttp: HttpClient;
  let ossColleague: HttpClient, zeistColleague: HttpClient, bredaPerson: HttpClient;
  let ossAdmin: HttpClient, zeistAdmin: HttpClient, bredaAdmin: HttpClient, platformAdmin: HttpClient;
  let weeklyZeist: TestUser, weeklyBreda: TestUser;
  const claims = new Map<string, string>();

  /** A klus by the poster (all partnerships), claimed by these people and started; answers its id. */
  async function running(participants: [HttpClient, TestUser][], title: string) {
    const task = await posterHttp.post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({ title, capacity: participants.length }),
    );
    if (task.status !== 201) throw new Error(task.text);
    for (const [client, user] of participants) {
      const claim = await client.post<{ id: string }>(`/api/v1/tasks/${task.body.id}/claims`, {});
      if (claim.status !== 201) throw new Error(claim.text);
      claims.set(`${task.body.id}:${user.id}`, claim.body.id);
    }
    const start = await posterHttp.post(`/api/v1/tasks/${task.body.id}/status-changes`, { action: 'start' });
    if (start.status !== 200) throw new Error(start.text);
    return task.body.id;
  }

  async function completed(participants: [HttpClient, TestUser][], title: string) {
    const id = await running(participants, title);
    const done = await posterHttp.post(`/api/v1/tasks/${id}/status-changes`, {
      action: 'complete',
      actualHours: participants.map(([, p]) => ({ claimId: claims.get(`${id}:${p.id}`), hours: 4 })),
    });
    if (done.status !== 200) throw new Error(done.text);
    return id;
  }

  const share = (client: HttpClient, body: Record<string, unknown>) =>
    client.post<Success & Problem>('/api/v1/successes', { story: 'Het **archief** is op orde.', ...body });

  const mailsTo = (address: string) => smtp.to(address).filter((m) => !isPasswordLinkMail(m));

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({
      worker: true,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://klussenbank.example' },
    });
    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    breda = await createOrganisation(t.db, { name: 'Gemeente Breda' });
    network = await createPartnership(t.db, [oss.id, zeist.id], 'Netwerk Anders Samenwerken');
    await createPartnership(t.db, [breda.id], 'Regio Breda');
    poster = await createUser(t.db, oss.id, ['manager']);
    zeistPerson = await createUser(t.db, zeist.id);
    ossPerson = await createUser(t.db, oss.id);
    posterHttp = await loginAs(t.http, poster);
    zeistHttp = await loginAs(t.http, zeistPerson);
    ossPersonHttp = await loginAs(t.http, ossPerson);
    ossColleague = await loginAs(t.http, await createUser(t.db, oss.id));
    zeistColleague = await loginAs(t.http, await createUser(t.db, zeist.id));
    bredaPerson = await loginAs(t.http, await createUser(t.db, breda.id));
    ossAdmin = await loginAs(t.http, await createUser(t.db, oss.id, ['org-admin']));
    zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
    bredaAdmin = await loginAs(t.http, await createUser(t.db, breda.id, ['org-admin']));
    platformAdmin = await loginAs(t.http, await createUser(t.db, breda.id, ['platform-admin']));
    weeklyZeist = await createUser(t.db, zeist.id, ['employee'], { email: 'wekelijks@zeist.test' });
    weeklyBreda = await createUser(t.db, breda.id, ['employee'], { email: 'wekelijks@breda.test' });
    await t.db.query(
      `INSERT INTO notification_preferences (user_id, channel, rhythm) VALUES ($1, 'email', 'weekly'), ($2, 'email', 'weekly')`,
      [weeklyZeist.id, weeklyBreda.id],
    );
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  describe('sharing a klus', () => {
    let taskId: string;
    let success: Success;

    beforeAll(async () => {
      taskId = await completed(
        [
          [zeistHttp, zeistPerson],
          [ossPersonHttp, ossPerson],
        ],
        'Archief ordenen',
      );
      // The klus's skill names were new here (private proposals); an admin accepted them, so they show.
      await t.db.query(
        `UPDATE skills SET status = 'accepted' WHERE id IN (SELECT skill_id FROM task_skills WHERE task_id = $1)`,
        [taskId],
      );
    });

    it('is for the poster only, of a completed klus, once', async () => {
      const notYet = await running([[zeistColleague, await createUser(t.db, zeist.id)]], 'Nog bezig');
      expect((await share(posterHttp, { taskId: notYet })).body.code).toBe('success-not-reached');
      // A participant, a colleague or an admin of the posting organisation does not share it.
      for (const client of [zeistHttp, ossColleague, ossAdmin]) {
        const refused = await share(client, { taskId });
        expect(refused.status).toBe(403);
        expect(refused.body.code).toBe('forbidden');
      }
      // Somebody who cannot see the klus hears nothing of it.
      expect((await share(bredaPerson, { taskId })).status).toBe(404);
      // Neither or both of a klus and a dossier: both fields named at once.
      const neither = await share(posterHttp, {});
      expect(neither.status).toBe(400);
      expect(neither.body.invalidParams?.map((p) => p.name)).toEqual(['taskId', 'dossierId']);
      // Raw HTML and a javascript: link do not survive the story.
      const shared = await share(posterHttp, {
        taskId,
        story: 'Gelukt! <script>alert(1)</script> [klik](javascript:alert(1))',
      });
      expect(shared.status, shared.text).toBe(201);
      success = shared.body;
      expect(success.storyHtml).not.toContain('<script>');
      expect(success.storyHtml).not.toContain('href="javascript');
      expect((await share(posterHttp, { taskId })).body.code).toBe('success-shared');
      expect(
        await t.db.query(`SELECT count(*)::int AS n FROM successes WHERE task_id = $1`, [taskId]),
      ).toEqual([{ n: 1 }]);
    });

    it('shows the organisations, hours from the ledger and skills, and names nobody yet', () => {
      expect(success).toMatchObject({
        milestone: 'task-completed',
        title: 'Archief ordenen',
        task: { id: taskId, name: 'Archief ordenen' },
        hours: 8,
        named: [],
        unnamedCount: 3,
        myNaming: 'asked',
        applause: { count: 0, mine: false },
      });
      expect(success.organisations.map((o) => o.name)).toEqual(['Gemeente Oss', 'Gemeente Zeist']);
      expect(success.partnerships.map((p) => p.name)).toEqual(['Netwerk Anders Samenwerken']);
      expect(success.skills.length).toBeGreaterThan(0);
    });

    it('asks each participant once whether they may be named, in the app and by mail', async () => {
      await quiet(t);
      const asked = await t.db.query<{ user_id: string }[]>(
        `SELECT user_id FROM notifications WHERE type = 'success-naming-requested' AND data ->> 'successId' = $1
          ORDER BY user_id`,
        [success.id],
      );
      expect(asked.map((a) => a.user_id)).toEqual([zeistPerson.id, ossPerson.id].sort());
      const mails = mailsTo(zeistPerson.email).filter((m) => m.subject.startsWith('Mag uw naam'));
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain(`https://klussenbank.example/successen/${success.id}#naam`);
    });

    it('names a participant only after they agree, and no longer once they withdraw', async () => {
      const path = `/api/v1/successes/${success.id}/naming`;
      expect((await zeistHttp.put<Success>(path, { agree: 'ja' })).status).toBe(400);
      const agreed = await zeistHttp.put<Success>(path, { agree: true });
      expect(agreed.status).toBe(200);
      expect(agreed.body.myNaming).toBe('agreed');
      expect(agreed.body.named.map((p) => p.id)).toEqual([zeistPerson.id]);
      // Others see the name too.
      const seen = await ossColleague.get<Success>(`/api/v1/successes/${success.id}`);
      expect(seen.body.named.map((p) => p.name)).toHaveLength(1);
      expect(seen.body.unnamedCount).toBe(2);
      // Declining names nobody; withdrawing removes the name.
      await ossPersonHttp.put(path, { agree: false });
      const withdrawn = await zeistHttp.put<Success>(path, { agree: false });
      expect(withdrawn.body.named).toEqual([]);
      await zeistHttp.put(path, { agree: true });
      // Someone not involved decides nothing: 403; someone who cannot see it: 404.
      expect((await zeistColleague.put<Problem>(path, { agree: true })).body.code).toBe('forbidden');
      expect((await bredaPerson.put(path, { agree: true })).status).toBe(404);
    });

    it('counts applause once per person, under 20 simultaneous presses by the same person', async () => {
      const path = `/api/v1/successes/${success.id}/applause`;
      const presses = await Promise.all(Array.from({ length: 20 }, () => zeistColleague.put(path)));
      expect(presses.map((p) => p.status)).toEqual(Array(20).fill(200));
      expect(
        await t.db.query(`SELECT count(*)::int AS n FROM success_applause WHERE success_id = $1`, [
          success.id,
        ]),
      ).toEqual([{ n: 1 }]);
      // Several people: each counts once; the toggle takes one's own back.
      await Promise.all([ossColleague.put(path), ossColleague.put(path), zeistHttp.put(path)]);
      const mine = await zeistColleague.get<Success>(`/api/v1/successes/${success.id}`);
      expect(mine.body.applause).toEqual({ count: 3, mine: true });
      const back = await zeistColleague.delete<{ count: number; mine: boolean }>(path);
      expect(back.body).toEqual({ count: 2, mine: false });
      // 20 simultaneous presses and withdrawals: one row or none, and the answer agrees with the store.
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2 ? zeistColleague.put(path) : zeistColleague.delete(path),
        ),
      );
      const [{ n }] = await t.db.query<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM success_applause WHERE success_id = $1`,
        [success.id],
      );
      expect([2, 3]).toContain(n);
      expect((await zeistColleague.get<Success>(`/api/v1/successes/${success.id}`)).body.applause.count).toBe(
        n,
      );
      // Outside the partnership: no applause.
      expect((await bredaPerson.put(path)).status).toBe(404);
    });

    it('takes comments, hidden by their author or an admin involved, not by others', async () => {
      const path = `/api/v1/successes/${success.id}/comments`;
      expect((await zeistColleague.post<Problem>(path, { body: '   ' })).status).toBe(400);
      expect((await zeistColleague.post<Problem>(path, { body: 'x'.repeat(501) })).status).toBe(400);
      const comments: { id: string; canHide: boolean }[] = [];
      for (const body of ['Mooi werk!', 'Goed gedaan', 'Top']) {
        const c = await zeistColleague.post<{ id: string; canHide: boolean }>(path, { body });
        expect(c.status).toBe(201);
        expect(c.body.canHide).toBe(true);
        comments.push(c.body);
      }
      expect((await bredaPerson.post(path, { body: 'Hallo' })).status).toBe(404);
      const hide = (client: HttpClient, id: string) => client.delete<Problem>(`${path}/${id}`);
      // A colleague of another organisation, and an admin elsewhere, may not.
      expect((await hide(ossColleague, comments[0].id)).status).toBe(403);
      expect((await hide(bredaAdmin, comments[0].id)).status).toBe(404);
      // The author; an org-admin of an organisation involved (Oss); of the author's (Zeist).
      expect((await hide(zeistColleague, comments[0].id)).status).toBe(204);
      expect((await hide(ossAdmin, comments[1].id)).status).toBe(204);
      expect((await hide(zeistAdmin, comments[2].id)).status).toBe(204);
      expect((await hide(zeistAdmin, comments[2].id)).status).toBe(404);
      const after = await ossColleague.get<Success>(`/api/v1/successes/${success.id}`);
      expect(after.body.comments).toEqual([]);
      expect(after.body.commentCount).toBe(0);
      const kept = await ossColleague.post<{ id: string; canHide: boolean }>(path, { body: 'Blijft staan' });
      const view = await ossAdmin.get<Success>(`/api/v1/successes/${success.id}`);
      expect(view.body.comments).toEqual([expect.objectContaining({ id: kept.body.id, canHide: true })]);
      expect((await zeistColleague.get<Success>(`/api/v1/successes/${success.id}`)).body.comments).toEqual([
        expect.objectContaining({ id: kept.body.id, canHide: false }),
      ]);
    });

    it('is seen by the partnership and platform admins only', async () => {
      for (const client of [ossColleague, zeistColleague, zeistAdmin, platformAdmin]) {
        expect((await client.get(`/api/v1/successes/${success.id}`)).status).toBe(200);
        const wall = await client.get<Page<Success>>('/api/v1/successes');
        expect(wall.body.items.map((s) => s.id)).toContain(success.id);
      }
      for (const client of [bredaPerson, bredaAdmin]) {
        expect((await client.get<Problem>(`/api/v1/successes/${success.id}`)).body.code).toBe('not-found');
        const wall = await client.get<Page<Success>>('/api/v1/successes');
        expect(wall.body.items.map((s) => s.id)).not.toContain(success.id);
      }
    });

    it('keeps an organisation-only klus inside the organisation', async () => {
      const id = await (async () => {
        const task = await posterHttp.post<{ id: string }>(
          '/api/v1/tasks',
          taskBody({ title: 'Intern klusje', visibility: 'organisation', capacity: 1 }),
        );
        await ossPersonHttp.post<{ id: string }>(`/api/v1/tasks/${task.body.id}/claims`, {});
        await posterHttp.post(`/api/v1/tasks/${task.body.id}/status-changes`, { action: 'start' });
        const [claim] = await t.db.query<[{ id: string }]>(`SELECT id FROM claims WHERE task_id = $1`, [
          task.body.id,
        ]);
        const done = await posterHttp.post(`/api/v1/tasks/${task.body.id}/status-changes`, {
          action: 'complete',
          actualHours: [{ claimId: claim.id, hours: 2 }],
        });
        expect(done.status, done.text).toBe(200);
        return task.body.id;
      })();
      const shared = await share(posterHttp, { taskId: id });
      expect(shared.body.partnerships).toEqual([]);
      expect((await ossColleague.get(`/api/v1/successes/${shared.body.id}`)).status).toBe(200);
      expect((await zeistColleague.get(`/api/v1/successes/${shared.body.id}`)).status).toBe(404);
    });
  });

  describe('a dossier milestone', () => {
    let dossierId: string;
    let trekker: HttpClient, member: HttpClient, memberUser: TestUser;

    beforeAll(async () => {
      const trekkerUser = await createUser(t.db, zeist.id, ['manager']);
      memberUser = await createUser(t.db, oss.id);
      trekker = await loginAs(t.http, trekkerUser);
      member = await loginAs(t.http, memberUser);
      const dossier = await trekker.post<{ id: string }>('/api/v1/dossiers', {
        title: 'Samen één aanpak voor de Omgevingswet',
        goal: 'Eén werkwijze voor vergunningen in Oss en Zeist.',
        description: 'We beginnen met verkennen.',
        partnershipId: network.id,
        startDate: '2026-12-01',
        skills: ['GIS'],
      });
      expect(dossier.status, dossier.text).toBe(201);
      dossierId = dossier.body.id;
      expect((await member.post(`/api/v1/dossiers/${dossierId}/memberships`, {})).status).toBe(201);
    });

    it('is shared by a trekker once a checkpoint is held, and the team hears of it once', async () => {
      const planned = await trekker.post<{ id: string }>(`/api/v1/dossiers/${dossierId}/checkpoints`, {
        title: 'Eerste ijkmoment',
        plannedOn: '2027-06-15',
      });
      const checkpointId = planned.body.id;
      expect((await share(trekker, { dossierId, checkpointId })).body.code).toBe('success-not-reached');
      expect((await share(trekker, { dossierId })).body.code).toBe('success-not-reached');
      const today = dayInAmsterdam(new Date());
      const held = await trekker.patch(`/api/v1/dossiers/${dossierId}/checkpoints/${checkpointId}`, {
        held: true,
        plannedOn: today,
        wentWell: 'Oss en Zeist deelden hun werkwijze open.',
      });
      expect(held.status, held.text).toBe(200);
      // A member of the team, or someone outside the partnership, does not share it.
      expect((await share(member, { dossierId, checkpointId })).status).toBe(403);
      expect((await share(bredaPerson, { dossierId, checkpointId })).status).toBe(404);
      expect((await share(trekker, { dossierId, checkpointId: dossierId })).body.code).toBe('not-found');
      const shared = await share(trekker, { dossierId, checkpointId, nameMe: true });
      expect(shared.status, shared.text).toBe(201);
      expect(shared.body).toMatchObject({
        milestone: 'checkpoint-held',
        dossier: { id: dossierId },
        checkpoint: { id: checkpointId, name: 'Eerste ijkmoment' },
        myNaming: 'agreed',
        unnamedCount: 1,
      });
      expect(shared.body.named).toHaveLength(1);
      await quiet(t);
      const told = await t.db.query<{ user_id: string; type: string }[]>(
        `SELECT user_id, type FROM notifications WHERE data ->> 'successId' = $1 ORDER BY type`,
        [shared.body.id],
      );
      // The member: one "new success" and one "may your name…"; the trekker who shared: nothing.
      expect(told).toEqual([
        { user_id: memberUser.id, type: 'success-naming-requested' },
        { user_id: memberUser.id, type: 'success-shared' },
      ]);
      const wall = await ossColleague.get<Page<Success>>(`/api/v1/successes?dossierId=${dossierId}`);
      expect(wall.body.items.map((s) => s.id)).toEqual([shared.body.id]);
    });
  });

  describe('the wall', () => {
    it('pages newest first and filters by organisation, partnership, dossier and skill', async () => {
      const all = await ossColleague.get<Page<Success>>('/api/v1/successes?pageSize=100');
      expect(all.body.total).toBeGreaterThanOrEqual(3);
      const first = await ossColleague.get<Page<Success>>('/api/v1/successes?pageSize=1&page=1');
      const second = await ossColleague.get<Page<Success>>('/api/v1/successes?pageSize=1&page=2');
      expect(first.body.items[0].id).toBe(all.body.items[0].id);
      expect(second.body.items[0].id).toBe(all.body.items[1].id);
      const byZeist = await ossColleague.get<Page<Success>>(`/api/v1/successes?organisationId=${zeist.id}`);
      expect(byZeist.body.items.length).toBeGreaterThan(0);
      for (const s of byZeist.body.items) expect(s.organisations.map((o) => o.id)).toContain(zeist.id);
      const byNetwork = await ossColleague.get<Page<Success>>(
        `/api/v1/successes?partnershipId=${network.id}`,
      );
      for (const s of byNetwork.body.items) expect(s.partnerships.map((p) => p.id)).toContain(network.id);
      expect(byNetwork.body.total).toBe(all.body.total - 1); // the organisation-only one is in no partnership
      const skill = all.body.items.find((s) => s.skills.length > 0)!.skills[0];
      const bySkill = await ossColleague.get<Page<Success>>(`/api/v1/successes?skillId=${skill.id}`);
      for (const s of bySkill.body.items) expect(s.skills.map((k) => k.id)).toContain(skill.id);
      expect((await ossColleague.get<Problem>('/api/v1/successes?skillId=GIS')).status).toBe(400);
      const breda = await bredaPerson.get<Page<Success>>('/api/v1/successes');
      expect(breda.body).toMatchObject({ items: [], total: 0 });
    });
  });

  describe('the weekly digest', () => {
    it("carries the week's successes of the person's partnerships, exactly once", async () => {
      await quiet(t);
      const titles = (
        await ossColleague.get<Page<Success>>(`/api/v1/successes?partnershipId=${network.id}&pageSize=100`)
      ).body.items.map((s) => s.title);
      expect(mailsTo(weeklyZeist.email)).toEqual([]);
      const digests = t.worker!.get<Queue>(getQueueToken(QueueName.Digests));
      await digests.add(DIGEST_JOB, { rhythm: 'weekly', period: '2026-W49' });
      await smtp.waitFor(() => mailsTo(weeklyZeist.email).length === 1);
      await digests.add(DIGEST_JOB, { rhythm: 'weekly', period: '2026-W49' }, { jobId: 'weekly-again' });
      await quiet(t);
      const mails = mailsTo(weeklyZeist.email);
      expect(mails).toHaveLength(1);
      expect(titles.length).toBeGreaterThanOrEqual(2);
      for (const title of titles) {
        expect(mails[0].text.split(`"${title}" is gedeeld als succes`)).toHaveLength(2); // once
      }
      // Outside the partnership: no digest about it.
      expect(mailsTo(weeklyBreda.email)).toEqual([]);
      // The next week's digest does not carry them again.
      await digests.add(DIGEST_JOB, { rhythm: 'weekly', period: '2026-W50' });
      await quiet(t);
      expect(mailsTo(weeklyZeist.email)).toHaveLength(1);
    });
  });

  describe('permissions', () => {
    it('answers anonymous requests with 401 on every endpoint', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      const anonymous = [
        t.http.get(`/api/v1/successes`),
        t.http.post(`/api/v1/successes`, { taskId: id, story: 'x' }),
        t.http.get(`/api/v1/successes/${id}`),
        t.http.put(`/api/v1/successes/${id}/naming`, { agree: true }),
        t.http.put(`/api/v1/successes/${id}/applause`),
        t.http.delete(`/api/v1/successes/${id}/applause`),
        t.http.post(`/api/v1/successes/${id}/comments`, { body: 'x' }),
        t.http.delete(`/api/v1/successes/${id}/comments/${id}`),
      ];
      expect((await Promise.all(anonymous)).map((r) => r.status)).toEqual(Array(8).fill(401));
    });

    it('answers an unknown or hidden success with the same 404 on every endpoint', async () => {
      const [visible] = (await ossColleague.get<Page<Success>>('/api/v1/successes')).body.items;
      for (const id of ['00000000-0000-4000-8000-000000000000', visible.id]) {
        const answers = await Promise.all([
          bredaPerson.get(`/api/v1/successes/${id}`),
          bredaPerson.put(`/api/v1/successes/${id}/naming`, { agree: true }),
          bredaPerson.put(`/api/v1/successes/${id}/applause`),
          bredaPerson.delete(`/api/v1/successes/${id}/applause`),
          bredaPerson.post(`/api/v1/successes/${id}/comments`, { body: 'x' }),
          bredaPerson.delete(`/api/v1/successes/${id}/comments/${id}`),
        ]);
        expect(answers.map((a) => a.status)).toEqual(Array(6).fill(404));
        for (const a of answers) expect(a.headers.get('content-type')).toContain('application/problem+json');
      }
      expect((await ossColleague.get('/api/v1/successes/geen-id')).status).toBe(404);
    });
  });
});

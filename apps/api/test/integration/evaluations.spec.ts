import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluationRequests } from '../../src/evaluations/evaluation-requests.service.js';
import { EVALUATION_REMINDER_JOB } from '../../src/evaluations/evaluation-reminder.job.js';
import { EvaluationsService } from '../../src/evaluations/evaluations.service.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import { WorkerModule } from '../../src/worker.module.js';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
  type TestUser,
} from '../support/factories.js';
import { quiet } from '../support/quiet.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Person {
  id: string;
  name: string;
  organisation: { id: string; name: string };
}
interface Evaluation {
  id: string;
  author: Person;
  subject: Person;
  score: number;
  wentWell: string | null;
  couldBeBetter: string | null;
}
interface TaskEvaluations {
  items: Evaluation[];
  toEvaluate: Person[];
}
interface Summary {
  organisation: { id: string; name: string };
  count: number;
  averageScore: number | null;
  scores: Record<string, number>;
  wentWell: string[];
  couldBeBetter: string[];
}
interface Problem {
  code: string;
  invalidParams?: { name: string; code: string }[];
}

const DAY = 86_400_000;

describe(EvaluationsService.name, () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let secondWorker: INestApplicationContext;
  let oss: { id: string }, zeist: { id: string }, breda: { id: string };
  // The poster (Oss) and their line manager; participants from Zeist and from Oss, with line managers.
  let poster: TestUser, posterBoss: TestUser, zeistPerson: TestUser, zeistBoss: TestUser;
  let ossPerson: TestUser, ossPersonBoss: TestUser;
  let posterHttp: HttpClient, posterBossHttp: HttpClient, zeistHttp: HttpClient, zeistBossHttp: HttpClient;
  let ossPersonHttp: HttpClient, ossPersonBossHttp: HttpClient;
  let ossColleague: HttpClient, bredaPerson: HttpClient;
  let ossAdmin: HttpClient, zeistAdmin: HttpClient, bredaAdmin: HttpClient, platformAdmin: HttpClient;

  const claimIdsByUser = new Map<string, string>();

  /** A klus by the poster, shared with Oss + Zeist, with these participants, started; answers its id. */
  async function running(participants: [HttpClient, TestUser][], title = 'Archief ordenen') {
    const task = await posterHttp.post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({ title, capacity: participants.length }),
    );
    if (task.status !== 201) throw new Error(task.text);
    for (const [client, user] of participants) {
      const claim = await client.post<{ id: string; status: string }>(
        `/api/v1/tasks/${task.body.id}/claims`,
        {},
      );
      if (claim.status !== 201) throw new Error(claim.text);
      claimIdsByUser.set(`${task.body.id}:${user.id}`, claim.body.id);
    }
    const start = await posterHttp.post(`/api/v1/tasks/${task.body.id}/status-changes`, { action: 'start' });
    if (start.status !== 200) throw new Error(start.text);
    return task.body.id;
  }

  const complete = (taskId: string, participants: TestUser[]) =>
    posterHttp.post(`/api/v1/tasks/${taskId}/status-changes`, {
      action: 'complete',
      actualHours: participants.map((p) => ({ claimId: claimIdsByUser.get(`${taskId}:${p.id}`), hours: 4 })),
    });

  const evaluate = (client: HttpClient, taskId: string, body: Record<string, unknown>) =>
    client.post<Evaluation & Problem>(`/api/v1/tasks/${taskId}/evaluations`, body);

  const notificationsOf = (type: string, taskId: string) =>
    t.db.query<{ user_id: string }[]>(
      `SELECT user_id FROM notifications WHERE type = $1 AND data ->> 'taskId' = $2 ORDER BY user_id`,
      [type, taskId],
    );

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({
      worker: true,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://klussenbank.example' },
    });
    // A second worker on the same database and Redis: relays and jobs run twice over.
    secondWorker = await NestFactory.createApplicationContext(WorkerModule.forRoot(t.config), {
      logger: ['warn', 'error'],
    });
    await secondWorker.init();

    oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    breda = await createOrganisation(t.db, { name: 'Gemeente Breda' });
    await createPartnership(t.db, [oss.id, zeist.id]);
    posterBoss = await createUser(t.db, oss.id, ['manager']);
    poster = await createUser(t.db, oss.id, ['manager'], { lineManagerId: posterBoss.id });
    zeistBoss = await createUser(t.db, zeist.id, ['manager']);
    zeistPerson = await createUser(t.db, zeist.id, ['employee'], { lineManagerId: zeistBoss.id });
    ossPersonBoss = await createUser(t.db, oss.id, ['manager']);
    ossPerson = await createUser(t.db, oss.id, ['employee'], { lineManagerId: ossPersonBoss.id });
    posterHttp = await loginAs(t.http, poster);
    posterBossHttp = await loginAs(t.http, posterBoss);
    zeistHttp = await loginAs(t.http, zeistPerson);
    zeistBossHttp = await loginAs(t.http, zeistBoss);
    ossPersonHttp = await loginAs(t.http, ossPerson);
    ossPersonBossHttp = await loginAs(t.http, ossPersonBoss);
    ossColleague = await loginAs(t.http, await createUser(t.db, oss.id));
    bredaPerson = await loginAs(t.http, await createUser(t.db, breda.id));
    ossAdmin = await loginAs(t.http, await createUser(t.db, oss.id, ['org-admin']));
    zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
    bredaAdmin = await loginAs(t.http, await createUser(t.db, breda.id, ['org-admin']));
    platformAdmin = await loginAs(t.http, await createUser(t.db, breda.id, ['platform-admin']));
  });
  afterAll(async () => {
    await secondWorker?.close();
    await t?.close();
    await smtp?.stop();
  });

  describe('the request', () => {
    it('asks the poster and each participant once, under a retried completion and two workers', async () => {
      const taskId = await running(
        [
          [zeistHttp, zeistPerson],
          [ossPersonHttp, ossPerson],
        ],
        'Klus met een herhaalde afronding',
      );
      // Two completions at once (a double click, a retry): one wins, the other finds it completed.
      const answers = await Promise.all([
        complete(taskId, [zeistPerson, ossPerson]),
        complete(taskId, [zeistPerson, ossPerson]),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      // A completion's requests recorded once more (a retried job or transaction) add nothing.
      await t.db.transaction((tx) => t.app.get(EvaluationRequests).recordCompletion(tx, taskId));

      const people = [poster.id, zeistPerson.id, ossPerson.id].sort();
      await expect.poll(async () => (await notificationsOf('evaluation-requested', taskId)).length).toBe(3);
      await quiet(t);
      expect((await notificationsOf('evaluation-requested', taskId)).map((n) => n.user_id)).toEqual(people);
      expect(
        await t.db.query(`SELECT user_id FROM evaluation_requests WHERE task_id = $1 ORDER BY user_id`, [
          taskId,
        ]),
      ).toEqual(people.map((user_id) => ({ user_id })));
      expect(
        await t.db.query(
          `SELECT count(*)::int AS n FROM outbox WHERE type = 'evaluation.requested' AND data ->> 'taskId' = $1`,
          [taskId],
        ),
      ).toEqual([{ n: 3 }]);
      // One evaluation e-mail each, leading to the section of the klus page; the completion itself
      // mails nothing else (the participants' request to confirm their hours is the ledger's own mail).
      for (const user of [poster, zeistPerson, ossPerson]) {
        const mails = smtp
          .to(user.email)
          .filter((m) => m.text.includes(taskId) && !m.subject.startsWith('Kloppen uw uren?'));
        expect(mails.map((m) => m.subject)).toEqual([
          'Hoe ging het? Beoordeel de klus Klus met een herhaalde afronding',
        ]);
        expect(mails[0].text).toContain(`https://klussenbank.example/klussen/${taskId}#evaluatie`);
      }
    });
  });

  describe('giving and reading', () => {
    let taskId: string;
    let names: string[];

    beforeAll(async () => {
      taskId = await running([
        [zeistHttp, zeistPerson],
        [ossPersonHttp, ossPerson],
      ]);
      expect((await complete(taskId, [zeistPerson, ossPerson])).status).toBe(200);
      names = (
        await t.db.query<{ display_name: string }[]>(
          `SELECT display_name FROM users WHERE id = ANY ($1::uuid[])`,
          [[poster.id, zeistPerson.id, ossPerson.id]],
        )
      ).map((u) => u.display_name);
    });

    it('tells each whom they still evaluate, and refuses a pair that is not one', async () => {
      const mine = await posterHttp.get<TaskEvaluations>(`/api/v1/tasks/${taskId}/evaluations`);
      expect(mine.status).toBe(200);
      expect(mine.body.toEvaluate.map((p) => p.id).sort()).toEqual([zeistPerson.id, ossPerson.id].sort());
      const theirs = await zeistHttp.get<TaskEvaluations>(`/api/v1/tasks/${taskId}/evaluations`);
      expect(theirs.body.toEvaluate.map((p) => p.id)).toEqual([poster.id]);

      // Participants do not evaluate each other.
      const sideways = await evaluate(zeistHttp, taskId, { subjectId: ossPerson.id, score: 4 });
      expect(sideways.status).toBe(400);
      expect(sideways.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'subjectId', code: 'not-an-evaluation-subject' }),
      ]);
    });

    it('takes an evaluation once; the same one twice at once gives one 201 and one 409', async () => {
      const body = {
        subjectId: zeistPerson.id,
        score: 5,
        wentWell: 'Zorgvuldig en snel',
        couldBeBetter: 'Eerder laten weten wat er speelt',
      };
      const answers = await Promise.all([
        evaluate(posterHttp, taskId, body),
        evaluate(posterHttp, taskId, body),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const conflict = answers.find((a) => a.status === 409)!;
      expect(conflict.headers.get('content-type')).toContain('application/problem+json');
      expect(conflict.body.code).toBe('evaluation-given');
      const created = answers.find((a) => a.status === 201)!.body;
      expect(created).toMatchObject({ score: 5, author: { id: poster.id }, subject: { id: zeistPerson.id } });

      expect((await evaluate(posterHttp, taskId, { subjectId: ossPerson.id, score: 3 })).status).toBe(201);
      expect(
        (await evaluate(zeistHttp, taskId, { subjectId: poster.id, score: 4, wentWell: 'Duidelijke vraag' }))
          .status,
      ).toBe(201);
      expect(
        (
          await evaluate(ossPersonHttp, taskId, {
            subjectId: poster.id,
            score: 2,
            couldBeBetter: 'Te krap gepland',
          })
        ).status,
      ).toBe(201);
      const done = await posterHttp.get<TaskEvaluations>(`/api/v1/tasks/${taskId}/evaluations`);
      expect(done.body.toEvaluate).toEqual([]);
    });

    it('shows each evaluation to the two people and their line managers only', async () => {
      const pairsSeenBy = async (client: HttpClient) => {
        const answer = await client.get<TaskEvaluations>(`/api/v1/tasks/${taskId}/evaluations`);
        expect(answer.status).toBe(200);
        return answer.body.items.map((e) => `${e.author.id}>${e.subject.id}`).sort();
      };
      const pair = (a: TestUser, b: TestUser) => `${a.id}>${b.id}`;
      const withZeist = [pair(poster, zeistPerson), pair(zeistPerson, poster)];
      const withOss = [pair(poster, ossPerson), pair(ossPerson, poster)];
      const all = [...withZeist, ...withOss].sort();

      expect(await pairsSeenBy(posterHttp)).toEqual(all);
      expect(await pairsSeenBy(posterBossHttp)).toEqual(all);
      expect(await pairsSeenBy(zeistHttp)).toEqual(withZeist.sort());
      expect(await pairsSeenBy(zeistBossHttp)).toEqual(withZeist.sort());
      expect(await pairsSeenBy(ossPersonHttp)).toEqual(withOss.sort());
      expect(await pairsSeenBy(ossPersonBossHttp)).toEqual(withOss.sort());
      // Who sees the klus but is not involved: nothing, admins and platform admins included.
      expect(await pairsSeenBy(ossColleague)).toEqual([]);
      expect(await pairsSeenBy(ossAdmin)).toEqual([]);
      expect(await pairsSeenBy(zeistAdmin)).toEqual([]);
      // Who does not see the klus (Breda is not in the partnership): not found, as the klus itself.
      for (const client of [bredaPerson, bredaAdmin]) {
        const hidden = await client.get<Problem>(`/api/v1/tasks/${taskId}/evaluations`);
        expect(hidden.status).toBe(404);
        expect(hidden.headers.get('content-type')).toContain('application/problem+json');
      }
      const platform = await platformAdmin.get<TaskEvaluations>(`/api/v1/tasks/${taskId}/evaluations`);
      if (platform.status === 200) expect(platform.body.items).toEqual([]);
      else expect(platform.status).toBe(404);
    });

    it('lets only the poster and participants give one', async () => {
      const body = { subjectId: poster.id, score: 4 };
      expect((await evaluate(ossColleague, taskId, body)).status).toBe(403);
      expect((await evaluate(ossAdmin, taskId, body)).status).toBe(403);
      expect((await evaluate(posterBossHttp, taskId, body)).status).toBe(403);
      expect((await evaluate(bredaPerson, taskId, body)).status).toBe(404);
    });

    it('gives admins of the organisations involved the aggregate, without names', async () => {
      const summary = (client: HttpClient, organisationId?: string) =>
        client.get<Summary & Problem>(
          `/api/v1/evaluations/summary${organisationId ? `?organisationId=${organisationId}` : ''}`,
        );
      const ossSummary = await summary(ossAdmin);
      expect(ossSummary.status).toBe(200);
      // Oss: the poster and one participant are Oss people, so all four evaluations involve Oss.
      expect(ossSummary.body).toMatchObject({
        organisation: { id: oss.id },
        count: 4,
        averageScore: 3.5,
        scores: { '1': 0, '2': 1, '3': 1, '4': 1, '5': 1 },
        wentWell: ['Duidelijke vraag', 'Zorgvuldig en snel'],
        couldBeBetter: ['Eerder laten weten wat er speelt', 'Te krap gepland'],
      });
      const zeistSummary = await summary(zeistAdmin);
      expect(zeistSummary.body).toMatchObject({ count: 2, averageScore: 4.5 });
      for (const body of [ossSummary.text, zeistSummary.text]) {
        for (const name of names) expect(body).not.toContain(name);
        for (const user of [poster, zeistPerson, ossPerson]) expect(body).not.toContain(user.id);
      }
      // Another organisation's: refused; an uninvolved organisation's own: empty.
      expect((await summary(zeistAdmin, oss.id)).status).toBe(403);
      expect((await summary(bredaAdmin, oss.id)).status).toBe(403);
      expect((await summary(bredaAdmin)).body).toMatchObject({ count: 0, averageScore: null, wentWell: [] });
      // Platform admins: any organisation's aggregate; employees and managers: none.
      expect((await summary(platformAdmin, oss.id)).body).toMatchObject({ count: 4 });
      expect((await summary(platformAdmin, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      for (const client of [zeistHttp, posterHttp, posterBossHttp]) {
        const refused = await summary(client);
        expect(refused.status).toBe(403);
        expect(refused.headers.get('content-type')).toContain('application/problem+json');
      }
      // A period without evaluations.
      const past = await ossAdmin.get<Summary>('/api/v1/evaluations/summary?from=2020-01-01&to=2020-12-31');
      expect(past.body.count).toBe(0);
    });
  });

  describe('validation', () => {
    it('lists every invalid field at once, as problem+json', async () => {
      const taskId = await running([[zeistHttp, zeistPerson]], 'Klus om te valideren');
      expect((await complete(taskId, [zeistPerson])).status).toBe(200);
      const bad = await evaluate(posterHttp, taskId, {
        subjectId: 'niemand',
        score: 6,
        wentWell: 'x'.repeat(2001),
        couldBeBetter: 'y'.repeat(2001),
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
      expect(bad.body.invalidParams?.map((p) => p.name).sort()).toEqual([
        'couldBeBetter',
        'score',
        'subjectId',
        'wentWell',
      ]);
      for (const score of [0, 2.5, '4', null]) {
        const wrong = await evaluate(posterHttp, taskId, { subjectId: zeistPerson.id, score });
        expect(wrong.status).toBe(400);
        expect(wrong.body.invalidParams?.map((p) => p.name)).toEqual(['score']);
      }
      // At the bounds: accepted.
      const ok = await evaluate(posterHttp, taskId, {
        subjectId: zeistPerson.id,
        score: 1,
        wentWell: 'x'.repeat(2000),
        couldBeBetter: '',
      });
      expect(ok.status).toBe(201);
      expect(ok.body.couldBeBetter).toBeNull();
    });

    it('waits for the completion', async () => {
      const taskId = await running([[zeistHttp, zeistPerson]], 'Klus die nog loopt');
      const early = await evaluate(posterHttp, taskId, { subjectId: zeistPerson.id, score: 4 });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('task-not-completed');
      expect(
        (await zeistHttp.get<TaskEvaluations>(`/api/v1/tasks/${taskId}/evaluations`)).body.toEvaluate,
      ).toEqual([]);
    });
  });

  describe('the reminder', () => {
    it('reminds once after 7 days, and not whoever evaluated', async () => {
      const taskId = await running([[zeistHttp, zeistPerson]], 'Klus om aan te herinneren');
      expect((await complete(taskId, [zeistPerson])).status).toBe(200);
      // The participant evaluates; the poster does not.
      expect((await evaluate(zeistHttp, taskId, { subjectId: poster.id, score: 4 })).status).toBe(201);
      await quiet(t);
      const [{ requested_at: requestedAt }] = await t.db.query<{ requested_at: Date }[]>(
        `SELECT requested_at FROM evaluation_requests WHERE task_id = $1 AND user_id = $2`,
        [taskId, poster.id],
      );
      const at = (days: number) => new Date(requestedAt.getTime() + days * DAY).toISOString();
      const maintenance = t.queue(QueueName.Maintenance);

      // Six days on: nothing yet.
      await maintenance.add(EVALUATION_REMINDER_JOB, { now: at(6) });
      await quiet(t);
      expect(await notificationsOf('evaluation-reminder', taskId)).toEqual([]);

      // Eight and nine days on, scanned twice each, on two workers: the poster once, the participant never.
      await maintenance.add(EVALUATION_REMINDER_JOB, { now: at(8) });
      await maintenance.add(EVALUATION_REMINDER_JOB, { now: at(8) });
      await maintenance.add(EVALUATION_REMINDER_JOB, { now: at(9) });
      await expect.poll(async () => (await notificationsOf('evaluation-reminder', taskId)).length).toBe(1);
      await quiet(t);
      expect(await notificationsOf('evaluation-reminder', taskId)).toEqual([{ user_id: poster.id }]);
      const reminders = smtp.to(poster.email).filter((m) => m.subject.startsWith('Herinnering'));
      expect(reminders.filter((m) => m.text.includes(taskId))).toHaveLength(1);

      // After the poster evaluates, a later scan (still in the window) finds nobody.
      expect((await evaluate(posterHttp, taskId, { subjectId: zeistPerson.id, score: 5 })).status).toBe(201);
      await t.db.query(`DELETE FROM outbox WHERE type = 'evaluation.reminder' AND data ->> 'taskId' = $1`, [
        taskId,
      ]);
      await maintenance.add(EVALUATION_REMINDER_JOB, { now: at(10) });
      await quiet(t);
      expect(
        await t.db.query(
          `SELECT count(*)::int AS n FROM outbox WHERE type = 'evaluation.reminder' AND data ->> 'taskId' = $1`,
          [taskId],
        ),
      ).toEqual([{ n: 0 }]);
    });
  });
});

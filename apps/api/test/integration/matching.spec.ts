import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_JOB } from '../../src/notifications/digest.job.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
  type TestUser,
} from '../support/factories.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { quiet } from '../support/quiet.js';

interface Recommended {
  items: {
    task: { id: string; title: string };
    score: number;
    reasons: { kind: string; skill?: string }[];
  }[];
}

/** Matching through the whole pipeline: outbox, relay, matching queue, the real candidate SQL, channels. */
describe('matching a published klus to people', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let manager: HttpClient;
  const skill: Record<string, string> = {};
  const people: Record<string, TestUser> = {};

  const profile = async (
    who: TestUser,
    body: { skills?: [string, string][]; goals?: string[]; email?: string; hours?: number },
  ) => {
    const client = await loginAs(t.http, who);
    const saved = await client.request('PUT', '/api/v1/me/profile', {
      hoursPerMonth: body.hours ?? null,
      locationPreference: 'any',
      skills: (body.skills ?? []).map(([name, level]) => ({ skillId: skill[name], level })),
      learningGoals: (body.goals ?? []).map((name) => skill[name]),
    });
    expect(saved.status).toBe(200);
    if (body.email) {
      const prefs = await client.put('/api/v1/me/notification-preferences', {
        inApp: 'immediately',
        email: body.email,
      });
      expect(prefs.status).toBe(200);
    }
    return client;
  };
  const matchNotifications = () =>
    t.db.query<{ email: string }[]>(
      `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.type = 'task-match' ORDER BY 1`,
    );

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ worker: true, env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://kb.example' } });
    const oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    const zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    const elsewhere = await createOrganisation(t.db, { name: 'Gemeente Elders' });
    await createPartnership(t.db, [oss.id, zeist.id]);
    for (const label of ['GIS', 'Excel', 'Notuleren', 'Projectleiding']) {
      const [{ id }] = await t.db.query<[{ id: string }]>(
        `WITH s AS (INSERT INTO skills (label_nl, verified) VALUES ($1, true) RETURNING id)
         INSERT INTO skill_labels (skill_id, lang, label, kind) SELECT id, 'nl', $1, 'preferred' FROM s RETURNING skill_id AS id`,
        [label],
      );
      skill[label] = id;
    }
    const posterUser = await createUser(t.db, oss.id, ['manager'], { email: 'poster@oss.test' });
    manager = await profile(posterUser, { skills: [['GIS', 'expert']] });
    // Ten employees; three fit the klus below.
    const make = async (key: string, org: string) => {
      people[key] = await createUser(t.db, org, ['employee'], { email: `${key}@test.nl` });
    };
    for (const key of [
      'expert',
      'excel',
      'learner',
      'notulist',
      'nothing',
      'outsider',
      'onit',
      'gis-basis-off',
    ]) {
      await make(key, key === 'outsider' ? elsewhere.id : zeist.id);
    }
    await make('colleague', oss.id);
    await make('projectleider', zeist.id);
    await profile(people['expert'], { skills: [['GIS', 'expert']], hours: 20 });
    await profile(people['excel'], { skills: [['Excel', 'basic']], email: 'off' });
    await profile(people['learner'], { goals: ['GIS'], email: 'daily' });
    await profile(people['notulist'], { skills: [['Notuleren', 'expert']] });
    await profile(people['outsider'], { skills: [['GIS', 'expert']] });
    await profile(people['projectleider'], { skills: [['Projectleiding', 'expert']] });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('notifies exactly the three who fit, in-app and by e-mail as each prefers, and nobody else', async () => {
    const published = await manager.post<{ id: string }>(
      '/api/v1/tasks',
      taskBody({
        title: 'Kaartlagen voor de omgevingsvisie',
        requiredSkills: ['gis'],
        niceToHaveSkills: ['Excel'],
        learningSuitable: true,
        visibility: 'all-partnerships',
      }),
    );
    expect(published.status).toBe(201);

    await expect.poll(async () => (await matchNotifications()).length).toBeGreaterThanOrEqual(3);

    // Immediately by e-mail: the expert only (excel switched e-mail off; the learner gets a digest).
    await smtp.waitFor((mails) => mails.some((m) => m.to.includes('expert@test.nl')));
    const [mail] = smtp.to('expert@test.nl');
    expect(mail?.subject).toBe('Een klus die bij u past: Kaartlagen voor de omgevingsvisie');
    expect(mail?.text).toContain('GIS (expert)');
    await quiet(t); // every job done: a mail to anyone else, or a second one, would be here
    expect(smtp.mails.filter((m) => /past: Kaartlagen/.test(m.subject)).map((m) => m.to)).toEqual([
      'expert@test.nl',
    ]);
    expect((await matchNotifications()).map((r) => r.email)).toEqual([
      'excel@test.nl',
      'expert@test.nl',
      'learner@test.nl',
    ]);

    // The learner's daily digest bundles the match.
    const digests = t.worker!.get<Queue>(getQueueToken(QueueName.Digests));
    await digests.add(DIGEST_JOB, { rhythm: 'daily', period: '2026-12-01' });
    await smtp.waitFor(() => smtp.to('learner@test.nl').length === 1);
    expect(smtp.to('learner@test.nl')[0]?.text).toContain('Kaartlagen voor de omgevingsvisie');
  });

  it('recommends the klus with its reasons, best fit first, and not to its poster', async () => {
    const expert = await loginAs(t.http, people['expert']);
    const mine = await expert.get<Recommended>('/api/v1/me/recommended-tasks');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i) => i.task.title)).toEqual(['Kaartlagen voor de omgevingsvisie']);
    expect(mine.body.items[0]?.reasons).toContainEqual({
      kind: 'required',
      skill: 'GIS',
      level: 'expert',
      demonstrated: false,
    });
    const learner = await loginAs(t.http, people['learner']);
    const learnerItems = (await learner.get<Recommended>('/api/v1/me/recommended-tasks')).body.items;
    expect(learnerItems[0]?.reasons).toEqual([{ kind: 'learning-goal', skill: 'GIS' }]);
    expect(learnerItems[0].score).toBeLessThan(mine.body.items[0].score);

    expect((await manager.get<Recommended>('/api/v1/me/recommended-tasks')).body.items).toEqual([]);
    const outsider = await loginAs(t.http, people['outsider']);
    expect((await outsider.get<Recommended>('/api/v1/me/recommended-tasks')).body.items).toEqual([]);
  });

  it('stops recommending a klus once you are on it', async () => {
    const expert = await loginAs(t.http, people['expert']);
    const [task] = (await expert.get<Recommended>('/api/v1/me/recommended-tasks')).body.items;
    expect((await expert.post(`/api/v1/tasks/${task.task.id}/claims`, {})).status).toBe(201);
    expect((await expert.get<Recommended>('/api/v1/me/recommended-tasks')).body.items).toEqual([]);
  });
});

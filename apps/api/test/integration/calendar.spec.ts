import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalendarService } from '../../src/calendar/calendar.service.js';
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

interface Feed {
  exists: boolean;
  createdAt: string | null;
  url?: string;
}
interface Problem {
  code: string;
  status: number;
}

/** The feed parsed back by a parser library: every VEVENT by UID. */
function parse(text: string) {
  const calendar = ICAL.Component.fromString(text);
  const events = new Map(
    calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [
        event.uid,
        {
          summary: event.summary,
          description: event.description,
          url: String(vevent.getFirstPropertyValue('url')),
          start: event.startDate.toString(),
          end: event.endDate.toString(),
          allDay: event.startDate.isDate && event.endDate.isDate,
          sequence: event.sequence,
          status: String(vevent.getFirstPropertyValue('status')),
          stamp: vevent.getFirstProperty('dtstamp')?.getFirstValue() as ICAL.Time,
          lastModified: vevent.getFirstProperty('last-modified')?.getFirstValue() as ICAL.Time,
        },
      ] as const;
    }),
  );
  return { calendar, events };
}

describe(CalendarService.name, () => {
  let t: TestApp;
  const logLines: string[] = [];
  let person: TestUser;
  let personHttp: HttpClient, otherHttp: HttpClient, posterHttp: HttpClient;
  let taken: string, withdrawn: string, othersKlus: string;
  let dossierId: string, checkpointId: string, requestedCheckpointId: string;

  const ownFeed = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    t = await startTestApp({
      // Info: every request is logged, as in production, so the last test can look for secrets.
      env: { PUBLIC_URL: 'https://klussenbank.example', LOG_LEVEL: 'info' },
      logDestination: { write: (line: string) => void logLines.push(line) },
    });
    const oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    const zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    const partnership = await createPartnership(t.db, [oss.id, zeist.id]);
    person = await createUser(t.db, zeist.id);
    personHttp = await loginAs(t.http, person);
    otherHttp = await loginAs(t.http, await createUser(t.db, zeist.id));
    posterHttp = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));

    const post = async (title: string, dates: { startDate: string; endDate: string }) => {
      const task = await posterHttp.post<{ id: string }>('/api/v1/tasks', taskBody({ title, ...dates }));
      expect(task.status, task.text).toBe(201);
      return task.body.id;
    };
    taken = await post('Archief ordenen', { startDate: '2027-01-04', endDate: '2027-01-06' });
    withdrawn = await post('Website toetsen', { startDate: '2027-01-11', endDate: '2027-01-11' });
    othersKlus = await post('Subsidies doorlichten', { startDate: '2027-01-18', endDate: '2027-01-20' });
    expect((await personHttp.post(`/api/v1/tasks/${taken}/claims`, {})).status).toBe(201);
    const claim = await personHttp.post<{ id: string }>(`/api/v1/tasks/${withdrawn}/claims`, {});
    expect(
      (await personHttp.patch(`/api/v1/tasks/${withdrawn}/claims/${claim.body.id}`, { status: 'withdrawn' }))
        .status,
    ).toBe(200);
    expect((await otherHttp.post(`/api/v1/tasks/${othersKlus}/claims`, {})).status).toBe(201);

    const dossierBody = (title: string, joinPolicy: string) => ({
      title,
      goal: 'Eén werkwijze voor vergunningen in Oss en Zeist.',
      partnershipId: partnership.id,
      startDate: '2026-12-01',
      joinPolicy,
    });
    const mine = await personHttp.post<{ id: string }>(
      '/api/v1/dossiers',
      dossierBody('Omgevingswet', 'open'),
    );
    expect(mine.status, mine.text).toBe(201);
    dossierId = mine.body.id;
    const checkpoint = await personHttp.post<{ id: string }>(`/api/v1/dossiers/${dossierId}/checkpoints`, {
      title: 'Eerste ijkmoment',
      plannedOn: '2027-01-15',
    });
    expect(checkpoint.status, checkpoint.text).toBe(201);
    checkpointId = checkpoint.body.id;
    // A dossier the person only asked to join: its checkpoints are not theirs (yet).
    const theirs = await otherHttp.post<{ id: string }>(
      '/api/v1/dossiers',
      dossierBody('Energie', 'on-request'),
    );
    const other = await otherHttp.post<{ id: string }>(`/api/v1/dossiers/${theirs.body.id}/checkpoints`, {
      title: 'IJkmoment energie',
      plannedOn: '2027-01-22',
    });
    requestedCheckpointId = other.body.id;
    expect((await personHttp.post(`/api/v1/dossiers/${theirs.body.id}/memberships`, {})).status).toBe(201);
  });
  afterAll(() => t.close());

  it('has no feed until asked; shows the URL only when it is made', async () => {
    expect((await personHttp.get<Feed>('/api/v1/me/calendar-feed')).body).toEqual({
      exists: false,
      createdAt: null,
    });
    const made = await personHttp.post<Feed>('/api/v1/me/calendar-feed', {});
    expect(made.status).toBe(201);
    expect(made.body.url).toMatch(
      /^https:\/\/klussenbank\.example\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    const shown = await personHttp.get<Feed>('/api/v1/me/calendar-feed');
    expect(shown.body).toEqual({ exists: true, createdAt: made.body.createdAt });
    // Only a hash is kept: the secret itself is nowhere in the database.
    const token = made.body.url!.split('/').pop()!.replace('.ics', '');
    const [stored] = await t.db.query<{ hash: string }[]>(
      `SELECT encode(token_hash, 'hex') AS hash FROM calendar_feeds WHERE user_id = $1`,
      [person.id],
    );
    expect(stored.hash).toHaveLength(64);
    expect(stored.hash).not.toContain(Buffer.from(token).toString('hex'));
  });

  it('serves valid iCalendar with the klussen I take part in and the checkpoints of my dossiers', async () => {
    const { body } = await personHttp.post<Feed>('/api/v1/me/calendar-feed', {});
    const response = await t.http.get(ownFeed(body.url!)); // no login: the URL is the key
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/^private\b/);
    const { calendar, events } = parse(response.text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Klussenbank//Klussenbank//NL');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Amsterdam');

    expect([...events.keys()].sort()).toEqual(
      [`checkpoint-${checkpointId}@klussenbank`, `task-${taken}@klussenbank`].sort(),
    );
    expect(events.get(`task-${taken}@klussenbank`)).toMatchObject({
      summary: 'Klus: Archief ordenen',
      url: `https://klussenbank.example/klussen/${taken}`,
      start: '2027-01-04',
      end: '2027-01-07', // RFC 5545: an all-day DTEND is the day after the last
      allDay: true,
      status: 'CONFIRMED',
    });
    expect(events.get(`task-${taken}@klussenbank`)!.description).toContain(
      `https://klussenbank.example/klussen/${taken}`,
    );
    expect(events.get(`checkpoint-${checkpointId}@klussenbank`)).toMatchObject({
      summary: 'IJkmoment: Eerste ijkmoment (Omgevingswet)',
      url: `https://klussenbank.example/dossiers/${dossierId}`,
      start: '2027-01-15',
      end: '2027-01-16',
      allDay: true,
    });
    const event = events.get(`task-${taken}@klussenbank`)!;
    expect(event.stamp.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(event.lastModified.zone).toBe(ICAL.Timezone.utcTimezone);
    for (const absent of [withdrawn, othersKlus])
      expect(events.has(`task-${absent}@klussenbank`)).toBe(false);
    expect(events.has(`checkpoint-${requestedCheckpointId}@klussenbank`)).toBe(false);
  });

  it('moves an event when its date changes, under the same UID with a higher SEQUENCE', async () => {
    const { body } = await personHttp.post<Feed>('/api/v1/me/calendar-feed', {});
    const uid = `checkpoint-${checkpointId}@klussenbank`;
    const before = parse((await t.http.get(ownFeed(body.url!))).text).events.get(uid)!;
    await new Promise((resolve) => setTimeout(resolve, 1100)); // SEQUENCE counts whole seconds
    const moved = await personHttp.patch(`/api/v1/dossiers/${dossierId}/checkpoints/${checkpointId}`, {
      plannedOn: '2027-02-01',
    });
    expect(moved.status, moved.text).toBe(200);
    const after = parse((await t.http.get(ownFeed(body.url!))).text).events.get(uid)!;
    expect([after.start, after.end]).toEqual(['2027-02-01', '2027-02-02']);
    expect(after.sequence).toBeGreaterThan(before.sequence);

    // A cancelled klus stays in the feed as cancelled, so a subscribed calendar strikes it out.
    const taskUid = `task-${taken}@klussenbank`;
    const taskBefore = parse((await t.http.get(ownFeed(body.url!))).text).events.get(taskUid)!;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const cancelled = await posterHttp.post(`/api/v1/tasks/${taken}/status-changes`, {
      action: 'cancel',
      reason: 'De archiefkasten zijn al verhuisd.',
    });
    expect(cancelled.status, cancelled.text).toBe(200);
    const taskAfter = parse((await t.http.get(ownFeed(body.url!))).text).events.get(taskUid)!;
    expect(taskAfter.status).toBe('CANCELLED');
    expect(taskAfter.sequence).toBeGreaterThan(taskBefore.sequence);
  });

  it('answers 404 for a replaced or revoked URL, the same as for one that never existed', async () => {
    const first = (await personHttp.post<Feed>('/api/v1/me/calendar-feed', {})).body.url!;
    const second = (await personHttp.post<Feed>('/api/v1/me/calendar-feed', {})).body.url!;
    expect(second).not.toBe(first);
    const replaced = await t.http.get<Problem>(ownFeed(first));
    expect(replaced.status).toBe(404);
    expect(replaced.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await t.http.get(ownFeed(second))).status).toBe(200);

    expect((await personHttp.delete('/api/v1/me/calendar-feed')).status).toBe(204);
    expect((await personHttp.get<Feed>('/api/v1/me/calendar-feed')).body.exists).toBe(false);
    const revoked = await t.http.get<Problem>(ownFeed(second));
    const unknown = await t.http.get<Problem>(`/api/v1/calendar-feeds/${'A'.repeat(43)}.ics`);
    const malformed = await t.http.get<Problem>('/api/v1/calendar-feeds/kort.ics');
    for (const answer of [revoked, unknown, malformed]) {
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe(revoked.body.code);
    }
    expect(revoked.body.code).toBe('not-found');
  });

  it('keeps exactly one working URL when several are made at once', async () => {
    const made = await Promise.all(
      Array.from({ length: 6 }, () => personHttp.post<Feed>('/api/v1/me/calendar-feed', {})),
    );
    expect(made.map((answer) => answer.status)).toEqual(Array(6).fill(201));
    const answers = await Promise.all(made.map((answer) => t.http.get(ownFeed(answer.body.url!))));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 404)).toHaveLength(5);
    const [{ count }] = await t.db.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM calendar_feeds WHERE user_id = $1`,
      [person.id],
    );
    expect(count).toBe(1);
  });

  it('keeps every feed to its owner and writes no secret into the log', async () => {
    const mine = (await personHttp.post<Feed>('/api/v1/me/calendar-feed', {})).body.url!;
    const theirs = (await otherHttp.post<Feed>('/api/v1/me/calendar-feed', {})).body.url!;
    const theirEvents = parse((await t.http.get(ownFeed(theirs))).text).events;
    expect([...theirEvents.keys()].filter((uid) => uid.startsWith('task-'))).toEqual([
      `task-${othersKlus}@klussenbank`,
    ]);
    expect(theirEvents.has(`task-${taken}@klussenbank`)).toBe(false);
    // Revoking mine leaves theirs working.
    await personHttp.delete('/api/v1/me/calendar-feed');
    expect((await t.http.get(ownFeed(theirs))).status).toBe(200);
    expect((await t.http.get(ownFeed(mine))).status).toBe(404);
    const log = logLines.join('');
    expect(log).toContain('/api/v1/calendar-feeds/[verborgen]');
    for (const url of [mine, theirs]) expect(log).not.toContain(url.split('/').pop()!.replace('.ics', ''));
  });
});

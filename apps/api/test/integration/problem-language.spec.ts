import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
} from '../support/factories.js';
import type { HttpClient, HttpResponse } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  invalidParams?: { name: string; code: string; reason: string }[];
}

const ENGLISH = { 'accept-language': 'en' };

/** The same problem asked for twice: once without Accept-Language, once preferring English. */
async function inBothLanguages(
  ask: (headers?: Record<string, string>) => Promise<HttpResponse<Problem>>,
): Promise<{ nl: HttpResponse<Problem>; en: HttpResponse<Problem> }> {
  const nl = await ask();
  const en = await ask(ENGLISH);
  for (const response of [nl, en]) {
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  }
  expect(nl.headers.get('content-language')).toBe('nl');
  expect(en.headers.get('content-language')).toBe('en');
  // Same problem, same code; only the words differ.
  expect(en.body.status).toBe(nl.body.status);
  expect(en.body.code).toBe(nl.body.code);
  expect(en.body.type).toBe(nl.body.type);
  return { nl, en };
}

describe('problems in the language the client asks for', () => {
  let t: TestApp;
  let manager: HttpClient;
  let first: HttpClient;
  let second: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    const oss = await createOrganisation(t.db, { name: 'Gemeente Oss' });
    const zeist = await createOrganisation(t.db, { name: 'Gemeente Zeist' });
    await createPartnership(t.db, [oss.id, zeist.id]);
    manager = await loginAs(t.http, await createUser(t.db, oss.id, ['manager']));
    first = await loginAs(t.http, await createUser(t.db, zeist.id));
    second = await loginAs(t.http, await createUser(t.db, zeist.id));
  });
  afterAll(() => t.close());

  it('a business refusal: a full klus (409 task-full)', async () => {
    const task = await manager.post<{ id: string }>('/api/v1/tasks', taskBody({ capacity: 1 }));
    expect(task.status).toBe(201);
    expect((await first.post(`/api/v1/tasks/${task.body.id}/claims`, {})).status).toBe(201);

    const { nl, en } = await inBothLanguages((headers) =>
      second.post<Problem>(`/api/v1/tasks/${task.body.id}/claims`, {}, headers),
    );
    expect(nl.body).toMatchObject({
      status: 409,
      code: 'task-full',
      title: 'Conflict',
      detail: 'Deze klus is vol.',
    });
    expect(en.body).toMatchObject({
      status: 409,
      code: 'task-full',
      title: 'Conflict',
      detail: 'This klus is full.',
    });
  });

  it('a validation error: every field at once, each with a code', async () => {
    const body = taskBody({
      title: 'x'.repeat(121),
      estimatedHours: 1000,
      startDate: '2026-02-30',
      capacity: 2.5,
      visibility: 'iedereen',
      dossierId: 'geen-uuid',
      location: { type: 'remote', verdieping: 3 },
      extra: true,
    });
    const { nl, en } = await inBothLanguages((headers) =>
      manager.post<Problem>('/api/v1/tasks', body, headers),
    );
    const fields = (response: HttpResponse<Problem>) =>
      Object.fromEntries((response.body.invalidParams ?? []).map((p) => [p.name, p]));
    const codes = {
      title: 'too-long',
      estimatedHours: 'out-of-range',
      startDate: 'invalid-date',
      capacity: 'not-an-integer',
      visibility: 'not-allowed-value',
      dossierId: 'invalid-uuid',
      'location.verdieping': 'unknown-property',
      extra: 'unknown-property',
    };
    for (const response of [nl, en]) {
      expect(response.body).toMatchObject({ status: 400, code: 'invalid-input' });
      expect(Object.fromEntries(Object.entries(fields(response)).map(([name, p]) => [name, p.code]))).toEqual(
        codes,
      );
    }

    expect(nl.body.title).toBe('Ongeldige invoer');
    expect(nl.body.detail).toBe('8 velden zijn niet goed ingevuld.');
    expect(fields(nl)['title']?.reason).toBe('Vul een titel in van hoogstens 120 tekens.');
    expect(fields(nl)['startDate']?.reason).toBe('Vul een datum in als JJJJ-MM-DD.');
    expect(fields(nl)['extra']?.reason).toBe('Dit veld is onbekend.');

    expect(en.body.title).toBe('Invalid input');
    expect(en.body.detail).toBe('8 fields are not filled in correctly.');
    expect(fields(en)).toMatchObject({
      title: { reason: 'At most 120 characters.' },
      estimatedHours: { reason: 'Must be at most 400.' },
      startDate: { reason: 'Enter a date as YYYY-MM-DD.' },
      capacity: { reason: 'Must be a whole number.' },
      visibility: { reason: 'Choose from: organisation, partnership, all-partnerships.' },
      dossierId: { reason: 'Must be a valid id (UUID).' },
      'location.verdieping': { reason: 'This field is unknown.' },
      extra: { reason: 'This field is unknown.' },
    });
  });

  it('a field error raised by a service (not by the DTO) also speaks both languages', async () => {
    const task = await manager.post<{ id: string }>('/api/v1/tasks', taskBody({ claimMode: 'application' }));
    const { nl, en } = await inBothLanguages((headers) =>
      first.post<Problem>(`/api/v1/tasks/${task.body.id}/claims`, {}, headers),
    );
    expect(nl.body.invalidParams).toEqual([
      { name: 'motivation', code: 'required', reason: 'Vertel kort waarom u deze klus wilt doen.' },
    ]);
    expect(en.body.invalidParams).toEqual([
      { name: 'motivation', code: 'required', reason: 'Tell briefly why you want to do this klus.' },
    ]);
    expect(en.body.detail).toBe('One field is not filled in correctly.');
  });

  it('a 404: an unknown klus and an unknown route', async () => {
    const unknownTask = await inBothLanguages((headers) =>
      first.get<Problem>('/api/v1/tasks/6f1c1a52-8d4e-4c1e-9a53-3f0d1c2b7e10', headers),
    );
    expect(unknownTask.nl.body).toMatchObject({
      status: 404,
      code: 'not-found',
      title: 'Niet gevonden',
      detail: 'Deze klus bestaat niet of u kunt hem niet zien.',
    });
    expect(unknownTask.en.body).toMatchObject({
      status: 404,
      code: 'not-found',
      title: 'Not found',
      detail: 'This klus does not exist or you cannot see it.',
    });

    const route = await inBothLanguages((headers) => first.get<Problem>('/api/v1/bestaat-niet', headers));
    expect(route.nl.body).toMatchObject({
      code: 'not-found',
      detail: 'Deze bron bestaat niet of u heeft er geen toegang toe.',
    });
    expect(route.en.body).toMatchObject({
      code: 'not-found',
      detail: 'This resource does not exist or you have no access to it.',
    });
  });

  it('a 401: not signed in', async () => {
    const { nl, en } = await inBothLanguages((headers) => t.http.get<Problem>('/api/v1/me', headers));
    expect(nl.body).toMatchObject({
      status: 401,
      code: 'unauthenticated',
      title: 'Niet ingelogd',
      detail: 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.',
    });
    expect(en.body).toMatchObject({
      status: 401,
      code: 'unauthenticated',
      title: 'Not signed in',
      detail: 'You are not signed in or your session has expired. Please sign in again.',
    });
  });

  it('an early error from Fastify: malformed JSON', async () => {
    const { nl, en } = await inBothLanguages((headers) =>
      t.http.post<Problem>('/api/v1/auth/login', '{"email": ', headers),
    );
    expect(nl.body).toMatchObject({
      status: 400,
      code: 'malformed-json',
      detail: 'De body is geen geldige JSON.',
    });
    expect(en.body).toMatchObject({
      status: 400,
      code: 'malformed-json',
      detail: 'The body is not valid JSON.',
    });
  });

  it('other early errors from Fastify: an unsupported media type and a body that is too large', async () => {
    const media = await inBothLanguages((headers) =>
      t.http.post<Problem>('/api/v1/auth/login', 'email=a', { 'content-type': 'text/csv', ...headers }),
    );
    expect(media.nl.body).toMatchObject({ status: 415, code: 'unsupported-media-type' });
    expect(media.en.body.detail).toBe('This content type is not supported; use application/json.');

    const large = JSON.stringify({ email: 'x'.repeat(1024 * 1024 + 1) });
    const tooLarge = await inBothLanguages((headers) =>
      t.http.post<Problem>('/api/v1/auth/login', large, headers),
    );
    expect(tooLarge.nl.body).toMatchObject({
      status: 413,
      code: 'payload-too-large',
      detail: 'De body is te groot.',
    });
    expect(tooLarge.en.body).toMatchObject({ title: 'Request too large', detail: 'The body is too large.' });
  });

  it('follows quality values and regional variants, and falls back to Dutch', async () => {
    const ask = async (header: string) =>
      (await t.http.get<Problem>('/api/v1/me', { 'accept-language': header })).body.title;
    expect(await ask('en-GB,en;q=0.9')).toBe('Not signed in');
    expect(await ask('fr, en;q=0.5')).toBe('Not signed in');
    expect(await ask('en;q=0.4, nl;q=0.8')).toBe('Niet ingelogd');
    expect(await ask('de')).toBe('Niet ingelogd');
  });
});

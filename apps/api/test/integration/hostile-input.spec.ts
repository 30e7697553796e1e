import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  TEST_PASSWORD,
  taskBody,
  type TestUser,
} from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { checkAgainstContract } from '../support/openapi-contract.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Walks every operation of the committed OpenAPI document with hostile values in each path
 * parameter, query parameter and body property, as a user with every role (and anonymously where
 * the document says an operation needs no login). A new endpoint is walked as soon as
 * `npm run openapi` has put it in the document.
 */

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: Record<string, string[]>[];
}
interface Document {
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const DOCUMENT = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as Document;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const BASE = DOCUMENT.servers[0]?.url ?? '/api/v1';

const LONG = 'x'.repeat(10_000);
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** Hostile values for a JSON body property, as JSON text (so nesting costs no stack here). */
const BODY_VALUES: [label: string, json: string][] = [
  ['NUL', JSON.stringify('\u0000')],
  ['NUL inside', JSON.stringify('tekst\u0000tekst')],
  ['10,000 characters', JSON.stringify(LONG)],
  ['quote and comment', JSON.stringify("' OR '1'='1' --")],
  ['wildcards', JSON.stringify('%_\\')],
  ['lone surrogate', '"\\ud800"'],
  ['white space only', JSON.stringify(' \t\n ')],
  ['1e20', '1e20'],
  ['-1e20', '-1e20'],
  ['1e308', '1e308'],
  ['-1', '-1'],
  ['0', '0'],
  ['1.5', '1.5'],
  ['2^53 + 1', '9007199254740993'],
  ['year 0000', '"0000-01-01"'],
  ['year -1', '"-000001-01-01"'],
  ['year 275760', '"+275760-09-13"'],
  ['year 9999', '"9999-12-31"'],
  ['30 February', '"2026-02-30"'],
  ['date and time', '"2026-12-01T25:61:00Z"'],
  ['null', 'null'],
  ['true', 'true'],
  ['empty list', '[]'],
  ['list of hostile', '["\\u0000", 1e20, null, {}]'],
  ['empty object', '{}'],
  ['object', '{"a":"\\u0000"}'],
  ['not a uuid', '"geen-uuid"'],
  ['nil uuid', '"00000000-0000-0000-0000-000000000000"'],
  ['__proto__', '{"__proto__":{"isAdmin":true}}'],
  ['constructor.prototype', '{"constructor":{"prototype":{"isAdmin":true}}}'],
  ['list 3,000 deep', deepArray(3000)],
  ['object 3,000 deep', deepObject(3000)],
];

/** Hostile values for a query parameter. */
const QUERY_VALUES: [label: string, value: string | string[]][] = [
  ['NUL', '\u0000'],
  ['NUL inside', 'tekst\u0000tekst'],
  ['10,000 characters', LONG],
  ['quote and comment', "' OR '1'='1' --"],
  ['wildcards', '%_\\'],
  ['empty', ''],
  ['1e20', '1e20'],
  ['-1e20', '-1e20'],
  ['1e308', '1e308'],
  ['-1', '-1'],
  ['0', '0'],
  ['1.5', '1.5'],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['hex', '0x10'],
  ['year 0000', '0000-01-01'],
  ['year -1', '-000001-01-01'],
  ['year 275760', '+275760-09-13'],
  ['30 February', '2026-02-30'],
  ['not a uuid', 'geen-uuid'],
  ['given twice', ['1', '2']],
  ['brackets', '[]'],
];

/** Hostile values for a path parameter (already encoded for the URL), besides a real id. */
const PATH_VALUES: [label: string, value: string][] = [
  ['not a uuid', 'geen-uuid'],
  ['nil uuid', '00000000-0000-0000-0000-000000000000'],
  ['NUL', '%00'],
  ['uuid with NUL', `${randomUUID()}%00`],
  ['10,000 characters', LONG],
  ['1e20', '1e20'],
  ['dot dot', '..%2F..'],
  ['quote', "'%20OR%20'1'='1"],
];

const STACK_OR_SQL = [
  '    at ',
  '.ts:',
  '.js:',
  'node_modules',
  'SELECT',
  'INSERT',
  'UPDATE ',
  'violates',
  'syntax error',
  'QueryFailedError',
  'invalid input syntax',
  'out of range',
];

function resolve(schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (;;) {
    if (current.$ref) current = DOCUMENT.components.schemas[current.$ref.split('/').pop() ?? ''] ?? {};
    else if (current.allOf?.length === 1 && current.allOf[0]) current = current.allOf[0];
    else return current;
  }
}

interface Case {
  operation: string;
  label: string;
  method: string;
  path: string;
  body?: string | FormData;
  anonymous: boolean;
}

interface Outcome {
  kase: Case;
  status: number;
  contentType: string;
  text: string;
}

describe('hostile input', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let admin: TestUser;
  let token = '';
  let adminHttp: HttpClient;
  let partnershipId = '';
  /** Real records by the name the document gives their ids: organisation, partnership, task, … */
  const ids: Record<string, string> = {};

  const login = async () => {
    const response = await t.http.post<{ token: string }>('/api/v1/auth/login', {
      email: admin.email,
      password: TEST_PASSWORD,
    });
    token = response.body.token;
  };

  /** The resource a parameter names: `organisationId` → organisation; `{id}` after `/tasks` → task. */
  const resourceOf = (name: string, segments: string[], index: number): string => {
    if (name !== 'id') return name.replace(/Id$/, '');
    const before = segments[index - 1] ?? '';
    return before
      .replace(/-requests$/, '')
      .replace(/ies$/, 'y')
      .replace(/s$/, '');
  };
  const idFor = (resource: string) => ids[resource] ?? randomUUID();

  /** A body (or part of one) that passes validation where it can: examples, defaults, real ids. */
  const baseline = (schema: Schema | undefined, name = ''): unknown => {
    const s = resolve(schema);
    if (s.example !== undefined) return s.example;
    if (s.default !== undefined) return s.default;
    if (s.enum?.length) return s.enum[0];
    if (s.type === 'object')
      return Object.fromEntries((s.required ?? []).map((key) => [key, baseline(s.properties?.[key], key)]));
    if (s.type === 'array') return [];
    if (s.type === 'integer' || s.type === 'number')
      return Math.min(Math.max(1, s.minimum ?? 1), s.maximum ?? Infinity);
    if (s.type === 'boolean') return false;
    if (s.format === 'uuid') return idFor(name.replace(/Id$/, ''));
    if (s.format === 'date') return '2026-12-15';
    if (s.format === 'date-time') return '2026-12-15T10:00:00Z';
    if (s.format === 'email' || /email/i.test(name)) return 'iemand@example.test';
    if (s.format === 'password') return TEST_PASSWORD;
    return 'Tekst'.padEnd(s.minLength ?? 0, 'x').slice(0, s.maxLength ?? 100);
  };

  /** Property paths of a body: top-level properties and those of nested objects. */
  const propertyPaths = (schema: Schema, prefix: string[] = []): string[][] => {
    const s = resolve(schema);
    return Object.entries(s.properties ?? {}).flatMap(([key, property]) => {
      const path = [...prefix, key];
      const nested = resolve(property);
      return nested.type === 'object' && nested.properties && prefix.length < 2
        ? [path, ...propertyPaths(nested, path)]
        : [path];
    });
  };

  const PLACEHOLDER = '"__hostile_value__"';
  /** The baseline body with one property replaced by a hostile JSON text. */
  const bodyWith = (schema: Schema, path: string[], json: string): string => {
    const body = structuredClone(baseline(schema)) as Record<string, unknown>;
    let target = body;
    for (const [i, key] of path.entries()) {
      if (i === path.length - 1) {
        target[key] = PLACEHOLDER.slice(1, -1);
      } else {
        const next = target[key];
        target[key] =
          typeof next === 'object' && next !== null ? next : baseline(resolve(schema).properties?.[key], key);
        target = target[key] as Record<string, unknown>;
      }
    }
    return JSON.stringify(body).replace(PLACEHOLDER, json);
  };

  /** Every case for every operation, in the document's order, deletions and logging out last. */
  const cases = (): { operations: string[]; groups: Case[][] } => {
    const groups: Case[][] = [];
    const operations: string[] = [];
    for (const [template, item] of Object.entries(DOCUMENT.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const name = `${method.toUpperCase()} ${template}`;
        operations.push(name);
        const anonymous = (operation.security ?? [{}]).length === 0;
        const segments = template.split('/');
        const parameters = operation.parameters ?? [];
        const realPath = (override?: [string, string]) =>
          BASE +
          segments
            .map((segment, index) => {
              const match = /^\{(.+)\}$/.exec(segment);
              if (!match?.[1]) return segment;
              if (override?.[0] === match[1]) return override[1];
              return idFor(resourceOf(match[1], segments, index));
            })
            .join('/');
        const group: Case[] = [];
        const add = (label: string, path: string, body?: string | FormData) =>
          group.push({
            operation: name,
            label,
            method: method.toUpperCase(),
            path,
            anonymous,
            ...(body !== undefined ? { body } : {}),
          });

        const jsonBody = operation.requestBody?.content['application/json']?.schema;
        const formBody = operation.requestBody?.content['multipart/form-data']?.schema;
        const validBody = jsonBody ? JSON.stringify(baseline(jsonBody)) : undefined;

        for (const parameter of parameters) {
          if (parameter.in === 'path') {
            for (const [label, value] of PATH_VALUES)
              add(`path ${parameter.name}: ${label}`, realPath([parameter.name, value]), validBody);
          } else if (parameter.in === 'query') {
            for (const [label, value] of QUERY_VALUES) {
              const query = new URLSearchParams();
              for (const v of Array.isArray(value) ? value : [value]) query.append(parameter.name, v);
              add(`query ${parameter.name}: ${label}`, `${realPath()}?${query.toString()}`, validBody);
            }
          }
        }
        if (jsonBody) {
          add('body: valid baseline', realPath(), validBody);
          for (const path of propertyPaths(jsonBody))
            for (const [label, json] of BODY_VALUES)
              add(`body ${path.join('.')}: ${label}`, realPath(), bodyWith(jsonBody, path, json));
          add(
            'body: unknown property',
            realPath(),
            JSON.stringify({ ...(baseline(jsonBody) as object), onbekend: 1 }),
          );
        }
        if (formBody) {
          for (const key of Object.keys(resolve(formBody).properties ?? {}))
            for (const [label, value] of QUERY_VALUES) {
              if (typeof value !== 'string') continue;
              const form = new FormData();
              form.append(key, value);
              add(`form ${key}: ${label}`, realPath(), form);
            }
        }
        if (jsonBody || formBody || method !== 'get') {
          for (const [label, json] of BODY_VALUES.filter(([l]) => /deep|proto|list|null|NUL$/.test(l)))
            add(`whole body: ${label}`, realPath(), json);
          add('whole body: malformed', realPath(), '{"a": ');
        }
        groups.push(group);
      }
    }
    const last = (group: Case[]) =>
      group[0]?.method === 'DELETE' || /logout/.test(group[0]?.path ?? '') ? 1 : 0;
    groups.sort((a, b) => last(a) - last(b));
    return { operations, groups };
  };

  const send = async (kase: Case): Promise<Outcome> => {
    const headers: Record<string, string> = { 'accept-language': 'nl' };
    if (!kase.anonymous) headers['authorization'] = `Bearer ${token}`;
    if (typeof kase.body === 'string') headers['content-type'] = 'application/json';
    const abort = new AbortController();
    const response = await fetch(`${t.baseUrl}${kase.path}`, {
      method: kase.method,
      headers,
      redirect: 'manual',
      signal: abort.signal,
      ...(kase.body !== undefined ? { body: kase.body } : {}),
    });
    const contentType = response.headers.get('content-type') ?? '';
    // A live stream never ends: its headers say enough.
    if (contentType.startsWith('text/event-stream')) {
      abort.abort();
      return { kase, status: response.status, contentType, text: '' };
    }
    return { kase, status: response.status, contentType, text: await response.text() };
  };

  /** What is wrong with one answer, if anything. */
  const complaint = (outcome: Outcome): string | undefined => {
    const { status, contentType, text } = outcome;
    if (status >= 500) return `${status}: ${text.slice(0, 200)}`;
    if (status >= 400 && !contentType.startsWith('application/problem+json'))
      return `${status} as ${contentType || 'no content type'}`;
    const leak = STACK_OR_SQL.find((needle) => text.includes(needle));
    if (leak) return `${status} shows "${leak}": ${text.slice(0, 200)}`;
    try {
      // The answer must also be one the document promises; the walk does not count as exercising it.
      checkAgainstContract(
        { method: outcome.kase.method, path: outcome.kase.path, status, contentType, text },
        { record: false },
      );
    } catch (error) {
      return (error as Error).message.slice(0, 300);
    }
    return undefined;
  };

  beforeAll(async () => {
    // Operations that send mail (a password link) send it, as in production, instead of a 503.
    smtp = await startSmtpCatcher();
    t = await startTestApp({
      logDestination: { write: () => undefined },
      // The walk logs in many times with wrong passwords; that must not slow its own user down.
      env: {
        SMTP_URL: smtp.url,
        LOGIN_PAIR_FREE_FAILURES: '100',
        LOGIN_ACCOUNT_MAX_FAILURES: '1000000',
        LOGIN_ADDRESS_MAX_FAILURES: '1000000',
      },
    });
    const home = await createOrganisation(t.db);
    const other = await createOrganisation(t.db);
    const partnership = await createPartnership(t.db, [home.id, other.id]);
    admin = await createUser(t.db, home.id, ['employee', 'manager', 'org-admin', 'platform-admin']);
    const colleague = await createUser(t.db, home.id, ['employee']);
    const client = (adminHttp = await loginAs(t.http, admin));
    await login();
    partnershipId = partnership.id;
    const task = await client.post<{ id: string }>('/api/v1/tasks', taskBody({ capacity: 3 }));
    const dossier = await client.post<{ id: string }>('/api/v1/dossiers', {
      title: 'Samen één aanpak',
      goal: 'Eén werkwijze voor vergunningen.',
      partnershipId: partnership.id,
      startDate: '2026-12-01',
    });
    const checkpoint = await client.post<{ id: string }>(`/api/v1/dossiers/${dossier.body.id}/checkpoints`, {
      title: 'IJkmoment',
      plannedOn: '2027-01-15',
    });
    const skill = await client.post<{ id: string }>('/api/v1/skills', { labelNl: 'Vijandige invoer' });
    const claim = await (
      await loginAs(t.http, colleague)
    ).post<{ id: string }>(`/api/v1/tasks/${task.body.id}/claims`, {});
    for (const [name, response] of Object.entries({ task, dossier, checkpoint, skill, claim }))
      if (response.status !== 201) throw new Error(`${name}: ${response.status} ${response.text}`);
    Object.assign(ids, {
      organisation: home.id,
      partnership: partnership.id,
      user: colleague.id,
      task: task.body.id,
      dossier: dossier.body.id,
      checkpoint: checkpoint.body.id,
      skill: skill.body.id,
      claim: claim.body.id,
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  interface Problem {
    status: number;
    code: string;
    detail: string;
    invalidParams?: { name: string; code: string; reason: string }[];
  }
  /** A 400 problem+json naming exactly these fields with these codes. */
  const expectFieldErrors = (
    response: { status: number; headers: Headers; body: Problem },
    fields: Record<string, string>,
  ) => {
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(
      Object.fromEntries((response.body.invalidParams ?? []).map(({ name, code }) => [name, code])),
    ).toEqual(fields);
  };

  describe('the cases that answered 500', () => {
    it('a NUL in a text field or a query parameter is a 400 naming the field', async () => {
      const task = await adminHttp.post<Problem>(
        '/api/v1/tasks',
        taskBody({
          title: 'Klus\u0000',
          location: { type: 'on-site', municipality: 'Oss', address: '\u0000' },
        }),
      );
      expectFieldErrors(task, { title: 'invalid-characters', 'location.address': 'invalid-characters' });
      expect(task.body.invalidParams?.[0]?.reason).toBe(
        'Bevat een teken dat niet is toegestaan (een NUL-teken of een half Unicode-teken).',
      );
      const skills = await adminHttp.post<Problem>(
        '/api/v1/tasks',
        taskBody({ requiredSkills: ['GIS', 'a\u0000'] }),
      );
      expectFieldErrors(skills, { 'requiredSkills[1]': 'invalid-characters' });
      const search = await adminHttp.get<Problem>('/api/v1/tasks?q=plan%00&skill=GIS');
      expectFieldErrors(search, { q: 'invalid-characters' });
      const english = await adminHttp.get<Problem>('/api/v1/dossiers?q=%00', { 'accept-language': 'en' });
      expect(english.body.invalidParams).toEqual([
        {
          name: 'q',
          code: 'invalid-characters',
          reason: 'Contains a character that is not allowed (a NUL character or half a Unicode character).',
        },
      ]);
    });

    it('half a surrogate pair in the e-mail address of a login is a 400, not a validator that throws', async () => {
      const response = await t.http.post<Problem>(
        '/api/v1/auth/login',
        '{"email": "a\\ud800@example.test", "password": "x"}',
      );
      expectFieldErrors(response, { email: 'invalid-characters' });
    });

    it('page ≥ 1e20 is a 400 naming page, not an offset PostgreSQL cannot hold', async () => {
      for (const path of [
        '/api/v1/tasks?page=1e20',
        '/api/v1/organisations?page=1e308',
        '/api/v1/users?page=10001',
      ]) {
        const response = await adminHttp.get<Problem>(path);
        expectFieldErrors(response, { page: 'out-of-range' });
      }
      expect((await adminHttp.get('/api/v1/organisations?page=10000')).status).toBe(200);
    });

    it('a date in year 0000 is a 400 naming the field', async () => {
      const task = await adminHttp.post<Problem>('/api/v1/tasks', taskBody({ startDate: '0000-01-01' }));
      expectFieldErrors(task, { startDate: 'out-of-range' });
      expect(task.body.invalidParams?.[0]?.reason).toBe('Kies een datum in de jaren 1900 tot en met 9999.');
      const dossier = await adminHttp.post<Problem>('/api/v1/dossiers', {
        title: 'Oud dossier',
        goal: 'Terug in de tijd.',
        partnershipId,
        startDate: '0000-01-01',
      });
      expectFieldErrors(dossier, { startDate: 'out-of-range' });
      const search = await adminHttp.get<Problem>('/api/v1/tasks?from=0000-01-01&to=1899-12-31', {
        'accept-language': 'en',
      });
      expectFieldErrors(search, { from: 'out-of-range', to: 'out-of-range' });
      expect(search.body.invalidParams?.[0]?.reason).toBe(
        'Choose a date in the years 1900 up to and including 9999.',
      );
    });

    it('JSON nested 3,000 deep is refused at parse time, also on the anonymous login', async () => {
      const deep = '{"email":'.repeat(3000) + '1' + '}'.repeat(3000);
      const login = await t.http.post<Problem>('/api/v1/auth/login', deep);
      expectFieldErrors(login, { body: 'too-deep' });
      expect(login.body.detail).toBe('De JSON in de body is te diep genest: hoogstens 32 niveaus.');
      const list = await adminHttp.post<Problem>('/api/v1/tasks', '['.repeat(3000) + ']'.repeat(3000), {
        'accept-language': 'en',
      });
      expectFieldErrors(list, { body: 'too-deep' });
      expect(list.body.detail).toBe('The JSON in the body is nested too deeply: at most 32 levels.');
      // Brackets inside strings are text, not nesting; 32 levels still reach the validators.
      const inText = await t.http.post<Problem>('/api/v1/auth/login', {
        email: '[{'.repeat(3000),
        password: 'x',
      });
      expectFieldErrors(inText, { email: 'invalid-email' });
      const at32 = await t.http.post<Problem>(
        '/api/v1/auth/login',
        `{"email":"a@b.test","password":"x","extra":${'['.repeat(31)}${']'.repeat(31)}}`,
      );
      expectFieldErrors(at32, { extra: 'unknown-property' });
    });

    it('still refuses prototype poisoning, as Fastify does', async () => {
      for (const body of [
        '{"email":"a@b.test","password":"x","__proto__":{"isAdmin":true}}',
        '{"email":"a@b.test","password":"x","constructor":{"prototype":{"isAdmin":true}}}',
      ]) {
        const response = await t.http.post<Problem>('/api/v1/auth/login', body);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('malformed-json');
      }
    });

    it('partnershipId on PATCH /tasks/{id} that is not a UUID, or 10,000 characters long, is a 400', async () => {
      const task = await adminHttp.post<{ id: string }>('/api/v1/tasks', taskBody());
      expect(task.status).toBe(201);
      for (const value of ['geen-uuid', 'x'.repeat(10_000), `${partnershipId}z`]) {
        const response = await adminHttp.patch<Problem>(`/api/v1/tasks/${task.body.id}`, {
          partnershipId: value,
        });
        expectFieldErrors(response, { partnershipId: 'invalid-uuid' });
      }
      const valid = await adminHttp.patch(`/api/v1/tasks/${task.body.id}`, {
        visibility: 'partnership',
        partnershipId,
      });
      expect(valid.status).toBe(200);
    });

    it('a path parameter longer than any id is a 414 problem, not a bare one', async () => {
      const response = await adminHttp.get<Problem>(`/api/v1/tasks/${'x'.repeat(10_000)}`);
      expect(response.status).toBe(414);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('uri-too-long');
    });

    it('a klus whose location is a list, or a dossier edit whose skills are null, is no 500', async () => {
      const task = await adminHttp.post<Problem>('/api/v1/tasks', taskBody({ location: [] }));
      expectFieldErrors(task, { location: 'not-an-object' });
      const dossier = await adminHttp.patch(`/api/v1/dossiers/${ids['dossier']}`, { skills: null });
      expect(dossier.status).toBe(200);
    });
  });

  it('never answers 5xx, always problem+json on errors, never a stack trace or SQL', async () => {
    const started = Date.now();
    const { operations, groups } = cases();
    const complaints: string[] = [];
    let tried = 0;
    for (const group of groups) {
      let next = 0;
      let lostSession = false;
      const worker = async () => {
        while (next < group.length) {
          const kase = group[next++];
          const outcome = await send(kase);
          tried++;
          if (outcome.status === 401 && !kase.anonymous) lostSession = true;
          const wrong = complaint(outcome);
          if (wrong) complaints.push(`${kase.operation} — ${kase.label} → ${wrong}`);
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
      if (lostSession) await login(); // the operation logged out or revoked the session
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Hostile input: ${operations.length} operations, ${tried} cases in ${seconds} s, ${complaints.length} wrong answers`,
    );
    expect(operations.length).toBeGreaterThan(40);
    expect(complaints, complaints.slice(0, 80).join('\n')).toEqual([]);
  }, 180_000);
});

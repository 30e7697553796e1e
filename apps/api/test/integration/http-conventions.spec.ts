import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Body, Controller, Get, Module, Post, type Type } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_KEY, Public } from '../../src/auth/auth.decorators.js';
import { CreateOrganisationDto } from '../../src/organisations/dto/organisation.dto.js';
import { createOrganisation, createUser, loginAs, TEST_PASSWORD } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A route that fails the way a bug would, to see what a client gets from an unexpected error. */
@Controller('test-failures')
class FailingController {
  @Get()
  @Public()
  fail(): never {
    throw new Error('relation "geheim" does not exist at /srv/app/secret.ts:12');
  }

  @Post()
  @Public()
  echo(@Body() body: CreateOrganisationDto): CreateOrganisationDto {
    return body;
  }
}

@Module({ controllers: [FailingController] })
class FailingModule {}

describe('HTTP conventions', () => {
  let t: TestApp;
  const logLines: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      extraModules: [FailingModule],
      logDestination: { write: (line: string) => void logLines.push(line) },
    });
  });
  afterAll(() => t.close());

  it('answers liveness and readiness (PostgreSQL and Redis)', async () => {
    expect((await t.http.get('/health/live')).status).toBe(200);
    const ready = await t.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
  });

  it('answers the health checks at their documented paths under /api/v1 too', async () => {
    expect((await t.http.get('/api/v1/health/live')).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/api/v1/health/ready');
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
  });

  it('sends API-Version and X-Request-Id on every response, errors included', async () => {
    for (const path of ['/health/live', '/api/v1/me', '/api/v1/bestaat-niet', '/api/v1/openapi.json']) {
      const response = await t.http.get(path);
      expect(response.headers.get('api-version'), path).toBe('1.0.0');
      expect(response.headers.get('x-request-id'), path).toBeTruthy();
    }
  });

  it('answers unknown routes and trailing slashes with a 404 problem, never a redirect', async () => {
    for (const path of ['/api/v1/bestaat-niet', '/api/v1/me/', '/api/v1/organisations/']) {
      const response = await t.http.get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        status: 404,
        title: expect.any(String),
        detail: expect.any(String),
      });
    }
  });

  it('turns malformed, empty and non-object JSON bodies into 400 problems', async () => {
    const cases = [
      await t.http.post('/api/v1/test-failures', '{"name": '),
      await t.http.post('/api/v1/test-failures', '', { 'content-type': 'application/json' }),
      await t.http.post('/api/v1/test-failures', '[1, 2]'),
      await t.http.post('/api/v1/test-failures', '"tekst"'),
    ];
    for (const response of cases) {
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body['detail']).toEqual(expect.any(String));
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    const tooLarge = await t.http.post(
      '/api/v1/test-failures',
      JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body['code']).toBe('payload-too-large');
    expect(tooLarge.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('lists all field errors of a body at once', async () => {
    const response = await t.http.post<{ invalidParams: { name: string; reason: string }[] }>(
      '/api/v1/test-failures',
      {
        kind: 'kasteel',
        onbekend: 1,
      },
    );
    expect(response.status).toBe(400);
    expect(response.body.invalidParams.map((p) => p.name).sort()).toEqual(['kind', 'name', 'onbekend']);
    expect(response.body.invalidParams.every((p) => p.reason.length > 0)).toBe(true);
  });

  it('tells caches not to keep what a signed-in request gets from the API', async () => {
    const org = await createOrganisation(t.db);
    const client = await loginAs(t.http, await createUser(t.db, org.id));
    for (const path of ['/api/v1/me', '/api/v1/organisations', '/api/v1/bestaat-niet']) {
      const response = await client.get(path);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
    const login = await t.http.post('/api/v1/auth/login', {
      email: 'niemand@klussenbank.test',
      password: 'x',
    });
    expect(login.headers.get('cache-control')).toBe('no-store');
  });

  describe('errors the router raises before any route runs', () => {
    const long = 'a'.repeat(10_000);
    const cases = [
      { what: 'a 10,000-character route parameter', path: `/api/v1/tasks/${long}`, status: 414, echo: long },
      { what: 'a 10,000-character path', path: `/api/v1/${long}`, status: 414, echo: long },
      {
        what: 'a malformed percent-encoding',
        path: '/api/v1/tasks/%E0%A4%A-spoor',
        status: 400,
        echo: 'spoor',
      },
    ];
    for (const { what, path, status, echo } of cases) {
      it(`answers ${what} with a ${status} problem with the security headers, without the path`, async () => {
        // Plain fetch: these paths are outside the OpenAPI contract the test client checks.
        const response = await fetch(`${t.baseUrl}${path}`, { headers: { 'accept-language': 'en' } });
        const text = await response.text();
        expect(response.status).toBe(status);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        const body = JSON.parse(text) as Record<string, unknown>;
        expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
        expect(body['instance']).toBeUndefined();
        expect(text).not.toContain(echo);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
        expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(response.headers.get('api-version')).toBe('1.0.0');
        expect(response.headers.get('x-request-id')).toBeTruthy();
      });
    }
  });

  it('hides the cause of an unexpected error and returns the correlation id that is in the log', async () => {
    const response = await t.http.get('/api/v1/test-failures', { 'x-request-id': 'spoor-123' });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body['correlationId']).toBe('spoor-123');
    expect(response.text).not.toMatch(/geheim|secret|\.ts|at \//);
  });

  it('serves a valid OpenAPI 3 document without authentication', async () => {
    const response = await t.http.get('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const result = await new Validator().validate(response.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(String(response.body['openapi'])).toMatch(/^3\./);
    expect((await t.http.get('/api/v1/docs')).status).toBe(200);
  });

  it('passes the NL API Design Rules linter (Spectral, the official ruleset)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    const document = join(dir, 'openapi.json');
    writeFileSync(document, (await t.http.get('/api/v1/openapi.json')).text);
    const ruleset = join(import.meta.dirname, '../support/nl-api-design-rules.yaml');
    const output = join(dir, 'findings.json');
    const spectral = join(
      import.meta.dirname,
      '../../../../node_modules/@stoplight/spectral-cli/dist/index.js',
    );
    // Spectral exits non-zero when it finds something; the findings file says what.
    await promisify(execFile)(process.execPath, [
      spectral,
      'lint',
      '-r',
      ruleset,
      '-f',
      'json',
      '-o',
      output,
      document,
    ]).catch(() => undefined);
    const findings = JSON.parse(readFileSync(output, 'utf8')) as { code: string; path: string[] }[];
    expect(findings.map((f) => `${f.code} at ${f.path.join('.')}`)).toEqual([]);
  }, 60_000);

  it('has an access decorator (Public or Authenticated) on every route', () => {
    const discovery = t.app.get(DiscoveryService);
    const reflector = t.app.get(Reflector);
    const scanner = new MetadataScanner();
    const unguarded: string[] = [];
    let routes = 0;
    for (const wrapper of discovery.getControllers()) {
      const prototype = Object.getPrototypeOf(wrapper.instance) as object;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, () => unknown>)[name];
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        routes++;
        if (!reflector.getAllAndOverride(ACCESS_KEY, [handler, wrapper.metatype as Type])) {
          unguarded.push(`${wrapper.name}.${name}`);
        }
      }
    }
    expect(routes).toBeGreaterThan(10);
    expect(unguarded).toEqual([]);
  });

  it('never writes passwords or tokens to the log', async () => {
    const org = await createOrganisation(t.db);
    const user = await createUser(t.db, org.id);
    const client = await loginAs(t.http, user);
    await client.get('/api/v1/test-failures'); // logs an error with the request and its headers
    await t.http.post('/api/v1/auth/login', { email: user.email, password: 'mijn-geheime-poging' });
    const log = logLines.join('');
    expect(log).toContain('Unexpected error');
    expect(log).not.toMatch(/mijn-geheime-poging|een-lang-testwachtwoord|Bearer [\w-]{20,}/);
  });
});

describe('HTTP conventions in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production', PUBLIC_URL: 'https://klussenbank.test' } });
  });
  afterAll(() => t.close());

  it('keeps the API docs UI off unless API_DOCS_UI=true; the OpenAPI document stays public', async () => {
    expect((await t.http.get('/api/v1/openapi.json')).status).toBe(200);
    for (const path of ['/api/v1/docs', '/api/v1/docs/']) {
      const response = await t.http.get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('keeps the session in a __Host- cookie: Secure, Path=/ and no Domain', async () => {
    const org = await createOrganisation(t.db);
    const user = await createUser(t.db, org.id);
    const response = await fetch(`${t.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD, cookie: true }),
    });
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((line) => line.includes('kb_session='));
    expect(session).toMatch(/^__Host-kb_session=[^;]+;/);
    expect(session).toMatch(/; Secure(;|$)/i);
    expect(session).toMatch(/; Path=\/(;|$)/i);
    expect(session).toMatch(/; HttpOnly(;|$)/i);
    expect(session).not.toMatch(/domain=/i);

    const token = /^__Host-kb_session=([^;]+)/.exec(session ?? '')?.[1] ?? '';
    const me = await t.http.get('/api/v1/me', { cookie: `__Host-kb_session=${token}` });
    expect(me.status).toBe(200);
    // The unprefixed name, which a sibling subdomain could set, is not read in production.
    expect((await t.http.get('/api/v1/me', { cookie: `kb_session=${token}` })).status).toBe(401);

    // Logging out clears it with the same attributes, or the browser would keep it.
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const logout = await t.http.post('/api/v1/auth/logout', undefined, {
      cookie: `__Host-kb_session=${token}`,
      'x-csrf-token': csrfToken,
    });
    expect(logout.status).toBe(204);
    const cleared = logout.headers.getSetCookie().find((line) => line.startsWith('__Host-kb_session='));
    expect(cleared).toMatch(/^__Host-kb_session=;.*; Secure(;|$)/i);
    expect(cleared).toMatch(/; Path=\/(;|$)/i);
    expect((await t.http.get('/api/v1/me', { cookie: `__Host-kb_session=${token}` })).status).toBe(401);
  });
});

// One app at a time: two Nest apps in one process share TypeORM's default connection name.
describe('HTTP conventions in production with API_DOCS_UI=true', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production', API_DOCS_UI: 'true' } });
  });
  afterAll(() => t.close());

  it('serves the API docs UI', async () => {
    expect((await t.http.get('/api/v1/docs')).status).toBe(200);
  });
});

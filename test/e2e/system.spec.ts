import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newSystemSettings,
  runToExit,
  type RunningSystem,
  startSystem,
  type SystemSettings,
} from '../support/system.js';

const PLATFORM_ADMIN = {
  email: 'priya.ramdin@dordrecht.klussenbank.test',
  password: 'welkom-bij-klussenbank',
};

async function login(baseUrl: string, user: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

describe('the system as `npm start` runs it', () => {
  let settings: SystemSettings;
  let system: RunningSystem;

  beforeAll(async () => {
    settings = await newSystemSettings();
    system = await startSystem(settings);
  });
  afterAll(async () => {
    await system.stop();
  });

  it('prints the URL and demo logins, and is ready', async () => {
    expect(system.output()).toContain(`Klussenbank runs at http://localhost:${settings.port}`);
    expect(system.output()).toContain(PLATFORM_ADMIN.email);
    const ready = await fetch(`${system.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
  });

  it('listens on this machine only (127.0.0.1), as HOST is not set', () => {
    // The kernel's table of TCP sockets (Linux): every socket listening on the API's port, by local address.
    const hexPort = settings.port.toString(16).toUpperCase().padStart(4, '0');
    const listening = ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
      readFileSync(table, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter(([, local, , state]) => local?.endsWith(`:${hexPort}`) && state === '0A')
        .map(([, local]) => local.split(':')[0]),
    );
    expect(listening).toEqual(['0100007F']); // 127.0.0.1, and no wildcard address
  });

  it('serves the web client and its routes from the same origin', async () => {
    for (const path of ['/', '/inloggen', '/mijn-gegevens']) {
      const page = await fetch(`${system.baseUrl}${path}`);
      expect(page.status, path).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    }
    const missingApi = await fetch(`${system.baseUrl}/api/v1/bestaat-niet`);
    expect(missingApi.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('mails a match into the mail catcher, with the workers as npm start runs them', async () => {
    // Marloes (manager) posts a GIS klus for Dordrecht; Youssef (Dordrecht) is a GIS expert who wants mail at once.
    const token = await login(system.baseUrl, {
      email: 'marloes.de.wit@dordrecht.klussenbank.test',
      password: PLATFORM_ADMIN.password,
    });
    const posted = await fetch(`${system.baseUrl}/api/v1/tasks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Kaart van de groenvoorziening bijwerken',
        description: 'De GIS-kaart van het groen in de binnenstad is verouderd.',
        requiredSkills: ['GIS'],
        niceToHaveSkills: [],
        estimatedHours: 8,
        startDate: new Date().toISOString().slice(0, 10),
        endDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        location: { type: 'remote' },
        capacity: 1,
        visibility: 'organisation',
      }),
    });
    expect(posted.status).toBe(201);
    const mailPage = /E-mails \(caught, not sent\): (\S+)/.exec(system.output())?.[1];
    expect(mailPage).toBeDefined();
    const page = () => fetch(mailPage!).then((response) => response.text());
    await expect
      .poll(page, { timeout: 30_000, interval: 250 })
      .toContain('youssef.el.amrani@dordrecht.klussenbank.test');
    expect(await page()).toContain('Kaart van de groenvoorziening bijwerken');
  });

  it('keeps data across a restart, and Ctrl-C stops cleanly', async () => {
    const token = await login(system.baseUrl, PLATFORM_ADMIN);
    const created = await fetch(`${system.baseUrl}/api/v1/organisations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Gemeente Herstart', kind: 'municipality' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    expect(await system.stop()).toBe(0);
    expect(system.output()).toContain('Stopped.');
    // Everything got the SIGINT at once; the launcher still stops the API and workers before PostgreSQL.
    expect(system.output()).not.toMatch(/stopped unexpectedly|Unhandled 'error' event|administrator command/);
    system = await startSystem(settings);

    const again = await login(system.baseUrl, PLATFORM_ADMIN);
    const found = await fetch(`${system.baseUrl}/api/v1/organisations/${id}`, {
      headers: { authorization: `Bearer ${again}` },
    });
    expect(found.status).toBe(200);
    expect(((await found.json()) as { name: string }).name).toBe('Gemeente Herstart');
    expect(system.output()).not.toContain('Demo network seeded');
  });
});

describe('start-up with a bad configuration', () => {
  it('stops with one clear line naming the variable', async () => {
    const settings = await newSystemSettings();
    const result = await runToExit(settings, { DATABASE_URL: 'nonsense' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL (got "nonsense")',
    ]);
    expect(result.stdout).toBe('');
  });

  it('says so in one line when PostgreSQL cannot be reached', async () => {
    const settings = await newSystemSettings();
    const result = await runToExit(settings, { DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Cannot connect to PostgreSQL at 127\.0\.0\.1:1/);
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  DEMO_PASSWORD,
  isoDate,
  launchBrowser,
  navigate as nav,
  signIn as signInAt,
} from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/** A manager of Gemeente Dordrecht. */
const MANAGER = 'marloes.de.wit@dordrecht.klussenbank.test';
/** An employee of Gemeente Zwijndrecht: another municipality in Drechtsteden. */
const EMPLOYEE = { email: 'tim.van.dijk@zwijndrecht.klussenbank.test', name: 'Tim van Dijk' };
/** The org-admin of Gemeente Dordrecht. */
const ORG_ADMIN = 'henk.visser@dordrecht.klussenbank.test';

const TITLE = 'Vergunningen steekproef: dossiers nalopen';

describe('hours recorded at completion, confirmed by a participant from another municipality', () => {
  let system: RunningSystem;
  let browser: Browser;
  let taskId: string;

  const signIn = (email: string) => signInAt(browser, system.baseUrl, email);
  const api = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${system.baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const login = async (email: string) => {
    const response = await fetch(`${system.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { token: string }).token;
  };

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    // Posting, signing up and starting are the klussen journey's business: here they are set up over HTTP.
    const manager = await login(MANAGER);
    const me = (await api(manager, 'GET', '/me')) as { partnerships: { id: string; name: string }[] };
    const drechtsteden = me.partnerships.find((p) => p.name === 'Drechtsteden');
    const task = await api(manager, 'POST', '/tasks', {
      title: TITLE,
      description: 'Een steekproef van twintig vergunningsdossiers op volledigheid nalopen.',
      requiredSkills: [],
      niceToHaveSkills: [],
      estimatedHours: 16,
      startDate: isoDate(0),
      endDate: isoDate(30),
      location: { type: 'remote' },
      capacity: 1,
      visibility: 'partnership',
      partnershipId: drechtsteden?.id,
    });
    taskId = task['id'] as string;
    await api(await login(EMPLOYEE.email), 'POST', `/tasks/${taskId}/claims`, {});
    await api(manager, 'POST', `/tasks/${taskId}/status-changes`, { action: 'start' });
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets the manager complete the klus with the hours worked', async () => {
    const manager: Page = await signIn(MANAGER);
    await manager.goto(`/klussen/${taskId}`);
    await manager.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await manager.getByRole('button', { name: 'Afronden' }).click();
    await manager.getByLabel(`Gewerkte uren van ${EMPLOYEE.name}`).fill('6');
    await manager.getByRole('button', { name: 'Klus afronden' }).click();
    await manager.getByText('De klus is afgerond.', { exact: false }).waitFor();
    const hours = manager.getByRole('region', { name: 'Uren' });
    await hours.getByText(`${EMPLOYEE.name}: 6 uur`).waitFor();
    expect(await hours.textContent()).toContain('Status: vastgelegd');
    expect(await accessibilityViolations(manager)).toEqual([]);
  });

  it('asks the participant, who confirms the hours on Mijn klussen', async () => {
    const employee = await signIn(EMPLOYEE.email);
    await expect
      .poll(
        async () => {
          await employee.goto('/meldingen');
          await employee.getByRole('heading', { level: 1 }).waitFor();
          return employee.getByRole('main').textContent();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain(`“${TITLE}” is afgerond. Kloppen uw uren?`);

    await nav(employee, 'Mijn klussen');
    const completed = employee.getByRole('region', { name: 'Afgerond' });
    await completed.getByText('Uw uren: 6 uur').waitFor();
    const text = await completed.textContent();
    expect(text).toContain('Status: vastgelegd');
    expect(text).toContain('Bevestig of corrigeer vóór');
    expect(await accessibilityViolations(employee)).toEqual([]);

    await completed.getByRole('button', { name: `Uren bevestigen ${TITLE}` }).click();
    await employee.getByRole('status').getByText(`U hebt de uren voor “${TITLE}” bevestigd.`).waitFor();
    await completed.getByText('Status: bevestigd').waitFor();
    expect(await accessibilityViolations(employee)).toEqual([]);

    // The klus page says the same.
    await completed.getByRole('link', { name: TITLE }).click();
    const hours = employee.getByRole('region', { name: 'Uren' });
    await hours.getByText('Status: bevestigd').waitFor();
    expect(await accessibilityViolations(employee)).toEqual([]);
  });

  it('gives the org-admin a page of hours in discussion', async () => {
    const admin = await signIn(ORG_ADMIN);
    await nav(admin, 'Uren in gesprek');
    await admin.getByRole('heading', { level: 1, name: 'Uren in gesprek' }).waitFor();
    await admin.getByText('Er zijn geen uren in gesprek.').waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  DEMO_PASSWORD,
  isoDate,
  launchBrowser,
  signIn as signInAt,
} from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/** A manager of Gemeente Dordrecht (Drechtsteden). */
const MANAGER = { email: 'marloes.de.wit@dordrecht.klussenbank.test', name: 'Marloes de Wit' };
/** An employee of Gemeente Zwijndrecht: another municipality in Drechtsteden. */
const EMPLOYEE = { email: 'tim.van.dijk@zwijndrecht.klussenbank.test', name: 'Tim van Dijk' };

const TITLE = 'Wijkschouw Noord: bevindingen uitwerken';

describe('after a klus, the poster and the participant evaluate each other', () => {
  let system: RunningSystem;
  let browser: Browser;
  let manager: Page;
  let employee: Page;
  let taskPath: string;

  /** The API as a demo user, with a bearer token: the klus is set up here; the evaluating is in the browser. */
  async function apiAs(email: string) {
    const login = await fetch(`${system.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${system.baseUrl}/api/v1${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
  }

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    const asManager = await apiAs(MANAGER.email);
    const asEmployee = await apiAs(EMPLOYEE.email);
    const partnerships = await asManager<{ items: { id: string; name: string }[] }>(
      'GET',
      '/partnerships?pageSize=100',
    );
    const drechtsteden = partnerships.items.find((p) => p.name === 'Drechtsteden');
    const task = await asManager<{ id: string }>('POST', '/tasks', {
      title: TITLE,
      description: 'De bevindingen van de wijkschouw uitwerken tot een lijst met acties.',
      requiredSkills: ['Excel'],
      estimatedHours: 6,
      startDate: isoDate(1),
      endDate: isoDate(20),
      location: { type: 'remote' },
      capacity: 1,
      visibility: 'partnership',
      partnershipId: drechtsteden?.id,
    });
    const claim = await asEmployee<{ id: string }>('POST', `/tasks/${task.id}/claims`, {});
    await asManager('POST', `/tasks/${task.id}/status-changes`, { action: 'start' });
    await asManager('POST', `/tasks/${task.id}/status-changes`, {
      action: 'complete',
      actualHours: [{ claimId: claim.id, hours: 5.5 }],
    });
    taskPath = `/klussen/${task.id}`;
    manager = await signInAt(browser, system.baseUrl, MANAGER.email);
    employee = await signInAt(browser, system.baseUrl, EMPLOYEE.email);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  async function evaluate(page: Page, other: string, score: string, wentWell: string) {
    // The e-mail's "Beoordeel de klus" leads to the section.
    await page.goto(`${taskPath}#evaluatie`);
    const section = page.getByRole('region', { name: 'Hoe ging het?' });
    const form = section.getByRole('form', { name: `Uw beoordeling van ${other}` });
    await form.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Sending without a score: the error summary, and still no A/AA violations.
    await form.getByRole('button', { name: 'Beoordeling versturen' }).click();
    await form.getByRole('alert').getByText('Kies een cijfer van 1 tot 5.').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByRole('radio', { name: score }).check();
    await form.getByLabel('Wat ging goed?').fill(wentWell);
    await form.getByLabel('Wat kan beter?').fill('Eerder overleggen over de planning.');
    await form.getByRole('button', { name: 'Beoordeling versturen' }).click();
    await section.getByText(`Uw beoordeling van ${other} is opgeslagen.`).waitFor();
    await section.getByText(wentWell).waitFor();
    expect(await section.getByRole('form').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  it('lets the poster evaluate the participant', async () => {
    await evaluate(manager, EMPLOYEE.name, '5 – uitstekend', 'Snel en zorgvuldig gewerkt.');
  });

  it('lets the participant evaluate the poster, and each sees both evaluations', async () => {
    await evaluate(employee, MANAGER.name, '4 – goed', 'Duidelijke opdracht.');
    for (const page of [employee, manager]) {
      await page.goto(taskPath);
      const section = page.getByRole('region', { name: 'Hoe ging het?' });
      await section.getByRole('article', { name: `${MANAGER.name} over ${EMPLOYEE.name}` }).waitFor();
      await section.getByRole('article', { name: `${EMPLOYEE.name} over ${MANAGER.name}` }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });
});

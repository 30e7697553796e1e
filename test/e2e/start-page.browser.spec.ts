import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, isoDate, launchBrowser, signIn as signInAt } from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/** A manager of Gemeente Dordrecht (Drechtsteden). */
const MANAGER = 'marloes.de.wit@dordrecht.klussenbank.test';
/** An employee of Gemeente Zwijndrecht: another municipality in Drechtsteden. */
const EMPLOYEE = 'tim.van.dijk@zwijndrecht.klussenbank.test';
const TITLE = 'Wijkavond Oud-Krispijn: verslag en actiepunten';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A write through the API as the signed-in person of `page` (session cookie and CSRF token). */
async function apiWrite<T>(page: Page, method: string, path: string, body: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const csrf = /(?:^|; )kb_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '';
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { method, path, body },
  );
  if (answer.status >= 300)
    throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as T;
}

/** Axe at desktop width and at 390×844, where nothing may scroll sideways. */
async function checkBothSizes(page: Page) {
  await page.setViewportSize(DESKTOP);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize(PHONE);
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
}

describe('the start page shows what waits for me', () => {
  let system: RunningSystem;
  let browser: Browser;
  let manager: Page;
  let employee: Page;
  let taskId: string;
  let claimId: string;

  const signIn = (email: string) => signInAt(browser, system.baseUrl, email);

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    manager = await signIn(MANAGER);
    employee = await signIn(EMPLOYEE);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows a manager the klus whose application waits for a decision', async () => {
    ({ id: taskId } = await apiWrite<{ id: string }>(manager, 'POST', '/tasks', {
      title: TITLE,
      description: 'Het verslag van de wijkavond uitwerken en de actiepunten verdelen.',
      estimatedHours: 6,
      startDate: isoDate(3),
      endDate: isoDate(30),
      location: { type: 'remote' },
      claimMode: 'application',
    }));
    ({ id: claimId } = await apiWrite<{ id: string }>(employee, 'POST', `/tasks/${taskId}/claims`, {
      motivation: 'Ik notuleer vaker wijkavonden.',
    }));

    await manager.goto('/');
    await manager.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    const decisions = manager.getByRole('region', { name: 'Wacht op mijn besluit' });
    const item = decisions.getByRole('listitem').filter({ hasText: TITLE });
    await item.waitFor();
    expect(await item.textContent()).toContain('1 aanmelding wacht op uw besluit');
    expect(await item.getByRole('link', { name: TITLE }).getAttribute('href')).toBe(`/klussen/${taskId}`);
    await checkBothSizes(manager);
  });

  it('shows the employee the klus under upcoming klussen and the acceptance as an unread notification', async () => {
    await employee.goto('/');
    await employee.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    const upcoming = employee.getByRole('region', { name: 'Mijn komende klussen' });
    const waiting = upcoming.getByRole('listitem').filter({ hasText: TITLE });
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('Aangemeld, wacht op de opdrachtgever');

    await apiWrite(manager, 'PATCH', `/tasks/${taskId}/claims/${claimId}`, { status: 'active' });

    // Live: the notification arrives on the open page.
    const unread = employee.getByRole('region', { name: 'Ongelezen meldingen' });
    await unread
      .getByRole('link', { name: new RegExp(`${TITLE}.*geaccepteerd`) })
      .waitFor({ timeout: 20_000 });

    await employee.reload();
    const accepted = employee
      .getByRole('region', { name: 'Mijn komende klussen' })
      .getByRole('listitem')
      .filter({ hasText: TITLE });
    await accepted.waitFor();
    expect(await accepted.textContent()).toContain('Ingeschreven');
    await employee
      .getByRole('region', { name: 'Ongelezen meldingen' })
      .getByRole('link', { name: new RegExp(TITLE) })
      .waitFor();
    await checkBothSizes(employee);

    // The decision is made: it no longer waits for the manager.
    await manager.reload();
    const decisions = manager.getByRole('region', { name: 'Wacht op mijn besluit' });
    await decisions.getByRole('link').first().waitFor();
    expect(await decisions.getByRole('listitem').filter({ hasText: TITLE }).count()).toBe(0);
  });
});

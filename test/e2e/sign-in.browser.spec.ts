import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, launchBrowser } from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

const EMPLOYEE = {
  email: 'anna.de.vries@dordrecht.klussenbank.test',
  password: 'welkom-bij-klussenbank',
  name: 'Anna de Vries',
  organisation: 'Gemeente Dordrecht',
};

describe('signing in through the web client', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: system.baseUrl, locale: 'nl-NL' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('sends a visitor to the login page, which has no accessibility violations', async () => {
    await page.goto('/');
    await page.waitForURL('**/inloggen');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Inloggen');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows an accessible error for a wrong password', async () => {
    await page.getByLabel('E-mailadres', { exact: true }).fill(EMPLOYEE.email);
    await page.getByLabel('Wachtwoord').fill('dit-is-niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(page.url()).toMatch(/\/inloggen$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lists every field error at once and focuses the first', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const email = page.getByLabel('E-mailadres', { exact: true });
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Wachtwoord').getAttribute('aria-invalid')).toBe('true');
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('signs a demo employee in and shows who they are', async () => {
    await page.getByLabel('E-mailadres', { exact: true }).fill(EMPLOYEE.email);
    await page.getByLabel('Wachtwoord').fill(EMPLOYEE.password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Welkom, ${EMPLOYEE.name}` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: 'Mijn gegevens', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
    const main = await page.getByRole('main').textContent();
    expect(main).toContain(EMPLOYEE.organisation);
    expect(main).toContain('Drechtsteden');
    expect(main).toContain(EMPLOYEE.email);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('keeps the session in an HttpOnly cookie, out of reach of scripts', async () => {
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'kb_session')?.httpOnly).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toContain('kb_session');
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My details' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
  });

  it('signs out, ends the session on the server, and confirms it', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    await page.getByText('U bent uitgelogd.').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
    expect(me).toBe(401);
    await page.goto('/mijn-gegevens');
    await page.waitForURL('**/inloggen');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

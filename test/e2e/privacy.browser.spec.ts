import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  DEMO_PASSWORD,
  launchBrowser,
  navigate,
  signIn,
} from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/** A demo employee of Gemeente Dordrecht (README). */
const EMPLOYEE = 'anna.de.vries@dordrecht.klussenbank.test';

describe('Privacy: the statements, "Mijn gegevens downloaden" and "Account verwijderen"', () => {
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('the login page links to both statements; they are readable and accessible without a session', async () => {
    const context = await browser.newContext({ baseURL: system.baseUrl, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/inloggen');
    const footer = page.getByRole('navigation', { name: 'Over Klussenbank' });
    await footer.getByRole('link', { name: 'Privacyverklaring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacyverklaring' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Uw rechten' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await footer.getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Status' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('a person downloads their data, then deletes their account and cannot sign in again', async () => {
    const page = await signIn(browser, system.baseUrl, EMPLOYEE);
    await navigate(page, 'Mijn profiel');
    const myData = page.getByRole('region', { name: 'Mijn gegevens' });
    await myData.getByRole('button', { name: 'Mijn gegevens downloaden' }).click();
    const link = myData.getByRole('link', { name: /^Download het bestand van/ });
    await link.waitFor({ timeout: 30_000 });
    const file = await page.request.get((await link.getAttribute('href'))!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toMatch(
      /^attachment; filename="klussenbank-mijn-gegevens-/,
    );
    const data = (await file.json()) as { account: { email: string } };
    expect(data.account.email).toBe(EMPLOYEE);
    expect(await accessibilityViolations(page)).toEqual([]);

    const erase = page.getByRole('region', { name: 'Account verwijderen' });
    await erase.getByRole('button', { name: 'Account verwijderen…' }).click();
    await erase.getByText('Wat blijft, zonder uw naam ("oud-medewerker")').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await erase.getByRole('textbox', { name: /Typ uw e-mailadres/ }).fill(EMPLOYEE);
    await erase.getByLabel('Uw wachtwoord').fill(DEMO_PASSWORD);
    await erase.getByRole('button', { name: 'Mijn account definitief verwijderen' }).click();
    await page.waitForURL(/\/inloggen/);

    await page.getByLabel('E-mailadres', { exact: true }).fill(EMPLOYEE);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(page.url()).toMatch(/\/inloggen/);
  });
});

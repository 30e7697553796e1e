import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, DEMO_PASSWORD, launchBrowser } from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/**
 * Single sign-on as `npm start` offers it: the login page's "Inloggen met uw organisatie" leads to
 * the development identity provider of Gemeente Zeist (a real OpenID provider, its own login page),
 * back to Klussen, and out again through the provider's logout.
 */
const NEWCOMER = 'nieuwe.collega@zeist.klussenbank.test';
const DEMO_PERSON = { email: 'olivier.dam@zeist.klussenbank.test', name: 'Olivier Dam' };

describe('signing in with your organisation', () => {
  let system: RunningSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** The address `npm start` announces (PUBLIC_URL): the provider sends the browser back there. */
  let publicUrl: string;

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    publicUrl = system.baseUrl.replace('127.0.0.1', 'localhost');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  async function throughProvider(email: string): Promise<void> {
    context = await browser.newContext({ baseURL: publicUrl, locale: 'nl-NL' });
    page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByLabel('Werk-e-mailadres').fill(email);
    await page.getByRole('button', { name: 'Inloggen met uw organisatie' }).click();
    // The provider's own login page, on its own origin: any password works there.
    await page.waitForURL((url) => url.origin !== new URL(publicUrl).origin);
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('wat-dan-ook');
    await page.getByRole('button', { name: 'Sign-in' }).click();
  }

  it('creates a newcomer just in time, reaches Klussen, and logs out at the provider too', async () => {
    await throughProvider(NEWCOMER);
    // Back on the start page, signed in as the person the provider named.
    await page.getByRole('heading', { level: 1, name: 'Welkom, Nieuwe Collega' }).waitFor();
    await page.getByRole('link', { name: 'Klussen', exact: true }).first().click();
    await page.waitForURL('**/klussen');
    await page.getByRole('heading', { level: 1, name: 'Klussen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    // RP-initiated logout: the provider asks, then sends the browser back to the login page.
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL('**/inloggen');
    await page.goto('/klussen');
    await page.waitForURL('**/inloggen**');
    await context.close();
  });

  it('links an existing password account only after its password, on an accessible page', async () => {
    await throughProvider(DEMO_PERSON.email);
    await page.waitForURL('**/inloggen/koppelen**');
    await page.getByRole('heading', { level: 1, name: 'Uw account koppelen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Koppelen en inloggen' }).click();
    await page.locator('#sso-link-password-error').waitFor();
    expect(await page.getByLabel('Wachtwoord').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toContain('/inloggen/koppelen');

    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Koppelen en inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: `Welkom, ${DEMO_PERSON.name}` }).waitFor();
    await context.close();

    // Linked: the next sign-in through the provider goes straight in.
    await throughProvider(DEMO_PERSON.email);
    await page.getByRole('heading', { level: 1, name: `Welkom, ${DEMO_PERSON.name}` }).waitFor();
    await context.close();
  });

  it('tells someone whose organisation has no single sign-on to use their password', async () => {
    context = await browser.newContext({ baseURL: publicUrl, locale: 'nl-NL' });
    page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByLabel('Werk-e-mailadres').fill('anna.de.vries@dordrecht.klussenbank.test');
    await page.getByRole('button', { name: 'Inloggen met uw organisatie' }).click();
    const message = page.getByText('Uw organisatie heeft geen eigen inlogdienst ingesteld.', {
      exact: false,
    });
    await message.waitFor();
    expect(page.url()).toContain('/inloggen');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

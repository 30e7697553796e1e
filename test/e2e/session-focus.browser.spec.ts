import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  chooseSkill,
  DEMO_PASSWORD,
  isoDate,
  launchBrowser,
  navigate,
  openMenu,
} from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

const MANAGER = 'marloes.de.wit@dordrecht.klussenbank.test';
const TITLE = 'Inspraakavond Weizigt voorbereiden';
const ENDED =
  'Uw sessie is verlopen of u bent uitgelogd. Log opnieuw in; wat u aan het invullen was, staat er daarna nog.';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function logIn(page: Page): Promise<void> {
  await page.getByLabel('E-mailadres', { exact: true }).fill(MANAGER);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

/** The focused element, as the heading level and text a screen reader would announce. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const isMainHeading = active !== null && active === document.querySelector('main h1');
    return isMainHeading
      ? `h1: ${active.textContent ?? ''}`
      : `${active?.tagName ?? 'none'}: ${active?.textContent ?? ''}`;
  });

describe('sessions that end gracefully and focus that follows navigation', () => {
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

  const signedIn = async (size: (typeof SIZES)[number]) => {
    const context = await browser.newContext({
      baseURL: system.baseUrl,
      locale: 'nl-NL',
      viewport: { width: size.width, height: size.height },
    });
    const page = await context.newPage();
    await page.goto('/inloggen');
    await logIn(page);
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    return page;
  };

  for (const size of SIZES) {
    it(`sends a page whose session ended in another tab to the log-in page and gives the form back (${size.name})`, async () => {
      const page = await signedIn(size);
      await navigate(page, 'Klus plaatsen');
      await page.getByRole('heading', { level: 1, name: 'Klus plaatsen' }).waitFor();
      await page.getByLabel('Titel').fill(TITLE);
      await page.getByLabel('Beschrijving').fill('Zaal regelen, stukken klaarleggen.');
      await chooseSkill(page, 'Vereiste vaardigheden', 'notul', 'Notuleren');
      await page.getByLabel('Geschatte uren').fill('6');
      await page.getByLabel('Begindatum').fill(isoDate(7));
      await page.getByLabel('Einddatum').fill(isoDate(30));

      // Logging out in a second tab of the same browser ends the session of both.
      const other = await page.context().newPage();
      await other.goto('/');
      await other.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
      await openMenu(other);
      await other.getByRole('button', { name: 'Uitloggen' }).click();
      await other.waitForURL('**/inloggen');
      await other.close();

      await page.getByRole('button', { name: 'Plaatsen' }).click();
      await page.waitForURL(/\/inloggen\?terug=%2Fklussen%2Fnieuw$/);
      await page.getByText(ENDED).waitFor();
      expect(await page.getByText('Opnieuw proberen').count()).toBe(0);
      expect(await page.getByText(/Ingelogd als/).count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);

      await logIn(page);
      await page.getByRole('heading', { level: 1, name: 'Klus plaatsen' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/klussen/nieuw');
      expect(await page.getByLabel('Titel').inputValue()).toBe(TITLE);
      expect(await page.getByLabel('Beschrijving').inputValue()).toBe('Zaal regelen, stukken klaarleggen.');
      const kept = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
      expect(kept).not.toContain(DEMO_PASSWORD);
      await page.context().close();
    });

    it(`moves focus to the new page's h1 after every menu navigation (${size.name})`, async () => {
      const page = await signedIn(size);
      for (const [link, heading] of [
        ['Dossiers', 'Dossiers'],
        ['Mijn profiel', 'Mijn profiel'],
        ['Klus plaatsen', 'Klus plaatsen'],
        [/^Meldingen/, 'Meldingen'],
        ['Klussen', 'Klussen'],
      ] as const) {
        await navigate(page, link);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await expect.poll(() => focused(page), { timeout: 10_000 }).toBe(`h1: ${heading}`);
      }
      expect(await accessibilityViolations(page)).toEqual([]);

      // On Klussen: from the search box past the filters in three keys.
      await page.getByLabel('Zoeken in klussen').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('A: Naar de resultaten');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});

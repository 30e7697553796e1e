import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Every demo user's password (the README's table). */
export const DEMO_PASSWORD = 'welkom-bij-klussenbank';

/** Debian's Chromium, headless, with the flags this closed network needs (no browser download). Playwright gives it a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** WCAG 2.1 A and AA violations on the page as it is now, as readable lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** A fresh browser context signed in through the login page as a demo user, on its start page. */
export async function signIn(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
  return page;
}

/** On a phone the menu (navigation, language, log-out) is folded: open it; elsewhere nothing to do. */
export async function openMenu(page: Page): Promise<void> {
  const menu = page.getByRole('banner').getByRole('button', { name: /^Menu/ });
  if ((await menu.count()) > 0 && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
}

/** Follows a link in the main navigation; on a phone it opens the menu first. */
export async function navigate(page: Page, name: string | RegExp): Promise<void> {
  await openMenu(page);
  await page
    .getByRole('navigation')
    .getByRole('link', { name, exact: typeof name === 'string' })
    .click();
}

/**
 * Chooses a skill in a skill picker (a combobox over the taxonomy): types, then clicks the
 * suggestion. `option` is the suggestion's whole name, e.g. "GIS" or "Inkoop (aanbesteden)".
 */
export async function chooseSkill(
  scope: Page | Locator,
  field: string,
  typed: string,
  option: string | RegExp,
): Promise<void> {
  await scope.getByRole('combobox', { name: field, exact: true }).fill(typed);
  await scope.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** Adds a name the taxonomy does not have to a skill picker, as a proposal. */
export async function proposeSkill(scope: Page | Locator, field: string, name: string): Promise<void> {
  await chooseSkill(scope, field, name, `‘${name}’ voorstellen als nieuwe vaardigheid`);
}

/** A date `days` from today as YYYY-MM-DD, the value of an <input type="date">. */
export function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

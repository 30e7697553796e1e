import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, DEMO_PASSWORD, launchBrowser, navigate } from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/** An employee with skills on his profile: Klussen recommends klussen to him. */
const EMPLOYEE = 'youssef.el.amrani@dordrecht.klussenbank.test';
const ORG_ADMIN = 'henk.visser@dordrecht.klussenbank.test';
/** A manager who posted klussen and leads a dossier: he may open their edit forms. */
const LEAD = 'joost.van.der.heijden@oss.klussenbank.test';
const PLATFORM_ADMIN = 'priya.ramdin@dordrecht.klussenbank.test';

/** Ids the demo data gives, looked up once the system runs. */
interface Ids {
  task: string;
  dossier: string;
  success: string;
}

interface PageVisit {
  /** The route as apps/web/src/app/routes.tsx writes it: its `path` (string or constant), `index` for `index: true`. */
  route: string;
  path: string | ((ids: Ids) => string);
  /** Who opens it; null: without a session. */
  as: string | null;
}

/**
 * Every page of the web client. A route added to routes.tsx fails "lists every route" below until
 * it is added here: one line with an address that opens it and a demo user who may see it.
 */
const PAGES: readonly PageVisit[] = [
  { route: 'LOGIN_PATH', path: '/inloggen', as: null },
  { route: 'SET_PASSWORD_PATH', path: '/wachtwoord-instellen/verlopen-link', as: null },
  { route: 'SSO_LINK_PATH', path: '/inloggen/koppelen', as: null },
  { route: 'index', path: '/', as: EMPLOYEE },
  { route: 'mijn-gegevens', path: '/mijn-gegevens', as: ORG_ADMIN },
  { route: 'klussen', path: '/klussen', as: EMPLOYEE },
  { route: 'klussen/nieuw', path: '/klussen/nieuw', as: LEAD },
  { route: 'klussen/:id', path: ({ task }) => `/klussen/${task}`, as: LEAD },
  { route: 'klussen/:id/bewerken', path: ({ task }) => `/klussen/${task}/bewerken`, as: LEAD },
  { route: 'mijn-klussen', path: '/mijn-klussen', as: LEAD },
  { route: 'mijn-profiel', path: '/mijn-profiel', as: EMPLOYEE },
  { route: 'mijn-profiel/meldingen', path: '/mijn-profiel/meldingen', as: EMPLOYEE },
  { route: 'mijn-profiel/sessies', path: '/mijn-profiel/sessies', as: EMPLOYEE },
  { route: 'meldingen', path: '/meldingen', as: EMPLOYEE },
  { route: 'dossiers', path: '/dossiers', as: EMPLOYEE },
  { route: 'dossiers/nieuw', path: '/dossiers/nieuw', as: LEAD },
  { route: 'dossiers/:id', path: ({ dossier }) => `/dossiers/${dossier}`, as: LEAD },
  { route: 'dossiers/:id/bewerken', path: ({ dossier }) => `/dossiers/${dossier}/bewerken`, as: LEAD },
  { route: 'vaardigheden/voorstellen', path: '/vaardigheden/voorstellen', as: ORG_ADMIN },
  { route: 'uren/in-gesprek', path: '/uren/in-gesprek', as: ORG_ADMIN },
  { route: 'uren', path: '/uren', as: ORG_ADMIN },
  { route: 'beheer', path: '/beheer', as: ORG_ADMIN },
  { route: 'beheer/mensen', path: '/beheer/mensen', as: ORG_ADMIN },
  { route: 'beheer/organisatie', path: '/beheer/organisatie', as: ORG_ADMIN },
  { route: 'beheer/auditlog', path: '/beheer/auditlog', as: ORG_ADMIN },
  { route: 'beheer/samenwerkingsverbanden', path: '/beheer/samenwerkingsverbanden', as: PLATFORM_ADMIN },
  { route: 'beheer/organisaties', path: '/beheer/organisaties', as: PLATFORM_ADMIN },
  { route: 'beheer/vaardigheden', path: '/beheer/vaardigheden', as: PLATFORM_ADMIN },
  { route: 'geen-toegang', path: '/geen-toegang', as: EMPLOYEE },
  { route: 'successen', path: '/successen', as: LEAD },
  { route: 'successen/:id', path: ({ success }) => `/successen/${success}`, as: LEAD },
  { route: 'spiegel', path: '/spiegel', as: ORG_ADMIN },
  { route: 'privacyverklaring', path: '/privacyverklaring', as: null },
  { route: 'toegankelijkheidsverklaring', path: '/toegankelijkheidsverklaring', as: EMPLOYEE },
  { route: '*', path: '/bestaat-niet', as: EMPLOYEE },
];

const FILTERS = /^Filters( \(\d+\))?$/;
const PHONE = { width: 390, height: 844 } as const;
/** The narrowest screen WCAG 1.4.10 asks to reflow to (320 CSS px). */
const NARROW = { width: 320, height: 700 } as const;

/** The routes routes.tsx declares, read from its text (the e2e project does not import the web app). */
function declaredRoutes(): string[] {
  const source = readFileSync(resolve(import.meta.dirname, '../../apps/web/src/app/routes.tsx'), 'utf8');
  const paths = [...source.matchAll(/\bpath:\s*(?:'([^']*)'|([A-Z_][A-Z0-9_]*))/g)].map(
    ([, literal, constant]) => literal ?? constant ?? '',
  );
  const indexes = [...source.matchAll(/\bindex:\s*true\b/g)].map(() => 'index');
  return [...paths, ...indexes].sort();
}

/** What sticks out past the right edge, outside regions that scroll by themselves (for the message). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => {
        if (el.parentElement?.closest('.kb-table-scroll, [hidden]')) return false;
        const box = el.getBoundingClientRect();
        // Text is no element: a box whose words stick out past the screen counts too. SVG shapes have no
        // CSS box (their scrollWidth says nothing), so their painted bounds are all there is to measure.
        if (el instanceof SVGElement) return box.right > width + 1;
        const content = getComputedStyle(el).overflowX === 'visible' ? el.scrollWidth : el.clientWidth;
        return box.right > width + 1 || box.left + content > width + 1;
      })
      // The innermost ones say what to fix; their ancestors only contain them.
      .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.className).replaceAll(' ', '.')}: ${el.textContent?.slice(0, 40)}`,
      );
    return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
  });

/** Top of an element from the top of the document, in CSS px. */
const documentTop = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe('every page on a phone', () => {
  let system: RunningSystem;
  let browser: Browser;
  let ids: Ids;
  const contexts = new Map<string, BrowserContext>();
  /** Requests to the API under way, per page (the notification stream stays open and is left out). */
  const pending = new WeakMap<Page, Set<unknown>>();

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    const lead = await pageAs(LEAD, PHONE);
    const posted = (await (await lead.request.get('/api/v1/me/tasks')).json()) as { items: { id: string }[] };
    const led = (await (await lead.request.get('/api/v1/dossiers?mine=true')).json()) as {
      items: { id: string }[];
    };
    const successes = (await (await lead.request.get('/api/v1/successes')).json()) as {
      items: { id: string }[];
    };
    ids = { task: posted.items[0].id, dossier: led.items[0].id, success: successes.items[0].id };
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** A page of one signed-in context per user and screen size (logging in once each). */
  async function pageAs(user: string | null, size: { width: number; height: number }): Promise<Page> {
    const key = `${user ?? 'visitor'}@${size.width}`;
    let context = contexts.get(key);
    if (!context) {
      context = await browser.newContext({ baseURL: system.baseUrl, locale: 'nl-NL', viewport: size });
      contexts.set(key, context);
      const page = await context.newPage();
      const inFlight = new Set<unknown>();
      pending.set(page, inFlight);
      page.on('request', (request) => {
        if (request.url().includes('/api/') && !request.url().includes('/stream')) inFlight.add(request);
      });
      page.on('requestfinished', (request) => inFlight.delete(request));
      page.on('requestfailed', (request) => inFlight.delete(request));
      if (user) {
        await page.goto('/inloggen');
        await page.getByLabel('E-mailadres', { exact: true }).fill(user);
        await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
      }
    }
    return context.pages()[0];
  }

  /** Opens a page and waits until its h1 is there and its data has arrived. */
  async function open(visit: PageVisit, size: { width: number; height: number }): Promise<Page> {
    const page = await pageAs(visit.as, size);
    await page.goto(typeof visit.path === 'string' ? visit.path : visit.path(ids));
    await page.locator('main h1').first().waitFor();
    await expect.poll(() => pending.get(page)?.size ?? 0, { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.locator('.kb-loading').count(), { timeout: 15_000 }).toBe(0);
    return page;
  }

  it('lists every route of routes.tsx', () => {
    expect(PAGES.map((visit) => visit.route).sort()).toEqual(declaredRoutes());
  });

  for (const size of [PHONE, NARROW]) {
    for (const visit of PAGES) {
      const path = typeof visit.path === 'string' ? visit.path : visit.route;
      it(`does not scroll sideways at ${size.width} px: ${path}`, async () => {
        const page = await open(visit, size);
        expect(await overflow(page)).toEqual({ scroll: 0, wide: [] });
      });
    }

    it(`fits the open menu and the open filters in ${size.width} px`, async () => {
      const page = await open(
        PAGES.find((visit) => visit.route === 'klussen')!,
        size,
      );
      await page.getByRole('button', { name: /^Menu/ }).click();
      expect(await overflow(page)).toEqual({ scroll: 0, wide: [] });
      await page.getByRole('button', { name: FILTERS }).click();
      await page.getByLabel('Sorteren op').waitFor();
      expect(await overflow(page)).toEqual({ scroll: 0, wide: [] });
    });
  }

  it('shows the first klus within a screen and a half on Klussen, with the filters folded', async () => {
    const page = await open(
      PAGES.find((visit) => visit.route === 'klussen')!,
      PHONE,
    );
    const toggle = page.getByRole('button', { name: FILTERS });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Sorteren op').isVisible()).toBe(false);
    expect(await documentTop(page, '#results-heading')).toBeLessThan(1.5 * PHONE.height);
    expect(await documentTop(page, '.kb-browse__results .kb-task-list > li')).toBeLessThan(
      1.5 * PHONE.height,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    // The recommendations fold too, behind their heading, which says how many there are.
    const recommended = page.getByRole('button', { name: /^Aanbevolen voor u \(\d\)$/ });
    expect(await recommended.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.kb-recommended .kb-task-list').isVisible()).toBe(false);
    await recommended.click();
    expect(await recommended.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.kb-recommended .kb-task-list > li').first().isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await recommended.click();

    // Unfolded, the filters work as before and say how many are set.
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('checkbox', { name: 'Geschikt om te leren' }).check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.waitForURL(/learningSuitable=true/);
    await expect.poll(() => toggle.textContent()).toBe('Filters (1)');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('folds the dossier filters and keeps the search within the screen', async () => {
    const page = await open(
      PAGES.find((visit) => visit.route === 'dossiers')!,
      PHONE,
    );
    const toggle = page.getByRole('button', { name: FILTERS });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await documentTop(page, '#dossier-results-heading')).toBeLessThan(1.5 * PHONE.height);
    const search = await page.getByRole('button', { name: 'Zoeken' }).boundingBox();
    expect(search!.x + search!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await accessibilityViolations(page)).toEqual([]);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Alleen mijn dossiers').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('folds the menu behind a button that shows the unread count, closes on Escape and after navigating', async () => {
    const page = await open(
      PAGES.find((visit) => visit.route === 'index')!,
      PHONE,
    );
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThan(120);
    const menu = page.getByRole('button', { name: /^Menu/ });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Dossiers', exact: true }).isVisible()).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);

    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    await navigate(page, 'Dossiers');
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});

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

/** The poster: a manager of Gemeente Oss. */
const POSTER = { email: 'joost.van.der.heijden@oss.klussenbank.test', name: 'Joost van der Heijden' };
/** The participant: an employee of Gemeente Zeist. */
const PARTICIPANT = { email: 'nadia.haddou@zeist.klussenbank.test', name: 'Nadia Haddou' };
/** A colleague from another municipality in Netwerk Anders Samenwerken (Dordrecht). */
const COLLEAGUE = 'anna.de.vries@dordrecht.klussenbank.test';

const TITLE = 'Klantreis paspoort aanvragen in kaart brengen';
const STORY = 'Samen met Zeist hebben we de **klantreis** voor een paspoort uitgetekend.';

// Issue 16's story: the poster shares a completed klus; the participant agrees to be named; the
// success appears on the wall with that name; a colleague from another municipality applauds.
describe('a completed klus shared as a success, named with consent and applauded across municipalities', () => {
  let system: RunningSystem;
  let browser: Browser;
  let taskId: string;
  let successUrl: string;

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
    // Posting, claiming and completing are other journeys' business: here they are set up over HTTP.
    const poster = await login(POSTER.email);
    const me = (await api(poster, 'GET', '/me')) as { partnerships: { id: string; name: string }[] };
    const network = me.partnerships.find((p) => p.name === 'Netwerk Anders Samenwerken');
    const task = await api(poster, 'POST', '/tasks', {
      title: TITLE,
      description: 'Elke stap van de aanvraag van een paspoort beschrijven, van afspraak tot ophalen.',
      requiredSkills: [],
      niceToHaveSkills: [],
      estimatedHours: 8,
      startDate: isoDate(0),
      endDate: isoDate(14),
      location: { type: 'remote' },
      capacity: 1,
      visibility: 'partnership',
      partnershipId: network?.id,
    });
    taskId = task['id'] as string;
    const claim = await api(await login(PARTICIPANT.email), 'POST', `/tasks/${taskId}/claims`, {});
    await api(poster, 'POST', `/tasks/${taskId}/status-changes`, { action: 'start' });
    await api(poster, 'POST', `/tasks/${taskId}/status-changes`, {
      action: 'complete',
      actualHours: [{ claimId: claim['id'], hours: 6 }],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets the poster share the completed klus, with a preview of the story', async () => {
    const page: Page = await signIn(POSTER.email);
    await page.goto(`/klussen/${taskId}`);
    const share = page.getByRole('region', { name: 'Deel dit als succes' });
    await share.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // Sharing without a story: the field says what is missing.
    await share.getByRole('button', { name: 'Deel als succes' }).click();
    await share.getByText('Vertel kort wat er gelukt is.').first().waitFor();
    await share.getByLabel('Het verhaal').fill(STORY);
    await share.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await share.getByRole('heading', { name: 'Zo ziet het verhaal eruit' }).waitFor();
    expect(await share.locator('strong').textContent()).toBe('klantreis');
    await share.getByRole('button', { name: 'Verder schrijven' }).click();
    await share.getByRole('button', { name: 'Deel als succes' }).click();
    await page.waitForURL(/\/successen\//);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    successUrl = new URL(page.url()).pathname;
    expect(successUrl).toMatch(/^\/successen\/[0-9a-f-]{36}$/);
    // Nobody is named before they agree; the poster did not tick their own name either.
    const facts = page.getByRole('region', { name: 'Over dit succes' });
    expect(await facts.textContent()).toContain('2 mensen; namen staan er pas bij als iemand ja zegt');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('asks the participant, who agrees to be named from the notification', async () => {
    const page = await signIn(PARTICIPANT.email);
    const question = `“${TITLE}” is gedeeld als succes, en u was erbij. Mag uw naam erbij?`;
    await expect
      .poll(
        async () => {
          await page.goto('/meldingen');
          await page.getByRole('heading', { level: 1 }).waitFor();
          return page.getByRole('main').textContent();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain(question);
    await page.getByRole('link', { name: question }).click();
    const naming = page.getByRole('region', { name: 'Mag uw naam bij dit succes?' });
    await naming.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await naming.getByRole('button', { name: 'Ja, mijn naam mag erbij' }).click();
    await naming.getByRole('status').getByText('Uw naam staat bij dit succes.').waitFor();
    await naming.getByRole('button', { name: 'Mijn naam weghalen' }).waitFor();
    const facts = page.getByRole('region', { name: 'Over dit succes' });
    await facts.getByText(`${PARTICIPANT.name} (Gemeente Zeist)`, { exact: false }).waitFor();
  });

  it('shows the success on the wall with that name, and a colleague from another municipality applauds', async () => {
    const page = await signIn(COLLEAGUE);
    await nav(page, 'Successen');
    await page.getByRole('heading', { level: 1, name: 'Successen' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: TITLE }) });
    await card.waitFor();
    expect(await card.textContent()).toContain(PARTICIPANT.name);
    expect(await card.textContent()).not.toContain(POSTER.name);
    // The demo's successes are there too, newest first.
    expect(await page.getByRole('article').count()).toBeGreaterThan(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await card.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(page.url()).pathname).toBe(successUrl);
    const applause = page.getByRole('button', { name: 'Applaus geven' });
    expect(await applause.getAttribute('aria-pressed')).toBe('false');
    await applause.click();
    await expect.poll(() => applause.getAttribute('aria-pressed')).toBe('true');
    await page.getByText('1 keer applaus', { exact: true }).waitFor();
    await page.getByLabel('Uw reactie').fill('Mooi gedaan, Oss en Zeist!');
    await page.getByRole('button', { name: 'Plaats reactie' }).click();
    await page.getByText('Mooi gedaan, Oss en Zeist!').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Counted once: after a reload the applause is still one, and still pressed.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByRole('button', { name: 'Applaus geven' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.getByText('1 keer applaus', { exact: true }).waitFor();
  });
});

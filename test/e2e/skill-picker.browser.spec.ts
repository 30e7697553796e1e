import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  DEMO_PASSWORD,
  isoDate,
  launchBrowser,
  navigate,
  proposeSkill,
  signIn,
} from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

const MANAGER = 'marloes.de.wit@dordrecht.klussenbank.test'; // Gemeente Dordrecht
const EMPLOYEE = 'tim.van.dijk@zwijndrecht.klussenbank.test'; // Zwijndrecht, also in Drechtsteden
const PLATFORM_ADMIN = 'priya.ramdin@dordrecht.klussenbank.test';
const ESCO_NL = join(import.meta.dirname, '../../apps/api/test/fixtures/esco/skills_nl.csv');

const TITLE = 'Bomenkaart Weizigtpark bijwerken';
const GIS = 'geografische informatiesystemen'; // ESCO's preferred label, since the import
const PROPOSAL = 'Boomwortels karteren';

/** The platform admin imports the Dutch ESCO file over the API, as the Beheer page would. */
async function importEsco(baseUrl: string): Promise<Record<string, unknown>> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: PLATFORM_ADMIN, password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const form = new FormData();
  form.append('lang', 'nl');
  form.append('file', new Blob([readFileSync(ESCO_NL)]), 'skills_nl.csv');
  const response = await fetch(`${baseUrl}/api/v1/skill-imports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('one skill picker over the taxonomy (issue 15.5)', () => {
  let system: RunningSystem;
  let browser: Browser;
  let manager: Page;
  let employee: Page;

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    // After the demo seed: ESCO's "geografische informatiesystemen" joins the demo's GIS.
    expect(await importEsco(system.baseUrl)).toMatchObject({ rows: 15, errorCount: 0 });
    browser = await launchBrowser();
    manager = await signIn(browser, system.baseUrl, MANAGER);
    employee = await signIn(browser, system.baseUrl, EMPLOYEE);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets a manager find "gis" and pick the skill by its ESCO name, then propose a word the list lacks', async () => {
    await navigate(manager, 'Klus plaatsen');
    await manager.getByRole('heading', { level: 1, name: 'Klus plaatsen' }).waitFor();
    await manager.getByLabel('Titel').fill(TITLE);
    await manager.getByLabel('Beschrijving').fill('De kaart van de bomen in het park is verouderd.');

    const required = manager.getByRole('combobox', { name: 'Vereiste vaardigheden', exact: true });
    await required.pressSequentially('gis', { delay: 30 });
    // One skill, no second "GIS" beside it: the preferred label, with the synonym that was typed.
    const options = manager.getByRole('option');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual([`${GIS} (GIS)`]);
    expect(await required.getAttribute('aria-expanded')).toBe('true');
    expect(await accessibilityViolations(manager)).toEqual([]);
    await required.press('ArrowDown');
    expect(await required.getAttribute('aria-activedescendant')).toBe(
      await options.first().getAttribute('id'),
    );
    await required.press('Enter');
    const chosen = manager.getByRole('list', { name: 'Gekozen: Vereiste vaardigheden' });
    await chosen.getByText(GIS).waitFor();
    expect(await required.inputValue()).toBe('');

    await proposeSkill(manager, 'Gewenste vaardigheden', PROPOSAL);
    const nice = manager.getByRole('list', { name: 'Gekozen: Gewenste vaardigheden' });
    expect(await nice.getByRole('listitem').textContent()).toContain('voorstel');
    await nice.getByRole('button', { name: `${PROPOSAL} verwijderen` }).waitFor();

    await manager.getByLabel('Geschatte uren').fill('12');
    await manager.getByLabel('Begindatum').fill(isoDate(5));
    await manager.getByLabel('Einddatum').fill(isoDate(40));
    expect(await accessibilityViolations(manager)).toEqual([]);
    await manager.getByRole('button', { name: 'Plaatsen' }).click();
    await manager.getByText('De klus is geplaatst.').waitFor();
    await manager.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const body = await manager.locator('main').textContent();
    expect(body).toContain(GIS);
    expect(body).toContain(PROPOSAL);
  });

  it('lets an employee filter Klussen on that skill through the same picker, and find the klus', async () => {
    await navigate(employee, 'Klussen');
    await employee.getByRole('heading', { level: 1, name: 'Klussen' }).waitFor();
    const filter = employee.getByRole('combobox', { name: 'Vaardigheid', exact: true });
    await filter.pressSequentially('gis', { delay: 30 });
    await employee.getByRole('option', { name: `${GIS} (GIS)` }).click();
    // A filter takes skills of the taxonomy only: nothing is offered as a proposal.
    await filter.fill('boomwortels');
    await employee.getByText(/^Geen vaardigheid gevonden\./).waitFor({ state: 'attached' });
    expect(await filter.getAttribute('aria-expanded')).toBe('false');
    expect(await employee.getByRole('option', { name: /voorstellen als nieuwe vaardigheid/ }).count()).toBe(
      0,
    );
    await filter.fill('');
    await employee.getByRole('button', { name: 'Zoeken', exact: true }).click();

    await expect.poll(() => new URL(employee.url()).searchParams.get('skill')).toBe(GIS);
    await employee.getByRole('link', { name: TITLE }).waitFor();
    expect(await accessibilityViolations(employee)).toEqual([]);
  });

  it('works on a phone (390 × 844): suggestions within the screen, axe-clean with the list open', async () => {
    const context = await browser.newContext({
      baseURL: system.baseUrl,
      locale: 'nl-NL',
      viewport: { width: 390, height: 844 },
    });
    const phone = await context.newPage();
    await phone.goto('/inloggen');
    await phone.getByLabel('E-mailadres', { exact: true }).fill(MANAGER);
    await phone.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await phone.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await phone.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await phone.goto('/klussen/nieuw');
    await phone.getByRole('heading', { level: 1, name: 'Klus plaatsen' }).waitFor();

    const required = phone.getByRole('combobox', { name: 'Vereiste vaardigheden', exact: true });
    await required.pressSequentially('rapporteren', { delay: 30 });
    const proposal = phone.getByRole('option', { name: '‘rapporteren’ voorstellen als nieuwe vaardigheid' });
    await proposal.waitFor();
    const listbox = await phone.getByRole('listbox').boundingBox();
    expect(listbox).not.toBeNull();
    expect((listbox?.x ?? -1) >= 0 && (listbox?.x ?? 0) + (listbox?.width ?? 0) <= 390).toBe(true);
    expect(await accessibilityViolations(phone)).toEqual([]);

    await proposal.click();
    const chip = phone.getByRole('list', { name: 'Gekozen: Vereiste vaardigheden' }).getByRole('listitem');
    expect(await chip.textContent()).toContain('rapporteren');
    const remove = (await chip.getByRole('button', { name: 'rapporteren verwijderen' }).boundingBox()) ?? {
      x: -1,
      width: 0,
      height: 0,
    };
    expect(remove.x + remove.width).toBeLessThanOrEqual(390);
    expect(remove.height).toBeGreaterThanOrEqual(24); // a target a thumb can hit (WCAG 2.5.8)
    expect(await accessibilityViolations(phone)).toEqual([]);
    await context.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  chooseSkill,
  isoDate,
  launchBrowser,
  navigate as nav,
  signIn as signInAt,
} from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/** A manager of Gemeente Dordrecht (Drechtsteden and Netwerk Anders Samenwerken). */
const MANAGER = { email: 'marloes.de.wit@dordrecht.klussenbank.test', name: 'Marloes de Wit' };
/** An employee of Gemeente Zwijndrecht: another municipality in the Drechtsteden partnership. */
const EMPLOYEE = { email: 'tim.van.dijk@zwijndrecht.klussenbank.test', name: 'Tim van Dijk' };
/** An employee of Gemeente Oss: a partner of Dordrecht, but not in Drechtsteden. */
const OUTSIDER = { email: 'femke.verhoeven@oss.klussenbank.test' };

const TITLE = 'Bestemmingsplan Stationskwartier: inspraakreacties ordenen';

describe('a klus travels from one municipality to another through the web client', () => {
  let system: RunningSystem;
  let browser: Browser;
  let manager: Page;
  let employee: Page;
  let taskPath: string;

  const signIn = (email: string) => signInAt(browser, system.baseUrl, email);

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    manager = await signIn(MANAGER.email);
    employee = await signIn(EMPLOYEE.email);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('tells the manager every missing field at once', async () => {
    await nav(manager, 'Klus plaatsen');
    await manager.getByRole('heading', { level: 1, name: 'Klus plaatsen' }).waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);

    await manager.getByRole('button', { name: 'Plaatsen' }).click();
    const title = manager.getByLabel('Titel');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    for (const label of ['Beschrijving', 'Geschatte uren', 'Begindatum', 'Einddatum']) {
      expect(await manager.getByLabel(label).getAttribute('aria-invalid'), label).toBe('true');
    }
    expect(await accessibilityViolations(manager)).toEqual([]);
  });

  it('lets a manager post a klus for the Drechtsteden partnership, after a preview', async () => {
    await manager.getByLabel('Titel').fill(TITLE);
    await manager
      .getByLabel('Beschrijving')
      .fill('Er kwamen **120 inspraakreacties** binnen.\n\n- lezen\n- ordenen per thema');
    await chooseSkill(manager, 'Vereiste vaardigheden', 'ruimtelijke', 'Ruimtelijke ordening');
    await chooseSkill(manager, 'Vereiste vaardigheden', 'excel', 'Excel');
    await manager.getByLabel('Geschatte uren').fill('16');
    await manager.getByLabel('Begindatum').fill(isoDate(7));
    await manager.getByLabel('Einddatum').fill(isoDate(60));
    await manager.getByLabel('Aantal plekken').fill('2');
    await manager.getByRole('radio', { name: 'Eén samenwerkingsverband' }).check();
    await manager
      .getByRole('combobox', { name: 'Samenwerkingsverband' })
      .selectOption({ label: 'Drechtsteden' });

    await manager.getByRole('button', { name: 'Voorbeeld' }).click();
    const preview = manager.getByRole('region', { name: 'Voorbeeld' });
    await preview.getByText(TITLE).waitFor();
    expect(await preview.locator('strong').first().textContent()).toBe('120 inspraakreacties');
    expect(await accessibilityViolations(manager)).toEqual([]);

    await manager.getByRole('button', { name: 'Plaatsen' }).click();
    await manager.waitForURL(/\/klussen\/[0-9a-f-]{36}$/);
    await manager.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await manager.getByText('De klus is geplaatst.').waitFor();
    taskPath = new URL(manager.url()).pathname;
    expect(await manager.getByRole('main').textContent()).toContain('Nog geen deelnemers.');
    expect(await accessibilityViolations(manager)).toEqual([]);
  });

  it('lets an employee of another municipality find it by another word form', async () => {
    await nav(employee, 'Klussen');
    await employee.getByRole('heading', { level: 1, name: 'Klussen' }).waitFor();
    await employee.getByLabel('Zoeken in klussen').fill('bestemmingsplannen');
    await employee.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await employee.getByRole('status').getByText('1 klus gevonden').waitFor();
    // The search is in the URL, so it can be shared.
    expect(new URL(employee.url()).searchParams.get('q')).toBe('bestemmingsplannen');
    const result = employee.getByRole('link', { name: TITLE });
    await result.waitFor();
    expect(await accessibilityViolations(employee)).toEqual([]);

    await result.click();
    await employee.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await employee.getByRole('main').textContent()).toContain('2 van 2 plekken vrij');
    expect(await accessibilityViolations(employee)).toEqual([]);
  });

  it('lets the employee claim it, and shows it under Mijn klussen', async () => {
    await employee.getByRole('button', { name: 'Inschrijven' }).click();
    await employee.getByText('U bent ingeschreven.').waitFor();
    await expect.poll(() => employee.getByRole('main').textContent()).toContain('1 van 2 plekken vrij');
    expect(await accessibilityViolations(employee)).toEqual([]);

    await nav(employee, 'Mijn klussen');
    const mine = employee.getByRole('region', { name: 'Ingeschreven en aangemeld' });
    await mine.getByRole('link', { name: TITLE }).waitFor();
    expect(await mine.textContent()).toContain('Ingeschreven');
    expect(await accessibilityViolations(employee)).toEqual([]);
  });

  it('shows the manager the participant with their organisation', async () => {
    await manager.goto(taskPath);
    const participants = manager.getByRole('region', { name: 'Deelnemers' });
    await participants.getByRole('button', { name: `Verwijderen ${EMPLOYEE.name}` }).waitFor();
    expect(await participants.textContent()).toContain(`${EMPLOYEE.name}, Gemeente Zwijndrecht`);
    expect(await participants.textContent()).toContain('1 van 2 plekken bezet');
    expect(await accessibilityViolations(manager)).toEqual([]);

    await nav(manager, 'Mijn klussen');
    const posted = manager.getByRole('region', { name: 'Geplaatst door mij' });
    await posted.getByRole('link', { name: TITLE }).waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);
  });

  it('keeps the klus out of sight of a partner outside Drechtsteden', async () => {
    const outsider = await signIn(OUTSIDER.email);
    await outsider.goto('/klussen?q=bestemmingsplannen');
    await outsider.getByRole('status').getByText('Geen klussen gevonden').waitFor();
    await outsider.goto(taskPath);
    await outsider.getByRole('heading', { level: 1 }).waitFor();
    expect(await outsider.getByRole('main').textContent()).not.toContain('inspraakreacties');
    expect(await accessibilityViolations(outsider)).toEqual([]);
  });
});

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

/** An employee of Gemeente Zwijndrecht. */
const EMPLOYEE = 'tim.van.dijk@zwijndrecht.klussenbank.test';
/** A manager of Gemeente Dordrecht: another municipality in the Drechtsteden partnership. */
const MANAGER = 'marloes.de.wit@dordrecht.klussenbank.test';
const TITLE = 'Bomenkaart Zwijndrechtse Waard actualiseren';

describe('a klus finds the people who fit it', () => {
  let system: RunningSystem;
  let browser: Browser;
  let employee: Page;
  let manager: Page;

  const signIn = (email: string) => signInAt(browser, system.baseUrl, email);

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    employee = await signIn(EMPLOYEE);
    manager = await signIn(MANAGER);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets an employee set a skill with a level and a learning goal', async () => {
    await nav(employee, 'Mijn profiel');
    await employee.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
    expect(await accessibilityViolations(employee)).toEqual([]);

    const skills = employee.getByRole('region', { name: 'Vaardigheden' });
    await chooseSkill(skills, 'Vaardigheid zoeken', 'gis', 'GIS');
    await skills.getByRole('combobox', { name: 'GIS' }).selectOption({ label: 'Expert' });

    const goals = employee.getByRole('region', { name: 'Leerdoelen' });
    await chooseSkill(goals, 'Leerdoel zoeken', 'cartografie', 'Cartografie');
    expect(await accessibilityViolations(employee)).toEqual([]);

    await employee.getByRole('button', { name: 'Profiel opslaan' }).click();
    await employee.getByText('Uw profiel is opgeslagen.').waitFor();
    await employee.reload();
    await employee
      .getByRole('region', { name: 'Vaardigheden' })
      .getByRole('combobox', { name: 'GIS' })
      .waitFor();
    expect(
      await employee.getByRole('region', { name: 'Leerdoelen' }).getByText('Cartografie').count(),
    ).toBeGreaterThan(0);
  });

  it('tells the employee live when a manager elsewhere posts a klus that fits, and recommends it with why', async () => {
    await nav(employee, 'Klussen');
    await employee.getByRole('heading', { level: 1, name: 'Klussen' }).waitFor();
    expect(
      await employee
        .getByRole('navigation')
        .getByRole('link', { name: /ongelezen/ })
        .count(),
    ).toBe(0);

    await nav(manager, 'Klus plaatsen');
    await manager.getByLabel('Titel').fill(TITLE);
    await manager
      .getByLabel('Beschrijving')
      .fill('De bomenkaart bijwerken met de inventarisatie van dit jaar.');
    await chooseSkill(manager, 'Vereiste vaardigheden', 'gis', 'GIS');
    await chooseSkill(manager, 'Gewenste vaardigheden', 'carto', 'Cartografie');
    await manager.getByLabel('Geschatte uren').fill('12');
    await manager.getByLabel('Begindatum').fill(isoDate(5));
    await manager.getByLabel('Einddatum').fill(isoDate(40));
    await manager.getByRole('button', { name: 'Plaatsen' }).click();
    await manager.getByText('De klus is geplaatst.').waitFor();

    // Live: the employee's page was not reloaded.
    await employee
      .getByRole('navigation')
      .getByRole('link', { name: /^Meldingen\s*,\s*1 ongelezen$/ })
      .waitFor({ timeout: 20_000 });

    await employee.reload();
    const recommended = employee.getByRole('region', { name: 'Aanbevolen voor u' });
    const card = recommended.getByRole('listitem').filter({ hasText: TITLE });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Waarom: GIS \(expert\)/);
    expect(await accessibilityViolations(employee)).toEqual([]);

    await nav(employee, /^Meldingen/);
    await employee.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await employee.getByRole('link', { name: new RegExp(TITLE) }).waitFor();
    expect(await accessibilityViolations(employee)).toEqual([]);
  });
});

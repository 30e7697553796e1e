import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  proposeSkill,
  isoDate,
  launchBrowser,
  navigate as nav,
  signIn as signInAt,
} from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/** A manager and the organisation's admin, both of Gemeente Dordrecht. */
const MANAGER = 'marloes.de.wit@dordrecht.klussenbank.test';
const ADMIN = 'henk.visser@dordrecht.klussenbank.test';
const FREE_NAME = 'Boomveiligheid beoordelen';

describe('a free skill name waits for the admin of the organisation', () => {
  let system: RunningSystem;
  let browser: Browser;
  let manager: Page;
  let admin: Page;

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    manager = await signInAt(browser, system.baseUrl, MANAGER);
    admin = await signInAt(browser, system.baseUrl, ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets the admin find the proposal a klus brought and accept it into the shared list', async () => {
    await nav(manager, 'Klus plaatsen');
    await manager.getByLabel('Titel').fill('Bomen langs de Merwedekade keuren');
    await manager.getByLabel('Beschrijving').fill('De bomen langs de kade nalopen op stabiliteit.');
    await proposeSkill(manager, 'Vereiste vaardigheden', FREE_NAME);
    await manager.getByLabel('Geschatte uren').fill('8');
    await manager.getByLabel('Begindatum').fill(isoDate(5));
    await manager.getByLabel('Einddatum').fill(isoDate(30));
    await manager.getByRole('button', { name: 'Plaatsen' }).click();
    await manager.getByText('De klus is geplaatst.').waitFor();

    await nav(admin, 'Voorgestelde vaardigheden');
    await admin.getByRole('heading', { level: 1, name: 'Voorgestelde vaardigheden' }).waitFor();
    const proposal = admin.getByRole('article', { name: FREE_NAME });
    await proposal.waitFor();
    expect(await proposal.textContent()).toContain('Gebruikt in 1 klus.');
    expect(await accessibilityViolations(admin)).toEqual([]);

    await proposal.getByRole('button', { name: 'Accepteren' }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: `‘${FREE_NAME}’ is geaccepteerd.` })
      .waitFor();
    await admin.reload();
    await admin.getByRole('heading', { level: 1, name: 'Voorgestelde vaardigheden' }).waitFor();
    await admin
      .getByText('Er zijn geen voorgestelde vaardigheden.')
      .or(admin.getByRole('list', { name: 'Voorstellen' }))
      .waitFor();
    expect(await admin.getByRole('article', { name: FREE_NAME }).count()).toBe(0);
  });
});

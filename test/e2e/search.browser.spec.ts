import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, launchBrowser, navigate, signIn } from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/** An employee of Gemeente Zwijndrecht: in Drechtsteden and in Netwerk Anders Samenwerken. */
const EMPLOYEE = 'tim.van.dijk@zwijndrecht.klussenbank.test';

/** Demo klussen (apps/api/src/seed/demo-tasks.ts) and what the cards show of them. */
const MAPS = 'Kaartmateriaal maken voor de wijkvisie Sterrenburg'; // Gemeente Dordrecht, Cartografie
const ASSISTANCE = 'Meelezen met de nieuwe beleidsregels bijzondere bijstand'; // Participatiewet
const PLAIN_LANGUAGE = 'Teksten van de gemeentelijke website herschrijven op B1-niveau';
const CAFE = 'Eén café-avond over samenwerken organiseren met Zeist';

describe('search finds what the klus cards show (issue 15.1)', () => {
  let system: RunningSystem;
  let browser: Browser;
  let employee: Page;

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    employee = await signIn(browser, system.baseUrl, EMPLOYEE);
    await navigate(employee, 'Klussen');
    await employee.getByRole('heading', { level: 1, name: 'Klussen' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const search = async (words: string) => {
    const box = employee.getByLabel('Zoeken in klussen');
    await box.fill(words);
    // Until an order is chosen, the form shows relevance for words and does not send it.
    expect(await employee.getByRole('combobox', { name: 'Sorteren op' }).inputValue()).toBe('relevance');
    await employee.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect.poll(() => new URL(employee.url()).searchParams.get('q')).toBe(words);
    expect(new URL(employee.url()).searchParams.has('sort')).toBe(false);
  };

  it.each([
    ['Dordrecht', MAPS],
    ['Cartografie', MAPS],
    ['Participatiewet', ASSISTANCE],
    ['B1-niveau', PLAIN_LANGUAGE],
    ['café-avond', CAFE],
  ])('"%s" finds "%s"', async (words, title) => {
    await search(words);
    await employee.getByRole('link', { name: title }).waitFor();
  });

  it('stays accessible with results found by relevance', async () => {
    await employee
      .getByRole('status')
      .getByText(/gevonden/)
      .waitFor();
    expect(await accessibilityViolations(employee)).toEqual([]);
  });
});

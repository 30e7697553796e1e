import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  isoDate,
  launchBrowser,
  navigate as nav,
  signIn as signInAt,
} from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/** The org-admin of Gemeente Zeist, whose people gave Oss hours in the demo's history. */
const ADMIN = 'bram.kuipers@zeist.klussenbank.test';
const NETWORK = 'Netwerk Anders Samenwerken';
// The demo's completed klussen (apps/api/src/seed/demo-ledger.ts), all within the last 150 days:
// Zeist → Oss 14 + 4 + 5 = 23 h, Oss → Zeist 8 + 9 = 17 h, Dordrecht → Oss 6 h, Zwijndrecht → Oss 6 h.
const FROM = isoDate(-150);
const TO = isoDate(0);

describe('the hours between organisations', () => {
  let system: RunningSystem;
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    admin = await signInAt(browser, system.baseUrl, ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows the org-admin of a giving organisation the hours in the matrix and the klussen behind them', async () => {
    await nav(admin, 'Uren tussen organisaties');
    await admin.getByRole('heading', { level: 1, name: 'Uren tussen organisaties' }).waitFor();
    await admin.getByLabel('Soort periode').selectOption('custom');
    await admin.getByLabel('Van', { exact: true }).fill(FROM);
    await admin.getByLabel('Tot en met', { exact: true }).fill(TO);
    await admin.getByLabel('Samenwerkingsverband').selectOption({ label: NETWORK });
    await admin.getByRole('button', { name: 'Toon uren' }).click();

    const matrix = admin.getByRole('table', { name: /rijen geven, kolommen ontvangen/ });
    const cell = matrix.getByRole('link', { name: '23 uur van Gemeente Zeist aan Gemeente Oss' });
    await cell.waitFor();
    await matrix.getByRole('link', { name: '17 uur van Gemeente Oss aan Gemeente Zeist' }).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    await cell.click();
    const list = admin.getByRole('table', {
      name: 'Klussen waarvoor Gemeente Zeist uren gaf aan Gemeente Oss',
    });
    await list.waitFor();
    expect(await list.getByRole('rowheader').allTextContents()).toEqual([
      'Klanttevredenheid bij Burgerzaken meten',
      'Nieuwsbrief voor ondernemers schrijven',
      'Subsidieaanvragen van het ondernemersfonds beoordelen',
    ]);
    expect(await accessibilityViolations(admin)).toEqual([]);
  });

  it('reads the matrix by keyboard alone, with the focus visible on each cell', async () => {
    await admin.goto(admin.url().replace(/&giving=.*$/, ''));
    const matrix = admin.getByRole('table', { name: /rijen geven, kolommen ontvangen/ });
    await matrix.getByRole('link').first().waitFor();
    await admin.getByRole('heading', { level: 1 }).focus();
    const target = '23 uur van Gemeente Zeist aan Gemeente Oss';
    let reached = false;
    for (let press = 0; press < 60 && !reached; press++) {
      await admin.keyboard.press('Tab');
      reached = await admin.evaluate(
        (name) => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() === name,
        target,
      );
    }
    expect(reached).toBe(true);
    const outline = await admin.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
    });
    expect(outline.style !== 'none' && outline.width > 0 ? true : outline.shadow !== 'none').toBe(true);
    await admin.keyboard.press('Enter');
    const heading = admin.getByRole('heading', { name: 'Klussen: Gemeente Zeist aan Gemeente Oss' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('fits a 390 px wide screen: only the tables scroll, in their own region', async () => {
    await admin.setViewportSize({ width: 390, height: 844 });
    await admin.getByRole('table', { name: /rijen geven, kolommen ontvangen/ }).waitFor();
    const overflow = await admin.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter(
          (el) =>
            !el.parentElement?.closest('.kb-table-scroll') && el.getBoundingClientRect().right > width + 1,
        )
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
    });
    expect(overflow).toEqual({ scroll: 0, wide: [] });
    await admin.setViewportSize({ width: 1280, height: 800 });
  });

  it('downloads the settlement as CSV for a spreadsheet program', async () => {
    await admin.getByText(/geen uurtarief afgesproken/).waitFor();
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: /Download de afrekening van/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`uren-netwerk-anders-samenwerken-${FROM}_${TO}.csv`);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes, { bom: true, delimiter: ';' });
    const label = `${FROM}..${TO}`;
    expect(rows).toEqual([
      [
        'Periode',
        'Van',
        'Tot en met',
        'Gevende organisatie',
        'Ontvangende organisatie',
        'Uren',
        'Uren in gesprek',
      ],
      [label, FROM, TO, 'Gemeente Dordrecht', 'Gemeente Oss', '6,00', '0,00'],
      [label, FROM, TO, 'Gemeente Oss', 'Gemeente Zeist', '17,00', '0,00'],
      [label, FROM, TO, 'Gemeente Zeist', 'Gemeente Oss', '23,00', '0,00'],
      [label, FROM, TO, 'Gemeente Zwijndrecht', 'Gemeente Oss', '6,00', '0,00'],
    ]);
  });
});

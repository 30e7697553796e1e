import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { PDFParse } from 'pdf-parse';
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
// The demo's completed klussen lie within the last 150 days (apps/api/src/seed/demo-ledger.ts):
// Zeist → Oss 14 + 4 + 5 = 23 h, Oss → Zeist 8 + 9 = 17 h.
const FROM = isoDate(-150);
const TO = isoDate(0);

/** The quarter before this one, as the mirror opens on it (`2026-Q3`). */
function lastCompleteQuarter(): string {
  const now = new Date();
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  return quarter === 1 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${quarter - 1}`;
}

describe("the organisation's quarterly mirror", () => {
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

  it("opens on the last complete quarter of the admin's organisation", async () => {
    await nav(admin, 'Spiegel');
    await admin.getByRole('heading', { level: 1, name: 'Spiegel' }).waitFor();
    await admin
      .getByRole('heading', { level: 2, name: `Gemeente Zeist, ${lastCompleteQuarter()}` })
      .waitFor();
    await admin.getByRole('heading', { level: 2, name: 'Kerncijfers' }).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
  });

  it('shows the hours matrix and a chart with its table, and downloads the table as CSV', async () => {
    await admin.getByLabel('Soort periode').selectOption('custom');
    await admin.getByLabel('Van', { exact: true }).fill(FROM);
    await admin.getByLabel('Tot en met', { exact: true }).fill(TO);
    await admin.getByRole('button', { name: 'Toon de spiegel' }).click();
    await admin.getByRole('heading', { level: 2, name: `Gemeente Zeist, ${FROM}..${TO}` }).waitFor();

    const matrix = admin.getByRole('table', { name: 'Uren per paar organisaties' });
    const zeistToOss = matrix.getByRole('row').filter({ hasText: /Gemeente Zeist\s*Gemeente Oss/ });
    expect(await zeistToOss.getByRole('cell').nth(1).textContent()).toBe('23 uur');
    const ossToZeist = matrix.getByRole('row').filter({ hasText: /Gemeente Oss\s*Gemeente Zeist/ });
    expect(await ossToZeist.getByRole('cell').nth(1).textContent()).toBe('17 uur');

    const chart = admin.getByRole('img', { name: 'Gegeven en ontvangen uren per organisatie' });
    await chart.waitFor();
    const figure = admin.locator('figure', { has: chart });
    expect(await figure.locator('figcaption').textContent()).toMatch(/gaf .* uur en ontving .* uur/);
    const table = admin.getByRole('table', { name: 'Uren per organisatie' });
    const zeistRow = table
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: 'Gemeente Zeist' }) });
    await zeistRow.waitFor();
    // The chart writes the same numbers as its table.
    const given = (await zeistRow.getByRole('cell').first().textContent())!.replace(' uur', '');
    expect(await chart.locator('text').allTextContents()).toContain(given);
    expect(await accessibilityViolations(admin)).toEqual([]);

    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: 'Download als CSV: Uren per paar organisaties' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`spiegel-matrix-${FROM}_${TO}.csv`);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes, { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual(['Gevende organisatie', 'Ontvangende organisatie', 'Uren', 'Uren in gesprek']);
    expect(rows).toContainEqual(['Gemeente Zeist', 'Gemeente Oss', '23', '0']);
    expect(rows).toContainEqual(['Gemeente Oss', 'Gemeente Zeist', '17', '0']);
  });

  it('prints to an A4 PDF whose text holds the title, period and key figures, without the controls', async () => {
    const card = (label: string) => admin.locator('li.kb-mirror-figure', { hasText: label });
    const value = async (label: string) =>
      (await card(label).locator('.kb-mirror-figure__value').textContent())!.trim();
    const given = await value('Uren gegeven');
    const completed = await value('Klussen afgerond');
    await admin.emulateMedia({ media: 'print' });
    const pdf = await admin.pdf({ format: 'A4', printBackground: true });
    await admin.emulateMedia({ media: 'screen' });
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text, total } = await parser.getText();
    await parser.destroy();
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`Gemeente Zeist, ${FROM}..${TO}`);
    expect(flat).toContain('Kerncijfers');
    expect(flat).toContain(`Uren gegeven ${given}`);
    expect(flat).toContain(`Klussen afgerond ${completed}`);
    expect(flat).toContain('Wie gaf wie uren');
    expect(flat).not.toContain('Download als CSV');
    expect(flat).not.toContain('Uitloggen');
    expect(total).toBeGreaterThan(1);
  });

  it('fits a 390 px phone without sideways scrolling of the page', async () => {
    await admin.setViewportSize({ width: 390, height: 844 });
    await admin.reload();
    await admin.getByRole('heading', { level: 2, name: 'Kerncijfers' }).waitFor();
    const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(admin)).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
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

/** A manager of Gemeente Dordrecht. */
const MANAGER = 'marloes.de.wit@dordrecht.klussenbank.test';
const MANAGER_NAME = 'Marloes de Wit';
/** An employee of Gemeente Zwijndrecht: another municipality in Drechtsteden. */
const EMPLOYEE = { email: 'tim.van.dijk@zwijndrecht.klussenbank.test', name: 'Tim van Dijk' };
/** The org-admin of Gemeente Dordrecht. */
const ORG_ADMIN = 'henk.visser@dordrecht.klussenbank.test';
/** The org-admin of Gemeente Zwijndrecht: the organisation that gave the hours. */
const GIVING_ADMIN = 'kees.jansen@zwijndrecht.klussenbank.test';

const TITLE = 'Vergunningen steekproef: dossiers nalopen';

// One story, as issue 13 tells it: a manager completes a klus with hours; the participant from another
// municipality confirms; both evaluate; the org-admin of the giving organisation sees the hours in the
// matrix and downloads the CSV.
describe('hours recorded at completion, confirmed, evaluated by both, and seen between the organisations', () => {
  let system: RunningSystem;
  let browser: Browser;
  let taskId: string;

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
    // Posting, signing up and starting are the klussen journey's business: here they are set up over HTTP.
    const manager = await login(MANAGER);
    const me = (await api(manager, 'GET', '/me')) as { partnerships: { id: string; name: string }[] };
    const drechtsteden = me.partnerships.find((p) => p.name === 'Drechtsteden');
    const task = await api(manager, 'POST', '/tasks', {
      title: TITLE,
      description: 'Een steekproef van twintig vergunningsdossiers op volledigheid nalopen.',
      requiredSkills: [],
      niceToHaveSkills: [],
      estimatedHours: 16,
      startDate: isoDate(0),
      endDate: isoDate(30),
      location: { type: 'remote' },
      capacity: 1,
      visibility: 'partnership',
      partnershipId: drechtsteden?.id,
    });
    taskId = task['id'] as string;
    await api(await login(EMPLOYEE.email), 'POST', `/tasks/${taskId}/claims`, {});
    await api(manager, 'POST', `/tasks/${taskId}/status-changes`, { action: 'start' });
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets the manager complete the klus with the hours worked', async () => {
    const manager: Page = await signIn(MANAGER);
    await manager.goto(`/klussen/${taskId}`);
    await manager.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await manager.getByRole('button', { name: 'Afronden' }).click();
    await manager.getByLabel(`Gewerkte uren van ${EMPLOYEE.name}`).fill('6');
    await manager.getByRole('button', { name: 'Klus afronden' }).click();
    await manager.getByText('De klus is afgerond.', { exact: false }).waitFor();
    const hours = manager.getByRole('region', { name: 'Uren' });
    await hours.getByText(`${EMPLOYEE.name}: 6 uur`).waitFor();
    expect(await hours.textContent()).toContain('Status: vastgelegd');
    expect(await accessibilityViolations(manager)).toEqual([]);
  });

  it('asks the participant, who confirms the hours on Mijn klussen', async () => {
    const employee = await signIn(EMPLOYEE.email);
    await expect
      .poll(
        async () => {
          await employee.goto('/meldingen');
          await employee.getByRole('heading', { level: 1 }).waitFor();
          return employee.getByRole('main').textContent();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain(`“${TITLE}” is afgerond. Kloppen uw uren?`);

    await nav(employee, 'Mijn klussen');
    const completed = employee.getByRole('region', { name: 'Afgerond' });
    await completed.getByText('Uw uren: 6 uur').waitFor();
    const text = await completed.textContent();
    expect(text).toContain('Status: vastgelegd');
    expect(text).toContain('Bevestig of corrigeer vóór');
    expect(await accessibilityViolations(employee)).toEqual([]);

    await completed.getByRole('button', { name: `Uren bevestigen ${TITLE}` }).click();
    await employee.getByRole('status').getByText(`U hebt de uren voor “${TITLE}” bevestigd.`).waitFor();
    await completed.getByText('Status: bevestigd').waitFor();
    expect(await accessibilityViolations(employee)).toEqual([]);

    // The klus page says the same.
    await completed.getByRole('link', { name: TITLE }).click();
    const hours = employee.getByRole('region', { name: 'Uren' });
    await hours.getByText('Status: bevestigd').waitFor();
    expect(await accessibilityViolations(employee)).toEqual([]);
  });

  async function evaluate(page: Page, other: string, score: string, wentWell: string) {
    // The e-mail's "Beoordeel de klus" leads to the section.
    await page.goto(`/klussen/${taskId}#evaluatie`);
    const section = page.getByRole('region', { name: 'Hoe ging het?' });
    const form = section.getByRole('form', { name: `Uw beoordeling van ${other}` });
    await form.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Sending without a score: the error summary, and still no A/AA violations.
    await form.getByRole('button', { name: 'Beoordeling versturen' }).click();
    await form.getByRole('alert').getByText('Kies een cijfer van 1 tot 5.').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByRole('radio', { name: score }).check();
    await form.getByLabel('Wat ging goed?').fill(wentWell);
    await form.getByLabel('Wat kan beter?').fill('Eerder overleggen over de planning.');
    await form.getByRole('button', { name: 'Beoordeling versturen' }).click();
    await section.getByText(`Uw beoordeling van ${other} is opgeslagen.`).waitFor();
    await section.getByText(wentWell).waitFor();
    // The list of people still to evaluate is fetched again after saving.
    await expect.poll(() => section.getByRole('form').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  it('lets the poster evaluate the participant', async () => {
    await evaluate(await signIn(MANAGER), EMPLOYEE.name, '5 – uitstekend', 'Snel en zorgvuldig gewerkt.');
  });

  it('lets the participant evaluate the poster, and each sees both evaluations', async () => {
    const employee = await signIn(EMPLOYEE.email);
    await evaluate(employee, MANAGER_NAME, '4 – goed', 'Duidelijke opdracht.');
    for (const page of [employee, await signIn(MANAGER)]) {
      await page.goto(`/klussen/${taskId}`);
      const section = page.getByRole('region', { name: 'Hoe ging het?' });
      await section.getByRole('article', { name: `${MANAGER_NAME} over ${EMPLOYEE.name}` }).waitFor();
      await section.getByRole('article', { name: `${EMPLOYEE.name} over ${MANAGER_NAME}` }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });

  it('shows the org-admin of the giving municipality the hours in the matrix, the klus behind them and the CSV', async () => {
    // Ten days back: this klus (6 h, shared in Drechtsteden) and the demo's klus for all partnerships
    // that Tim van Dijk finished three days before the seed (3.5 h; apps/api/src/seed/demo-ledger.ts).
    const from = isoDate(-10);
    const to = isoDate(1);
    const admin = await signIn(GIVING_ADMIN);
    await nav(admin, 'Uren tussen organisaties');
    await admin.getByRole('heading', { level: 1, name: 'Uren tussen organisaties' }).waitFor();
    await admin.getByLabel('Soort periode').selectOption('custom');
    await admin.getByLabel('Van', { exact: true }).fill(from);
    await admin.getByLabel('Tot en met', { exact: true }).fill(to);
    await admin.getByRole('button', { name: 'Toon uren' }).click();

    const matrix = admin.getByRole('table', { name: /rijen geven, kolommen ontvangen/ });
    const cell = matrix.getByRole('link', {
      name: '9,5 uur van Gemeente Zwijndrecht aan Gemeente Dordrecht',
    });
    await cell.waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
    await cell.click();
    const list = admin.getByRole('table', {
      name: 'Klussen waarvoor Gemeente Zwijndrecht uren gaf aan Gemeente Dordrecht',
    });
    await list.waitFor();
    expect(await list.getByRole('rowheader').allTextContents()).toContain(TITLE);
    expect(await accessibilityViolations(admin)).toEqual([]);

    // The settlement is per partnership: Drechtsteden holds this klus's 6 hours.
    await admin.getByLabel('Samenwerkingsverband').selectOption({ label: 'Drechtsteden' });
    await admin.getByRole('button', { name: 'Toon uren' }).click();
    await matrix
      .getByRole('link', { name: '6 uur van Gemeente Zwijndrecht aan Gemeente Dordrecht' })
      .waitFor();
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: /Download de afrekening van/ }).click(),
    ]);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes, { bom: true, delimiter: ';' });
    expect(rows).toContainEqual([
      `${from}..${to}`,
      from,
      to,
      'Gemeente Zwijndrecht',
      'Gemeente Dordrecht',
      '6,00',
      '0,00',
    ]);
  });

  it('gives the org-admin a page of hours in discussion', async () => {
    const admin = await signIn(ORG_ADMIN);
    await nav(admin, 'Uren in gesprek');
    await admin.getByRole('heading', { level: 1, name: 'Uren in gesprek' }).waitFor();
    await admin.getByText('Er zijn geen uren in gesprek.').waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  launchBrowser,
  navigate as nav,
  signIn as signInAt,
} from '../support/browser.js';
import { newSystemSettings, type RunningSystem, startSystem } from '../support/system.js';

/** Demo people of Gemeente Dordrecht (README). */
const ORG_ADMIN = 'henk.visser@dordrecht.klussenbank.test';
const PLATFORM_ADMIN = 'priya.ramdin@dordrecht.klussenbank.test';
const EMPLOYEE = 'anna.de.vries@dordrecht.klussenbank.test';
const COLLEAGUE = 'sanne.bakker@dordrecht.klussenbank.test';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/**
 * What sticks out past the right edge, so the page scrolls sideways (WCAG 1.4.10): the innermost
 * such elements, named by tag and class; none when the page fits.
 */
const sticksOut = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // A wide table scrolls inside its own focusable region (.kb-table-scroll), not the page.
    const wide = [...document.querySelectorAll('body *')].filter(
      (element) =>
        !element.parentElement?.closest('.kb-table-scroll') &&
        element.getBoundingClientRect().right > width + 1,
    );
    return wide
      .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}: ${element.textContent?.slice(0, 40)}`,
      );
  });

describe('Beheer: the admin pages', () => {
  let system: RunningSystem;
  let browser: Browser;
  let orgAdmin: Page;
  let platformAdmin: Page;

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    orgAdmin = await signInAt(browser, system.baseUrl, ORG_ADMIN);
    platformAdmin = await signInAt(browser, system.baseUrl, PLATFORM_ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets an org-admin find a person, change a role, and switch the account off and on again', async () => {
    // The colleague is signed in elsewhere: switching the account off ends that session at once.
    const colleague = await signInAt(browser, system.baseUrl, COLLEAGUE);

    await nav(orgAdmin, 'Beheer');
    await orgAdmin.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await orgAdmin.getByRole('link', { name: 'Mensen', exact: true }).click();
    await orgAdmin.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
    await orgAdmin.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }).fill('sanne');
    await orgAdmin.keyboard.press('Enter');
    await orgAdmin.getByRole('heading', { level: 2, name: '1 persoon gevonden voor ‘sanne’' }).waitFor();
    const card = orgAdmin
      .getByRole('listitem')
      .filter({ has: orgAdmin.getByRole('heading', { name: 'Sanne Bakker' }) });
    expect(await card.textContent()).toContain('Rollen: medewerker');

    // Roles, by keyboard: the checkbox is reached and ticked without a mouse.
    await card.getByRole('button', { name: 'Rollen en leidinggevende wijzigen van Sanne Bakker' }).click();
    const form = orgAdmin.getByRole('form', { name: 'Rollen en leidinggevende wijzigen van Sanne Bakker' });
    await form.getByRole('checkbox', { name: /^manager/ }).focus();
    await orgAdmin.keyboard.press('Space');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await orgAdmin
      .getByRole('status')
      .filter({ hasText: 'De gegevens van Sanne Bakker zijn opgeslagen.' })
      .waitFor();
    await expect.poll(() => card.textContent()).toContain('Rollen: medewerker en manager');

    await card.getByRole('button', { name: 'Account uitzetten van Sanne Bakker' }).click();
    const confirm = orgAdmin.getByRole('form', { name: 'Het account van Sanne Bakker uitzetten?' });
    expect(await confirm.textContent()).toContain(
      'wordt meteen uitgelogd, op elk apparaat, en kan niet meer inloggen',
    );
    expect(await accessibilityViolations(orgAdmin)).toEqual([]);
    await confirm.getByRole('button', { name: 'Ja, zet het account uit' }).click();
    await orgAdmin
      .getByRole('status')
      .filter({ hasText: 'Het account van Sanne Bakker staat uit.' })
      .waitFor();
    await card.getByText(/^Account uitgezet op /).waitFor();

    // Her open page finds its session gone: the next page she opens sends her to the login page.
    await colleague.reload();
    await colleague.getByRole('heading', { level: 1, name: 'Inloggen bij Klussenbank' }).waitFor();

    await card.getByRole('button', { name: 'Account weer aanzetten van Sanne Bakker' }).click();
    await orgAdmin.getByRole('button', { name: 'Ja, zet het account aan' }).click();
    await orgAdmin
      .getByRole('status')
      .filter({ hasText: 'Het account van Sanne Bakker staat weer aan.' })
      .waitFor();
    const again = await signInAt(browser, system.baseUrl, COLLEAGUE);
    await again.context().close();
    await colleague.context().close();
  });

  it('lets a platform admin add a member to a partnership after a confirmation with the real counts', async () => {
    await platformAdmin.goto('/beheer/samenwerkingsverbanden');
    const partnership = platformAdmin
      .getByRole('listitem')
      .filter({ has: platformAdmin.getByRole('heading', { level: 2, name: 'Netwerk Anders Samenwerken' }) });
    const add = partnership.getByRole('form', {
      name: 'Organisatie toevoegen aan Netwerk Anders Samenwerken',
    });
    await add
      .getByRole('combobox', { name: 'Organisatie toevoegen' })
      .selectOption({ label: 'Gemeente Papendrecht' });
    await add.getByRole('button', { name: 'Toevoegen' }).click();

    const confirm = platformAdmin.getByRole('form', {
      name: 'Gemeente Papendrecht toevoegen aan Netwerk Anders Samenwerken?',
    });
    await confirm.waitFor();
    // The counts are the API's, for this very organisation and partnership.
    const ids = await platformAdmin.evaluate(async () => {
      const json = async (path: string) =>
        (await fetch(path)).json() as Promise<{ items: { id: string; name: string }[] }>;
      const partnerships = await json('/api/v1/partnerships?pageSize=100');
      const organisations = await json('/api/v1/organisations?pageSize=100');
      return {
        partnership: partnerships.items.find((p) => p.name === 'Netwerk Anders Samenwerken')?.id,
        organisation: organisations.items.find((o) => o.name === 'Gemeente Papendrecht')?.id,
      };
    });
    const impact = await platformAdmin.evaluate(
      async ({ partnership, organisation }) =>
        (
          await fetch(`/api/v1/partnerships/${partnership}/organisations/${organisation}/impact`)
        ).json() as Promise<{
          partnerTasks: number;
          runningDossiers: number;
        }>,
      ids,
    );
    expect(impact.partnerTasks).toBeGreaterThan(0);
    const text = await confirm.textContent();
    expect(text).toContain(`zien daarna ${impact.partnerTasks} lopende klus`);
    expect(text).toContain(`en ${impact.runningDossiers} lopende dossier(s)`);
    expect(await accessibilityViolations(platformAdmin)).toEqual([]);

    await confirm.getByRole('button', { name: 'Ja, voeg toe' }).click();
    await platformAdmin
      .getByRole('status')
      .filter({ hasText: 'Gemeente Papendrecht is toegevoegd aan Netwerk Anders Samenwerken.' })
      .waitFor();
    await partnership
      .getByRole('button', { name: 'Eruit halen: Gemeente Papendrecht uit Netwerk Anders Samenwerken' })
      .waitFor();
  });

  it('lets a platform admin preview a skill merge and then merge', async () => {
    await platformAdmin.goto('/beheer/vaardigheden');
    await platformAdmin.getByRole('heading', { level: 1, name: 'Vaardigheden' }).waitFor();
    const choose = async (field: string, q: string, label: string) => {
      const search = platformAdmin.getByRole('search', { name: field });
      await search.getByRole('searchbox').fill(q);
      await search.getByRole('searchbox').press('Enter');
      const chooser = platformAdmin.locator('.kb-admin-card').filter({ has: search });
      await chooser.getByRole('radio', { name: label, exact: true }).check();
    };
    await choose('Dubbele vaardigheid (verdwijnt)', 'cartografie', 'Cartografie');
    await choose('Vaardigheid die blijft', 'gis', 'GIS');
    await platformAdmin.getByRole('button', { name: 'Bekijk wat er verschuift' }).click();

    const confirm = platformAdmin.getByRole('form', { name: 'Cartografie samenvoegen met GIS?' });
    await confirm.waitFor();
    const preview = (await confirm.textContent()) ?? '';
    expect(preview).toMatch(
      /Naar GIS gaan: \d+ klus(sen)?, \d+ dossiers?, \d+ profiel(en)?, \d+ leerdoel(en)?\./,
    );
    expect(await accessibilityViolations(platformAdmin)).toEqual([]);
    await confirm.getByRole('button', { name: 'Ja, voeg samen' }).click();
    await platformAdmin
      .getByRole('status')
      .filter({ hasText: 'Cartografie is samengevoegd met GIS.' })
      .waitFor();

    // The old name now finds the skill that stays.
    const found = await platformAdmin.evaluate(
      async () =>
        ((await (await fetch('/api/v1/skills?q=cartografie')).json()) as { items: { label: string }[] })
          .items,
    );
    expect(found.map((skill) => skill.label)).toEqual(['GIS']);
  });

  it('lets an org-admin import people from a CSV file after a preview, on a phone', async () => {
    await orgAdmin.setViewportSize(PHONE);
    await orgAdmin.goto('/beheer/mensen');
    await orgAdmin.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
    await orgAdmin.getByRole('button', { name: 'Medewerkers importeren (CSV)' }).click();
    const section = orgAdmin.getByRole('region', { name: 'Medewerkers importeren (CSV)' });
    const header = '\uFEFFe-mailadres;naam;functie;e-mailadres leidinggevende;rollen\r\n';
    const newcomer = `nieuw.import@dordrecht.klussenbank.test;Nieuwe Importeur;Archivaris;${ORG_ADMIN};medewerker\r\n`;
    const choose = async (text: string) => {
      await section
        .getByLabel('CSV-bestand')
        .setInputFiles({ name: 'mensen.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
      await section.getByRole('button', { name: 'Controleren' }).click();
    };

    // A row with errors: every error shown, nothing can be imported.
    await choose(header + newcomer + 'geen-adres;;;;baas\r\n');
    const table = section.getByRole('table', { name: 'Per regel van het bestand' });
    await table.waitFor();
    expect(await table.getByRole('row').nth(2).textContent()).toContain(
      'E-mailadres: Moet een geldig e-mailadres zijn.',
    );
    expect(await section.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(orgAdmin)).toEqual([]);
    expect(await sticksOut(orgAdmin)).toEqual([]);

    // The corrected file goes in after a confirmation.
    await choose(header + newcomer);
    await section.getByText('Eén regel: 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 met een fout.').waitFor();
    await section.getByRole('button', { name: 'Importeren' }).click();
    const confirm = orgAdmin.getByRole('form', { name: '1 nieuw, 0 gewijzigd en 0 uitgezet: importeren?' });
    expect(await accessibilityViolations(orgAdmin)).toEqual([]);
    await confirm.getByRole('button', { name: 'Importeren' }).click();
    await orgAdmin
      .getByRole('status')
      .filter({ hasText: 'Import klaar: 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 uitgezet.' })
      .waitFor();
    await orgAdmin.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }).fill('importeur');
    await orgAdmin.keyboard.press('Enter');
    await orgAdmin.getByRole('heading', { level: 3, name: 'Nieuwe Importeur' }).waitFor();
    await orgAdmin.setViewportSize(DESKTOP);
  });

  it('shows an employee the no-access page on an admin address, also for the queue overview', async () => {
    const employee = await signInAt(browser, system.baseUrl, EMPLOYEE);
    expect(await employee.getByRole('navigation').getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    await employee.goto('/beheer/mensen');
    await employee.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await employee.goto('/admin/queues');
    await employee.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    expect(new URL(employee.url()).pathname).toBe('/geen-toegang');
    for (const size of [DESKTOP, PHONE]) {
      await employee.setViewportSize(size);
      expect(await accessibilityViolations(employee)).toEqual([]);
    }
    await employee.context().close();
  });

  it('lets an org-admin create a SCIM token, shown once, that provisions over /scim/v2 until revoked', async () => {
    await orgAdmin.setViewportSize(PHONE);
    await orgAdmin.goto('/beheer/organisatie');
    const section = orgAdmin.getByRole('region', { name: 'Koppeling met uw identiteitssysteem (SCIM)' });
    await section.getByRole('button', { name: 'Nieuwe sleutel maken' }).click();
    const token = await section.getByLabel('Geheime sleutel').inputValue();
    expect(token).toMatch(/^kbscim_/);
    expect(await section.getByLabel('Tenant-URL').inputValue()).toMatch(/\/scim\/v2$/);
    expect(await accessibilityViolations(orgAdmin)).toEqual([]);
    expect(await sticksOut(orgAdmin)).toEqual([]);

    // The identity system's first request: is this person there?
    const scim = (path: string) =>
      fetch(`${system.baseUrl}/scim/v2${path}`, { headers: { authorization: `Bearer ${token}` } });
    const found = await scim(`/Users?filter=${encodeURIComponent(`userName eq "${COLLEAGUE}"`)}`);
    expect(found.status).toBe(200);
    expect(found.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    expect(((await found.json()) as { totalResults: number }).totalResults).toBe(1);

    await section.getByRole('button', { name: 'Ik heb de sleutel gekopieerd' }).click();
    expect(await section.getByLabel('Geheime sleutel').count()).toBe(0);
    const prefix = token.slice(0, 'kbscim_'.length + 6);
    await section.getByRole('button', { name: `Sleutel ${prefix} intrekken` }).click();
    await section.getByRole('button', { name: 'Ja, intrekken' }).click();
    await section.getByText(`Sleutel ${prefix}… is ingetrokken.`).waitFor();
    expect((await scim('/Users')).status).toBe(401);
    await orgAdmin.setViewportSize(DESKTOP);
  });

  // Sixteen page loads and axe runs: more time than one story needs on a busy 2-core machine.
  it(
    'keeps every admin page axe-clean and without sideways scrolling, on a desktop and at 390 × 844',
    {
      timeout: 180_000,
    },
    async () => {
      const pages = [
        ['/beheer', 'Beheer'],
        ['/beheer/mensen', 'Mensen'],
        ['/beheer/organisatie', 'Instellingen van de organisatie'],
        ['/beheer/samenwerkingsverbanden', 'Samenwerkingsverbanden'],
        ['/beheer/organisaties', 'Organisaties'],
        ['/beheer/vaardigheden', 'Vaardigheden'],
        ['/beheer/auditlog', 'Auditlog'],
        ['/mijn-profiel/sessies', 'Mijn sessies'],
      ] as const;
      for (const size of [DESKTOP, PHONE]) {
        await platformAdmin.setViewportSize(size);
        for (const [path, heading] of pages) {
          await platformAdmin.goto(path);
          await platformAdmin.getByRole('heading', { level: 1, name: heading }).waitFor();
          // What the page loads is there before it is checked.
          await expect.poll(() => platformAdmin.getByText(/Wordt geladen|worden geladen/).count()).toBe(0);
          expect(await accessibilityViolations(platformAdmin), `${path} at ${size.width} px`).toEqual([]);
          expect(await sticksOut(platformAdmin), `${path} at ${size.width} px`).toEqual([]);
        }
      }
      await platformAdmin.setViewportSize(DESKTOP);
    },
  );
});

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

/** A manager of Gemeente Zeist: the trekker, in a partnership with Oss, Dordrecht and Zwijndrecht. */
const TREKKER = 'esther.maas@zeist.klussenbank.test';
/** An employee of Gemeente Oss, in the same partnership. */
const EMPLOYEE = 'femke.verhoeven@oss.klussenbank.test';

const TITLE = 'Wijkteams versterken over de gemeentegrens';
const CHECKPOINT = 'Eerste terugblik met het team';
const TASK = 'Werkwijzen van de wijkteams op een rij';

// Every page is checked with axe, which takes a while on a long page and a busy machine.
describe('a dossier forms a team across municipalities', { timeout: 120_000 }, () => {
  let system: RunningSystem;
  let browser: Browser;
  let trekker: Page;
  let employee: Page;
  let dossierPath: string;

  const signIn = (email: string) => signInAt(browser, system.baseUrl, email);
  const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

  beforeAll(async () => {
    system = await startSystem(await newSystemSettings());
    browser = await launchBrowser();
    trekker = await signIn(TREKKER);
    employee = await signIn(EMPLOYEE);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets an employee of Oss note a skill the dossier will need, and be findable for partners', async () => {
    await nav(employee, 'Mijn profiel');
    const skills = region(employee, 'Vaardigheden');
    await chooseSkill(skills, 'Vaardigheid zoeken', 'gis', 'GIS');
    await skills.getByRole('combobox', { name: 'GIS' }).selectOption({ label: 'Gevorderd' });
    // Without this, a trekker of another organisation would only see that someone has the skill.
    await employee
      .getByRole('checkbox', { name: 'Vindbaar voor trekkers en managers van partnerorganisaties' })
      .check();
    await employee.getByRole('button', { name: 'Profiel opslaan' }).click();
    await employee.getByText('Uw profiel is opgeslagen.').waitFor();
  });

  it('lets a trekker from Zeist start a dossier in the partnership with Oss, after fixing what was missing', async () => {
    await nav(trekker, 'Dossiers');
    await trekker.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    await trekker
      .getByRole('status')
      .filter({ hasText: /gevonden/ })
      .waitFor();
    expect(await accessibilityViolations(trekker)).toEqual([]);

    await trekker.getByRole('link', { name: 'Dossier starten' }).click();
    await trekker.getByRole('heading', { level: 1, name: 'Dossier starten' }).waitFor();
    expect(await accessibilityViolations(trekker)).toEqual([]);

    await trekker.getByRole('button', { name: 'Dossier starten' }).click();
    const summary = trekker.getByRole('alert').filter({ hasText: 'problemen met uw invoer' });
    await summary.getByRole('link', { name: 'Vul een titel in.' }).waitFor();
    expect(await trekker.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(trekker)).toEqual([]);

    await trekker.getByLabel('Titel').fill(TITLE);
    await trekker
      .getByLabel('Wat willen we samen bereiken?')
      .fill('Inwoners krijgen dezelfde hulp van het wijkteam, in welke gemeente ze ook wonen.');
    await trekker
      .getByLabel('Beschrijving (niet verplicht)')
      .fill('We leggen de **werkwijzen** naast elkaar.\n\n- verkennen\n- kiezen\n- delen');
    await trekker
      .getByRole('combobox', { name: 'Samenwerkingsverband' })
      .selectOption({ label: 'Netwerk Anders Samenwerken' });
    await trekker.getByLabel('Begindatum').fill(isoDate(3));
    await trekker.getByLabel('Grootte van het team (niet verplicht)').fill('10');
    const needed = 'Vaardigheden die het dossier nodig heeft (niet verplicht)';
    await chooseSkill(trekker, needed, 'gis', 'GIS');
    await chooseSkill(trekker, needed, 'lean', 'Procesverbetering (lean)');
    await trekker.getByRole('button', { name: 'Dossier starten' }).click();

    await trekker.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    await trekker.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await trekker.getByText('Het dossier is gestart. U bent de trekker', { exact: false }).waitFor();
    dossierPath = new URL(trekker.url()).pathname;

    // The skill gap suggests the Oss employee for GIS; the trekker could invite her.
    const gap = region(trekker, 'Vaardigheden in het team');
    await gap.getByText('0 van 2 vaardigheden zijn in het team aanwezig.').waitFor();
    await gap.getByRole('button', { name: 'Uitnodigen Femke Verhoeven' }).waitFor();
    expect(await gap.textContent()).toContain('Femke Verhoeven, Gemeente Oss');
    expect(await accessibilityViolations(trekker)).toEqual([]);
  });

  it('lets the Oss employee find it by searching, join with one click and see the team by organisation and the skill gap', async () => {
    await nav(employee, 'Dossiers');
    await employee.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    // Dutch full text: "wijkteam" finds "Wijkteams".
    await employee.getByRole('searchbox', { name: 'Zoeken in dossiers' }).fill('wijkteam');
    await employee.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await employee.waitForURL(/\?q=wijkteam$/);
    const card = employee.getByRole('article').filter({ hasText: TITLE });
    await card.waitFor();
    expect(await card.textContent()).toContain('Esther Maas (Gemeente Zeist)');
    expect(await accessibilityViolations(employee)).toEqual([]);

    await card.getByRole('link', { name: TITLE }).click();
    await employee.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(employee.url()).pathname).toBe(dossierPath);
    const membership = region(employee, 'Meedoen');
    await membership.getByRole('button', { name: 'Meedoen' }).click();
    await membership.getByRole('status').filter({ hasText: 'U doet mee!' }).waitFor();
    await membership.getByText('U doet mee als lid.').waitFor();

    const team = region(employee, 'Het team');
    await team.getByRole('heading', { level: 3, name: 'Gemeente Oss (1 persoon)' }).waitFor();
    expect(await team.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Gemeente Oss (1 persoon)',
      'Gemeente Zeist (1 persoon)',
    ]);
    expect(await team.getByRole('list', { name: 'Gemeente Zeist (1 persoon)' }).textContent()).toContain(
      'Esther Maas, Lid managementteam',
    );
    expect(await team.getByRole('list', { name: 'Gemeente Oss (1 persoon)' }).textContent()).toContain(
      'Femke Verhoeven, Beleidsmedewerker economie',
    );

    const gap = region(employee, 'Vaardigheden in het team');
    await gap.getByText('1 van 2 vaardigheden zijn in het team aanwezig.').waitFor();
    expect(await gap.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'GIS In het team',
      'Procesverbetering Ontbreekt',
    ]);
    expect(await gap.textContent()).toContain('In het team: Femke Verhoeven (Gemeente Oss), gevorderd');
    // Names and invitations are for trekkers: a member sees how many people have a missing skill.
    expect(await gap.getByRole('button', { name: /Uitnodigen/ }).count()).toBe(0);
    expect(await gap.textContent()).toContain('Alleen trekkers van dit dossier zien wie dat zijn');
    expect(await employee.getByRole('region', { name: 'Dossier leiden' }).count()).toBe(0);
    expect(await accessibilityViolations(employee)).toEqual([]);
  });

  it('lets the trekker, a manager in the team, post a klus in the dossier; the dossier lists it and tells its team', async () => {
    await trekker.reload();
    const tasks = region(trekker, 'Klussen in dit dossier');
    await tasks.getByRole('link', { name: 'Klus plaatsen in dit dossier' }).click();
    await trekker.getByRole('heading', { level: 1, name: 'Klus plaatsen' }).waitFor();
    await trekker.getByText('Deze klus komt in het dossier', { exact: false }).waitFor();
    expect(await trekker.getByRole('radio', { name: 'Eén samenwerkingsverband' }).isChecked()).toBe(true);
    await trekker.getByLabel('Titel').fill(TASK);
    await trekker.getByLabel('Beschrijving').fill('Per gemeente: hoe loopt een hulpvraag bij het wijkteam?');
    await trekker.getByLabel('Geschatte uren').fill('8');
    await trekker.getByLabel('Begindatum').fill(isoDate(5));
    await trekker.getByLabel('Einddatum').fill(isoDate(40));
    await trekker.getByRole('button', { name: 'Plaatsen' }).click();
    await trekker.getByText('De klus is geplaatst.').waitFor();

    await trekker.getByRole('link', { name: TITLE }).click();
    await trekker.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const card = region(trekker, 'Klussen in dit dossier').getByRole('article').filter({ hasText: TASK });
    await card.waitFor();
    expect(await card.textContent()).toContain('Open');

    // The team hears of it through the notification pipeline; the notification leads to the dossier.
    await employee.reload();
    await nav(employee, /^Meldingen/);
    const notification = employee.getByRole('link', {
      name: `Een nieuwe klus in het dossier “${TITLE}”: “${TASK}”.`,
    });
    await expect
      .poll(
        async () => {
          if ((await notification.count()) === 0) await employee.reload();
          return notification.count();
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe(1);
    expect(await notification.getAttribute('href')).toBe(dossierPath);
  });

  it('lets the trekker plan a checkpoint and record it as held, and the feed tells it first', async () => {
    await trekker.reload();
    await region(trekker, 'Het team').getByRole('heading', { name: 'Gemeente Oss (1 persoon)' }).waitFor();
    const checkpoints = region(trekker, 'IJkmomenten');
    await checkpoints.getByRole('button', { name: 'IJkmoment plannen' }).click();
    await checkpoints.getByLabel('Naam van het ijkmoment').fill(CHECKPOINT);
    // Held today: planned for yesterday (a checkpoint is never recorded as held before its day).
    await checkpoints.getByLabel('Datum').fill(isoDate(-1));
    await checkpoints.getByRole('button', { name: 'Plannen', exact: true }).click();
    await checkpoints
      .getByRole('status')
      .filter({ hasText: `Het ijkmoment “${CHECKPOINT}” is gepland.` })
      .waitFor();

    await checkpoints.getByRole('button', { name: `Vastleggen als gehouden ${CHECKPOINT}` }).click();
    const form = checkpoints.getByRole('form', { name: `IJkmoment “${CHECKPOINT}” vastleggen` });
    await form.getByLabel('Wat ging goed?').fill('Vier gemeenten legden hun werkwijze open op tafel.');
    await form.getByLabel('Wat schuurde?').fill('De agenda’s: het werk naast het gewone werk.');
    await form.getByLabel('Wat veranderen we?').fill('Elke twee weken een half uur online.');
    expect(await accessibilityViolations(trekker)).toEqual([]);
    await form.getByRole('button', { name: 'IJkmoment vastleggen' }).click();
    await checkpoints
      .getByRole('status')
      .filter({ hasText: `Het ijkmoment “${CHECKPOINT}” is vastgelegd.` })
      .waitFor();

    const held = checkpoints.getByRole('article', { name: CHECKPOINT });
    await held.getByText('Gehouden', { exact: true }).waitFor();
    expect(await held.textContent()).toContain('Vier gemeenten legden hun werkwijze open op tafel.');
    expect(await held.textContent()).toContain('vastgelegd door Esther Maas');

    const feed = trekker.getByRole('list', { name: 'Wat er gebeurde' });
    await feed
      .getByRole('listitem')
      .first()
      .filter({
        hasText: `Het ijkmoment “${CHECKPOINT}” is gehouden; Esther Maas (Gemeente Zeist) legde het vast.`,
      })
      .waitFor();
    const lines = await feed.getByRole('listitem').allTextContents();
    const at = (text: string) => lines.findIndex((line) => line.includes(text));
    const posted = at(`Esther Maas (Gemeente Zeist) plaatste de klus ${TASK}.`);
    expect(posted).toBeGreaterThan(0);
    expect(at('Femke Verhoeven (Gemeente Oss) doet mee.')).toBeGreaterThan(posted);
    expect(lines.at(-1)).toContain('Esther Maas (Gemeente Zeist) startte het dossier.');
    expect(await accessibilityViolations(trekker)).toEqual([]);
  });

  it('shows the checkpoint in the team member’s feed too', async () => {
    await employee.goto(dossierPath);
    await employee
      .getByRole('list', { name: 'Wat er gebeurde' })
      .getByText(`Het ijkmoment “${CHECKPOINT}” is gehouden`, { exact: false })
      .waitFor();
  });
});

import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
const B = 'http://localhost:3000';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
async function session(email, viewport) {
  const ctx = await browser.newContext({ viewport, locale: 'nl-NL' });
  const page = await ctx.newPage();
  await page.goto(`${B}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('welkom-bij-klussenbank');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/inloggen'));
  return page;
}
async function axe(page, name) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa']).analyze();
  console.log(name, 'axe violations:', r.violations.map((v) => v.id + ':' + v.nodes.length).join(', ') || 'none');
}
for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  const henk = await session('henk.visser@dordrecht.klussenbank.test', viewport);
  await henk.goto(`${B}/mijn-gegevens`);
  await henk.getByRole('heading', { name: 'Medewerkers' }).waitFor();
  await henk.screenshot({ path: `/tmp/shots/henk-gegevens-${label}.png`, fullPage: true });
  await axe(henk, `henk /mijn-gegevens ${label}`);
  const anna = await session('anna.de.vries@dordrecht.klussenbank.test', viewport);
  await anna.goto(`${B}/mijn-profiel`);
  await anna.getByRole('heading', { name: /Wachtwoord wijzigen/ }).waitFor();
  await anna.screenshot({ path: `/tmp/shots/anna-profiel-${label}.png`, fullPage: true });
  await axe(anna, `anna /mijn-profiel ${label}`);
  await anna.goto(`${B}/dossiers`);
  await anna.waitForTimeout(1500);
  const first = anna.getByRole('link').filter({ hasText: /./ }).locator('xpath=//a[contains(@href,"/dossiers/")]').first();
  const href = await anna.locator('a[href^="/dossiers/"]').first().getAttribute('href');
  if (href) { await anna.goto(`${B}${href}`); await anna.waitForTimeout(2000); await anna.screenshot({ path: `/tmp/shots/anna-dossier-${label}.png`, fullPage: true }); await axe(anna, `anna dossier ${label}`); }
}
await browser.close();

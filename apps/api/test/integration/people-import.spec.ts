import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, loginAs, type TestUser } from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { type SmtpCatcher, startSmtpCatcher } from '../support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface RowError {
  field: string;
  code: string;
  reason: string;
}
interface PreviewRow {
  line: number;
  email: string;
  displayName: string;
  status: 'create' | 'update' | 'unchanged' | 'error';
  personId: string | null;
  changes: string[];
  roles: string[];
  errors: RowError[];
}
interface Preview {
  delimiter: string;
  columns: string[];
  counts: { create: number; update: number; unchanged: number; error: number; missing: number };
  rows: PreviewRow[];
  missing: { id: string; email: string; displayName: string }[];
  kept: { id: string; reason: string }[];
}
interface Result {
  created: number;
  updated: number;
  unchanged: number;
  deactivated: number;
  invitations: number;
}
interface Problem {
  status: number;
  code: string;
  detail: string;
  invalidParams?: { name: string; code: string; reason: string }[];
}
interface UserRow {
  id: string;
  email: string;
  display_name: string;
  job_title: string;
  roles: string[];
  line_manager_id: string | null;
  password_hash: string | null;
  deactivated_at: Date | null;
  updated_at: Date;
}

const BOM = '\uFEFF';
const suffix = () => randomBytes(3).toString('hex');

/**
 * The CSV import of an organisation's people: preview (nothing written), apply (all or nothing,
 * idempotent), deactivating the missing on request only, line managers later in the file, Excel's
 * `;` and BOM, the permission matrix, and two applies of one file at the same moment.
 */
describe('people import', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let oss: { id: string };
  let domain: string;
  let zeist: { id: string };
  let zeistDomain: string;
  let employee: HttpClient;
  let ossAdminUser: TestUser;
  let ossAdmin: HttpClient;
  let zeistAdmin: HttpClient;
  let platformAdmin: HttpClient;

  const previewPath = (id: string) => `/api/v1/organisations/${id}/people-imports/preview`;
  const applyPath = (id: string) => `/api/v1/organisations/${id}/people-imports`;
  const users = async (organisationId: string) =>
    t.db.query<UserRow[]>(
      `SELECT id, email, display_name, job_title, roles, line_manager_id, password_hash, deactivated_at, updated_at
         FROM users u WHERE organisation_id = $1 ORDER BY email`,
      [organisationId],
    );

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://klussenbank.example' } });
    oss = await createOrganisation(t.db);
    zeist = await createOrganisation(t.db);
    domain = `oss-${suffix()}.test`;
    zeistDomain = `zeist-${suffix()}.test`;
    await t.db.query(`UPDATE organisations SET email_domains = $2 WHERE id = $1`, [oss.id, [domain]]);
    await t.db.query(`UPDATE organisations SET email_domains = $2 WHERE id = $1`, [zeist.id, [zeistDomain]]);
    employee = await loginAs(
      t.http,
      await createUser(t.db, oss.id, ['employee'], { email: `emp@${domain}` }),
    );
    ossAdminUser = await createUser(t.db, oss.id, ['org-admin'], { email: `admin@${domain}` });
    ossAdmin = await loginAs(t.http, ossAdminUser);
    zeistAdmin = await loginAs(
      t.http,
      await createUser(t.db, zeist.id, ['org-admin'], { email: `admin@${zeistDomain}` }),
    );
    platformAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['platform-admin']));
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('follows the permission matrix on both operations', async () => {
    const csv = `email,name\nperm-${suffix()}@${domain},Per Missie\n`;
    for (const path of [previewPath(oss.id), applyPath(oss.id)]) {
      expect((await t.http.post(path, { csv })).status).toBe(401);
      expect((await employee.post(path, { csv })).status).toBe(403);
      const other = await zeistAdmin.post<Problem>(path, { csv });
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('forbidden');
      expect(
        (await platformAdmin.post(previewPath('00000000-0000-4000-8000-000000000000'), { csv })).status,
      ).toBe(404);
    }
    expect((await ossAdmin.post<Preview>(previewPath(oss.id), { csv })).status).toBe(200);
    expect((await platformAdmin.post<Preview>(previewPath(oss.id), { csv })).status).toBe(200);
    // A platform admin may import into any organisation; the org-admin of Oss into their own.
    const byPlatform = await platformAdmin.post<Result>(applyPath(oss.id), { csv });
    expect(byPlatform.status).toBe(200);
    expect(byPlatform.body.created).toBe(1);
    const byAdmin = await ossAdmin.post<Result>(applyPath(oss.id), { csv });
    expect(byAdmin.body).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('previews every problem of every row at once, in Dutch, and writes nothing', async () => {
    const elsewhere = await createUser(t.db, zeist.id, ['employee'], {
      email: `taken-${suffix()}@${zeistDomain}`,
    });
    const before = await users(oss.id);
    const csv = [
      'e-mailadres;naam;functie;e-mailadres leidinggevende;rollen',
      `geen-adres;;Archivaris;niemand@${domain};baas`,
      `${elsewhere.email};Iemand Anders;;;`,
      `dubbel@${domain};Een;;;`,
      `DUBBEL@${domain};Twee;;;`,
      `klein@${domain};Klein;;;platform-admin`,
      `zelf@${domain};Zelf;;zelf@${domain};`,
      `goed@${domain};Goed Mens;Jurist;;medewerker`,
    ].join('\r\n');
    const response = await ossAdmin.post<Preview>(previewPath(oss.id), { csv });
    expect(response.status).toBe(200);
    const { rows, counts } = response.body;
    expect(response.body.delimiter).toBe(';');
    expect(counts).toMatchObject({ create: 1, error: 6 });
    const codes = (line: number) =>
      rows.find((r) => r.line === line)?.errors.map((e) => `${e.field}:${e.code}`);
    expect(codes(2)).toEqual([
      'email:invalid-email',
      'name:required',
      'lineManagerEmail:line-manager-not-found',
      'roles:unknown-role',
    ]);
    expect(rows[0]?.errors.map((e) => e.reason)).toContain('Moet een geldig e-mailadres zijn.');
    expect(rows[0]?.errors.find((e) => e.code === 'unknown-role')?.reason).toMatch(/Onbekende rol "baas"/);
    expect(codes(3)).toEqual(['email:email-elsewhere']);
    expect(codes(4)).toEqual(['email:duplicate-email']);
    expect(rows.find((r) => r.line === 4)?.errors[0]?.reason).toBe('Dit e-mailadres staat ook op regel 5.');
    expect(codes(5)).toEqual(['email:duplicate-email']);
    expect(codes(6)).toEqual(['roles:role-not-allowed']);
    expect(codes(7)).toEqual(['lineManagerEmail:invalid-line-manager']);
    expect(rows.find((r) => r.line === 8)).toMatchObject({
      status: 'create',
      roles: ['employee'],
      errors: [],
    });
    // In English when asked.
    const english = await ossAdmin.post<Preview>(previewPath(oss.id), { csv }, { 'Accept-Language': 'en' });
    expect(english.body.rows[0]?.errors[0]?.reason).toBe('Must be a valid e-mail address.');
    expect(await users(oss.id)).toEqual(before);

    // The apply refuses the same file with the same errors, and writes nothing either.
    const apply = await ossAdmin.post<Problem>(applyPath(oss.id), { csv });
    expect(apply.status).toBe(400);
    expect(apply.body.code).toBe('people-import-invalid');
    expect(apply.body.detail).toMatch(/6 regels van het bestand hebben een fout; er is niets geïmporteerd/);
    expect(apply.body.invalidParams?.map((p) => p.name)).toContain('line.2.email');
    expect(apply.body.invalidParams).toHaveLength(9);
    expect(await users(oss.id)).toEqual(before);
  });

  it('refuses a file that is not a people file with one clear error', async () => {
    const post = (csv: string) => ossAdmin.post<Problem>(previewPath(oss.id), { csv });
    const columns = await post('naam;functie\nJan;Jurist\n');
    expect(columns.status).toBe(400);
    expect(columns.body.invalidParams?.[0]).toMatchObject({ name: 'csv', code: 'people-import-columns' });
    expect(columns.body.invalidParams?.[0]?.reason).toMatch(/mist e-mailadres \(email\)/);
    expect((await post('email,name\n')).body.invalidParams?.[0]?.code).toBe('people-import-empty');
    expect((await post('')).body.invalidParams?.[0]?.code).toBe('people-import-empty');
    expect((await post('email,name\n"x@oss.test,Jan\n')).body.invalidParams?.[0]?.code).toBe('invalid-csv');
    const many = `email,name\n${Array.from({ length: 5001 }, (_, i) => `p${i}@${domain},P ${i}`).join('\n')}`;
    const tooMany = await post(many);
    expect(tooMany.body.invalidParams?.[0]).toMatchObject({ code: 'people-import-too-many-rows' });
    expect(tooMany.body.invalidParams?.[0]?.reason).toMatch(
      /5001 mensen; één import neemt er hoogstens 5000/,
    );
    const huge = await ossAdmin.post<Problem>(previewPath(oss.id), { csv: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
  });

  it('applies a file once: new people, line managers later in the file, roles; the same file again changes nothing', async () => {
    const org = await createOrganisation(t.db);
    const orgDomain = `gem-${suffix()}.test`;
    await t.db.query(`UPDATE organisations SET email_domains = $2 WHERE id = $1`, [org.id, [orgDomain]]);
    // Excel in Dutch: a BOM, `;`, CRLF, the roles quoted because they hold a `;`.
    const csv =
      BOM +
      [
        'E-mailadres;Naam;Functie;Leidinggevende;Rollen',
        `jan@${orgDomain};Jan Jansen;Beleidsmedewerker;petra@${orgDomain};employee`,
        `"petra@${orgDomain}";"Petra de Vries";Teamleider;;"employee;manager"`,
        `ahmed@${orgDomain};Ahmed Yilmaz;"Jurist, omgevingsrecht";petra@${orgDomain};medewerker`,
      ].join('\r\n') +
      '\r\n';
    const preview = await platformAdmin.post<Preview>(previewPath(org.id), { csv });
    expect(preview.body.rows.map((r) => r.status)).toEqual(['create', 'create', 'create']);
    expect(preview.body.columns).toEqual(['email', 'name', 'jobTitle', 'lineManagerEmail', 'roles']);

    const first = await platformAdmin.post<Result>(applyPath(org.id), { csv });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ created: 3, updated: 0, unchanged: 0, deactivated: 0, invitations: 0 });
    const people = await users(org.id);
    const byEmail = (local: string) => people.find((p) => p.email === `${local}@${orgDomain}`);
    const petra = byEmail('petra');
    expect(petra).toMatchObject({
      display_name: 'Petra de Vries',
      roles: ['employee', 'manager'],
      password_hash: null,
    });
    expect(byEmail('jan')?.line_manager_id).toBe(petra?.id);
    expect(byEmail('ahmed')).toMatchObject({
      job_title: 'Jurist, omgevingsrecht',
      line_manager_id: petra?.id,
    });

    const again = await platformAdmin.post<Result>(applyPath(org.id), { csv });
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 3, deactivated: 0, invitations: 0 });
    expect(await users(org.id)).toEqual(people);

    // The audit log: one event per new person and one for the import, counts without names or addresses.
    const events = await t.db.query<{ action: string; details: Record<string, unknown> }[]>(
      `SELECT action, details FROM audit_events WHERE organisation_id = $1 ORDER BY occurred_at, id`,
      [org.id],
    );
    expect(events.filter((e) => e.action === 'user.created')).toHaveLength(3);
    const applied = events.filter((e) => e.action === 'csv-import.applied');
    expect(applied.map((e) => e.details)).toEqual([
      { rows: 3, created: 3, updated: 0, unchanged: 0, deactivated: 0, deactivateMissing: false },
      { rows: 3, created: 0, updated: 0, unchanged: 3, deactivated: 0, deactivateMissing: false },
    ]);
    expect(JSON.stringify(events)).not.toMatch(new RegExp(`${orgDomain}|Petra|Jansen`));
  });

  it('updates only what changed, and names the changed fields in the preview', async () => {
    const org = await createOrganisation(t.db);
    const csv = (jobTitle: string, roles: string) =>
      `email,name,function,line manager e-mail,roles\nanna-${org.id}@example.test,Anna Smit,${jobTitle},,${roles}\n` +
      `bert-${org.id}@example.test,Bert Smit,Jurist,,employee\n`;
    await platformAdmin.post(applyPath(org.id), { csv: csv('Archivaris', 'employee') });
    const before = await users(org.id);
    const preview = await platformAdmin.post<Preview>(previewPath(org.id), {
      csv: csv('Archiefbeheerder', 'manager'),
    });
    expect(preview.body.delimiter).toBe(',');
    expect(preview.body.rows.map((r) => [r.status, r.changes])).toEqual([
      ['update', ['jobTitle', 'roles']],
      ['unchanged', []],
    ]);
    const applied = await platformAdmin.post<Result>(applyPath(org.id), {
      csv: csv('Archiefbeheerder', 'manager'),
    });
    expect(applied.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const after = await users(org.id);
    expect(after[0]).toMatchObject({ job_title: 'Archiefbeheerder', roles: ['employee', 'manager'] });
    expect(after[0]?.updated_at.getTime()).toBeGreaterThan(before[0]?.updated_at.getTime() ?? 0);
    expect(after[1]).toEqual(before[1]);
    const roleEvents = await t.db.query<{ details: Record<string, unknown> }[]>(
      `SELECT details FROM audit_events WHERE action = 'user.roles-changed' AND object_id = $1`,
      [after[0]?.id],
    );
    expect(roleEvents.map((e) => e.details)).toEqual([
      { from: ['employee'], to: ['employee', 'manager'], source: 'csv-import' },
    ]);
  });

  it('switches off the people missing from the file only when asked, never the admin', async () => {
    const org = await createOrganisation(t.db);
    const orgDomain = `dm-${suffix()}.test`;
    await t.db.query(`UPDATE organisations SET email_domains = $2 WHERE id = $1`, [org.id, [orgDomain]]);
    const adminUser = await createUser(t.db, org.id, ['org-admin'], { email: `beheer@${orgDomain}` });
    const admin = await loginAs(t.http, adminUser);
    const leaver = await createUser(t.db, org.id, ['employee'], { email: `weg@${orgDomain}` });
    const leaverSession = await loginAs(t.http, leaver);
    const root = await createUser(t.db, org.id, ['platform-admin'], { email: `root@${orgDomain}` });
    const csv = `email;name\nblijft@${orgDomain};Blijft Hier\n`;

    const preview = await admin.post<Preview>(previewPath(org.id), { csv });
    expect(preview.body.missing.map((p) => p.id)).toEqual([leaver.id]);
    expect(preview.body.kept.map((k) => [k.id, k.reason]).sort()).toEqual(
      [
        [adminUser.id, 'self'],
        [root.id, 'platform-admin'],
      ].sort(),
    );
    expect(preview.body.counts.missing).toBe(1);

    const without = await admin.post<Result>(applyPath(org.id), { csv });
    expect(without.body).toMatchObject({ created: 1, deactivated: 0 });
    expect((await users(org.id)).every((u) => u.deactivated_at === null)).toBe(true);
    expect((await leaverSession.get('/api/v1/me')).status).toBe(200);

    const withFlag = await admin.post<Result>(applyPath(org.id), { csv, deactivateMissing: true });
    expect(withFlag.body).toMatchObject({ created: 0, unchanged: 1, deactivated: 1 });
    const after = await users(org.id);
    expect(after.filter((u) => u.deactivated_at !== null).map((u) => u.id)).toEqual([leaver.id]);
    // Their sessions end at once.
    expect((await leaverSession.get('/api/v1/me')).status).toBe(401);
    const events = await t.db.query<{ object_id: string }[]>(
      `SELECT object_id FROM audit_events WHERE action = 'user.deactivated' AND organisation_id = $1`,
      [org.id],
    );
    expect(events.map((e) => e.object_id)).toEqual([leaver.id]);

    // Listed again, the person is switched on again (shown as a change).
    const back = `email;name\nblijft@${orgDomain};Blijft Hier\nweg@${orgDomain};${after.find((u) => u.id === leaver.id)?.display_name}\n`;
    const again = await admin.post<Preview>(previewPath(org.id), { csv: back });
    expect(again.body.rows[1]).toMatchObject({ status: 'update', changes: ['active'] });
    await admin.post(applyPath(org.id), { csv: back });
    expect((await users(org.id)).every((u) => u.deactivated_at === null)).toBe(true);
  });

  it('mails new people an invitation link on request', async () => {
    const org = await createOrganisation(t.db);
    const email = `uitgenodigd-${suffix()}@example.test`;
    const result = await platformAdmin.post<Result>(applyPath(org.id), {
      csv: `email,name\n${email},Nieuwe Collega\n`,
      sendInvitations: true,
    });
    expect(result.body).toMatchObject({ created: 1, invitations: 1 });
    const [mail] = await smtp.waitFor((mails) => mails.some((m) => m.to === email));
    expect(mail).toBeDefined();
    expect(smtp.to(email)[0]?.text).toMatch(/wachtwoord-instellen/);
  });

  it('keeps the data right when the same file is applied twice at the same moment', async () => {
    const org = await createOrganisation(t.db);
    const rows = Array.from(
      { length: 40 },
      (_, i) => `p${i}-${org.id}@example.test;Persoon ${i};;p0-${org.id}@example.test;`,
    );
    rows[0] = `p0-${org.id}@example.test;Persoon 0;;;manager`;
    const csv = `e-mailadres;naam;functie;leidinggevende;rollen\n${rows.join('\n')}\n`;
    for (let round = 0; round < 3; round++) {
      const [a, b] = await Promise.all([
        platformAdmin.post<Result>(applyPath(org.id), { csv, deactivateMissing: true }),
        platformAdmin.post<Result>(applyPath(org.id), { csv, deactivateMissing: true }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      // Exactly one of the two created everybody in the first round; later rounds change nothing.
      expect(a.body.created + b.body.created).toBe(round === 0 ? 40 : 0);
      expect(a.body.updated + b.body.updated).toBe(0);
      const people = await users(org.id);
      expect(people).toHaveLength(40);
      expect(new Set(people.map((p) => p.email)).size).toBe(40);
      expect(people.filter((p) => p.line_manager_id !== null)).toHaveLength(39);
    }
  });
});

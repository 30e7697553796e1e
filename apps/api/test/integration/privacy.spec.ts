import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasedEmail } from '@klussenbank/domain';
import { PrivacyService } from '../../src/privacy/privacy.service.js';
import { PrivacyRetentionJob } from '../../src/privacy/privacy-retention.job.js';
import { PRIVACY_RETENTION_JOB } from '../../src/privacy/privacy-jobs.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  taskBody,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import { quiet } from '../support/quiet.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface DataExport {
  id: string;
  status: 'pending' | 'ready' | 'expired';
  expiresAt: string | null;
  downloadUrl: string | null;
}
interface Problem {
  code: string;
  invalidParams?: { name: string; code: string }[];
}

const suffix = () => randomBytes(3).toString('hex');

describe(PrivacyService.name, () => {
  let t: TestApp;
  let oss: { id: string; name: string }, zeist: { id: string; name: string };
  let partnership: { id: string };
  let ossAdmin: HttpClient, zeistAdmin: HttpClient, platformAdmin: HttpClient;
  let ossAdminUser: TestUser;
  let ossManager: HttpClient, zeistManager: HttpClient;
  let ossManagerUser: TestUser, zeistManagerUser: TestUser;
  let bystanderUser: TestUser;
  let bystander: HttpClient;

  /** Posts, fills, starts and completes a klus with hours per participant; answers its id. */
  async function completed(poster: HttpClient, hours: [HttpClient, number][]): Promise<string> {
    const task = await poster.post<{ id: string }>('/api/v1/tasks', taskBody({ capacity: hours.length }));
    if (task.status !== 201) throw new Error(task.text);
    const claims: { claimId: string; hours: number }[] = [];
    for (const [person, h] of hours) {
      const claim = await person.post<{ id: string }>(`/api/v1/tasks/${task.body.id}/claims`, {});
      if (claim.status !== 201) throw new Error(claim.text);
      claims.push({ claimId: claim.body.id, hours: h });
    }
    const start = await poster.post(`/api/v1/tasks/${task.body.id}/status-changes`, { action: 'start' });
    if (start.status !== 200) throw new Error(start.text);
    const done = await poster.post(`/api/v1/tasks/${task.body.id}/status-changes`, {
      action: 'complete',
      actualHours: claims,
    });
    if (done.status !== 200) throw new Error(done.text);
    return task.body.id;
  }

  /** A person with a name and job title nobody else has, signed in. */
  async function person(organisationId: string, roles: TestUser['roles'] = ['employee']) {
    const user = await createUser(t.db, organisationId, roles);
    const displayName = `Xaviera Wisselaar${suffix()}`;
    await t.db.query(`UPDATE users SET display_name = $2, job_title = $3 WHERE id = $1`, [
      user.id,
      displayName,
      `Beleidsadviseur ${displayName}`,
    ]);
    return { user, displayName, http: await loginAs(t.http, user) };
  }

  async function exportReady(http: HttpClient): Promise<DataExport> {
    const asked = await http.post<DataExport>('/api/v1/me/data-exports');
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending', downloadUrl: null });
    let ready: DataExport | undefined;
    await expect
      .poll(async () => {
        const list = await http.get<{ items: DataExport[] }>('/api/v1/me/data-exports');
        ready = list.body.items.find((item) => item.id === asked.body.id);
        return ready?.status;
      })
      .toBe('ready');
    return ready!;
  }

  /**
   * Every text, varchar, json(b) and array column of every table, searched for `needle` (any case).
   * Answers `table.column` where it was found.
   */
  async function scan(needle: string): Promise<string[]> {
    const columns = await t.db.query<{ table_name: string; column_name: string }[]>(
      `SELECT c.table_name, c.column_name
         FROM information_schema.columns c
         JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
          AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED', 'bytea')
        ORDER BY 1, 2`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const rows = await t.db.query<unknown[]>(
        `SELECT 1 FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0 LIMIT 1`,
        [needle],
      );
      if (rows.length > 0) found.push(`${table}.${column}`);
    }
    return found;
  }

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    oss = await createOrganisation(t.db, { name: `Gemeente Oss ${suffix()}` });
    zeist = await createOrganisation(t.db, { name: `Gemeente Zeist ${suffix()}` });
    partnership = await createPartnership(t.db, [oss.id, zeist.id]);
    ossAdminUser = await createUser(t.db, oss.id, ['org-admin']);
    ossAdmin = await loginAs(t.http, ossAdminUser);
    // A second org-admin, so Oss's admins may go.
    await createUser(t.db, oss.id, ['org-admin']);
    zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
    platformAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['platform-admin']));
    await createUser(t.db, oss.id, ['platform-admin']);
    ossManagerUser = await createUser(t.db, oss.id, ['manager']);
    ossManager = await loginAs(t.http, ossManagerUser);
    zeistManagerUser = await createUser(t.db, zeist.id, ['manager']);
    zeistManager = await loginAs(t.http, zeistManagerUser);
    bystanderUser = await createUser(t.db, zeist.id);
    bystander = await loginAs(t.http, bystanderUser);
  });
  afterAll(() => t?.close());

  describe('"Account verwijderen": erasure', () => {
    let subject: Awaited<ReturnType<typeof person>>;
    let doneTask: string;
    let openTask: string;

    const ledgerTotals = () =>
      t.db.query(
        `SELECT giving_organisation_id, receiving_organisation_id, sum(hours)::text AS hours, count(*)::int AS n
           FROM ledger_entries GROUP BY 1, 2 ORDER BY 1, 2`,
      );
    /**
     * The balances, the matrix and the mirror as a platform admin reads them, without what erasure
     * takes out on purpose: the evaluation texts by or about the person, and their job title from
     * the count of functions (docs/privacy.md). Every hour, count and score stays.
     */
    const reports = async () => {
      const strip = (value: unknown): unknown =>
        JSON.parse(JSON.stringify(value), (key, v: unknown) => {
          if (['evaluationTexts', 'suppressedFunctions'].includes(key)) return undefined;
          if (Array.isArray(v)) {
            return (v as unknown[]).filter((item) => (item as { key?: string } | null)?.key !== 'functions');
          }
          return v;
        });
      const balances = await platformAdmin.get('/api/v1/ledger/balances');
      const matrix = await platformAdmin.get('/api/v1/ledger/matrix');
      const period = String(new Date().getFullYear());
      const ossReport = await platformAdmin.get(`/api/v1/reports/organisations/${oss.id}?period=${period}`);
      const partnershipReport = await platformAdmin.get(
        `/api/v1/reports/partnerships/${partnership.id}?period=${period}`,
      );
      for (const response of [balances, matrix, ossReport, partnershipReport]) {
        expect(response.status, response.text).toBe(200);
      }
      return strip([balances.body, matrix.body, ossReport.body, partnershipReport.body]);
    };

    beforeAll(async () => {
      subject = await person(oss.id, ['employee']);
      const { user, displayName } = subject;
      // Hours given to Zeist, next to a bystander's.
      doneTask = await completed(zeistManager, [
        [subject.http, 6.5],
        [bystander, 3],
      ]);
      // A klus that has not started, whose only place the subject holds.
      const open = await ossManager.post<{ id: string }>('/api/v1/tasks', taskBody({ capacity: 1 }));
      openTask = open.body.id;
      expect((await subject.http.post(`/api/v1/tasks/${openTask}/claims`, {})).status).toBe(201);
      // Their own data: profile, skills, goals, calendar feed.
      await t.db.query(`INSERT INTO profiles (user_id, hours_per_month) VALUES ($1, 8)`, [user.id]);
      const [skill] = await t.db.query<[{ id: string }]>(
        `INSERT INTO skills (label_nl) VALUES ($1) RETURNING id`,
        [`Archiefbeheer ${suffix()}`],
      );
      await t.db.query(
        `INSERT INTO user_skills (user_id, skill_id, source, level, organisation_id) VALUES ($1, $2, 'self', 'expert', $3)`,
        [user.id, skill.id, oss.id],
      );
      await t.db.query(
        `INSERT INTO learning_goals (user_id, skill_id, organisation_id) VALUES ($1, $2, $3)`,
        [user.id, skill.id, oss.id],
      );
      expect((await subject.http.post('/api/v1/me/calendar-feed')).status).toBe(201);
      // Evaluations both ways, with texts naming them.
      await t.db.query(
        `INSERT INTO evaluations (task_id, author_id, subject_id, author_organisation_id, subject_organisation_id,
                                  score, went_well, could_be_better)
         VALUES ($1, $2, $3, $4, $5, 5, $6, NULL), ($1, $3, $2, $5, $4, 4, 'Duidelijke opdracht', $7)`,
        [
          doneTask,
          zeistManagerUser.id,
          user.id,
          zeist.id,
          oss.id,
          `${displayName} dacht goed mee`,
          'Eerder starten',
        ],
      );
      // A success naming them, their comment and someone else's comment about them.
      const [success] = await t.db.query<[{ id: string }]>(
        `INSERT INTO successes (milestone, task_id, title, story, story_html, organisation_id, shared_by)
         VALUES ('task-completed', $1, 'Plan doorgelicht', $2, $3, $4, $5) RETURNING id`,
        [
          doneTask,
          `Met dank aan ${displayName} (${user.email})!`,
          `<p>Met dank aan ${displayName} (${user.email})!</p>`,
          zeist.id,
          zeistManagerUser.id,
        ],
      );
      await t.db.query(`INSERT INTO success_people (success_id, user_id, naming) VALUES ($1, $2, 'agreed')`, [
        success.id,
        user.id,
      ]);
      await t.db.query(
        `INSERT INTO success_comments (success_id, author_id, body) VALUES ($1, $2, 'Mooi gedaan, team!'),
                ($1, $3, $4)`,
        [success.id, user.id, bystanderUser.id, `Goed werk ${displayName.toUpperCase()}`],
      );
      await t.db.query(`INSERT INTO success_applause (success_id, user_id) VALUES ($1, $2)`, [
        success.id,
        user.id,
      ]);
      // A dossier they are in; the feed and a trekker's notification name them.
      const [dossier] = await t.db.query<[{ id: string }]>(
        `INSERT INTO dossiers (partnership_id, title, goal, start_date, created_by, status)
         VALUES ($1, 'Omgevingswet', 'Samen invoeren', current_date, $2, 'active') RETURNING id`,
        [partnership.id, ossManagerUser.id],
      );
      await t.db.query(
        `INSERT INTO dossier_members (dossier_id, user_id, role, status)
         VALUES ($1, $2, 'trekker', 'active'), ($1, $3, 'member', 'active')`,
        [dossier.id, ossManagerUser.id, user.id],
      );
      await t.db.query(
        `INSERT INTO dossier_activity (dossier_id, type, actor_id, subject_id, data)
         VALUES ($1, 'member-joined', $2, $2, $3)`,
        [dossier.id, user.id, JSON.stringify({ userName: displayName })],
      );
      await t.db.query(
        `INSERT INTO notifications (user_id, type, event_key, data) VALUES
           ($1, 'dossier-join-requested', $3, $4), ($2, 'welcome', $5, '{}')`,
        [
          ossManagerUser.id,
          user.id,
          `test:${suffix()}`,
          JSON.stringify({
            dossierId: dossier.id,
            userName: displayName,
            note: `"${displayName}" <${user.email}>`,
          }),
          `test:${suffix()}`,
        ],
      );
      // Provisioned by SCIM: the identity system's names for them.
      await t.db.query(`UPDATE users SET scim_user_name = $2, scim_external_id = $3 WHERE id = $1`, [
        user.id,
        user.email,
        `ext-${displayName}`,
      ]);
      // A klus whose contact they are.
      await t.db.query(`UPDATE tasks SET contact_name = $2, contact_email = $3 WHERE id = $1`, [
        openTask,
        displayName,
        user.email,
      ]);
    });

    it('leaves no trace of name or e-mail in any table, ledger and reports unchanged, others kept', async () => {
      const { user, displayName } = subject;
      // The completion's notifications and mails are stored first (they land in tables too).
      await quiet(t);
      expect(await scan(displayName)).not.toEqual([]);
      expect(await scan(user.email)).not.toEqual([]);
      const ledgerBefore = await ledgerTotals();
      const reportsBefore = await reports();

      const erased = await ossAdmin.post<{ id: string; displayName: string; claimsWithdrawn: number }>(
        `/api/v1/users/${user.id}/erasure`,
      );
      expect(erased.status, erased.text).toBe(200);
      expect(erased.body).toEqual({ id: user.id, displayName: 'oud-medewerker', claimsWithdrawn: 1 });

      expect(await scan(displayName)).toEqual([]);
      expect(await scan(user.email)).toEqual([]);
      expect(await scan(`Wisselaar${displayName.slice(-6)}`)).toEqual([]);
      expect(await ledgerTotals()).toEqual(ledgerBefore);
      expect(await reports()).toEqual(reportsBefore);

      const [row] = await t.db.query<[Record<string, unknown>]>(
        `SELECT display_name, email, job_title, password_hash, roles, deactivated_at IS NOT NULL AS off
           FROM users WHERE id = $1`,
        [user.id],
      );
      expect(row).toEqual({
        display_name: 'oud-medewerker',
        email: erasedEmail(user.id),
        job_title: '',
        password_hash: null,
        roles: ['employee'],
        off: true,
      });
      // Their hours stay, under their id; the bystander's too.
      const entries = await t.db.query<{ participant_id: string; hours: string }[]>(
        `SELECT participant_id, hours::text FROM ledger_entries WHERE task_id = $1 ORDER BY hours`,
        [doneTask],
      );
      expect(entries).toEqual([
        { participant_id: bystanderUser.id, hours: '3.00' },
        { participant_id: user.id, hours: '6.50' },
      ]);
      // The klus they had not started is open again, their claim withdrawn.
      const [open] = await t.db.query<[{ status: string; taken: number; claim: string }]>(
        `SELECT t.status, t.taken, c.status AS claim FROM tasks t JOIN claims c ON c.task_id = t.id
          WHERE t.id = $1 AND c.user_id = $2`,
        [openTask, user.id],
      );
      expect(open).toEqual({ status: 'open', taken: 0, claim: 'withdrawn' });
      // Other people's records stay, naming "oud-medewerker".
      const comments = await t.db.query<{ body: string }[]>(
        `SELECT body FROM success_comments WHERE author_id = $1`,
        [bystanderUser.id],
      );
      expect(comments).toEqual([{ body: 'Goed werk oud-medewerker' }]);
      const [evaluation] = await t.db.query<[{ score: number; went_well: string | null }]>(
        `SELECT score, went_well FROM evaluations WHERE subject_id = $1`,
        [user.id],
      );
      expect(evaluation).toEqual({ score: 5, went_well: null });
      const klus = await ossManager.get<{ id: string }>(`/api/v1/tasks/${doneTask}`);
      expect(klus.status).toBe(200);
      // Sessions, profile and the rest of their own rows are gone.
      for (const table of [
        'sessions',
        'profiles',
        'user_skills',
        'learning_goals',
        'calendar_feeds',
        'notifications',
      ]) {
        const rows = await t.db.query(`SELECT 1 FROM ${table} WHERE user_id = $1`, [user.id]);
        expect(rows, table).toEqual([]);
      }
      // The audit log says who erased whom, by ids only.
      const [audit] = await t.db.query<
        [{ actor_id: string; object_id: string; details: Record<string, unknown> }]
      >(
        `SELECT actor_id, object_id, details FROM audit_events WHERE action = 'user.erased' AND object_id = $1`,
        [user.id],
      );
      expect(audit).toMatchObject({
        actor_id: ossAdminUser.id,
        object_id: user.id,
        details: { by: 'admin', claimsWithdrawn: 1 },
      });
      // The poster hears that the place is free again; the notice and its mail name nobody.
      await quiet(t);
      const notices = await t.db.query<{ data: { taskId: string } }[]>(
        `SELECT data FROM notifications WHERE user_id = $1 AND type = 'participant-deactivated'`,
        [ossManagerUser.id],
      );
      expect(notices.map((notice) => notice.data.taskId)).toEqual([openTask]);
      expect(await scan(displayName)).toEqual([]);
      expect(await scan(user.email)).toEqual([]);
    });

    it('an erased person cannot sign in, and their session no longer works', async () => {
      const login = await t.http.post<Problem>('/api/v1/auth/login', {
        email: subject.user.email,
        password: TEST_PASSWORD,
      });
      expect(login.status).toBe(401);
      expect((await subject.http.get('/api/v1/me')).status).toBe(401);
      const again = await ossAdmin.post<Problem>(`/api/v1/users/${subject.user.id}/erasure`);
      expect(again.status).toBe(200); // idempotent: nothing left to erase
      // Nobody switches an erased account back on or edits it: it is an empty shell.
      const reactivated = await ossAdmin.post<Problem>(`/api/v1/users/${subject.user.id}/reactivation`);
      expect(reactivated.status).toBe(409);
      expect(reactivated.body.code).toBe('account-erased');
      const edited = await ossAdmin.patch<Problem>(`/api/v1/users/${subject.user.id}`, {
        roles: ['employee', 'manager'],
      });
      expect(edited.status).toBe(409);
    });
  });

  describe('erasure by the person', () => {
    it('wants their e-mail typed again and their password, then ends their session', async () => {
      const me = await person(zeist.id);
      const wrong = await me.http.request<Problem>('DELETE', '/api/v1/me', {
        confirmation: 'iemand@anders.nl',
        password: 'verkeerd-wachtwoord',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.invalidParams?.map((p) => [p.name, p.code])).toEqual([
        ['confirmation', 'erasure-not-confirmed'],
        ['password', 'wrong-password'],
      ]);
      const missing = await me.http.request<Problem>('DELETE', '/api/v1/me', { confirmation: me.user.email });
      expect(missing.status).toBe(400);
      expect(missing.body.invalidParams?.map((p) => p.name)).toEqual(['password']);

      const done = await me.http.request('DELETE', '/api/v1/me', {
        confirmation: ` ${me.user.email.toUpperCase()} `,
        password: TEST_PASSWORD,
      });
      expect(done.status, done.text).toBe(200);
      expect((await me.http.get('/api/v1/me')).status).toBe(401);
      expect(await scan(me.displayName)).toEqual([]);
      const [audit] = await t.db.query<[{ actor_id: string; details: { by: string } }]>(
        `SELECT actor_id, details FROM audit_events WHERE action = 'user.erased' AND object_id = $1`,
        [me.user.id],
      );
      expect(audit).toMatchObject({ actor_id: me.user.id, details: { by: 'self' } });
    });

    it('refuses the last org-admin of an organisation, whoever asks', async () => {
      const lonely = await createOrganisation(t.db);
      const admin = await person(lonely.id, ['org-admin']);
      const self = await admin.http.request<Problem>('DELETE', '/api/v1/me', {
        confirmation: admin.user.email,
        password: TEST_PASSWORD,
      });
      expect(self.status).toBe(409);
      expect(self.body.code).toBe('last-org-admin');
      const byPlatform = await platformAdmin.post<Problem>(`/api/v1/users/${admin.user.id}/erasure`);
      expect(byPlatform.status).toBe(409);
      expect(byPlatform.body.code).toBe('last-org-admin');
    });
  });

  describe('permission matrix', () => {
    it('POST /users/{id}/erasure: admins of the organisation and platform admins only', async () => {
      const cases: [string, HttpClient, number][] = [
        ['employee', bystander, 403],
        ['org-admin of another organisation', zeistAdmin, 403],
        ['org-admin of the organisation', ossAdmin, 200],
        ['platform admin', platformAdmin, 200],
      ];
      for (const [who, client, status] of cases) {
        const target = await createUser(t.db, oss.id);
        const answer = await client.post<Problem>(`/api/v1/users/${target.id}/erasure`);
        expect(answer.status, who).toBe(status);
      }
      const target = await createUser(t.db, oss.id);
      expect((await t.http.post(`/api/v1/users/${target.id}/erasure`)).status).toBe(401);
      expect((await ossAdmin.post(`/api/v1/users/00000000-0000-4000-8000-000000000000/erasure`)).status).toBe(
        404,
      );
      // An org-admin erases no platform admin, even of their own organisation.
      const pa = await createUser(t.db, oss.id, ['platform-admin']);
      expect((await ossAdmin.post<Problem>(`/api/v1/users/${pa.id}/erasure`)).body.code).toBe('forbidden');
    });

    it('DELETE /me: only signed in, only oneself', async () => {
      expect((await t.http.request('DELETE', '/api/v1/me', { confirmation: 'x' })).status).toBe(401);
    });

    it('data exports: everybody their own, nobody else’s', async () => {
      for (const client of [bystander, ossAdmin, zeistAdmin, platformAdmin]) {
        expect((await client.get('/api/v1/me/data-exports')).status).toBe(200);
      }
      expect((await t.http.get('/api/v1/me/data-exports')).status).toBe(401);
      expect((await t.http.post('/api/v1/me/data-exports')).status).toBe(401);
      const own = await person(oss.id);
      const ready = await exportReady(own.http);
      for (const client of [bystander, ossAdmin, zeistAdmin, platformAdmin]) {
        const other = await client.get<Problem>(ready.downloadUrl!);
        expect(other.status).toBe(404);
        expect(other.body.code).toBe('not-found');
      }
      expect((await t.http.get(ready.downloadUrl!)).status).toBe(401);
      expect((await own.http.get(ready.downloadUrl!)).status).toBe(200);
    });

    it('statements: everybody reads, admins of the organisation and platform admins write', async () => {
      const read = await t.http.get<{ markdown: string | null }>(
        `/api/v1/organisations/${oss.id}/statements/privacy`,
      );
      expect(read.status).toBe(200);
      expect(read.body.markdown).toBeNull();
      const cases: [string, HttpClient, number][] = [
        ['employee', bystander, 403],
        ['org-admin of another organisation', zeistAdmin, 403],
        ['org-admin of the organisation', ossAdmin, 200],
        ['platform admin', platformAdmin, 200],
      ];
      for (const [who, client, status] of cases) {
        const answer = await client.put(`/api/v1/organisations/${oss.id}/statements/accessibility`, {
          markdown: `## Status\nDoor ${who} <script>alert(1)</script>`,
        });
        expect(answer.status, who).toBe(status);
      }
      const written = await t.http.get<{ markdown: string; html: string }>(
        `/api/v1/organisations/${oss.id}/statements/accessibility`,
      );
      expect(written.body.markdown).toContain('Door platform admin');
      expect(written.body.html).toContain('<h2>Status</h2>');
      expect(written.body.html).not.toContain('<script>');
      const reset = await ossAdmin.put<{ markdown: string | null }>(
        `/api/v1/organisations/${oss.id}/statements/accessibility`,
        { markdown: '  ' },
      );
      expect(reset.body.markdown).toBeNull();
      expect((await t.http.get(`/api/v1/organisations/${oss.id}/statements/cookies`)).status).toBe(404);
      expect(
        (await t.http.put(`/api/v1/organisations/${oss.id}/statements/privacy`, { markdown: 'x' })).status,
      ).toBe(401);
    });
  });

  describe('"Mijn gegevens downloaden": the export', () => {
    it('holds the person’s data and only theirs, and tells them when it is ready', async () => {
      const me = await person(oss.id);
      const done = await completed(zeistManager, [[me.http, 2]]);
      await t.db.query(`INSERT INTO profiles (user_id, hours_per_month) VALUES ($1, 12)`, [me.user.id]);
      await t.db.query(
        `INSERT INTO evaluations (task_id, author_id, subject_id, author_organisation_id, subject_organisation_id,
                                  score, went_well)
         VALUES ($1, $2, $3, $4, $5, 4, 'Fijne samenwerking'), ($1, $3, $2, $5, $4, 5, 'Heldere klus')`,
        [done, zeistManagerUser.id, me.user.id, zeist.id, oss.id],
      );
      const ready = await exportReady(me.http);
      expect(new Date(ready.expiresAt!).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

      const file = await me.http.get<Record<string, unknown>>(ready.downloadUrl!);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toMatch(
        /^attachment; filename="klussenbank-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(file.headers.get('content-type')).toMatch(/^application\/json/);
      const data = file.body as Record<string, unknown[]> & Record<string, unknown>;
      expect(data).toMatchObject({
        format: 'klussenbank-personal-data',
        userId: me.user.id,
        account: { id: me.user.id, email: me.user.email, displayName: me.displayName, hasPassword: true },
        profile: { hoursPerMonth: 12 },
      });
      expect(data.claims).toEqual([expect.objectContaining({ taskId: done, status: 'completed' })]);
      expect(data.ledgerEntries).toEqual([expect.objectContaining({ taskId: done, hours: '2.00' })]);
      expect(data.evaluationsGiven).toEqual([expect.objectContaining({ wentWell: 'Heldere klus' })]);
      expect(data.evaluationsReceived).toEqual([expect.objectContaining({ wentWell: 'Fijne samenwerking' })]);
      expect(data.sessions.length).toBeGreaterThan(0);
      expect(data.auditEvents).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'export.personal-data', actorId: me.user.id }),
        ]),
      );
      for (const section of [
        'skills',
        'learningGoals',
        'tasksPosted',
        'dossierMemberships',
        'notifications',
      ]) {
        expect(Array.isArray(data[section]), section).toBe(true);
      }
      // Only theirs: nobody else's address, no secret.
      for (const other of [bystanderUser.email, zeistManagerUser.email, ossAdminUser.email]) {
        expect(file.text).not.toContain(other);
      }
      expect(file.text).not.toMatch(/token_hash|tokenHash|password_hash|passwordHash|csrf|argon2/i);
      // Stored gzipped; a client without gzip gets it unpacked too.
      const [stored] = await t.db.query<[{ content: Buffer }]>(
        `SELECT content FROM data_exports WHERE id = $1`,
        [ready.id],
      );
      expect(JSON.parse(gunzipSync(stored.content).toString('utf8'))).toEqual(data);
      // The notice.
      await expect
        .poll(
          async () =>
            (
              await t.db.query<unknown[]>(
                `SELECT 1 FROM notifications WHERE user_id = $1 AND type = 'data-export-ready'`,
                [me.user.id],
              )
            ).length,
        )
        .toBe(1);
    });

    it('expires after 7 days: no download, and the retention job deletes the file', async () => {
      const me = await person(zeist.id);
      const ready = await exportReady(me.http);
      await t.db.query(`UPDATE data_exports SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        ready.id,
      ]);
      const list = await me.http.get<{ items: DataExport[] }>('/api/v1/me/data-exports');
      expect(list.body.items[0]).toMatchObject({ id: ready.id, status: 'expired', downloadUrl: null });
      const gone = await me.http.get<Problem>(`/api/v1/me/data-exports/${ready.id}/download`);
      expect(gone.status).toBe(409);
      expect(gone.body.code).toBe('data-export-expired');
      await t.worker!.get(PrivacyRetentionJob).handle();
      const [row] = await t.db.query<[{ status: string; content: Buffer | null }]>(
        `SELECT status, content FROM data_exports WHERE id = $1`,
        [ready.id],
      );
      expect(row).toEqual({ status: 'expired', content: null });
    });
  });

  describe('retention', () => {
    it(`deletes notifications and deliveries older than NOTIFICATION_RETENTION_DAYS, in batches`, async () => {
      const someone = await createUser(t.db, zeist.id);
      const insert = async (daysAgo: number, n: number, status = 'sent') => {
        for (let i = 0; i < n; i++) {
          const key = `retention:${suffix()}`;
          await t.db.query(
            `INSERT INTO notifications (user_id, type, event_key, created_at)
             VALUES ($1, 'welcome', $2, now() - make_interval(days => $3))`,
            [someone.id, key, daysAgo],
          );
          await t.db.query(
            `INSERT INTO deliveries (user_id, event_key, channel, type, rhythm, status, created_at)
             VALUES ($1, $2, 'email', 'welcome', 'immediately', $4, now() - make_interval(days => $3))`,
            [someone.id, key, daysAgo, status],
          );
        }
      };
      await insert(120, 5);
      await insert(91, 2, 'failed');
      await insert(89, 3);
      await insert(200, 1, 'sending'); // in flight: left to the sweep
      const count = async () =>
        (
          await t.db.query<[{ n: number; d: number }]>(
            `SELECT (SELECT count(*)::int FROM notifications WHERE user_id = $1) AS n,
                    (SELECT count(*)::int FROM deliveries WHERE user_id = $1) AS d`,
            [someone.id],
          )
        )[0];
      expect(await count()).toEqual({ n: 11, d: 11 });

      const removed = await t.worker!.get(PrivacyRetentionJob).handle(new Date(), 2);
      expect(removed.notifications).toBeGreaterThanOrEqual(8);
      expect(await count()).toEqual({ n: 3, d: 4 });

      // The job on the privacy queue (as its daily schedule adds it) does the same.
      await t.db.query(
        `UPDATE notifications SET created_at = created_at - interval '60 days' WHERE user_id = $1`,
        [someone.id],
      );
      const job = await t.queue(QueueName.Privacy).add(PRIVACY_RETENTION_JOB, {});
      await expect.poll(async () => (await job.getState()) as string).toBe('completed');
      expect((await count()).n).toBe(0);
    });
  });
});

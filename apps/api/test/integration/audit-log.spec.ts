import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_RETENTION_JOB } from '../../src/audit/audit-retention.job.js';
import { QueueName } from '../../src/queue/queue-name.enum.js';
import { skillImportCommand } from '../../src/skills/skill-import.command.js';
import type { HttpClient } from '../support/http-client.js';
import {
  createOrganisation,
  createPartnership,
  createUser,
  loginAs,
  TEST_PASSWORD,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface EventRow {
  action: string;
  actor_id: string | null;
  organisation_id: string | null;
  object_type: string | null;
  object_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}
interface AuditEvent {
  id: string;
  occurredAt: string;
  action: string;
  actor: { id: string; name: string | null } | null;
  organisation: { id: string; name: string | null } | null;
  object: { type: string; id: string } | null;
  ipAddress: string | null;
  details: Record<string, unknown>;
}
interface AuditPage {
  items: AuditEvent[];
  page: number;
  pageSize: number;
  total: number;
}

const FIXTURES = join(import.meta.dirname, '../fixtures/esco');

describe('the audit log', () => {
  let t: TestApp;
  let oss: { id: string; name: string };
  let zeist: { id: string; name: string };
  let employeeUser: TestUser;
  let employee: HttpClient;
  let ossAdminUser: TestUser;
  let ossAdmin: HttpClient;
  let zeistAdmin: HttpClient;
  let platformAdminUser: TestUser;
  let platformAdmin: HttpClient;

  /** The events about an object (or by an action), oldest first, straight from the table. */
  const events = (where: string, values: unknown[]) =>
    t.db.query<EventRow[]>(
      `SELECT action, actor_id, organisation_id, object_type, object_id, host(ip_address) AS ip, details
         FROM audit_events WHERE ${where} ORDER BY id`,
      values,
    );
  const rowsAsText = async (where: string, values: unknown[]) =>
    JSON.stringify(await t.db.query(`SELECT * FROM audit_events WHERE ${where}`, values));

  beforeAll(async () => {
    t = await startTestApp({ worker: true, env: { AUDIT_RETENTION_MONTHS: '12' } });
    oss = await createOrganisation(t.db);
    zeist = await createOrganisation(t.db);
    employeeUser = await createUser(t.db, oss.id, ['employee']);
    employee = await loginAs(t.http, employeeUser);
    ossAdminUser = await createUser(t.db, oss.id, ['org-admin']);
    ossAdmin = await loginAs(t.http, ossAdminUser);
    zeistAdmin = await loginAs(t.http, await createUser(t.db, zeist.id, ['org-admin']));
    platformAdminUser = await createUser(t.db, zeist.id, ['platform-admin']);
    platformAdmin = await loginAs(t.http, platformAdminUser);
  });
  afterAll(() => t.close());

  describe('what is written', () => {
    it('a password login, success and failure, with the address and no password or e-mail', async () => {
      const person = await createUser(t.db, oss.id);
      const wrong = await t.http.post('/api/v1/auth/login', {
        email: person.email,
        password: 'fout-fout-fout',
      });
      expect(wrong.status).toBe(401);
      const client = await loginAs(t.http, person);
      const logout = await client.post('/api/v1/auth/logout');
      expect(logout.status).toBe(204);

      const rows = await events(`object_id = $1 OR actor_id::text = $1`, [person.id]);
      expect(rows.map((row) => row.action)).toEqual(['login.failed', 'login.succeeded', 'logout']);
      expect(rows[0]).toMatchObject({
        actor_id: null,
        organisation_id: oss.id,
        object_type: 'user',
        ip: '127.0.0.1',
        details: { method: 'password', reason: 'invalid-credentials' },
      });
      expect(rows[1]).toMatchObject({
        actor_id: person.id,
        organisation_id: oss.id,
        object_type: 'session',
        ip: '127.0.0.1',
        details: { method: 'password' },
      });
      expect(rows[2]).toMatchObject({ actor_id: person.id, organisation_id: oss.id, object_type: 'session' });
      const text = await rowsAsText(`object_id = $1 OR actor_id::text = $1`, [person.id]);
      expect(text).not.toContain('fout-fout-fout');
      expect(text).not.toContain(TEST_PASSWORD);
      expect(text).not.toContain(person.email);
    });

    it('a failed login of an unknown address: nobody, no organisation, the domain only', async () => {
      const response = await t.http.post('/api/v1/auth/login', {
        email: 'Niemand.Bekend@Nergens-Anders.test',
        password: 'iets-geheims-123',
      });
      expect(response.status).toBe(401);
      const [row] = await events(`action = 'login.failed' AND details->>'emailDomain' = $1`, [
        'nergens-anders.test',
      ]);
      expect(row).toEqual({
        action: 'login.failed',
        actor_id: null,
        organisation_id: null,
        object_type: null,
        object_id: null,
        ip: '127.0.0.1',
        details: { emailDomain: 'nergens-anders.test' },
      });
    });

    it('a failed single sign-on callback (no flow in this browser)', async () => {
      const before = (await events(`action = 'login.failed' AND details->>'method' = 'oidc'`, [])).length;
      const response = await t.http.get('/api/v1/auth/sso/callback?code=abc&state=def');
      expect(response.status).toBe(303);
      const rows = await events(`action = 'login.failed' AND details->>'method' = 'oidc'`, []);
      expect(rows).toHaveLength(before + 1);
      expect(rows.at(-1)).toMatchObject({
        actor_id: null,
        organisation_id: null,
        ip: '127.0.0.1',
        details: { method: 'oidc', reason: 'flow-expired' },
      });
    });

    it('a password change ends the other sessions: session.ended', async () => {
      const person = await createUser(t.db, oss.id);
      const first = await loginAs(t.http, person);
      await loginAs(t.http, person);
      const changed = await first.put('/api/v1/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'een-ander-lang-wachtwoord-42',
      });
      expect(changed.status).toBe(204);
      const [row] = await events(`action = 'session.ended' AND object_id = $1`, [person.id]);
      expect(row).toMatchObject({
        actor_id: person.id,
        organisation_id: oss.id,
        ip: '127.0.0.1',
        details: { reason: 'password-changed' },
      });
      expect(await rowsAsText(`object_id = $1`, [person.id])).not.toContain('een-ander-lang-wachtwoord-42');
    });

    it('people: created, roles changed, updated, deactivated, reactivated', async () => {
      const created = await ossAdmin.post<{ id: string }>('/api/v1/users', {
        email: `audit-${Date.now()}@oss.test`,
        displayName: 'Audit Persoon',
        organisationId: oss.id,
        roles: ['employee'],
      });
      expect(created.status).toBe(201);
      const id = created.body.id;
      expect((await ossAdmin.patch(`/api/v1/users/${id}`, { roles: ['employee', 'manager'] })).status).toBe(
        200,
      );
      expect((await ossAdmin.patch(`/api/v1/users/${id}`, { lineManagerId: ossAdminUser.id })).status).toBe(
        200,
      );
      expect((await ossAdmin.post(`/api/v1/users/${id}/deactivation`)).status).toBe(200);
      expect((await ossAdmin.post(`/api/v1/users/${id}/deactivation`)).status).toBe(200); // idempotent: once
      expect((await platformAdmin.post(`/api/v1/users/${id}/reactivation`)).status).toBe(200);

      const rows = await events(`object_id = $1`, [id]);
      expect(rows.map((row) => [row.action, row.actor_id, row.organisation_id, row.ip])).toEqual([
        ['user.created', ossAdminUser.id, oss.id, '127.0.0.1'],
        ['user.roles-changed', ossAdminUser.id, oss.id, '127.0.0.1'],
        ['user.updated', ossAdminUser.id, oss.id, '127.0.0.1'],
        ['user.deactivated', ossAdminUser.id, oss.id, '127.0.0.1'],
        ['user.reactivated', platformAdminUser.id, oss.id, '127.0.0.1'],
      ]);
      expect(rows[1].details).toEqual({ from: ['employee'], to: ['employee', 'manager'] });
      expect(rows[2].details).toEqual({ fields: ['lineManagerId'] });
      expect(await rowsAsText(`object_id = $1`, [id])).not.toContain('Audit Persoon');
    });

    it('identity providers: created, updated (secret rotated, never its value), deleted', async () => {
      const created = await platformAdmin.post<{ id: string }>(
        `/api/v1/organisations/${oss.id}/identity-providers`,
        {
          name: 'Entra ID',
          issuer: 'https://login.example.test/audit/v2.0',
          clientId: 'klussenbank-audit',
          clientSecret: 'eerste-geheim-123',
        },
      );
      expect(created.status).toBe(201);
      const id = created.body.id;
      expect(
        (
          await platformAdmin.patch(`/api/v1/identity-providers/${id}`, {
            name: 'Entra',
            clientSecret: 'tweede-geheim-456',
          })
        ).status,
      ).toBe(200);
      expect((await platformAdmin.delete(`/api/v1/identity-providers/${id}`)).status).toBe(204);

      const rows = await events(`object_id = $1`, [id]);
      expect(rows.map((row) => [row.action, row.actor_id, row.organisation_id])).toEqual([
        ['identity-provider.created', platformAdminUser.id, oss.id],
        ['identity-provider.updated', platformAdminUser.id, oss.id],
        ['identity-provider.deleted', platformAdminUser.id, oss.id],
      ]);
      expect(rows[1].details).toEqual({ fields: ['name'], secretRotated: true });
      const text = await rowsAsText(`object_id = $1`, [id]);
      expect(text).not.toContain('geheim');
      expect(text).not.toContain('klussenbank-audit');
    });

    it('organisation settings: the changed fields', async () => {
      const response = await ossAdmin.patch(`/api/v1/organisations/${oss.id}`, { consentRequired: true });
      expect(response.status).toBe(200);
      const rows = await events(`action = 'organisation.updated' AND object_id = $1`, [oss.id]);
      expect(rows.at(-1)).toMatchObject({
        actor_id: ossAdminUser.id,
        organisation_id: oss.id,
        details: { fields: ['consentRequired'] },
      });
    });

    it('an ESCO import through the CLI: nobody, platform-wide', async () => {
      const code = await skillImportCommand(
        t.db,
        ['skills_nl.csv', '--lang', 'nl'],
        { out: () => undefined, err: () => undefined },
        FIXTURES,
      );
      expect(code).toBe(0);
      const [row] = await events(`action = 'skills.imported'`, []);
      expect(row).toMatchObject({
        actor_id: null,
        organisation_id: null,
        ip: null,
        details: { lang: 'nl', rows: 15 },
      });
    });
  });

  describe('GET /audit-events', () => {
    it('follows the permission matrix and the scope', async () => {
      expect((await t.http.get('/api/v1/audit-events')).status).toBe(401);
      expect((await employee.get('/api/v1/audit-events')).status).toBe(403);

      const own = await ossAdmin.get<AuditPage>('/api/v1/audit-events?pageSize=100');
      expect(own.status).toBe(200);
      expect(own.body.items.length).toBeGreaterThan(0);
      expect(own.body.items.every((event) => event.organisation?.id === oss.id)).toBe(true);
      const elsewhere = await ossAdmin.get<{ detail: string }>(
        `/api/v1/audit-events?organisationId=${zeist.id}`,
      );
      expect(elsewhere.status).toBe(403);
      expect(elsewhere.body.detail).toMatch(/eigen organisatie/);
      // Zeist's admin sees none of Oss's events.
      const zeists = await zeistAdmin.get<AuditPage>('/api/v1/audit-events?pageSize=100');
      expect(zeists.status).toBe(200);
      expect(zeists.body.items.every((event) => event.organisation?.id === zeist.id)).toBe(true);

      const all = await platformAdmin.get<AuditPage>('/api/v1/audit-events?pageSize=100');
      expect(all.status).toBe(200);
      const organisations = new Set(all.body.items.map((event) => event.organisation?.id ?? null));
      expect(organisations).toContain(oss.id);
      expect(organisations).toContain(zeist.id);
      expect(organisations).toContain(null);
      const onlyOss = await platformAdmin.get<AuditPage>(`/api/v1/audit-events?organisationId=${oss.id}`);
      expect(onlyOss.body.total).toBe(own.body.total);
    });

    it('joins the names of actor and organisation when read; newest first', async () => {
      const [admin] = await t.db.query<{ display_name: string }[]>(
        `SELECT display_name FROM users WHERE id = $1`,
        [ossAdminUser.id],
      );
      const page = await ossAdmin.get<AuditPage>(
        `/api/v1/audit-events?action=user.created&actorId=${ossAdminUser.id}`,
      );
      expect(page.body.items[0]).toMatchObject({
        action: 'user.created',
        actor: { id: ossAdminUser.id, name: admin.display_name },
        organisation: { id: oss.id, name: oss.name },
        ipAddress: '127.0.0.1',
      });
      const times = (await platformAdmin.get<AuditPage>('/api/v1/audit-events?pageSize=50')).body.items.map(
        (event) => event.occurredAt,
      );
      expect([...times].sort().reverse()).toEqual(times);
    });

    it('filters by actions, actor, object and days, and pages', async () => {
      const person = await createUser(t.db, oss.id);
      const client = await loginAs(t.http, person);
      await client.post('/api/v1/auth/logout');
      await loginAs(t.http, person);

      const byActor = await ossAdmin.get<AuditPage>(`/api/v1/audit-events?actorId=${person.id}`);
      expect(byActor.body.items.map((event) => event.action)).toEqual([
        'login.succeeded',
        'logout',
        'login.succeeded',
      ]);
      const two = await ossAdmin.get<AuditPage>(
        `/api/v1/audit-events?actorId=${person.id}&action=logout,login.failed`,
      );
      expect(two.body.items.map((event) => event.action)).toEqual(['logout']);
      const repeated = await ossAdmin.get<AuditPage>(
        `/api/v1/audit-events?actorId=${person.id}&action=logout&action=login.succeeded&pageSize=2&page=2`,
      );
      expect(repeated.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
      expect(repeated.body.items).toHaveLength(1);
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
      const todays = await ossAdmin.get<AuditPage>(
        `/api/v1/audit-events?actorId=${person.id}&from=${today}&to=${today}`,
      );
      expect(todays.body.total).toBe(3);
      const past = await ossAdmin.get<AuditPage>(
        `/api/v1/audit-events?actorId=${person.id}&from=2020-01-01&to=2020-12-31`,
      );
      expect(past.body.total).toBe(0);
      const byObject = await ossAdmin.get<AuditPage>(`/api/v1/audit-events?objectId=${person.id}`);
      expect(byObject.body.total).toBe(0);
      const bad = await ossAdmin.get<{ invalidParams: { name: string }[] }>(
        '/api/v1/audit-events?action=iets&actorId=x&from=2026-02-30&to=2020-01-01',
      );
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams.map((p) => p.name).sort()).toEqual(['action', 'actorId', 'from']);
    });
    it('counts a day from midnight in Amsterdam, in winter and in summer', async () => {
      const objectId = randomUUID();
      // One minute before and one after midnight, Amsterdam time (UTC+1 in January, UTC+2 in July).
      await t.db.query(
        `INSERT INTO audit_events (occurred_at, action, organisation_id, object_type, object_id, details) VALUES
           ('2026-01-14 22:59:00+00', 'user.updated', $1, 'user', $2, '{"local": "2026-01-14 23:59"}'),
           ('2026-01-14 23:01:00+00', 'user.updated', $1, 'user', $2, '{"local": "2026-01-15 00:01"}'),
           ('2026-07-14 21:59:00+00', 'user.updated', $1, 'user', $2, '{"local": "2026-07-14 23:59"}'),
           ('2026-07-14 22:01:00+00', 'user.updated', $1, 'user', $2, '{"local": "2026-07-15 00:01"}')`,
        [oss.id, objectId],
      );
      const onDays = async (from: string, to: string) =>
        (
          await ossAdmin.get<AuditPage>(`/api/v1/audit-events?objectId=${objectId}&from=${from}&to=${to}`)
        ).body.items.map((event) => event.details['local']);
      expect(await onDays('2026-01-14', '2026-01-14')).toEqual(['2026-01-14 23:59']);
      expect(await onDays('2026-01-15', '2026-01-15')).toEqual(['2026-01-15 00:01']);
      expect(await onDays('2026-07-14', '2026-07-14')).toEqual(['2026-07-14 23:59']);
      expect(await onDays('2026-07-15', '2026-07-15')).toEqual(['2026-07-15 00:01']);
      expect(await onDays('2026-01-15', '2026-07-14')).toEqual(['2026-07-14 23:59', '2026-01-15 00:01']);
    });
  });

  describe('GET /audit-events/export', () => {
    it('follows the permission matrix', async () => {
      expect((await t.http.get('/api/v1/audit-events/export')).status).toBe(401);
      expect((await employee.get('/api/v1/audit-events/export')).status).toBe(403);
      expect((await ossAdmin.get(`/api/v1/audit-events/export?organisationId=${zeist.id}`)).status).toBe(403);
      expect((await zeistAdmin.get('/api/v1/audit-events/export')).status).toBe(200);
      expect((await platformAdmin.get('/api/v1/audit-events/export')).status).toBe(200);
    });

    it('gives CSV with the same filters and records the export', async () => {
      const response = await ossAdmin.get(
        `/api/v1/audit-events/export?action=user.created,user.roles-changed`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="auditlog-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const lines = response.text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe(
        'Tijdstip,Actie,Door (id),Door,Organisatie (id),Organisatie,Object,Object-id,IP-adres,Details',
      );
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.slice(1).every((line) => /,user\.(created|roles-changed),/.test(line))).toBe(true);
      expect(lines.slice(1).every((line) => line.includes(oss.name))).toBe(true);
      const english = await ossAdmin.get('/api/v1/audit-events/export', { 'accept-language': 'en' });
      expect(english.text.replace(/^\uFEFF/, '').startsWith('Time,Action,')).toBe(true);

      const [row] = await events(`action = 'export.audit-log' AND actor_id = $1`, [ossAdminUser.id]);
      expect(row).toMatchObject({
        organisation_id: oss.id,
        ip: '127.0.0.1',
        details: { filters: ['action'] },
      });
    });
  });

  describe('report exports', () => {
    it('a mirror table or a settlement downloaded as CSV: export.report in the exporter’s log', async () => {
      const mirror = await ossAdmin.get(`/api/v1/reports/organisations/${oss.id}/csv?table=figures`);
      expect(mirror.status, mirror.text).toBe(200);
      const partnership = await createPartnership(t.db, [oss.id, zeist.id]);
      const partnershipMirror = await ossAdmin.get(
        `/api/v1/reports/partnerships/${partnership.id}/csv?table=hours`,
      );
      expect(partnershipMirror.status, partnershipMirror.text).toBe(200);
      const settlement = await ossAdmin.get(
        `/api/v1/ledger/settlement?partnershipId=${partnership.id}&period=2026-Q3`,
      );
      expect(settlement.status, settlement.text).toBe(200);
      const rows = await events(`action = 'export.report' AND actor_id = $1`, [ossAdminUser.id]);
      expect(rows).toEqual([
        expect.objectContaining({
          organisation_id: oss.id,
          object_type: 'organisation',
          object_id: oss.id,
          ip: '127.0.0.1',
          details: expect.objectContaining({ report: 'mirror', table: 'figures' }),
        }),
        expect.objectContaining({
          organisation_id: oss.id,
          object_type: 'partnership',
          object_id: partnership.id,
          details: expect.objectContaining({ report: 'mirror', table: 'hours' }),
        }),
        expect.objectContaining({
          organisation_id: oss.id,
          object_type: 'partnership',
          object_id: partnership.id,
          details: { report: 'settlement', period: '2026-Q3' },
        }),
      ]);
    });
  });

  describe('append-only and retention', () => {
    it('the table refuses UPDATE, DELETE and TRUNCATE', async () => {
      await expect(t.db.query(`UPDATE audit_events SET action = 'logout'`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    });

    it('the daily job deletes only events older than AUDIT_RETENTION_MONTHS', async () => {
      await t.db.query(
        `INSERT INTO audit_events (occurred_at, action, organisation_id, details) VALUES
           (now() - interval '13 months', 'logout', $1, '{"marker": "retention-old"}'),
           (now() - interval '11 months', 'logout', $1, '{"marker": "retention-kept"}')`,
        [oss.id],
      );
      const before = Number(
        (await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events`))[0].n,
      );
      await t.queue(QueueName.Maintenance).add(AUDIT_RETENTION_JOB, { now: new Date().toISOString() });
      const markers = async () =>
        (
          await t.db.query<{ marker: string }[]>(
            `SELECT details->>'marker' AS marker FROM audit_events WHERE details ? 'marker' ORDER BY 1`,
          )
        ).map((row) => row.marker);
      await expect.poll(markers, { timeout: 10_000 }).toEqual(['retention-kept']);
      const after = Number(
        (await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events`))[0].n,
      );
      expect(after).toBeGreaterThanOrEqual(before - 1);
      // The guard was only for the job's own transaction.
      await expect(t.db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScimUsersService } from '../../src/scim/scim-users.service.js';
import type { HttpClient, HttpResponse } from '../support/http-client.js';
import { createOrganisation, createUser, loginAs, taskBody, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

interface ScimUser {
  id: string;
  userName: string;
  externalId?: string;
  displayName: string;
  title?: string;
  active: boolean;
  emails: { value: string; type: string; primary: boolean }[];
  [ENTERPRISE]: { manager?: { value: string } };
  meta: { resourceType: string; location: string };
}
interface ScimList {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: ScimUser[];
}
interface Token {
  id: string;
  prefix: string;
  token?: string;
  tenantUrl?: string;
  lastUsedAt: string | null;
}

describe(ScimUsersService.name, () => {
  let t: TestApp;
  let dordrecht: { id: string }, zwijndrecht: { id: string };
  let admin: HttpClient, otherAdmin: HttpClient, employee: HttpClient, platformAdmin: HttpClient;
  let poster: TestUser, posterClient: HttpClient, manager: TestUser;
  let token: string, otherToken: string;

  /** A SCIM client as an identity system is: a bearer token and application/scim+json bodies. */
  const scim = <T = ScimUser>(
    bearer: string | undefined,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<HttpResponse<T>> =>
    t.http
      .withToken(bearer)
      .request<T>(
        method,
        `/scim/v2${path}`,
        body === undefined ? undefined : JSON.stringify(body),
        body === undefined ? {} : { 'content-type': 'application/scim+json' },
      );
  const filterBy = (expression: string) => `/Users?filter=${encodeURIComponent(expression)}`;
  const auditOf = (action: string) =>
    t.db.query<
      {
        actor_id: string | null;
        organisation_id: string;
        object_id: string;
        details: Record<string, unknown>;
      }[]
    >(
      `SELECT actor_id, organisation_id, object_id, details FROM audit_events WHERE action = $1 ORDER BY occurred_at`,
      [action],
    );

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    dordrecht = await createOrganisation(t.db, { name: 'Gemeente Dordrecht' });
    zwijndrecht = await createOrganisation(t.db, { name: 'Gemeente Zwijndrecht' });
    admin = await loginAs(t.http, await createUser(t.db, dordrecht.id, ['org-admin']));
    otherAdmin = await loginAs(t.http, await createUser(t.db, zwijndrecht.id, ['org-admin']));
    employee = await loginAs(t.http, await createUser(t.db, dordrecht.id));
    platformAdmin = await loginAs(t.http, await createUser(t.db, zwijndrecht.id, ['platform-admin']));
    poster = await createUser(t.db, dordrecht.id, ['manager']);
    posterClient = await loginAs(t.http, poster);
    manager = await createUser(t.db, dordrecht.id, ['manager']);
    token = (await admin.post<Token>(`/api/v1/organisations/${dordrecht.id}/scim-tokens`)).body.token!;
    otherToken = (await otherAdmin.post<Token>(`/api/v1/organisations/${zwijndrecht.id}/scim-tokens`)).body
      .token!;
  });

  afterAll(async () => {
    await t.close();
  });

  describe('tokens', () => {
    it('are created by org-admins of the organisation and platform admins, and shown once', async () => {
      const path = `/api/v1/organisations/${dordrecht.id}/scim-tokens`;
      expect((await t.http.post(path)).status).toBe(401);
      expect((await employee.post(path)).status).toBe(403);
      expect((await otherAdmin.post(path)).status).toBe(403);
      const own = await admin.post<Token>(path);
      expect(own.status).toBe(201);
      expect(own.body.token).toMatch(/^kbscim_[\w-]{43}$/);
      expect(own.body.tenantUrl).toBe(`${t.config.PUBLIC_URL.replace(/\/$/, '')}/scim/v2`);
      expect(own.body.token!.startsWith(own.body.prefix)).toBe(true);
      const byPlatform = await platformAdmin.post<Token>(path);
      expect(byPlatform.status).toBe(201);
      expect(
        (await platformAdmin.post(`/api/v1/organisations/00000000-0000-4000-8000-000000000000/scim-tokens`))
          .status,
      ).toBe(404);

      // Only the hash is stored; the list never shows the secret.
      const [stored] = await t.db.query<{ hash: string }[]>(
        `SELECT encode(token_hash, 'hex') AS hash FROM scim_tokens WHERE id = $1`,
        [own.body.id],
      );
      const { createHash } = await import('node:crypto');
      expect(stored.hash).toBe(createHash('sha256').update(own.body.token!).digest('hex'));
      const list = await admin.get<{ items: Token[] }>(path);
      expect(list.status).toBe(200);
      expect(list.body.items.map((i) => i.id)).toEqual(
        expect.arrayContaining([own.body.id, byPlatform.body.id]),
      );
      expect(list.text).not.toContain(own.body.token);
      expect((await employee.get(path)).status).toBe(403);
      expect((await otherAdmin.get(path)).status).toBe(403);
      expect((await platformAdmin.get(path)).status).toBe(200);

      // A token is usable at once; its use is noted.
      expect((await scim(own.body.token, 'GET', '/ServiceProviderConfig')).status).toBe(200);
      const used = (await admin.get<{ items: Token[] }>(path)).body.items.find((i) => i.id === own.body.id);
      expect(used?.lastUsedAt).not.toBeNull();

      // Revoking: not by another organisation's admin; then the token is refused at once.
      const revokePath = `${path}/${own.body.id}`;
      expect((await employee.delete(revokePath)).status).toBe(403);
      expect((await otherAdmin.delete(revokePath)).status).toBe(403);
      expect((await admin.delete(revokePath)).status).toBe(204);
      expect((await admin.delete(revokePath)).status).toBe(404);
      expect((await platformAdmin.delete(`${path}/${byPlatform.body.id}`)).status).toBe(204);
      const refused = await scim(own.body.token, 'GET', '/Users');
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toMatch(/^application\/scim\+json/);
      expect(refused.body).toMatchObject({ schemas: [ERROR], status: '401' });
      expect((await admin.get<{ items: Token[] }>(path)).body.items.map((i) => i.id)).not.toContain(
        own.body.id,
      );

      const created = await auditOf('scim.token-created');
      expect(created.some((e) => e.object_id === own.body.id && e.organisation_id === dordrecht.id)).toBe(
        true,
      );
      const revoked = await auditOf('scim.token-revoked');
      expect(revoked.map((e) => e.object_id)).toEqual(
        expect.arrayContaining([own.body.id, byPlatform.body.id]),
      );
      expect(JSON.stringify([...created, ...revoked])).not.toContain('kbscim_');
    });

    it('without a token, or with a session token, SCIM answers 401', async () => {
      const none = await scim(undefined, 'GET', '/Users');
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await scim('kbscim_not-a-real-token', 'GET', '/Users')).status).toBe(401);
      const session = await t.http.post<{ token: string }>('/api/v1/auth/login', {
        email: poster.email,
        password: 'een-lang-testwachtwoord',
      });
      expect((await scim(session.body.token, 'GET', '/Users')).status).toBe(401);
    });
  });

  /**
   * The requests Microsoft Entra ID's provisioning service sends over a person's life, with the
   * payloads of Microsoft's "Tutorial: Develop and plan provisioning for a SCIM endpoint in
   * Microsoft Entra ID" (section "SCIM protocol requests and responses", User Operations): the
   * query before a create, Create User (with the enterprise extension's schema), Get User, Get User
   * by query, Update User [Multi-valued properties], Update User [Single-valued properties], the
   * manager as Entra adds it (a bare id), Disable User (also as older Entra sends it: "False"), and
   * Delete User.
   */
  it('follows the request sequence Microsoft Entra ID sends', async () => {
    const userName = 'Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee';
    const workEmail = 'Test_User_11bb11bb-cc22-dd33-ee44-55ff55ff55ff@testuser.com';

    // Get User by query - Zero results
    const none = await scim<ScimList>(token, 'GET', filterBy(`userName eq "${userName}"`));
    expect(none.status).toBe(200);
    expect(none.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    expect(none.body).toEqual({
      schemas: [LIST],
      totalResults: 0,
      startIndex: 1,
      itemsPerPage: 0,
      Resources: [],
    });

    // Create User
    const created = await scim(token, 'POST', '/Users', {
      schemas: [USER, ENTERPRISE],
      externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      userName,
      active: true,
      emails: [{ primary: true, type: 'work', value: workEmail }],
      meta: { resourceType: 'User' },
      name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
      roles: [],
      [ENTERPRISE]: { employeeNumber: '100009', department: 'Ruimtelijke Ordening' },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    const id = created.body.id;
    expect(created.headers.get('location')).toBe(created.body.meta.location);
    expect(created.body).toMatchObject({
      schemas: [USER, ENTERPRISE],
      externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      userName,
      displayName: 'givenName familyName',
      active: true,
      emails: [{ value: workEmail.toLowerCase(), type: 'work', primary: true }],
      meta: { resourceType: 'User' },
    });
    const [row] = await t.db.query<
      { organisation_id: string; email: string; roles: string[]; password_hash: string | null }[]
    >(`SELECT organisation_id, email, roles, password_hash FROM users WHERE id = $1`, [id]);
    expect(row).toEqual({
      organisation_id: dordrecht.id,
      email: workEmail.toLowerCase(),
      roles: ['employee'],
      password_hash: null,
    });

    // Get User
    const got = await scim(token, 'GET', `/Users/${id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);

    // Get User by query: now found, by userName in any case and by externalId
    const found = await scim<ScimList>(token, 'GET', filterBy(`userName eq "${userName.toLowerCase()}"`));
    expect(found.body).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(found.body.Resources[0].id).toBe(id);
    const byExternalId = await scim<ScimList>(
      token,
      'GET',
      filterBy('externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"'),
    );
    expect(byExternalId.body.Resources.map((u) => u.id)).toEqual([id]);

    // Update User [Multi-valued properties]
    const multi = await scim(token, 'PATCH', `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@microsoft.com' },
        { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' },
      ],
    });
    expect(multi.status).toBe(200);
    expect(multi.body.emails).toEqual([{ value: 'updatedemail@microsoft.com', type: 'work', primary: true }]);
    const byWorkEmail = await scim<ScimList>(
      token,
      'GET',
      filterBy('emails[type eq "work"].value eq "updatedEmail@microsoft.com"'),
    );
    expect(byWorkEmail.body.Resources.map((u) => u.id)).toEqual([id]);

    // Update User [Single-valued properties]: userName becomes an address, and so the e-mail address.
    const single = await scim(token, 'PATCH', `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'userName', value: '5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com' },
      ],
    });
    expect(single.status).toBe(200);
    expect(single.body.userName).toBe('5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com');

    // The manager as Entra ID adds it (a bare id), and a value object without a path.
    const withManager = await scim(token, 'PATCH', `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Add', path: `${ENTERPRISE}:manager`, value: manager.id },
        {
          op: 'Replace',
          value: { title: 'Beleidsadviseur', displayName: 'Gerda de Graaf', 'name.givenName': 'Gerda' },
        },
      ],
    });
    expect(withManager.status).toBe(200);
    expect(withManager.body).toMatchObject({
      title: 'Beleidsadviseur',
      displayName: 'Gerda de Graaf',
      [ENTERPRISE]: { manager: { value: manager.id } },
    });
    const [afterPatch] = await t.db.query<
      { line_manager_id: string; job_title: string; display_name: string }[]
    >(`SELECT line_manager_id, job_title, display_name FROM users WHERE id = $1`, [id]);
    expect(afterPatch).toEqual({
      line_manager_id: manager.id,
      job_title: 'Beleidsadviseur',
      display_name: 'Gerda de Graaf',
    });

    // Disable User (older Entra ID sends the boolean as a string)
    const disabled = await scim(token, 'PATCH', `/Users/${id}`, {
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
      schemas: [PATCH_OP],
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body.active).toBe(false);
    const listed = await scim<ScimList>(
      token,
      'GET',
      filterBy(`userName eq "5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com"`),
    );
    expect(listed.body.Resources[0]).toMatchObject({ id, active: false });

    // Delete User: the person stays (ledger rows point at them), deactivated and gone for SCIM.
    const deleted = await scim(token, 'DELETE', `/Users/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const gone = await scim(token, 'GET', `/Users/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ schemas: [ERROR], status: '404' });
    expect(
      (await scim<ScimList>(token, 'GET', filterBy(`externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"`)))
        .body.totalResults,
    ).toBe(0);
    expect((await scim(token, 'DELETE', `/Users/${id}`)).status).toBe(404);
    const [kept] = await t.db.query<{ deactivated: boolean; deleted: boolean }[]>(
      `SELECT deactivated_at IS NOT NULL AS deactivated, scim_deleted_at IS NOT NULL AS deleted FROM users WHERE id = $1`,
      [id],
    );
    expect(kept).toEqual({ deactivated: true, deleted: true });

    // Audited without an actor, in the organisation's log, naming fields and never their values.
    for (const action of [
      'scim.user-created',
      'scim.user-updated',
      'scim.user-deactivated',
      'scim.user-deleted',
    ]) {
      const events = (await auditOf(action)).filter((e) => e.object_id === id);
      expect(events.length, action).toBeGreaterThan(0);
      expect(events.every((e) => e.actor_id === null && e.organisation_id === dordrecht.id)).toBe(true);
    }
    const updates = (await auditOf('scim.user-updated')).filter((e) => e.object_id === id);
    expect(updates.flatMap((e) => e.details.changed as string[])).toEqual(
      expect.arrayContaining(['email', 'userName', 'displayName', 'jobTitle', 'manager']),
    );
    expect(JSON.stringify(updates)).not.toMatch(/testuser\.com|microsoft\.com|Gerda/);

    // Created again by the identity system: the same person comes back.
    const again = await scim(token, 'POST', '/Users', {
      schemas: [USER],
      userName: '5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com',
      active: true,
    });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id, active: true });
  });

  it('replaces a person with PUT, and leaves platform admins alone', async () => {
    const created = await scim(token, 'POST', '/Users', {
      schemas: [USER, ENTERPRISE],
      userName: 'vervangen@dordrecht.nl',
      displayName: 'Voor Vervangen',
      title: 'Archivaris',
      [ENTERPRISE]: { manager: { value: manager.id } },
    });
    expect(created.status).toBe(201);
    expect(created.body[ENTERPRISE]).toMatchObject({ manager: { value: manager.id } });
    const replaced = await scim(token, 'PUT', `/Users/${created.body.id}`, {
      schemas: [USER],
      userName: 'vervangen@dordrecht.nl',
      name: { givenName: 'Na', familyName: 'Vervangen' },
      externalId: 'hr-4711',
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ displayName: 'Na Vervangen', externalId: 'hr-4711', active: true });
    expect(replaced.body.title).toBeUndefined();
    expect(replaced.body[ENTERPRISE]).toEqual({});
    // The manager by their externalId, as identity systems that know no ids send it.
    const byExternal = await scim(token, 'PATCH', `/Users/${created.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'add', path: `${ENTERPRISE}:manager`, value: { value: 'hr-4711' } }],
    });
    expect(byExternal.body[ENTERPRISE]).toEqual({}); // oneself is nobody's line manager

    const platform = await createUser(t.db, dordrecht.id, ['platform-admin']);
    const refused = await scim(token, 'PATCH', `/Users/${platform.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', path: 'active', value: false }],
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ schemas: [ERROR], status: '403' });
    expect((await scim(token, 'DELETE', `/Users/${platform.id}`)).status).toBe(403);
  });

  it('pages lists with startIndex and count', async () => {
    for (const n of [1, 2, 3]) {
      const response = await scim(token, 'POST', '/Users', {
        schemas: [USER],
        userName: `pagina-${n}@dordrecht.nl`,
        displayName: `Pagina ${n}`,
      });
      expect(response.status).toBe(201);
    }
    const all = await scim<ScimList>(token, 'GET', '/Users');
    expect(all.body.totalResults).toBe(all.body.Resources.length);
    const page = await scim<ScimList>(token, 'GET', '/Users?startIndex=2&count=2');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      schemas: [LIST],
      totalResults: all.body.totalResults,
      startIndex: 2,
      itemsPerPage: 2,
    });
    expect(page.body.Resources.map((u) => u.id)).toEqual(all.body.Resources.slice(1, 3).map((u) => u.id));
    const countOnly = await scim<ScimList>(token, 'GET', '/Users?count=0');
    expect(countOnly.body).toMatchObject({
      totalResults: all.body.totalResults,
      itemsPerPage: 0,
      Resources: [],
    });
  });

  it('answers mistakes in SCIM errors', async () => {
    const badFilter = await scim(token, 'GET', filterBy('userName sw'));
    expect(badFilter.status).toBe(400);
    expect(badFilter.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    expect(badFilter.body).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidFilter' });
    expect((await scim(token, 'GET', filterBy('title eq "x"'))).body).toMatchObject({
      scimType: 'invalidFilter',
    });

    const first = await scim(token, 'POST', '/Users', { schemas: [USER], userName: 'dubbel@dordrecht.nl' });
    expect(first.status).toBe(201);
    const duplicate = await scim(token, 'POST', '/Users', {
      schemas: [USER],
      userName: 'DUBBEL@dordrecht.nl',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
    // An address of another organisation's person is taken too, without saying whose.
    const elsewhere = await createUser(t.db, zwijndrecht.id);
    expect((await scim(token, 'POST', '/Users', { schemas: [USER], userName: elsewhere.email })).status).toBe(
      409,
    );

    expect((await scim(token, 'POST', '/Users', { schemas: [USER] })).body).toMatchObject({
      status: '400',
      scimType: 'invalidValue',
    });
    expect((await scim(token, 'POST', '/Users', ['not', 'an', 'object'])).status).toBe(400);
    const badPatch = await scim(token, 'PATCH', `/Users/${first.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Move' }],
    });
    expect(badPatch.body).toMatchObject({ status: '400', scimType: 'invalidSyntax' });
    expect((await scim(token, 'GET', '/Users/not-a-uuid')).status).toBe(404);
    const groups = await scim(token, 'GET', '/Groups');
    expect(groups.status).toBe(404);
    expect(groups.body).toMatchObject({ schemas: [ERROR], status: '404' });
    expect((await scim(undefined, 'GET', '/Groups')).status).toBe(401);
    const malformed = await t.http
      .withToken(token)
      .request('POST', '/scim/v2/Users', '{"userName": ', { 'content-type': 'application/scim+json' });
    // Refused by the body parser before any route runs: the API's problem+json (docs/scim.md).
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'malformed-json' });
    const nul = await scim(token, 'POST', '/Users', { schemas: [USER], userName: 'nul\u0000@dordrecht.nl' });
    expect(nul.body).toMatchObject({ schemas: [ERROR], status: '400' });

    for (const path of [
      '/ServiceProviderConfig',
      '/ResourceTypes',
      '/ResourceTypes/User',
      '/Schemas',
      `/Schemas/${USER}`,
    ]) {
      const response = await scim(token, 'GET', path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^application\/scim\+json/);
    }
    expect((await scim(token, 'GET', '/ServiceProviderConfig')).body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true },
    });
  });

  it("a token of another organisation never sees or touches this organisation's people", async () => {
    const person = await createUser(t.db, dordrecht.id);
    expect((await scim(token, 'GET', `/Users/${person.id}`)).status).toBe(200);
    expect((await scim(otherToken, 'GET', `/Users/${person.id}`)).status).toBe(404);
    expect(
      (await scim(otherToken, 'PUT', `/Users/${person.id}`, { schemas: [USER], userName: person.email }))
        .status,
    ).toBe(404);
    const patch = { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] };
    expect((await scim(otherToken, 'PATCH', `/Users/${person.id}`, patch)).status).toBe(404);
    expect((await scim(otherToken, 'DELETE', `/Users/${person.id}`)).status).toBe(404);
    expect(
      (await scim<ScimList>(otherToken, 'GET', filterBy(`userName eq "${person.email}"`))).body.totalResults,
    ).toBe(0);
    const all = await scim<ScimList>(otherToken, 'GET', '/Users?count=200');
    expect(all.body.Resources.map((u) => u.id)).not.toContain(person.id);
    const ids = await t.db.query<{ id: string }[]>(`SELECT id FROM users WHERE organisation_id = $1`, [
      zwijndrecht.id,
    ]);
    expect(all.body.Resources.every((u) => ids.some((r) => r.id === u.id))).toBe(true);
    // A manager is looked up in the token's organisation only.
    const other = await scim(otherToken, 'POST', '/Users', {
      schemas: [USER, ENTERPRISE],
      userName: 'nieuw@zwijndrecht.nl',
      [ENTERPRISE]: { manager: { value: manager.id } },
    });
    expect(other.status).toBe(201);
    expect(other.body[ENTERPRISE]).toEqual({});
    const [untouched] = await t.db.query<{ deactivated_at: Date | null }[]>(
      `SELECT deactivated_at FROM users WHERE id = $1`,
      [person.id],
    );
    expect(untouched.deactivated_at).toBeNull();
  });

  describe('deactivation', () => {
    /** A klus by the poster; the person claims it (instant claim: an active place). */
    async function claimed(person: HttpClient): Promise<{ taskId: string; claimId: string }> {
      const task = await posterClient.post<{ id: string }>('/api/v1/tasks', taskBody({ capacity: 2 }));
      expect(task.status).toBe(201);
      const claim = await person.post<{ id: string }>(`/api/v1/tasks/${task.body.id}/claims`, {});
      expect(claim.status).toBe(201);
      return { taskId: task.body.id, claimId: claim.body.id };
    }
    async function completed(person: HttpClient): Promise<string> {
      const { taskId, claimId } = await claimed(person);
      expect(
        (await posterClient.post(`/api/v1/tasks/${taskId}/status-changes`, { action: 'start' })).status,
      ).toBe(200);
      const done = await posterClient.post(`/api/v1/tasks/${taskId}/status-changes`, {
        action: 'complete',
        actualHours: [{ claimId, hours: 6 }],
      });
      expect(done.status).toBe(200);
      return taskId;
    }
    const claimState = async (claimId: string, taskId: string) => {
      const [state] = await t.db.query<{ status: string; taken: number; task_status: string }[]>(
        `SELECT c.status, t.taken, t.status AS task_status FROM claims c JOIN tasks t ON t.id = c.task_id WHERE c.id = $1 AND t.id = $2`,
        [claimId, taskId],
      );
      return state;
    };
    const ledgerHours = async (taskId: string, personId: string) => {
      const rows = await t.db.query<{ hours: string }[]>(
        `SELECT hours::text FROM ledger_entries WHERE task_id = $1 AND participant_id = $2`,
        [taskId, personId],
      );
      return rows.map((r) => r.hours);
    };
    const noticesOfPoster = async (claimId: string) => {
      const page = await posterClient.get<{ items: { type: string; data: { claimId?: string } }[] }>(
        '/api/v1/me/notifications?pageSize=100',
      );
      return page.body.items.filter((n) => n.type === 'participant-deactivated' && n.data.claimId === claimId)
        .length;
    };

    it('over SCIM ends the sessions at once, withdraws unstarted claims with a notice to the poster, keeps ledger hours', async () => {
      const person = await createUser(t.db, dordrecht.id);
      const session = await loginAs(t.http, person);
      const hoursTask = await completed(session);
      const open = await claimed(session);
      expect(await claimState(open.claimId, open.taskId)).toEqual({
        status: 'active',
        taken: 1,
        task_status: 'open',
      });

      const response = await scim(token, 'PATCH', `/Users/${person.id}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
      });
      expect(response.status).toBe(200);
      expect((await session.get('/api/v1/me')).status).toBe(401);
      expect(await claimState(open.claimId, open.taskId)).toEqual({
        status: 'withdrawn',
        taken: 0,
        task_status: 'open',
      });
      expect(await ledgerHours(hoursTask, person.id)).toEqual(['6.00']);
      const [completedClaim] = await t.db.query<{ status: string }[]>(
        `SELECT status FROM claims WHERE task_id = $1 AND user_id = $2`,
        [hoursTask, person.id],
      );
      expect(completedClaim.status).toBe('completed');
      await expect.poll(() => noticesOfPoster(open.claimId)).toBe(1);
      const [event] = (await auditOf('scim.user-deactivated')).filter((e) => e.object_id === person.id);
      expect(event.details).toEqual({ withdrawnClaims: [open.claimId] });
    });

    it('on the people page has the same effects', async () => {
      const person = await createUser(t.db, dordrecht.id);
      const session = await loginAs(t.http, person);
      const hoursTask = await completed(session);
      const open = await claimed(session);

      const response = await admin.post<{ deactivatedAt: string | null }>(
        `/api/v1/users/${person.id}/deactivation`,
      );
      expect(response.status).toBe(200);
      expect(response.body.deactivatedAt).not.toBeNull();
      expect((await session.get('/api/v1/me')).status).toBe(401);
      expect(await claimState(open.claimId, open.taskId)).toMatchObject({ status: 'withdrawn', taken: 0 });
      expect(await ledgerHours(hoursTask, person.id)).toEqual(['6.00']);
      await expect.poll(() => noticesOfPoster(open.claimId)).toBe(1);
      const events = (await auditOf('user.deactivated')).filter((e) => e.object_id === person.id);
      expect(events).toHaveLength(1);
      expect(events[0].actor_id).not.toBeNull();

      // Idempotent: again changes and records nothing.
      expect((await admin.post(`/api/v1/users/${person.id}/deactivation`)).status).toBe(200);
      expect((await auditOf('user.deactivated')).filter((e) => e.object_id === person.id)).toHaveLength(1);
    });
  });
});

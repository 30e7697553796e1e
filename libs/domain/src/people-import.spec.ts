import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  type ImportContext,
  type ImportPerson,
  type ImportRow,
  isImportEmail,
  parseRoles,
  planPeopleImport,
  readImportHeader,
} from './people-import.js';
import type { Actor } from './roles.js';

const ORG = 'org-1';
const admin: Actor = { id: 'admin', organisationId: ORG, roles: ['employee', 'org-admin'] };
const platformAdmin: Actor = {
  id: 'platform',
  organisationId: 'org-2',
  roles: ['employee', 'platform-admin'],
};

const person = (id: string, fields: Partial<ImportPerson> = {}): ImportPerson => ({
  id,
  email: `${id}@oss.nl`,
  displayName: `Persoon ${id}`,
  jobTitle: '',
  roles: ['employee'],
  lineManagerId: null,
  deactivated: false,
  ...fields,
});

const context = (fields: Partial<ImportContext> = {}): ImportContext => ({
  actor: admin,
  domains: ['oss.nl'],
  people: [person('admin', { roles: ['employee', 'org-admin'] })],
  emailsElsewhere: new Set(),
  domainsElsewhere: new Set(['zeist.nl']),
  ...fields,
});

const row = (line: number, email: string, fields: Partial<ImportRow> = {}): ImportRow => ({
  line,
  email,
  name: `Naam ${line}`,
  ...fields,
});

describe('readImportHeader', () => {
  it('reads Dutch and English headers in any case, with a BOM or odd spacing', () => {
    expect(
      readImportHeader(['\uFEFFE-mailadres', 'Naam', 'Functie', 'Leidinggevende', 'Rollen']).columns,
    ).toEqual(['email', 'name', 'jobTitle', 'lineManagerEmail', 'roles']);
    expect(
      readImportHeader(['email', 'name', 'function', 'line manager e-mail', 'roles', 'cost centre']).columns,
    ).toEqual(['email', 'name', 'jobTitle', 'lineManagerEmail', 'roles', null]);
  });

  it('names missing and doubled columns', () => {
    const header = readImportHeader(['naam', 'name', 'functie']);
    expect(header.missing).toEqual(['email']);
    expect(header.duplicates).toEqual(['name']);
  });
});

describe('parseRoles', () => {
  it('takes codes and Dutch names, separated by ; , | or spaces', () => {
    expect(parseRoles('manager;employee')).toEqual({ roles: ['employee', 'manager'], unknown: [] });
    expect(parseRoles('Medewerker, Organisatiebeheerder')).toEqual({
      roles: ['employee', 'org-admin'],
      unknown: [],
    });
    expect(parseRoles('')).toEqual({ roles: ['employee'], unknown: [] });
    expect(parseRoles('manager|baas')).toEqual({ roles: ['employee', 'manager'], unknown: ['baas'] });
  });
});

describe('isImportEmail', () => {
  it('accepts plain work addresses and refuses the rest', () => {
    expect(isImportEmail('j.jansen@oss.nl')).toBe(true);
    expect(isImportEmail('j.jansen+klus@afdeling.oss.nl')).toBe(true);
    for (const bad of ['jansen', '@oss.nl', 'j@oss', 'j..j@oss.nl', 'j@-oss.nl', 'j @oss.nl', 'j@oss.n']) {
      expect(isImportEmail(bad)).toBe(false);
    }
  });
});

describe('detectDelimiter', () => {
  it('picks ; for Dutch Excel and , otherwise, ignoring quoted text', () => {
    expect(detectDelimiter('e-mailadres;naam;rollen\r\nx;y;z')).toBe(';');
    expect(detectDelimiter('email,name,roles\n')).toBe(',');
    expect(detectDelimiter('"a;b;c",naam\n')).toBe(',');
  });
});

describe('planPeopleImport', () => {
  it('creates, updates with the changed fields and leaves the same alone', () => {
    const piet = person('piet', { displayName: 'Piet Bakker', jobTitle: 'Archivaris' });
    const sanne = person('sanne', { displayName: 'Sanne Visser', roles: ['employee', 'manager'] });
    const plan = planPeopleImport(
      [
        row(2, 'Piet@OSS.nl ', { name: 'Piet Bakker', jobTitle: 'Archivaris', roles: 'employee' }),
        row(3, 'sanne@oss.nl', { name: 'Sanne  Visser', jobTitle: 'Teamleider', roles: 'manager' }),
        row(4, 'nieuw@oss.nl', {
          name: 'Nieuw',
          jobTitle: '',
          roles: 'employee',
          lineManagerEmail: 'sanne@oss.nl',
        }),
      ],
      context({ people: [...context().people, piet, sanne] }),
    );
    expect(plan.rows.map((r) => r.status)).toEqual(['unchanged', 'update', 'create']);
    expect(plan.rows[1]).toMatchObject({ status: 'update', changes: ['jobTitle'] });
    expect(plan.rows[2]).toMatchObject({
      status: 'create',
      target: { email: 'nieuw@oss.nl', roles: ['employee'], lineManagerEmail: 'sanne@oss.nl' },
    });
    expect(plan.counts).toEqual({ create: 1, update: 1, unchanged: 1, error: 0, missing: 0 });
  });

  it('gives every problem of a row at once', () => {
    const plan = planPeopleImport(
      [
        row(2, 'geen-adres', { name: '', roles: 'baas;platform-admin', lineManagerEmail: 'onbekend@oss.nl' }),
        row(3, 'x@zeist.nl'),
        row(4, 'x@elders.nl'),
      ],
      context(),
    );
    const first = plan.rows[0];
    expect(first.status).toBe('error');
    expect(first.status === 'error' && first.problems.map((p) => `${p.field}:${p.problem}`)).toEqual([
      'email:invalid-email',
      'name:required',
      'lineManagerEmail:line-manager-not-found',
      'roles:unknown-role',
      'roles:role-not-allowed',
    ]);
    expect(plan.rows[1]).toMatchObject({ problems: [{ field: 'email', problem: 'outside-organisation' }] });
    expect(plan.rows[2]).toMatchObject({ problems: [{ field: 'email', problem: 'outside-organisation' }] });
    expect(plan.counts.error).toBe(3);
  });

  it('refuses another organisation’s domain and people when the organisation lists no domains', () => {
    const plan = planPeopleImport(
      [row(2, 'a@zeist.nl'), row(3, 'taken@gmail.com'), row(4, 'free@gmail.com')],
      context({ domains: [], emailsElsewhere: new Set(['taken@gmail.com']) }),
    );
    expect(plan.rows.map((r) => (r.status === 'error' ? r.problems[0]?.problem : r.status))).toEqual([
      'domain-elsewhere',
      'person-elsewhere',
      'create',
    ]);
  });

  it('marks every occurrence of an address that the file lists twice', () => {
    const plan = planPeopleImport([row(2, 'a@oss.nl'), row(3, 'b@oss.nl'), row(4, 'A@oss.nl')], context());
    expect(plan.rows[0]).toMatchObject({ problems: [{ problem: 'duplicate', lines: '4' }] });
    expect(plan.rows[1].status).toBe('create');
    expect(plan.rows[2]).toMatchObject({ problems: [{ problem: 'duplicate', lines: '2' }] });
  });

  it('finds a line manager later in the file or in the organisation, never oneself', () => {
    const boss = person('boss', { roles: ['employee', 'manager'] });
    const plan = planPeopleImport(
      [
        row(2, 'a@oss.nl', { lineManagerEmail: 'later@oss.nl' }),
        row(3, 'b@oss.nl', { lineManagerEmail: 'boss@oss.nl' }),
        row(4, 'c@oss.nl', { lineManagerEmail: 'c@oss.nl' }),
        row(5, 'later@oss.nl', { lineManagerEmail: '' }),
      ],
      context({ people: [...context().people, boss] }),
    );
    expect(plan.rows.map((r) => r.status)).toEqual(['create', 'create', 'error', 'create']);
    expect(plan.rows[2]).toMatchObject({
      problems: [{ field: 'lineManagerEmail', problem: 'line-manager-self' }],
    });
  });

  it('keeps what a file without the column does not manage', () => {
    const boss = person('boss');
    const piet = person('piet', {
      jobTitle: 'Archivaris',
      roles: ['employee', 'manager'],
      lineManagerId: 'boss',
    });
    const plan = planPeopleImport(
      [row(2, 'piet@oss.nl', { name: piet.displayName })],
      context({ people: [...context().people, boss, piet] }),
    );
    expect(plan.rows[0]).toMatchObject({
      status: 'unchanged',
      target: { jobTitle: 'Archivaris', roles: ['employee', 'manager'], lineManagerEmail: 'boss@oss.nl' },
    });
    const cleared = planPeopleImport(
      [row(2, 'piet@oss.nl', { name: piet.displayName, jobTitle: '', roles: '', lineManagerEmail: '' })],
      context({ people: [...context().people, boss, piet] }),
    );
    expect(cleared.rows[0]).toMatchObject({
      status: 'update',
      changes: ['jobTitle', 'roles', 'lineManagerEmail'],
    });
  });

  it('switches a deactivated person on again when the file lists them', () => {
    const gone = person('gone', { deactivated: true });
    const plan = planPeopleImport(
      [row(2, 'gone@oss.nl', { name: gone.displayName })],
      context({ people: [...context().people, gone] }),
    );
    expect(plan.rows[0]).toMatchObject({ status: 'update', changes: ['active'] });
  });

  it('lists who is missing, but never the admin or (for an org-admin) a platform admin', () => {
    const root = person('root', { roles: ['employee', 'platform-admin'] });
    const piet = person('piet');
    const gone = person('gone', { deactivated: true });
    const people = [...context().people, root, piet, gone];
    const plan = planPeopleImport([row(2, 'new@oss.nl')], context({ people }));
    expect(plan.missing.map((p) => p.id)).toEqual(['piet']);
    expect(plan.kept.map((k) => [k.person.id, k.reason])).toEqual([
      ['admin', 'self'],
      ['root', 'platform-admin'],
    ]);
    const byPlatform = planPeopleImport([row(2, 'new@oss.nl')], context({ people, actor: platformAdmin }));
    expect(byPlatform.missing.map((p) => p.id)).toEqual(['admin', 'root', 'piet']);
  });

  it('keeps the platform-admin role and accounts and an admin’s own role out of an org-admin’s reach', () => {
    const root = person('root', { roles: ['employee', 'platform-admin'] });
    const people = [...context().people, root];
    const plan = planPeopleImport(
      [
        row(2, 'root@oss.nl', { name: 'Nieuwe naam' }),
        row(3, 'admin@oss.nl', { name: 'Persoon admin', roles: 'employee' }),
        row(4, 'new@oss.nl', { roles: 'platformbeheerder' }),
      ],
      context({ people }),
    );
    expect(plan.rows.map((r) => (r.status === 'error' ? r.problems[0]?.problem : r.status))).toEqual([
      'platform-admin-account',
      'own-admin-role',
      'role-not-allowed',
    ]);
    // Unchanged, a platform admin in the file is no problem; a platform admin may change anything.
    const same = planPeopleImport(
      [row(2, 'root@oss.nl', { name: root.displayName, roles: 'platform-admin' })],
      context({ people }),
    );
    expect(same.rows[0].status).toBe('unchanged');
    const byPlatform = planPeopleImport(
      [row(2, 'root@oss.nl', { name: 'Nieuwe naam' }), row(3, 'new@oss.nl', { roles: 'platform-admin' })],
      context({ people, actor: platformAdmin }),
    );
    expect(byPlatform.rows.map((r) => r.status)).toEqual(['update', 'create']);
  });

  it('is idempotent: a file compared with what it created changes nothing', () => {
    const names = fc.constantFrom('Piet', 'Sanne', 'Marloes', 'Ahmed');
    const local = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const rowArb = fc.record({
      email: local.map((l) => `${l}@oss.nl`),
      name: names,
      jobTitle: fc.constantFrom('', 'Archivaris', 'Jurist'),
      roles: fc.constantFrom('', 'manager', 'employee;org-admin'),
      lineManagerEmail: fc.constantFrom('', 'a@oss.nl', 'b@oss.nl'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(rowArb, { selector: (r) => r.email, maxLength: 5 }), (cells) => {
        const rows = cells.map((cell, i) => ({ line: i + 2, ...cell }));
        const first = planPeopleImport(rows, context());
        if (first.counts.error > 0) return;
        // Apply the plan the way the API does, then compare again.
        const people: ImportPerson[] = [...context().people];
        const ids = new Map<string, string>(people.map((p) => [p.email, p.id]));
        for (const r of first.rows) if (r.status === 'create') ids.set(r.email, `id-${r.email}`);
        for (const r of first.rows) {
          if (r.status === 'error') continue;
          const written: ImportPerson = {
            id: ids.get(r.email) ?? '',
            email: r.email,
            displayName: r.target.displayName,
            jobTitle: r.target.jobTitle,
            roles: r.target.roles,
            lineManagerId: r.target.lineManagerEmail ? (ids.get(r.target.lineManagerEmail) ?? null) : null,
            deactivated: false,
          };
          const at = people.findIndex((p) => p.email === r.email);
          if (at >= 0) people[at] = written;
          else people.push(written);
        }
        const second = planPeopleImport(rows, context({ people }));
        expect(second.counts).toMatchObject({ create: 0, update: 0, error: 0 });
      }),
    );
  });
});

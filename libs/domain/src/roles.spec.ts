import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  canAdministerOrganisation,
  canGrantRoles,
  deactivationProblem,
  isAdmin,
  normaliseRoles,
  type Role,
  roleChangeProblem,
  ROLES,
  isRole,
} from './roles.js';

const actor = (organisationId: string, ...roles: Actor['roles'][number][]): Actor => ({
  id: 'u1',
  organisationId,
  roles: normaliseRoles(roles),
});

describe('normaliseRoles', () => {
  it('always includes employee, keeps canonical order and drops duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ROLES)), (roles) => {
        const result = normaliseRoles(roles);
        expect(result[0]).toBe('employee');
        expect(new Set(result).size).toBe(result.length);
        expect([...result].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b))).toEqual(result);
        for (const role of roles) expect(result).toContain(role);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ROLES)), (roles) => {
        expect(normaliseRoles(normaliseRoles(roles))).toEqual(normaliseRoles(roles));
      }),
    );
  });
});

describe('isRole', () => {
  it('accepts the four roles and nothing else', () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe('canAdministerOrganisation', () => {
  it('lets an org-admin run only their own organisation', () => {
    expect(canAdministerOrganisation(actor('oss', 'org-admin'), 'oss')).toBe(true);
    expect(canAdministerOrganisation(actor('oss', 'org-admin'), 'zeist')).toBe(false);
  });

  it('lets a platform admin run any organisation', () => {
    expect(canAdministerOrganisation(actor('oss', 'platform-admin'), 'zeist')).toBe(true);
  });

  it('gives managers and employees no admin rights', () => {
    expect(canAdministerOrganisation(actor('oss', 'manager'), 'oss')).toBe(false);
    expect(canAdministerOrganisation(actor('oss'), 'oss')).toBe(false);
  });
});

describe('canGrantRoles', () => {
  it('never lets an org-admin create a platform admin', () => {
    expect(canGrantRoles(actor('oss', 'org-admin'), 'oss', ['manager'])).toBe(true);
    expect(canGrantRoles(actor('oss', 'org-admin'), 'oss', ['platform-admin'])).toBe(false);
    expect(canGrantRoles(actor('oss', 'platform-admin'), 'zeist', ['platform-admin'])).toBe(true);
  });
});

describe('roleChangeProblem', () => {
  const person = { id: 'p1', organisationId: 'oss', roles: normaliseRoles([]) };

  it('lets an org-admin change the roles of their own people only', () => {
    expect(roleChangeProblem(actor('oss', 'org-admin'), person, ['employee', 'manager'])).toBeNull();
    expect(roleChangeProblem(actor('zeist', 'org-admin'), person, ['employee', 'manager'])).toBe('forbidden');
    expect(roleChangeProblem(actor('oss', 'manager'), person, ['employee', 'manager'])).toBe('forbidden');
  });

  it('keeps the platform-admin role, given or held, for platform admins', () => {
    expect(roleChangeProblem(actor('oss', 'org-admin'), person, ['employee', 'platform-admin'])).toBe(
      'platform-admin-only',
    );
    const platformAdmin = { ...person, roles: normaliseRoles(['platform-admin']) };
    expect(roleChangeProblem(actor('oss', 'org-admin'), platformAdmin, ['employee'])).toBe(
      'platform-admin-only',
    );
    expect(roleChangeProblem(actor('zeist', 'platform-admin'), platformAdmin, ['employee'])).toBeNull();
  });

  it('never lets an admin take away their own admin role, whatever else changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Role>('org-admin', 'platform-admin'),
        fc.subarray([...ROLES]),
        (held, wanted) => {
          const self = actor('oss', held);
          const problem = roleChangeProblem(self, { ...self }, normaliseRoles(wanted));
          if (!wanted.includes(held)) expect(problem).not.toBeNull();
        },
      ),
    );
  });
});

describe('deactivationProblem', () => {
  const person = { id: 'p1', organisationId: 'oss', roles: normaliseRoles([]) };

  it('lets the admins of the organisation and platform admins deactivate someone else', () => {
    expect(deactivationProblem(actor('oss', 'org-admin'), person)).toBeNull();
    expect(deactivationProblem(actor('zeist', 'platform-admin'), person)).toBeNull();
    expect(deactivationProblem(actor('zeist', 'org-admin'), person)).toBe('forbidden');
    expect(deactivationProblem(actor('oss'), person)).toBe('forbidden');
  });

  it('refuses oneself and, for org-admins, a platform admin', () => {
    const self = actor('oss', 'org-admin');
    expect(deactivationProblem(self, { ...self })).toBe('self');
    expect(
      deactivationProblem(actor('oss', 'org-admin'), {
        ...person,
        roles: normaliseRoles(['platform-admin']),
      }),
    ).toBe('platform-admin-only');
  });
});

describe('isAdmin', () => {
  it('is true for org-admins and platform admins only', () => {
    expect(isAdmin({ roles: ['employee', 'org-admin'] })).toBe(true);
    expect(isAdmin({ roles: ['employee', 'platform-admin'] })).toBe(true);
    expect(isAdmin({ roles: ['employee', 'manager'] })).toBe(false);
  });
});

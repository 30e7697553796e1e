import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  canAdministerOrganisation,
  canGrantRoles,
  normaliseRoles,
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

import { describe, expect, it } from 'vitest';
import { sessionsAdminProblem } from './roles.js';
import { sessionAbsoluteCutoff, sessionExpiry } from './sessions.js';

const HOUR = 3_600_000;

describe('sessionExpiry', () => {
  const created = new Date('2026-12-01T08:00:00Z');

  it('slides with use while the absolute limit is far', () => {
    const now = new Date('2026-12-02T08:00:00Z');
    expect(sessionExpiry(created, now, 12 * HOUR, 7)).toEqual(new Date('2026-12-02T20:00:00Z'));
  });

  it('never slides past the absolute limit', () => {
    const now = new Date('2026-12-07T23:00:00Z');
    expect(sessionExpiry(created, now, 12 * HOUR, 7)).toEqual(new Date('2026-12-08T08:00:00Z'));
  });

  it('gives the cutoff of the absolute timeout', () => {
    expect(sessionAbsoluteCutoff(new Date('2026-12-08T08:00:00Z'), 7)).toEqual(created);
  });
});

describe('sessionsAdminProblem', () => {
  const org = 'org-a';
  const employee = { id: 'e', organisationId: org, roles: ['employee'] as const };
  const orgAdmin = { id: 'a', organisationId: org, roles: ['employee', 'org-admin'] as const };
  const otherAdmin = { id: 'b', organisationId: 'org-b', roles: ['employee', 'org-admin'] as const };
  const platformAdmin = { id: 'p', organisationId: org, roles: ['employee', 'platform-admin'] as const };

  it('lets an org-admin end sessions in their own organisation, themselves included', () => {
    expect(sessionsAdminProblem(orgAdmin, employee)).toBeNull();
    expect(sessionsAdminProblem(orgAdmin, orgAdmin)).toBeNull();
  });

  it('refuses other organisations, employees and platform admins’ sessions to org-admins', () => {
    expect(sessionsAdminProblem(otherAdmin, employee)).toBe('forbidden');
    expect(sessionsAdminProblem(employee, orgAdmin)).toBe('forbidden');
    expect(sessionsAdminProblem(orgAdmin, platformAdmin)).toBe('platform-admin-only');
  });

  it('lets a platform admin end anyone’s sessions', () => {
    expect(sessionsAdminProblem(platformAdmin, otherAdmin)).toBeNull();
  });
});

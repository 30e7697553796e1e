import { describe, expect, it } from 'vitest';
import { auditRetentionCutoff, auditScope, emailDomainOf, isAuditAction } from './audit.js';

const person = (roles: string[]) => ({ id: 'u', organisationId: 'org-a', roles: roles as never });

describe('auditScope', () => {
  it('gives a platform admin every event, an org-admin their organisation, others nothing', () => {
    expect(auditScope(person(['employee', 'platform-admin']))).toEqual({ all: true });
    expect(auditScope(person(['employee', 'org-admin']))).toEqual({ all: false, organisationId: 'org-a' });
    expect(auditScope(person(['employee', 'manager']))).toBeNull();
  });
});

describe('auditRetentionCutoff', () => {
  it('goes back whole calendar months', () => {
    expect(auditRetentionCutoff(new Date('2026-12-06T10:00:00Z'), 12).toISOString()).toBe(
      '2025-12-06T10:00:00.000Z',
    );
    expect(auditRetentionCutoff(new Date('2026-03-15T00:00:00Z'), 3).toISOString()).toBe(
      '2025-12-15T00:00:00.000Z',
    );
  });
});

describe('emailDomainOf', () => {
  it('keeps only the lower-case domain', () => {
    expect(emailDomainOf('A.Jansen@Oss.NL')).toBe('oss.nl');
    expect(emailDomainOf('no-at-sign')).toBeNull();
    expect(emailDomainOf('trailing@')).toBeNull();
  });
});

describe('isAuditAction', () => {
  it('knows the listed actions only', () => {
    expect(isAuditAction('login.failed')).toBe(true);
    expect(isAuditAction('login.maybe')).toBe(false);
  });
});

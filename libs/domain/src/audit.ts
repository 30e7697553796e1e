import { type Actor, isPlatformAdmin, hasRole } from './roles.js';

/**
 * The security events the audit log keeps (BIO 12.4): who did what to which object, when, from
 * which address. Never a secret, a password or a token; an e-mail address only where no account
 * exists to point at (then its domain only).
 */
export const AUDIT_ACTIONS = [
  'login.succeeded',
  'login.failed',
  'logout',
  'session.ended',
  'user.created',
  'user.updated',
  'user.roles-changed',
  'user.organisation-changed',
  'user.deactivated',
  'user.reactivated',
  'user.erased',
  'identity-provider.created',
  'identity-provider.updated',
  'identity-provider.deleted',
  'organisation.updated',
  'scim.token-created',
  'scim.token-revoked',
  'scim.user-created',
  'scim.user-updated',
  'scim.user-deactivated',
  'scim.user-deleted',
  'csv-import.applied',
  'export.personal-data',
  'export.audit-log',
  'export.report',
  'skills.imported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: unknown): value is AuditAction =>
  typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);

/** Default retention of audit events, in months (configurable: AUDIT_RETENTION_MONTHS). */
export const AUDIT_RETENTION_MONTHS = 12;

export type AuditScope = { all: true } | { all: false; organisationId: string };

/**
 * Whose audit log a person may read: a platform admin every event, an org-admin their own
 * organisation's, anybody else none (`null`).
 */
export function auditScope(actor: Actor): AuditScope | null {
  if (isPlatformAdmin(actor)) return { all: true };
  if (hasRole(actor, 'org-admin')) return { all: false, organisationId: actor.organisationId };
  return null;
}

/** The moment before which audit events are deleted: `months` calendar months before `now`. */
export function auditRetentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/** The domain of an e-mail address (lower case), for events about a login with no account. */
export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 0 || at === email.length - 1) return null;
  return (
    email
      .slice(at + 1)
      .trim()
      .toLowerCase() || null
  );
}

import { type Actor, canAdministerOrganisation, isPlatformAdmin, type Role } from './roles.js';

/** What an erased person is called wherever their records stay (ledger, klussen, dossiers, successes). */
export const ERASED_DISPLAY_NAME = 'oud-medewerker';

/**
 * The e-mail address an erased account keeps: unique (the column is), not deliverable (`.invalid`
 * is reserved, RFC 2606) and naming nobody: the account's id is in every record already.
 */
export function erasedEmail(userId: string): string {
  return `erased-${userId.toLowerCase()}@invalid`;
}

/** Whether an address is an erased account's placeholder. */
export const isErasedEmail = (email: string): boolean => /^erased-[0-9a-f-]{36}@invalid$/.test(email);

/** How long a personal data export is offered for download, in days. */
export const DATA_EXPORT_DAYS = 7;

/** Default retention of notifications and e-mail deliveries, in days (NOTIFICATION_RETENTION_DAYS). */
export const NOTIFICATION_RETENTION_DAYS = 90;

export type DataExportStatus = 'pending' | 'ready' | 'expired';

/** When an export made at `readyAt` stops being offered. */
export function dataExportExpiry(readyAt: Date): Date {
  return new Date(readyAt.getTime() + DATA_EXPORT_DAYS * 24 * 3600 * 1000);
}

/**
 * The status a person sees: pending until the job wrote the file, ready until it expires, then
 * expired (even before the retention job has deleted the file).
 */
export function dataExportStatus(
  stored: DataExportStatus,
  expiresAt: Date | null,
  now: Date,
): DataExportStatus {
  if (stored === 'ready' && expiresAt && expiresAt.getTime() <= now.getTime()) return 'expired';
  return stored;
}

/** The moment before which notifications and deliveries are deleted. */
export function notificationRetentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 3600 * 1000);
}

/**
 * Why an account may not be erased; null when it may.
 * - `forbidden`: the actor administers neither the person nor is the person;
 * - `platform-admin-only`: only a platform admin erases a platform admin (themselves included:
 *   a platform admin asks another one);
 * - `last-org-admin` / `last-platform-admin`: the organisation (or the platform) would be left
 *   without anybody to run it; another admin must be appointed first.
 */
export type ErasureProblem = 'forbidden' | 'platform-admin-only' | 'last-org-admin' | 'last-platform-admin';

export interface ErasureHolder {
  readonly id: string;
  readonly organisationId: string;
  readonly roles: readonly Role[];
}

export interface AdminsLeft {
  /** Other active (not deactivated, not erased) org-admins of the holder's organisation. */
  readonly otherOrgAdmins: number;
  /** Other active platform admins. */
  readonly otherPlatformAdmins: number;
}

export function erasureProblem(actor: Actor, holder: ErasureHolder, left: AdminsLeft): ErasureProblem | null {
  const self = actor.id === holder.id;
  if (!self && !canAdministerOrganisation(actor, holder.organisationId)) return 'forbidden';
  if (holder.roles.includes('platform-admin')) {
    if (!isPlatformAdmin(actor) || self) return 'platform-admin-only';
    if (left.otherPlatformAdmins === 0) return 'last-platform-admin';
  }
  if (holder.roles.includes('org-admin') && left.otherOrgAdmins === 0) return 'last-org-admin';
  return null;
}

/** The person's own confirmation: their e-mail address typed again (case and spaces do not matter). */
export function erasureConfirmed(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase() && email.trim() !== '';
}

/**
 * A PostgreSQL regular expression (ARE) that finds `text` as written in other people's records,
 * in any case, as a whole word where it begins or ends with a letter or digit (so "Jan" is not
 * found inside "Januari"). Null for text too short to look for safely.
 */
export function mentionPattern(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length < 3) return null;
  const escaped = trimmed.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const start = /^[\p{L}\p{N}_]/u.test(trimmed) ? '\\m' : '';
  const end = /[\p{L}\p{N}_]$/u.test(trimmed) ? '\\M' : '';
  return `${start}${escaped}${end}`;
}

/** The form `text` takes inside a JSON string (quotes and backslashes escaped), for searching jsonb as text. */
export function jsonStringForm(text: string): string {
  return JSON.stringify(text.trim()).slice(1, -1);
}

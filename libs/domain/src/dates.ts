/**
 * Calendar dates people enter (when a klus or a dossier runs, an ijkmoment, a search filter) lie
 * in these years. Nothing in Klussenbank happened before 1900, and four digits end at 9999; year
 * 0000 does not exist (1 BC is followed by AD 1), so a store of dates cannot hold it.
 */
export const DATE_LIMITS = { minYear: 1900, maxYear: 9999 } as const;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30), in any year of four digits. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_ONLY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date within DATE_LIMITS; false for anything that is not a calendar date. */
export function isDateWithinLimits(value: unknown): value is string {
  if (!isCalendarDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= DATE_LIMITS.minYear && year <= DATE_LIMITS.maxYear;
}

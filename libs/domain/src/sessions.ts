/** Default absolute lifetime of a session, in days (configurable: SESSION_ABSOLUTE_DAYS). */
export const SESSION_ABSOLUTE_DAYS = 7;

const DAY_MS = 86_400_000;

/**
 * When a session expires if it is used at `now`: `idleMs` later (the idle timeout slides with use),
 * but never past `absoluteDays` after it began, however active it is.
 */
export function sessionExpiry(createdAt: Date, now: Date, idleMs: number, absoluteDays: number): Date {
  const idle = now.getTime() + idleMs;
  const absolute = createdAt.getTime() + absoluteDays * DAY_MS;
  return new Date(Math.min(idle, absolute));
}

/** The moment a session began before which it no longer holds. */
export function sessionAbsoluteCutoff(now: Date, absoluteDays: number): Date {
  return new Date(now.getTime() - absoluteDays * DAY_MS);
}

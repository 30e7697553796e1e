import type { ClaimStatus, TaskStatus } from './tasks.js';

/**
 * A person's calendar feed: the klussen they take part in and the checkpoints (ijkmomenten) of the
 * dossiers whose team they are in, as all-day events (klussen and checkpoints carry dates, not
 * times), in the Dutch time zone. A calendar program that subscribes polls the feed; stable UIDs and
 * a SEQUENCE that grows with every change let it replace an event instead of adding a second one.
 */

export const CALENDAR_TIME_ZONE = 'Europe/Amsterdam';

/** Taking part: accepted (active) or done. Applications, refusals and withdrawals are not in the feed. */
export const CALENDAR_CLAIM_STATUSES: readonly ClaimStatus[] = ['active', 'completed'];

export const isInCalendar = (claim: ClaimStatus): boolean => CALENDAR_CLAIM_STATUSES.includes(claim);

/** The team of a dossier: active members (trekkers, members, advisers), not requests or invitations. */
export const CALENDAR_MEMBERSHIP_STATUS = 'active';

export interface CalendarTask {
  readonly id: string;
  readonly title: string;
  readonly status: TaskStatus;
  /** `YYYY-MM-DD`, inclusive. */
  readonly startDate: string;
  /** `YYYY-MM-DD`, inclusive. */
  readonly endDate: string;
  readonly organisationName: string;
  readonly updatedAt: Date;
}

export interface CalendarCheckpoint {
  readonly id: string;
  readonly title: string;
  readonly status: 'planned' | 'held';
  /** `YYYY-MM-DD`. */
  readonly plannedOn: string;
  readonly dossierId: string;
  readonly dossierTitle: string;
  readonly updatedAt: Date;
}

export interface CalendarEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
  /** `YYYY-MM-DD`, the first day. */
  readonly startDate: string;
  /** `YYYY-MM-DD`, the day after the last (RFC 5545: an all-day DTEND is exclusive). */
  readonly endDate: string;
  readonly status: 'CONFIRMED' | 'CANCELLED';
  readonly sequence: number;
  readonly lastModified: Date;
}

/** Texts the feed writes, in the person's language (the API passes them; the domain stays language-free). */
export interface CalendarWords {
  taskSummary: (title: string) => string;
  taskDescription: (task: CalendarTask, url: string) => string;
  checkpointSummary: (title: string, dossierTitle: string) => string;
  checkpointDescription: (checkpoint: CalendarCheckpoint, url: string) => string;
}

const UID_DOMAIN = 'klussenbank';
const SEQUENCE_EPOCH = Date.UTC(2025, 0, 1);

/** The day after a calendar date, `YYYY-MM-DD`. */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * SEQUENCE from the last change, in seconds since 2025: it grows with every change and fits the
 * 32-bit integer calendar programs keep it in (until 2093).
 */
export function calendarSequence(updatedAt: Date): number {
  return Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH) / 1000));
}

/** A klus that did not go ahead stays in the feed as cancelled, so a subscribed calendar strikes it out. */
const CANCELLED_TASK_STATUSES: readonly TaskStatus[] = ['cancelled', 'expired'];

export function taskEvent(task: CalendarTask, webUrl: string, words: CalendarWords): CalendarEvent {
  const url = `${webUrl}/klussen/${task.id}`;
  return {
    uid: `task-${task.id}@${UID_DOMAIN}`,
    summary: words.taskSummary(task.title),
    description: words.taskDescription(task, url),
    url,
    startDate: task.startDate,
    endDate: nextDay(task.endDate),
    status: CANCELLED_TASK_STATUSES.includes(task.status) ? 'CANCELLED' : 'CONFIRMED',
    sequence: calendarSequence(task.updatedAt),
    lastModified: task.updatedAt,
  };
}

export function checkpointEvent(
  checkpoint: CalendarCheckpoint,
  webUrl: string,
  words: CalendarWords,
): CalendarEvent {
  const url = `${webUrl}/dossiers/${checkpoint.dossierId}`;
  return {
    uid: `checkpoint-${checkpoint.id}@${UID_DOMAIN}`,
    summary: words.checkpointSummary(checkpoint.title, checkpoint.dossierTitle),
    description: words.checkpointDescription(checkpoint, url),
    url,
    startDate: checkpoint.plannedOn,
    endDate: nextDay(checkpoint.plannedOn),
    status: 'CONFIRMED',
    sequence: calendarSequence(checkpoint.updatedAt),
    lastModified: checkpoint.updatedAt,
  };
}

/** The feed's events: klussen and checkpoints, by first day, then UID (a stable order for diffs). */
export function calendarEvents(
  tasks: readonly CalendarTask[],
  checkpoints: readonly CalendarCheckpoint[],
  webUrl: string,
  words: CalendarWords,
): CalendarEvent[] {
  return [
    ...tasks.map((t) => taskEvent(t, webUrl, words)),
    ...checkpoints.map((c) => checkpointEvent(c, webUrl, words)),
  ].sort((a, b) =>
    a.startDate !== b.startDate ? (a.startDate < b.startDate ? -1 : 1) : a.uid < b.uid ? -1 : 1,
  );
}

/** The secret in a feed URL: 32 random bytes, base64url (256 bits; only its SHA-256 is stored). */
export const CALENDAR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const isCalendarToken = (value: string): boolean => CALENDAR_TOKEN_PATTERN.test(value);

import { type LedgerPeriod, periodContaining, previousPeriod } from './ledger-periods.js';
import { type Actor, hasRole, isPlatformAdmin } from './roles.js';

/**
 * The quarterly mirror ("Spiegel"): the definitions of its figures, so the API, the benchmark's
 * recomputation and the web client count the same way.
 */

/** Below this many people a group (a function) is not shown on its own: it could name someone. */
export const SMALL_GROUP_MINIMUM = 5;

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const HOUR = 3_600_000;

/**
 * Median time from publishing a klus to its first claim, in hours to one decimal, over the klussen
 * that were claimed (a klus nobody claimed has no such time; it shows in the share filled instead).
 */
export function medianHoursToFirstClaim(
  klussen: readonly { publishedAt: Date; firstClaimedAt: Date | null }[],
): number | null {
  const hours = klussen
    .filter((k): k is { publishedAt: Date; firstClaimedAt: Date } => k.firstClaimedAt !== null)
    .map((k) => Math.max(0, k.firstClaimedAt.getTime() - k.publishedAt.getTime()) / HOUR);
  const middle = median(hours);
  return middle === null ? null : Math.round(middle * 10) / 10;
}

/** A part of a whole as a fraction 0..1, to three decimals; null when the whole is empty. */
export function share(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((Math.min(part, whole) / whole) * 1000) / 1000;
}

/** Share of employees who did at least one klus in the period. */
export const participationShare = (participants: number, employees: number): number | null =>
  share(participants, employees);

export interface SkillDemand {
  skill: string;
  /** Klussen of the period that asked for it. */
  asked: number;
  /** Employees in scope who have it on their profile. */
  available: number;
}

export interface SkillGap extends SkillDemand {
  /** asked − available: above 0, more asked than there are people who offer it. */
  gap: number;
}

/**
 * Skills ranked by their gap (asked − available), largest first; then the most asked, then by name,
 * so the order is total and the same on every run. Skills neither asked nor available drop out.
 */
export function rankSkillGap(skills: readonly SkillDemand[], limit = 10): SkillGap[] {
  return skills
    .filter((s) => s.asked > 0 || s.available > 0)
    .map((s) => ({ ...s, gap: s.asked - s.available }))
    .sort(
      (a, b) => b.gap - a.gap || b.asked - a.asked || (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0),
    )
    .slice(0, Math.max(0, limit));
}

export type Direction = 'up' | 'down' | 'same' | 'new' | 'none';

export interface Comparison {
  current: number | null;
  previous: number | null;
  /** current − previous, rounded to the figure's precision; null when either is missing. */
  difference: number | null;
  direction: Direction;
}

/** The period against the one before: the arrow and the difference. */
export function comparePeriods(current: number | null, previous: number | null, decimals = 3): Comparison {
  if (current === null) return { current, previous, difference: null, direction: 'none' };
  if (previous === null) return { current, previous, difference: null, direction: 'new' };
  const factor = 10 ** decimals;
  const difference = Math.round((current - previous) * factor) / factor;
  return {
    current,
    previous,
    difference,
    direction: difference > 0 ? 'up' : difference < 0 ? 'down' : 'same',
  };
}

/**
 * Groups of people (per function) with fewer than {@link SMALL_GROUP_MINIMUM} are left out; what is
 * left out is told only as the number of groups, never as a count of people.
 */
export function suppressSmallGroups<T extends { people: number }>(
  groups: readonly T[],
  minimum = SMALL_GROUP_MINIMUM,
): { shown: T[]; suppressedGroups: number } {
  const shown = groups.filter((g) => g.people >= minimum);
  return { shown, suppressedGroups: groups.length - shown.length };
}

export type MirrorScope =
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'partnership'; partnershipId: string; memberOrganisationIds: readonly string[] };

/** full: every table; totals: the partnership's totals only (no text, functions or people). */
export type MirrorDetail = 'full' | 'totals';

/**
 * Who sees which mirror: platform admins all; org-admins and managers their organisation and the
 * partnerships it is in; employees the totals of their organisation's partnerships only.
 */
export function mirrorAccess(actor: Actor, scope: MirrorScope): MirrorDetail | undefined {
  if (isPlatformAdmin(actor)) return 'full';
  const leads = hasRole(actor, 'org-admin') || hasRole(actor, 'manager');
  if (scope.kind === 'organisation') {
    return leads && scope.organisationId === actor.organisationId ? 'full' : undefined;
  }
  if (!scope.memberOrganisationIds.includes(actor.organisationId)) return undefined;
  return leads ? 'full' : 'totals';
}

/** The mirror opens on the last quarter that is over: the one before the quarter `today` lies in. */
export const lastCompleteQuarter = (today: string): LedgerPeriod =>
  previousPeriod(periodContaining('quarter', today)) ?? periodContaining('quarter', today);

/** The figures of the mirror, in the order they are shown and exported. */
export const MIRROR_FIGURES = [
  'posted',
  'claimed',
  'completed',
  'expired',
  'cancelled',
  'shareFilled',
  'medianHoursToFirstClaim',
  'hoursGiven',
  'hoursReceived',
  'internalHours',
  'participants',
  'participationShare',
  'newParticipants',
  'functions',
  'organisations',
  'demonstratedSkills',
  'learningKlussen',
  'evaluations',
  'averageScore',
  'activeDossiers',
  'completedDossiers',
  'checkpointsHeld',
] as const;
export type MirrorFigure = (typeof MIRROR_FIGURES)[number];

import type { ClaimStatus } from './tasks.js';

/**
 * The hour cap per person: an organisation may set a monthly maximum of klus hours per employee, and a
 * line manager a lower one for one person. A klus's estimated hours are spread evenly over its days
 * (start and end date included), so a klus of 10 hours from 28 January to 6 February puts 4 hours in
 * January and 6 in February. Months are calendar months of the klus's dates (days in Europe/Amsterdam).
 */

/** `refuse`: a claim over the cap is refused; `warn`: it goes through and the line manager is told. */
export const HOUR_CAP_MODES = ['refuse', 'warn'] as const;
export type HourCapMode = (typeof HOUR_CAP_MODES)[number];

/** Whole hours a month; 0 means no klussen at all. A month has at most 744 hours. */
export const HOUR_CAP_LIMITS = { min: 0, max: 744 } as const;

/**
 * Claims whose hours count against the cap: a place held (`active`), an instant claim waiting for
 * the line manager's consent (it becomes a place without another check), and work done (`completed`,
 * it used the month's hours). Applications (`applied`) do not count until the poster accepts them:
 * a person may apply to several klussen; acceptance checks the cap again.
 */
export const HOUR_CAP_COUNTED_STATUSES: readonly ClaimStatus[] = ['awaiting-consent', 'active', 'completed'];

/** What the cap needs of a klus: its estimate and its days (`YYYY-MM-DD`, end on or after start). */
export interface PlannedKlus {
  readonly estimatedHours: number;
  readonly startDate: string;
  readonly endDate: string;
}

/** A month over the cap: which one (`YYYY-MM`), how many hours were left in it, how many the klus needs. */
export interface HourCapExcess {
  readonly month: string;
  readonly hoursLeft: number;
  readonly hoursNeeded: number;
}

/** Sums of fractions of hours: a little room so that rounding never refuses what fits exactly. */
const EPSILON = 1e-6;
const DAY = 86_400_000;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The klus's hours per month it spans (`YYYY-MM` → hours), spread evenly over its days. */
export function hoursPerMonth(klus: PlannedKlus): Map<string, number> {
  const start = dayNumber(klus.startDate);
  const end = dayNumber(klus.endDate);
  const days = end - start + 1;
  const result = new Map<string, number>();
  if (!(days >= 1) || !(klus.estimatedHours > 0)) return result;
  let year = Number(klus.startDate.slice(0, 4));
  let month = Number(klus.startDate.slice(5, 7));
  for (;;) {
    const first = Date.UTC(year, month - 1, 1) / DAY;
    const last = Date.UTC(year, month, 0) / DAY;
    if (first > end) break;
    const overlap = Math.min(last, end) - Math.max(first, start) + 1;
    if (overlap > 0) result.set(monthKey(year, month), (klus.estimatedHours * overlap) / days);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return result;
}

/** A person's planned hours per month: the sum over the klussen of their counted claims. */
export function plannedHoursPerMonth(klussen: readonly PlannedKlus[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const klus of klussen) {
    for (const [month, hours] of hoursPerMonth(klus)) total.set(month, (total.get(month) ?? 0) + hours);
  }
  return total;
}

/** The cap that holds for a person: the lower of the organisation's and their own; null: no cap. */
export function effectiveHourCap(organisationCap: number | null, personalCap: number | null): number | null {
  if (organisationCap === null) return personalCap;
  if (personalCap === null) return organisationCap;
  return Math.min(organisationCap, personalCap);
}

/** A personal cap may only be lower than (or equal to) the organisation's. */
export function personalHourCapProblem(
  personalCap: number | null,
  organisationCap: number | null,
): 'above-organisation-cap' | null {
  if (personalCap === null || organisationCap === null) return null;
  return personalCap > organisationCap ? 'above-organisation-cap' : null;
}

/** Hours shown to people: one decimal, rounded down for what is left (never promise too much). */
export const roundHours = (hours: number) => Math.round(hours * 10) / 10;
const hoursLeftOf = (cap: number, planned: number) =>
  Math.max(0, Math.floor((cap - planned) * 10 + EPSILON * 10) / 10);

/**
 * The first month (in time) that `candidate` would take over the cap, given the klussen already
 * planned; null when it fits in every month it spans, or when there is no cap.
 */
export function hourCapExcess(
  cap: number | null,
  planned: readonly PlannedKlus[],
  candidate: PlannedKlus,
): HourCapExcess | null {
  if (cap === null) return null;
  const perMonth = plannedHoursPerMonth(planned);
  const needed = [...hoursPerMonth(candidate)].sort(([a], [b]) => a.localeCompare(b));
  for (const [month, hours] of needed) {
    const already = perMonth.get(month) ?? 0;
    if (already + hours > cap + EPSILON) {
      return { month, hoursLeft: hoursLeftOf(cap, already), hoursNeeded: roundHours(hours) };
    }
  }
  return null;
}

/** A person's month against their cap: planned hours, and what is left (null without a cap). */
export function hourCapMonth(
  cap: number | null,
  planned: readonly PlannedKlus[],
  month: string,
): { month: string; cap: number | null; plannedHours: number; hoursLeft: number | null } {
  const hours = plannedHoursPerMonth(planned).get(month) ?? 0;
  return {
    month,
    cap,
    plannedHours: roundHours(hours),
    hoursLeft: cap === null ? null : hoursLeftOf(cap, hours),
  };
}

/** The calendar month (`YYYY-MM`) of a moment, in the Netherlands. */
export function monthInAmsterdam(moment: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

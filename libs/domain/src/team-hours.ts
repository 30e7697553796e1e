import type { Actor } from './roles.js';

/**
 * Who sees whose recorded hours (issue 13, "who sees what"): everybody their own; a line manager
 * those of the people they are line manager of — their team — and of nobody else, whatever their
 * roles. Organisation figures (balances, the matrix) are in ledger.ts; these are persons' entries.
 */
export interface HourOwner {
  readonly id: string;
  readonly lineManagerId: string | null;
}

export function canSeeHoursOf(actor: Pick<Actor, 'id'>, person: HourOwner): boolean {
  return person.id === actor.id || person.lineManagerId === actor.id;
}

/**
 * The team view: the people whose line manager the actor is. Asking is open to everybody; who is
 * nobody's line manager gets an empty list (not a 403), since a team can be empty for a while too.
 */
export interface TeamHoursView {
  readonly lineManagerId: string;
}

export const teamHoursView = (actor: Pick<Actor, 'id'>): TeamHoursView => ({ lineManagerId: actor.id });

/** Whether a person belongs to a team view (what the team query selects, said once). */
export const inTeamView = (view: TeamHoursView, person: HourOwner): boolean =>
  person.id !== view.lineManagerId && person.lineManagerId === view.lineManagerId;

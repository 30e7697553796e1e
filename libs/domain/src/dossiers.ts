/**
 * Dossiers: a theme the organisations of one partnership work on together, led by one or more
 * trekkers from any member organisation. People join because they
 * want to; the rules below keep the structure light but never leaderless or over-full.
 */

export const DOSSIER_STATUSES = ['exploring', 'active', 'completed', 'stopped'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** `open`: anyone who can see the dossier joins with one click; `on-request`: a trekker chooses. */
export const JOIN_POLICIES = ['open', 'on-request'] as const;
export type JoinPolicy = (typeof JOIN_POLICIES)[number];

export const DOSSIER_ROLES = ['trekker', 'member', 'adviser'] as const;
export type DossierRole = (typeof DOSSIER_ROLES)[number];

/** Only `active` people are in the team; a request waits for a trekker, an invitation for the invitee. */
export const MEMBERSHIP_STATUSES = ['active', 'requested', 'invited'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** What the activity feed of a dossier tells. */
export const ACTIVITY_TYPES = [
  'dossier-created',
  'status-changed',
  'member-joined',
  'member-left',
  'member-invited',
  'task-posted',
  'task-claimed',
  'task-completed',
  'checkpoint-planned',
  'checkpoint-held',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const DOSSIER_LIMITS = {
  titleMax: 120,
  goalMax: 1_000,
  descriptionMax: 10_000,
  teamCapMax: 200,
  skillsMax: 20,
  messageMax: 1_000,
  checkpointTitleMax: 120,
  reflectionMax: 4_000,
} as const;

const NEXT: Record<DossierStatus, readonly DossierStatus[]> = {
  exploring: ['active', 'stopped'],
  active: ['completed', 'stopped'],
  completed: [],
  stopped: [],
};

/** Exploring becomes active; an active dossier is completed or stops; a finished one stays so. */
export function canChangeDossierStatus(from: DossierStatus, to: DossierStatus): boolean {
  return NEXT[from].includes(to);
}

export function isDossierClosed(status: DossierStatus): boolean {
  return NEXT[status].length === 0;
}

export interface TeamState {
  readonly status: DossierStatus;
  readonly teamCap: number | null;
  /** Active people: trekkers, members and advisers. */
  readonly teamSize: number;
  /** Active trekkers. */
  readonly trekkers: number;
}

export type TeamRefusal = 'dossier-full' | 'dossier-closed' | 'last-trekker';
export type TeamResult = { ok: true; state: TeamState } | { ok: false; reason: TeamRefusal };

/** Someone becomes active in the team (joins, is accepted, accepts an invitation, is added). */
export function enterTeam(team: TeamState, role: DossierRole): TeamResult {
  if (isDossierClosed(team.status)) return { ok: false, reason: 'dossier-closed' };
  if (team.teamCap !== null && team.teamSize >= team.teamCap) return { ok: false, reason: 'dossier-full' };
  return {
    ok: true,
    state: { ...team, teamSize: team.teamSize + 1, trekkers: team.trekkers + (role === 'trekker' ? 1 : 0) },
  };
}

/** Someone active leaves or is removed: never the last trekker. */
export function leaveTeam(team: TeamState, role: DossierRole): TeamResult {
  if (role === 'trekker' && team.trekkers <= 1) return { ok: false, reason: 'last-trekker' };
  return {
    ok: true,
    state: {
      ...team,
      teamSize: Math.max(0, team.teamSize - 1),
      trekkers: team.trekkers - (role === 'trekker' ? 1 : 0),
    },
  };
}

/** An active person's role changes: the last trekker cannot step down. */
export function changeRole(team: TeamState, from: DossierRole, to: DossierRole): TeamResult {
  if (from === to) return { ok: true, state: team };
  if (from === 'trekker' && team.trekkers <= 1) return { ok: false, reason: 'last-trekker' };
  const delta = (to === 'trekker' ? 1 : 0) - (from === 'trekker' ? 1 : 0);
  return { ok: true, state: { ...team, trekkers: team.trekkers + delta } };
}

/** A lower cap than the team already has would leave people outside without a say: refused. */
export function teamCapProblem(teamCap: number | null, teamSize: number): 'below-team-size' | null {
  return teamCap !== null && teamCap < teamSize ? 'below-team-size' : null;
}

/** What joining does for the person who asks: straight in, or a request for the trekkers. */
export function joinStatus(policy: JoinPolicy): MembershipStatus {
  return policy === 'open' ? 'active' : 'requested';
}

export interface DossierPermissions {
  readonly isTrekker: boolean;
  readonly isPlatformAdmin: boolean;
}

/** Editing, accepting requests, inviting and writing checkpoints belong to the trekkers. */
export function canLeadDossier(who: DossierPermissions): boolean {
  return who.isTrekker || who.isPlatformAdmin;
}

/** A checkpoint is held once the team reflected on it: at least one of the three questions answered. */
export function checkpointReflectionMissing(reflection: {
  wentWell?: string | null;
  chafed?: string | null;
  changes?: string | null;
}): boolean {
  return ![reflection.wentWell, reflection.chafed, reflection.changes].some((text) => text?.trim());
}

/**
 * A checkpoint is held on or after the day it is planned for, never before: recording a checkpoint
 * planned for a later day as held today would put a reflection on a moment that has not come. Whoever
 * held it earlier moves its date to today first. Days are ISO `YYYY-MM-DD` in the Netherlands
 * (`today` from {@link dayInAmsterdam}).
 */
export function checkpointHeldTooEarly(plannedOn: string, today: string): boolean {
  return plannedOn > today;
}

/** The calendar day (`YYYY-MM-DD`) of a moment, in the Netherlands. */
export function dayInAmsterdam(moment: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Who looks at a dossier's skill gap, for the question whom they may see by name: only an active
 * trekker of that dossier (the one who invites) is shown named suggestions; every other viewer,
 * platform admins included, sees how many people have a skill, never who.
 */
export interface SuggestionViewer {
  readonly organisationId: string;
  readonly isTrekker: boolean;
}

/** What a person (and their organisation) decided about being found for dossiers. */
export interface FindableCandidate {
  readonly organisationId: string;
  /** The person's own profile setting: findable for trekkers and managers of partner organisations. Off by default. */
  readonly findableByPartners: boolean;
  /** Their organisation's setting (its org-admins choose): findable within the own organisation. On by default. */
  readonly organisationFindableWithin: boolean;
}

/** Whether the viewer sees named suggestions at all (otherwise counts only). */
export function mayNameSuggestions(viewer: SuggestionViewer): boolean {
  return viewer.isTrekker;
}

/**
 * Whether a trekker may see this person by name: a colleague of the same organisation when the
 * organisation allows it, someone of another organisation only when they chose to be findable.
 */
export function isFindableFor(viewer: SuggestionViewer, candidate: FindableCandidate): boolean {
  if (!mayNameSuggestions(viewer)) return false;
  return candidate.organisationId === viewer.organisationId
    ? candidate.organisationFindableWithin
    : candidate.findableByPartners;
}

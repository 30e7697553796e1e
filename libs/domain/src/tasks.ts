/** The life of a klus: draft → open → full → in progress → completed, or cancelled, or expired. */
export const TASK_STATUSES = [
  'draft',
  'open',
  'full',
  'in-progress',
  'completed',
  'cancelled',
  'expired',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const CLAIM_MODES = ['instant', 'application'] as const;
export type ClaimMode = (typeof CLAIM_MODES)[number];

export const TASK_VISIBILITIES = ['organisation', 'partnership', 'all-partnerships'] as const;
export type TaskVisibility = (typeof TASK_VISIBILITIES)[number];

export const LOCATION_TYPES = ['remote', 'on-site', 'hybrid'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

/** What the poster (or the expiry job) asks; the resulting status follows from the rules below. */
export type TaskAction = 'publish' | 'start' | 'complete' | 'cancel' | 'expire';

export const TASK_LIMITS = {
  titleMax: 120,
  descriptionMax: 10_000,
  /** A klus is bounded work; more than a few hundred hours is a project, not a klus. */
  hoursMax: 400,
  capacityMax: 50,
  /** A klus runs at most a year. */
  durationDaysMax: 366,
  skillsMax: 15,
  motivationMax: 2_000,
} as const;

const TARGET: Record<TaskAction, TaskStatus> = {
  publish: 'open',
  start: 'in-progress',
  complete: 'completed',
  cancel: 'cancelled',
  expire: 'expired',
};

const ALLOWED_FROM: Record<TaskAction, readonly TaskStatus[]> = {
  publish: ['draft'],
  // Work can start once somebody is on it, full or not.
  start: ['open', 'full'],
  complete: ['in-progress'],
  cancel: ['draft', 'open', 'full', 'in-progress'],
  // Expiry: the end date passed while the klus was still waiting to start.
  expire: ['open', 'full'],
};

export type TransitionResult =
  | { ok: true; status: TaskStatus }
  | { ok: false; reason: 'illegal-transition' | 'nobody-on-it' | 'reason-required' };

export interface TaskState {
  readonly status: TaskStatus;
  readonly capacity: number;
  readonly taken: number;
}

/** The state machine: which action may follow which status, and what it leads to. */
export function transition(task: TaskState, action: TaskAction, reason?: string): TransitionResult {
  if (!ALLOWED_FROM[action].includes(task.status)) return { ok: false, reason: 'illegal-transition' };
  if (action === 'start' && task.taken === 0) return { ok: false, reason: 'nobody-on-it' };
  if (action === 'cancel' && !reason?.trim()) return { ok: false, reason: 'reason-required' };
  if (action === 'publish') return { ok: true, status: task.taken >= task.capacity ? 'full' : 'open' };
  return { ok: true, status: TARGET[action] };
}

export function isFinal(status: TaskStatus): boolean {
  return status === 'completed' || status === 'cancelled' || status === 'expired';
}

export type TakeResult = { ok: true; state: TaskState } | { ok: false; reason: 'full' | 'not-open' };

/** Taking a place: only while open, never beyond capacity; the last place makes the klus full. */
export function takePlace(task: TaskState): TakeResult {
  if (task.status === 'full') return { ok: false, reason: 'full' };
  if (task.status !== 'open') return { ok: false, reason: 'not-open' };
  if (task.taken >= task.capacity) return { ok: false, reason: 'full' };
  const taken = task.taken + 1;
  return { ok: true, state: { ...task, taken, status: taken >= task.capacity ? 'full' : 'open' } };
}

/** Giving a place back (withdrawn, removed): a full klus opens again; later stages keep their status. */
export function releasePlace(task: TaskState): TaskState {
  const taken = Math.max(0, task.taken - 1);
  return { ...task, taken, status: task.status === 'full' && taken < task.capacity ? 'open' : task.status };
}

export function placesLeft(task: Pick<TaskState, 'capacity' | 'taken'>): number {
  return Math.max(0, task.capacity - task.taken);
}

/** Claims: `applied` and `awaiting-consent` wait; only `active` holds a place. */
export const CLAIM_STATUSES = [
  'applied',
  'awaiting-consent',
  'active',
  'declined',
  'consent-declined',
  'withdrawn',
  'removed',
  'completed',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const LIVE_CLAIM_STATUSES: readonly ClaimStatus[] = ['applied', 'awaiting-consent', 'active'];

/** What a new claim becomes: instant claims take a place at once unless the line manager must consent first. */
export function initialClaimStatus(mode: ClaimMode, consentRequired: boolean): ClaimStatus {
  if (mode === 'application') return 'applied';
  return consentRequired ? 'awaiting-consent' : 'active';
}

export interface TaskVisibilityRule {
  readonly organisationId: string;
  readonly visibility: TaskVisibility;
  readonly partnershipId: string | null;
  readonly status: TaskStatus;
  readonly posterId: string;
}

/**
 * Who may see a klus: its own organisation always; a chosen partnership's members; or, for
 * "all partnerships", every organisation that shares a partnership with the poster's. A draft is
 * the poster's alone.
 */
export function canSeeTask(
  task: TaskVisibilityRule,
  viewer: { id: string; organisationId: string; partnershipIds: ReadonlySet<string> },
  partnershipsOfTaskOrganisation: ReadonlySet<string>,
): boolean {
  if (task.status === 'draft') return task.posterId === viewer.id;
  if (task.organisationId === viewer.organisationId) return true;
  switch (task.visibility) {
    case 'organisation':
      return false;
    case 'partnership':
      return task.partnershipId !== null && viewer.partnershipIds.has(task.partnershipId);
    case 'all-partnerships':
      return [...partnershipsOfTaskOrganisation].some((id) => viewer.partnershipIds.has(id));
  }
}

export type TaskDateProblem = 'end-before-start' | 'too-long';

export function taskDatesProblem(startDate: string, endDate: string): TaskDateProblem | null {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  if (end < start) return 'end-before-start';
  if ((end - start) / 86_400_000 > TASK_LIMITS.durationDaysMax) return 'too-long';
  return null;
}

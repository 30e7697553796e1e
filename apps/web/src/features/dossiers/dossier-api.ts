import type {
  DossierRole,
  DossierStatus,
  JoinPolicy,
  MatchReason,
  MembershipStatus,
  SkillLevel,
} from '@klussenbank/domain';
import { apiRequest } from '../../api/client';
import type { NamedRef } from '../tasks/task-api';

/** Someone with the organisation they work for: a team's spread is always visible. */
export interface Person extends NamedRef {
  organisation: NamedRef;
}

export interface SkillRef {
  id: string;
  label: string;
}

/** One dossier in a list (GET /api/v1/dossiers). */
export interface DossierSummary {
  id: string;
  title: string;
  goal: string;
  status: DossierStatus;
  partnership: NamedRef;
  /** YYYY-MM-DD. */
  startDate: string;
  endDate: string | null;
  teamCap: number | null;
  joinPolicy: JoinPolicy;
  /** Active people: trekkers, members and advisers. */
  teamSize: number;
  /** The team's spread, by organisation. */
  organisations: (NamedRef & { count: number })[];
  /** What the dossier needs. */
  skills: SkillRef[];
  trekkers: Person[];
  myRole: DossierRole | null;
  myStatus: MembershipStatus | null;
  updatedAt: string;
}

export interface TeamMember {
  user: Person & { jobTitle: string | null };
  role: DossierRole;
  status: MembershipStatus;
  /** The join request's or the invitation's note. */
  message: string | null;
  since: string;
}

export interface DossierDetail extends DossierSummary {
  description: string;
  /** Sanitised by the API; safe to place in the page as it is. */
  descriptionHtml: string;
  /** Requested and invited rows only for trekkers (and the person themself). */
  team: TeamMember[];
  /** Trekker or platform admin. */
  canEdit: boolean;
  createdBy: Person;
}

export interface Checkpoint {
  id: string;
  title: string;
  plannedOn: string;
  status: 'planned' | 'held';
  /** Glanzen, schuren, and what we change. */
  wentWell: string | null;
  chafed: string | null;
  changes: string | null;
  heldOn: string | null;
  writtenBy: NamedRef | null;
}

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

export interface Activity {
  id: string;
  type: ActivityType;
  at: string;
  actor: Person | null;
  /** Who joined, left or was invited. */
  subject: Person | null;
  task: { id: string; title: string } | null;
  checkpoint: { id: string; title: string } | null;
  data: { status?: DossierStatus };
}

export interface SkillHolder {
  user: Person;
  level: SkillLevel;
  demonstrated: boolean;
}

export interface SkillGapEntry {
  skill: SkillRef;
  covered: boolean;
  team: SkillHolder[];
  /** For gaps only, at most five, best first. */
  suggestions: (SkillHolder & { score: number; reasons: MatchReason[] })[];
}

/** The body of POST /dossiers; PATCH takes any part of it but `partnershipId`. */
export interface DossierInput {
  title: string;
  goal: string;
  description?: string;
  partnershipId: string;
  startDate: string;
  endDate?: string | null;
  teamCap?: number | null;
  joinPolicy?: JoinPolicy;
  status?: DossierStatus;
  /** Skill names. */
  skills?: string[];
}

export type DossierChanges = Partial<Omit<DossierInput, 'partnershipId'>>;

export interface CheckpointChanges {
  title?: string;
  plannedOn?: string;
  wentWell?: string;
  chafed?: string;
  changes?: string;
  held?: true;
}

export const DOSSIERS_PATH = '/api/v1/dossiers';
export const dossierPath = (id: string) => `${DOSSIERS_PATH}/${encodeURIComponent(id)}`;
export const checkpointsPath = (id: string) => `${dossierPath(id)}/checkpoints`;
export const skillGapPath = (id: string) => `${dossierPath(id)}/skill-gap`;
export const ACTIVITY_PAGE_SIZE = 10;
export const activityPath = (id: string, page: number) =>
  `${dossierPath(id)}/activity?page=${page}&pageSize=${ACTIVITY_PAGE_SIZE}`;
const membershipPath = (id: string, userId: string) =>
  `${dossierPath(id)}/memberships/${encodeURIComponent(userId)}`;

/** The klussen of a dossier that anyone in it cares about: everything but drafts, cancelled and expired. */
export const dossierTasksPath = (id: string) => {
  const params = new URLSearchParams({ dossierId: id });
  for (const status of ['open', 'full', 'in-progress', 'completed']) params.append('status', status);
  params.set('pageSize', '50');
  return `/api/v1/tasks?${params.toString()}`;
};

export function createDossier(input: DossierInput): Promise<DossierDetail> {
  return apiRequest(DOSSIERS_PATH, { method: 'POST', body: input });
}

export function updateDossier(id: string, changes: DossierChanges): Promise<DossierDetail> {
  return apiRequest(dossierPath(id), { method: 'PATCH', body: changes });
}

/** Without `userId`: join (or ask to join). With someone else's: a trekker invites them. */
export function addMembership(
  id: string,
  body: { userId?: string; role?: DossierRole; message?: string },
): Promise<TeamMember> {
  return apiRequest(`${dossierPath(id)}/memberships`, { method: 'POST', body });
}

/** Accept a request or an invitation (`status: 'active'`), or change a role. */
export function updateMembership(
  id: string,
  userId: string,
  body: { status?: 'active'; role?: DossierRole },
): Promise<TeamMember> {
  return apiRequest(membershipPath(id, userId), { method: 'PATCH', body });
}

/** Leave, decline a request or an invitation, or withdraw one. */
export function removeMembership(id: string, userId: string): Promise<void> {
  return apiRequest(membershipPath(id, userId), { method: 'DELETE' });
}

export function planCheckpoint(id: string, body: { title: string; plannedOn: string }): Promise<Checkpoint> {
  return apiRequest(checkpointsPath(id), { method: 'POST', body });
}

export function updateCheckpoint(
  id: string,
  checkpointId: string,
  changes: CheckpointChanges,
): Promise<Checkpoint> {
  return apiRequest(`${checkpointsPath(id)}/${encodeURIComponent(checkpointId)}`, {
    method: 'PATCH',
    body: changes,
  });
}

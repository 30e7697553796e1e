import type { ClaimMode, ClaimStatus, LocationType, TaskStatus, TaskVisibility } from '@klussenbank/domain';
import { apiRequest } from '../../api/client';

export interface NamedRef {
  id: string;
  name: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface TaskSummary {
  id: string;
  title: string;
  status: TaskStatus;
  organisation: NamedRef;
  estimatedHours: number;
  startDate: string;
  endDate: string;
  location: { type: LocationType; municipality: string | null };
  capacity: number;
  placesLeft: number;
  claimMode: ClaimMode;
  learningSuitable: boolean;
  requiredSkills: string[];
  niceToHaveSkills: string[];
  publishedAt: string | null;
}

export interface TaskClaim {
  id: string;
  status: ClaimStatus;
  motivation: string;
  message: string;
  user: NamedRef & { organisation: NamedRef };
  actualHours: number | null;
  createdAt: string;
}

export interface TaskDetail extends Omit<TaskSummary, 'location'> {
  description: string;
  /** Sanitised by the API; safe to place in the page as it is. */
  descriptionHtml: string;
  poster: NamedRef;
  contact: { name: string; email: string };
  location: { type: LocationType; municipality: string | null; address: string | null };
  visibility: TaskVisibility;
  partnership: NamedRef | null;
  /** The dossier the klus belongs to, if any. */
  dossierId?: string | null;
  cancelReason: string | null;
  createdAt: string;
  placesTaken: number;
  /** The klus's skills with their taxonomy ids. */
  skills: { id: string; label: string; required: boolean }[];
  isPoster: boolean;
  myClaim: { id: string; status: ClaimStatus; motivation: string } | null;
  /** Filled for the poster only. */
  claims: TaskClaim[];
}

/** The body of POST /tasks; PATCH takes any part of it but `publish`. */
export interface TaskInput {
  title: string;
  description: string;
  contactName?: string;
  contactEmail?: string;
  requiredSkills: string[];
  niceToHaveSkills: string[];
  estimatedHours: number;
  startDate: string;
  endDate: string;
  location: { type: LocationType; municipality?: string; address?: string };
  capacity: number;
  claimMode: ClaimMode;
  visibility: TaskVisibility;
  partnershipId?: string;
  learningSuitable: boolean;
  publish?: boolean;
  /** POST only: the dossier the klus belongs to. */
  dossierId?: string;
}

export type PosterAction = 'publish' | 'start' | 'complete' | 'cancel';

export interface StatusChange {
  action: PosterAction;
  reason?: string;
  actualHours?: { claimId: string; hours: number; demonstratedSkillIds?: string[] }[];
}

export interface ClaimResult {
  id: string;
  status: ClaimStatus;
  motivation: string;
}

/** What the poster decides about a claim, or the claimant withdrawing it. */
export type ClaimDecision = 'active' | 'declined' | 'withdrawn' | 'removed';

export interface MyClaim {
  id: string;
  status: ClaimStatus;
  motivation: string;
  createdAt: string;
  task: TaskSummary;
}

export type MyTask = TaskSummary & { applicants: number; participants: number };

export interface ConsentRequest {
  claimId: string;
  user: NamedRef;
  task: TaskSummary;
  createdAt: string;
}

export const TASKS_PATH = '/api/v1/tasks';
export const taskPath = (id: string) => `${TASKS_PATH}/${encodeURIComponent(id)}`;

/** Enough for a filter list; the network has about 300 organisations, the API pages by 100 at most. */
export const ORGANISATIONS_PATH = '/api/v1/organisations?pageSize=100';
export const PARTNERSHIPS_PATH = '/api/v1/partnerships?pageSize=100';
export const MY_CLAIMS_PATH = '/api/v1/me/claims';
export const MY_TASKS_PATH = '/api/v1/me/tasks';
export const CONSENT_REQUESTS_PATH = '/api/v1/me/consent-requests';

export function createTask(input: TaskInput): Promise<TaskDetail> {
  return apiRequest(TASKS_PATH, { method: 'POST', body: input });
}

export function updateTask(id: string, changes: Partial<TaskInput>): Promise<TaskDetail> {
  return apiRequest(taskPath(id), { method: 'PATCH', body: changes });
}

export function changeTaskStatus(id: string, change: StatusChange): Promise<TaskDetail> {
  return apiRequest(`${taskPath(id)}/status-changes`, { method: 'POST', body: change });
}

export function claimTask(id: string, motivation?: string): Promise<ClaimResult> {
  return apiRequest(`${taskPath(id)}/claims`, {
    method: 'POST',
    body: motivation === undefined ? {} : { motivation },
  });
}

export function decideClaim(
  taskId: string,
  claimId: string,
  status: ClaimDecision,
  message?: string,
): Promise<ClaimResult> {
  return apiRequest(`${taskPath(taskId)}/claims/${encodeURIComponent(claimId)}`, {
    method: 'PATCH',
    body: message ? { status, message } : { status },
  });
}

export function decideConsent(claimId: string, decision: 'granted' | 'declined'): Promise<unknown> {
  return apiRequest(`/api/v1/consent-requests/${encodeURIComponent(claimId)}`, {
    method: 'PATCH',
    body: { decision },
  });
}

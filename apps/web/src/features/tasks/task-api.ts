import type { MatchReason } from '@klussenbank/domain';
import { api, apiQuery, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema.gen';

type Schemas = components['schemas'];

export type NamedRef = Schemas['NamedRefDto'];

/** One page of a list, as every paged operation answers (`items` typed by the operation). */
export type Page<T> = Omit<Schemas['TaskSummaryPageDto'], 'items'> & { items: T[] };

export type TaskSummary = Schemas['TaskSummaryDto'];
export type TaskClaim = Schemas['TaskClaimDto'];
export type TaskDetail = Schemas['TaskDetailDto'];

/** The body of POST /tasks. */
export type TaskInput = Schemas['CreateTaskDto'];
/** The body of PATCH /tasks/{id}. */
export type TaskChanges = Schemas['UpdateTaskDto'];

export type StatusChange = Schemas['StatusChangeDto'];
export type PosterAction = StatusChange['action'];

export type ClaimResult = Schemas['ClaimDto'];

/** What the poster decides about a claim, or the claimant withdrawing it. */
export type ClaimDecision = Schemas['UpdateClaimDto']['status'];

export type MyClaim = Schemas['MyClaimDto'];
export type MyTask = Schemas['PostedTaskDto'];
export type ConsentRequest = Schemas['ConsentRequestDto'];

/**
 * TODO(contract): MatchReasonDto is one flat object (every field but `kind` optional); a oneOf by
 * `kind` in the document would give the domain's MatchReason without this assertion.
 */
export const matchReasons = (reasons: readonly Schemas['MatchReasonDto'][]) =>
  reasons as readonly MatchReason[];

export type TaskListQuery = NonNullable<operations['TasksController_list']['parameters']['query']>;

/** Comma-separated arrays (`status=open,full`), as the task list documents them. */
export const COMMA_SEPARATED = { array: { style: 'form', explode: false } } as const;

export const tasksQuery = (query: TaskListQuery) =>
  apiQuery('/tasks', { params: { query }, querySerializer: COMMA_SEPARATED });

export const taskQuery = (id: string) => apiQuery('/tasks/{id}', { params: { path: { id } } });

/** Enough for a filter list; the network has about 300 organisations, the API pages by 100 at most. */
export const organisationsQuery = () => apiQuery('/organisations', { params: { query: { pageSize: 100 } } });
export const partnershipsQuery = () => apiQuery('/partnerships', { params: { query: { pageSize: 100 } } });
export const myClaimsQuery = () => apiQuery('/me/claims');
export const myTasksQuery = () => apiQuery('/me/tasks');
export const consentRequestsQuery = () => apiQuery('/me/consent-requests');

const taskPath = (id: string) => ({ params: { path: { id } } });

export function createTask(input: TaskInput): Promise<TaskDetail> {
  return unwrap(api.POST('/tasks', { body: input }));
}

export function updateTask(id: string, changes: TaskChanges): Promise<TaskDetail> {
  return unwrap(api.PATCH('/tasks/{id}', { ...taskPath(id), body: changes }));
}

export function changeTaskStatus(id: string, change: StatusChange): Promise<TaskDetail> {
  return unwrap(api.POST('/tasks/{id}/status-changes', { ...taskPath(id), body: change }));
}

export function claimTask(id: string, motivation?: string): Promise<ClaimResult> {
  return unwrap(
    api.POST('/tasks/{id}/claims', {
      ...taskPath(id),
      body: motivation === undefined ? {} : { motivation },
    }),
  );
}

export function decideClaim(
  taskId: string,
  claimId: string,
  status: ClaimDecision,
  message?: string,
): Promise<ClaimResult> {
  return unwrap(
    api.PATCH('/tasks/{id}/claims/{claimId}', {
      params: { path: { id: taskId, claimId } },
      body: message ? { status, message } : { status },
    }),
  );
}

export function decideConsent(
  claimId: string,
  decision: Schemas['ConsentDecisionDto']['decision'],
): Promise<ClaimResult> {
  return unwrap(
    api.PATCH('/consent-requests/{claimId}', { params: { path: { claimId } }, body: { decision } }),
  );
}

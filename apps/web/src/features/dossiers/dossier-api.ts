import { api, apiQuery, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema.gen';

type Schemas = components['schemas'];

/** Someone with the organisation they work for: a team's spread is always visible. */
export type Person = Schemas['PersonDto'];
export type SkillRef = Schemas['DossierSkillDto'];
/** One dossier in a list (GET /dossiers). */
export type DossierSummary = Schemas['DossierSummaryDto'];
export type TeamMember = Schemas['TeamMemberDto'];
export type DossierDetail = Schemas['DossierDetailDto'];
export type Checkpoint = Schemas['CheckpointDto'];
export type Activity = Schemas['ActivityDto'];
export type SkillGapEntry = Schemas['SkillGapEntryDto'];
/** Named suggestions for trekkers (of findable people), counts for everyone else. */
export type SkillGap = Schemas['SkillGapDto'];
export type SkillHolder = Schemas['SkillGapTeamMemberDto'];

/** The body of POST /dossiers. */
export type DossierInput = Schemas['CreateDossierDto'];
/** The body of PATCH /dossiers/{id}. */
export type DossierChanges = Schemas['UpdateDossierDto'];
export type CheckpointChanges = Schemas['UpdateCheckpointDto'];

export type DossierListQuery = NonNullable<operations['DossiersController_list']['parameters']['query']>;

export const dossiersQuery = (query: DossierListQuery) => apiQuery('/dossiers', { params: { query } });
const dossierPath = (id: string) => ({ params: { path: { id } } });
export const dossierQuery = (id: string) => apiQuery('/dossiers/{id}', dossierPath(id));
export const checkpointsQuery = (id: string) => apiQuery('/dossiers/{id}/checkpoints', dossierPath(id));
export const skillGapQuery = (id: string) => apiQuery('/dossiers/{id}/skill-gap', dossierPath(id));
export const ACTIVITY_PAGE_SIZE = 10;
export const activityQuery = (id: string, page: number) =>
  apiQuery('/dossiers/{id}/activity', {
    params: { path: { id }, query: { page, pageSize: ACTIVITY_PAGE_SIZE } },
  });

/** The klussen of a dossier that anyone in it cares about: everything but drafts, cancelled and expired. */
export const dossierTasksQuery = (id: string) =>
  apiQuery('/tasks', {
    params: { query: { dossierId: id, status: ['open', 'full', 'in-progress', 'completed'], pageSize: 50 } },
  });

export function createDossier(input: DossierInput): Promise<DossierDetail> {
  return unwrap(api.POST('/dossiers', { body: input }));
}

export function updateDossier(id: string, changes: DossierChanges): Promise<DossierDetail> {
  return unwrap(api.PATCH('/dossiers/{id}', { ...dossierPath(id), body: changes }));
}

/** Without `userId`: join (or ask to join). With someone else's: a trekker invites them. */
export function addMembership(id: string, body: Schemas['CreateMembershipDto']): Promise<TeamMember> {
  return unwrap(api.POST('/dossiers/{id}/memberships', { ...dossierPath(id), body }));
}

/** Accept a request or an invitation (`status: 'active'`), or change a role. */
export function updateMembership(
  id: string,
  userId: string,
  body: Schemas['UpdateMembershipDto'],
): Promise<TeamMember> {
  return unwrap(api.PATCH('/dossiers/{id}/memberships/{userId}', { params: { path: { id, userId } }, body }));
}

/** Leave, decline a request or an invitation, or withdraw one. */
export async function removeMembership(id: string, userId: string): Promise<void> {
  await api.DELETE('/dossiers/{id}/memberships/{userId}', { params: { path: { id, userId } } });
}

export function planCheckpoint(id: string, body: Schemas['CreateCheckpointDto']): Promise<Checkpoint> {
  return unwrap(api.POST('/dossiers/{id}/checkpoints', { ...dossierPath(id), body }));
}

export function updateCheckpoint(
  id: string,
  checkpointId: string,
  changes: CheckpointChanges,
): Promise<Checkpoint> {
  return unwrap(
    api.PATCH('/dossiers/{id}/checkpoints/{checkpointId}', {
      params: { path: { id, checkpointId } },
      body: changes,
    }),
  );
}

import { api, ApiError, apiQuery, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

export type SkillProposal = Schemas['SkillProposalDto'];

export const SKILL_PROPOSALS_PAGE_SIZE = 20;

export const skillProposalsQuery = (page: number) =>
  apiQuery('/skills/proposals', { params: { query: { page, pageSize: SKILL_PROPOSALS_PAGE_SIZE } } });

export function acceptProposal(id: string): Promise<Schemas['SkillDetailDto']> {
  return unwrap(api.POST('/skills/{id}/acceptance', { params: { path: { id } } }));
}

export function rejectProposal(id: string): Promise<Schemas['SkillDetailDto']> {
  return unwrap(api.POST('/skills/{id}/rejection', { params: { path: { id } } }));
}

/** Merge the proposal into the shared skill with its name (platform admins only). */
export function mergeProposal(id: string, targetId: string): Promise<Schemas['SkillMergeDto']> {
  return unwrap(api.POST('/skills/{id}/merges', { params: { path: { id } }, body: { targetId } }));
}

/** The shared skill a 409 `skill-exists` names, if the refusal is that one. */
export function existingSkillOf(error: unknown): { id: string; label: string } | null {
  if (!(error instanceof ApiError) || error.code !== 'skill-exists') return null;
  const problem = error.problem as Record<string, unknown> | null;
  const id = problem?.existingSkillId;
  const label = problem?.existingLabel;
  return typeof id === 'string' && typeof label === 'string' ? { id, label } : null;
}

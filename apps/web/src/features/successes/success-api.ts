import { api, apiQuery, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema.gen';

type Schemas = components['schemas'];

export type Success = Schemas['SuccessDto'];
export type SuccessDetail = Schemas['SuccessDetailDto'];
export type SuccessComment = Schemas['SuccessCommentDto'];
export type Applause = Schemas['ApplauseDto'];
export type ShareSuccessInput = Schemas['ShareSuccessDto'];
export type SuccessListQuery = NonNullable<operations['SuccessesController_list']['parameters']['query']>;

export const SUCCESS_PAGE_SIZE = 10;

export const successesQuery = (query: SuccessListQuery) => apiQuery('/successes', { params: { query } });
const successPath = (id: string) => ({ params: { path: { id } } });
export const successQuery = (id: string) => apiQuery('/successes/{id}', successPath(id));

export function shareSuccess(input: ShareSuccessInput): Promise<SuccessDetail> {
  return unwrap(api.POST('/successes', { body: input }));
}

export function answerNaming(id: string, agree: boolean): Promise<Success> {
  return unwrap(api.PUT('/successes/{id}/naming', { ...successPath(id), body: { agree } }));
}

/** The applause toggle: pressing applauds, pressing again withdraws. */
export function setApplause(id: string, applaud: boolean): Promise<Applause> {
  return applaud
    ? unwrap(api.PUT('/successes/{id}/applause', successPath(id)))
    : unwrap(api.DELETE('/successes/{id}/applause', successPath(id)));
}

export function addComment(id: string, body: string): Promise<SuccessComment> {
  return unwrap(api.POST('/successes/{id}/comments', { ...successPath(id), body: { body } }));
}

export async function hideComment(id: string, commentId: string): Promise<void> {
  await api.DELETE('/successes/{id}/comments/{commentId}', { params: { path: { id, commentId } } });
}

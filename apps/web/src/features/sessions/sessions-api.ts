import { api, apiQuery, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

export type Session = components['schemas']['SessionDto'];

/** Linked from Mijn profiel. */
export const MY_SESSIONS_URL = '/mijn-profiel/sessies';

export const mySessionsQuery = () => apiQuery('/me/sessions');

export async function endMySession(id: string): Promise<void> {
  await unwrap(api.DELETE('/me/sessions/{id}', { params: { path: { id } } }));
}

export async function endMyOtherSessions(): Promise<number> {
  return (await unwrap(api.DELETE('/me/sessions'))).ended;
}

/** An admin ends every session of a person. */
export async function endSessionsOf(userId: string): Promise<number> {
  return (await unwrap(api.DELETE('/users/{id}/sessions', { params: { path: { id: userId } } }))).ended;
}

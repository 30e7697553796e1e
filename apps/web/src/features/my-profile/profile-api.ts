import { api, apiQuery, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

export type SkillRef = Schemas['SkillRefDto'];

/** GET /me/profile. */
export type Profile = Schemas['ProfileDto'];

/** The body of PUT /me/profile: the whole profile at once. */
export type ProfileInput = Schemas['ProfileInputDto'];

export const profileQuery = () => apiQuery('/me/profile');

export function saveProfile(input: ProfileInput): Promise<Profile> {
  return unwrap(api.PUT('/me/profile', { body: input }));
}

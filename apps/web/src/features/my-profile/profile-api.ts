import { api, apiQuery, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';
import type { Language } from '../../i18n/i18n';

type Schemas = components['schemas'];

export type SkillRef = Schemas['SkillRefDto'];

/** GET /me/profile. */
export type Profile = Schemas['ProfileDto'];

/** The body of PUT /me/profile: the whole profile at once. */
export type ProfileInput = Schemas['ProfileInputDto'];

/** One skill of the taxonomy, as GET /skills finds it. */
export type Skill = Schemas['SkillDto'];
export type SkillPage = Schemas['SkillPageDto'];

export const SKILL_SEARCH_SIZE = 10;

export const profileQuery = () => apiQuery('/me/profile');

export function saveProfile(input: ProfileInput): Promise<Profile> {
  return unwrap(api.PUT('/me/profile', { body: input }));
}

export function searchSkills(q: string, language: Language, signal?: AbortSignal): Promise<SkillPage> {
  const lang = language === 'nl' ? undefined : language;
  return unwrap(api.GET('/skills', { params: { query: { q, pageSize: SKILL_SEARCH_SIZE, lang } }, signal }));
}

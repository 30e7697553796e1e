import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';
import type { Language } from '../../i18n/i18n';

type Schemas = components['schemas'];

/** One skill of the taxonomy as the search finds it, with the synonym that matched (if not its label). */
export type SkillHit = Schemas['SkillSearchHitDto'];
export type SkillHitPage = Schemas['SkillPageDto'];

/** How many suggestions the picker shows at once. */
export const SKILL_SUGGESTIONS = 8;

/** GET /skills: type-ahead over preferred and alternative labels, Dutch and English; labels in `language`. */
export function searchSkills(q: string, language: Language, signal?: AbortSignal): Promise<SkillHitPage> {
  const lang = language === 'nl' ? undefined : language;
  return unwrap(api.GET('/skills', { params: { query: { q, pageSize: SKILL_SUGGESTIONS, lang } }, signal }));
}

import type { LocationPreference, SkillLevel } from '@klussenbank/domain';
import { apiRequest } from '../../api/client';
import type { Language } from '../../i18n/i18n';
import type { Page } from '../tasks/task-api';

export interface SkillRef {
  id: string;
  label: string;
}

/** GET /api/v1/me/profile. */
export interface Profile {
  hoursPerMonth: number | null;
  locationPreference: LocationPreference;
  maxDistanceKm: number | null;
  /** The municipality of the person's organisation: where "nearby" is measured from. */
  municipality: string | null;
  skills: { skill: SkillRef; level: SkillLevel }[];
  demonstratedSkills: {
    skill: SkillRef;
    level: SkillLevel;
    task: SkillRef | null;
    confirmedBy: string | null;
  }[];
  learningGoals: SkillRef[];
}

/** The body of PUT /api/v1/me/profile: the whole profile at once. */
export interface ProfileInput {
  hoursPerMonth: number | null;
  locationPreference: LocationPreference;
  maxDistanceKm: number | null;
  skills: { skillId: string; level: SkillLevel }[];
  learningGoals: string[];
}

/** One skill of the taxonomy, as GET /api/v1/skills finds it. */
export interface Skill {
  id: string;
  /** In the language asked for. */
  label: string;
  labelNl: string;
  labelEn: string | null;
  altLabels: string[];
  escoUri: string | null;
  category: string | null;
  verified: boolean;
}

export const PROFILE_PATH = '/api/v1/me/profile';
export const SKILLS_PATH = '/api/v1/skills';
export const SKILL_SEARCH_SIZE = 10;

export function saveProfile(input: ProfileInput): Promise<Profile> {
  return apiRequest(PROFILE_PATH, { method: 'PUT', body: input });
}

export function searchSkills(q: string, language: Language, signal?: AbortSignal): Promise<Page<Skill>> {
  const params = new URLSearchParams({ q, pageSize: String(SKILL_SEARCH_SIZE) });
  if (language !== 'nl') params.set('lang', language);
  return apiRequest(`${SKILLS_PATH}?${params.toString()}`, { signal });
}

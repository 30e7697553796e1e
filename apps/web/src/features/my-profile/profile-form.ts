import {
  type LocationPreference,
  PROFILE_LIMITS,
  profileProblems,
  type SkillLevel,
} from '@klussenbank/domain';
import type { InvalidParam } from '../../api/client';
import type { Profile, ProfileInput, SkillRef } from './profile-api';

/** The form as it is on screen: numbers as typed, so nothing is lost while they are still wrong. */
export interface ProfileFormValues {
  skills: { skill: SkillRef; level: SkillLevel }[];
  learningGoals: SkillRef[];
  hoursPerMonth: string;
  locationPreference: LocationPreference;
  maxDistanceKm: string;
  /** Findable for trekkers and managers of partner organisations (off by default). */
  findableByPartners: boolean;
}

/** Fields that are not one row of a list. */
export type ProfileField =
  'skills' | 'learningGoals' | 'hoursPerMonth' | 'locationPreference' | 'maxDistanceKm';

export type ProfileErrorKey =
  | 'hoursInvalid'
  | 'hoursRange'
  | 'distanceRequired'
  | 'distanceInvalid'
  | 'distanceRange'
  | 'tooManySkills'
  | 'tooManyGoals'
  | 'goalIsExpert';

/** Our own message (with its numbers), or the API's reason in words. */
export type ProfileError = { key: ProfileErrorKey; values?: Record<string, number> } | { text: string };

export interface ProfileFormErrors {
  fields: Partial<Record<ProfileField, ProfileError>>;
  /** By skill id: a problem with one of my skills (its row). */
  skills: Record<string, ProfileError>;
  /** By skill id: a problem with one of my learning goals. */
  goals: Record<string, ProfileError>;
  /** Reasons that belong to no field. */
  other: string[];
}

/** Where an error shows, in the order of the page. */
export type ErrorPlace =
  { kind: 'field'; field: ProfileField } | { kind: 'skill'; id: string } | { kind: 'goal'; id: string };

export const DEFAULT_LEVEL: SkillLevel = 'basic';

const INTEGER = /^\d+$/;

export const noErrors = (): ProfileFormErrors => ({ fields: {}, skills: {}, goals: {}, other: [] });

export function hasErrors(errors: ProfileFormErrors): boolean {
  return (
    Object.keys(errors.fields).length > 0 ||
    Object.keys(errors.skills).length > 0 ||
    Object.keys(errors.goals).length > 0 ||
    errors.other.length > 0
  );
}

export function formFromProfile(profile: Profile): ProfileFormValues {
  return {
    skills: profile.skills.map(({ skill, level }) => ({ skill, level })),
    learningGoals: [...profile.learningGoals],
    hoursPerMonth: profile.hoursPerMonth === null ? '' : String(profile.hoursPerMonth),
    locationPreference: profile.locationPreference,
    maxDistanceKm: profile.maxDistanceKm === null ? '' : String(profile.maxDistanceKm),
    findableByPartners: profile.findableByPartners,
  };
}

/** The API's rules for a profile (its DTO and the domain's), checked before sending. */
export function validateProfileForm(values: ProfileFormValues): ProfileFormErrors {
  const errors = noErrors();
  const hours = values.hoursPerMonth.trim();
  if (hours !== '') {
    if (!INTEGER.test(hours)) errors.fields.hoursPerMonth = { key: 'hoursInvalid' };
    else if (Number(hours) > PROFILE_LIMITS.hoursPerMonthMax)
      errors.fields.hoursPerMonth = { key: 'hoursRange', values: { max: PROFILE_LIMITS.hoursPerMonthMax } };
  }

  const km = values.maxDistanceKm.trim();
  if (values.locationPreference === 'nearby' && km !== '') {
    if (!INTEGER.test(km)) errors.fields.maxDistanceKm = { key: 'distanceInvalid' };
    else if (Number(km) < 1 || Number(km) > PROFILE_LIMITS.distanceKmMax)
      errors.fields.maxDistanceKm = { key: 'distanceRange', values: { max: PROFILE_LIMITS.distanceKmMax } };
  }

  if (values.skills.length > PROFILE_LIMITS.skillsMax)
    errors.fields.skills = { key: 'tooManySkills', values: { max: PROFILE_LIMITS.skillsMax } };
  if (values.learningGoals.length > PROFILE_LIMITS.learningGoalsMax)
    errors.fields.learningGoals = { key: 'tooManyGoals', values: { max: PROFILE_LIMITS.learningGoalsMax } };

  for (const { field, problem } of profileProblems(toProfileInput(values))) {
    switch (problem) {
      case 'distance-required':
        errors.fields.maxDistanceKm ??= { key: 'distanceRequired' };
        break;
      case 'goal-is-skill': {
        const goal = values.learningGoals[indexIn(field) ?? -1];
        if (goal) errors.goals[goal.id] = { key: 'goalIsExpert' };
        break;
      }
    }
  }
  return errors;
}

export type RecheckScope = 'lists' | 'hoursPerMonth' | 'maxDistanceKm';

/**
 * After a change, our own rules again for what changed: a field's error is replaced by a fresh
 * check; for the lists, the API's reasons on rows that are still there stay (only sending tells
 * whether a skill still exists).
 */
export function recheck(
  errors: ProfileFormErrors,
  values: ProfileFormValues,
  scope: RecheckScope,
): ProfileFormErrors {
  const found = validateProfileForm(values);
  const fields = { ...errors.fields };
  const names: ProfileField[] = scope === 'lists' ? ['skills', 'learningGoals'] : [scope];
  for (const name of names) {
    if (found.fields[name]) fields[name] = found.fields[name];
    else delete fields[name];
  }
  if (scope !== 'lists') return { ...errors, fields };
  const fromApi = (rows: Record<string, ProfileError>) =>
    Object.fromEntries(Object.entries(rows).filter(([, error]) => 'text' in error));
  return { ...errors, fields, goals: { ...fromApi(errors.goals), ...found.goals } };
}

/** "learningGoals[2]" → 2. */
function indexIn(name: string): number | undefined {
  const match = /\[(\d+)\]/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** The body for the API; a distance only goes with "nearby". Only send values that passed validation. */
export function toProfileInput(values: ProfileFormValues): Required<ProfileInput> {
  const hours = values.hoursPerMonth.trim();
  const km = values.maxDistanceKm.trim();
  return {
    hoursPerMonth: hours === '' ? null : Number(hours),
    locationPreference: values.locationPreference,
    maxDistanceKm: values.locationPreference === 'nearby' && km !== '' ? Number(km) : null,
    skills: values.skills.map(({ skill, level }) => ({ skillId: skill.id, level })),
    learningGoals: values.learningGoals.map((goal) => goal.id),
    findableByPartners: values.findableByPartners,
  };
}

/** Whether the form differs from what was loaded or last saved. */
export function isDirty(saved: ProfileFormValues, current: ProfileFormValues): boolean {
  const comparable = (values: ProfileFormValues) =>
    JSON.stringify({
      skills: values.skills.map(({ skill, level }) => [skill.id, level]),
      learningGoals: values.learningGoals.map((goal) => goal.id),
      hoursPerMonth: values.hoursPerMonth.trim(),
      locationPreference: values.locationPreference,
      maxDistanceKm: values.locationPreference === 'nearby' ? values.maxDistanceKm.trim() : '',
      findableByPartners: values.findableByPartners,
    });
  return comparable(saved) !== comparable(current);
}

export const hasSkill = (values: ProfileFormValues, id: string) =>
  values.skills.some(({ skill }) => skill.id === id);

export const hasGoal = (values: ProfileFormValues, id: string) =>
  values.learningGoals.some((goal) => goal.id === id);

export function addSkill(values: ProfileFormValues, skill: SkillRef): ProfileFormValues {
  if (hasSkill(values, skill.id)) return values;
  return { ...values, skills: [...values.skills, { skill, level: DEFAULT_LEVEL }] };
}

export function removeSkill(values: ProfileFormValues, id: string): ProfileFormValues {
  return { ...values, skills: values.skills.filter(({ skill }) => skill.id !== id) };
}

export function setLevel(values: ProfileFormValues, id: string, level: SkillLevel): ProfileFormValues {
  return {
    ...values,
    skills: values.skills.map((row) => (row.skill.id === id ? { ...row, level } : row)),
  };
}

export function addGoal(values: ProfileFormValues, goal: SkillRef): ProfileFormValues {
  if (hasGoal(values, goal.id)) return values;
  return { ...values, learningGoals: [...values.learningGoals, goal] };
}

export function removeGoal(values: ProfileFormValues, id: string): ProfileFormValues {
  return { ...values, learningGoals: values.learningGoals.filter((goal) => goal.id !== id) };
}

const API_FIELDS: Record<string, ProfileField> = {
  skills: 'skills',
  learningGoals: 'learningGoals',
  hoursPerMonth: 'hoursPerMonth',
  locationPreference: 'locationPreference',
  maxDistanceKm: 'maxDistanceKm',
};

/**
 * The API's per-field reasons put where they belong: "skills[3].level" on the row of the fourth
 * skill that was sent, "learningGoals[1]" on the second goal; the rest apart. `sent` are the values
 * the request was made from.
 */
export function errorsFromInvalidParams(
  params: readonly InvalidParam[],
  sent: ProfileFormValues,
): ProfileFormErrors {
  const errors = noErrors();
  for (const { name, reason } of params) {
    const error = { text: reason };
    const skill = /^skills\[(\d+)\]/.exec(name);
    const goal = /^learningGoals\[(\d+)\]/.exec(name);
    const field = API_FIELDS[name];
    if (skill) {
      const row = sent.skills[Number(skill[1])];
      if (row) errors.skills[row.skill.id] ??= error;
      else errors.fields.skills ??= error;
    } else if (goal) {
      const row = sent.learningGoals[Number(goal[1])];
      if (row) errors.goals[row.id] ??= error;
      else errors.fields.learningGoals ??= error;
    } else if (field) {
      errors.fields[field] ??= error;
    } else {
      errors.other.push(reason);
    }
  }
  return errors;
}

/** Every error with its place, in the order of the page: for the summary and for focus. */
export function errorsInPageOrder(
  errors: ProfileFormErrors,
  values: ProfileFormValues,
): { place: ErrorPlace; error: ProfileError }[] {
  const list: { place: ErrorPlace; error: ProfileError }[] = [];
  const field = (name: ProfileField) => {
    const error = errors.fields[name];
    if (error) list.push({ place: { kind: 'field', field: name }, error });
  };
  field('skills');
  for (const { skill } of values.skills) {
    const error = errors.skills[skill.id];
    if (error) list.push({ place: { kind: 'skill', id: skill.id }, error });
  }
  field('learningGoals');
  for (const goal of values.learningGoals) {
    const error = errors.goals[goal.id];
    if (error) list.push({ place: { kind: 'goal', id: goal.id }, error });
  }
  field('hoursPerMonth');
  field('locationPreference');
  field('maxDistanceKm');
  return list;
}

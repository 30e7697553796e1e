import { DOSSIER_LIMITS, type JoinPolicy } from '@klussenbank/domain';
import type { InvalidParam } from '../../api/client';
import { DATE_RANGE, dateInputProblem } from '../../shared/dates';
import { type ChosenSkill, SKILL_NAME_MAX, splitChosen } from '../skills/skill-choice';
import type { DossierChanges, DossierDetail, DossierInput } from './dossier-api';

/** The form as typed: text where people type, so nothing is lost while it is still wrong. */
export interface DossierFormValues {
  title: string;
  goal: string;
  description: string;
  partnershipId: string;
  startDate: string;
  endDate: string;
  teamCap: string;
  joinPolicy: JoinPolicy;
  skills: ChosenSkill[];
}

export type DossierField = keyof DossierFormValues;

/** In the order of the form, so the summary and the focus follow it. */
export const DOSSIER_FIELDS: readonly DossierField[] = [
  'title',
  'goal',
  'description',
  'partnershipId',
  'startDate',
  'endDate',
  'teamCap',
  'joinPolicy',
  'skills',
];

export type DossierErrorKey =
  | 'titleRequired'
  | 'titleTooLong'
  | 'goalRequired'
  | 'goalTooLong'
  | 'descriptionTooLong'
  | 'partnershipRequired'
  | 'startDateRequired'
  | 'dateInvalid'
  | 'dateOutOfRange'
  | 'endBeforeStart'
  | 'teamCapInvalid'
  | 'teamCapRange'
  | 'teamCapBelowTeam'
  | 'tooManySkills'
  | 'skillTooLong';

/** Our own message (with its numbers), or the API's reason in words. */
export type DossierFieldError = { key: DossierErrorKey; values?: Record<string, number> } | { text: string };
export type DossierFormErrors = Partial<Record<DossierField, DossierFieldError>>;

/** The API's limit on one skill name (as for klussen). */
export { SKILL_NAME_MAX };

const INTEGER = /^\d+$/;

export function emptyDossierForm(partnershipId = ''): DossierFormValues {
  return {
    title: '',
    goal: '',
    description: '',
    partnershipId,
    startDate: '',
    endDate: '',
    teamCap: '',
    joinPolicy: 'open',
    skills: [],
  };
}

export function formFromDossier(dossier: DossierDetail): DossierFormValues {
  return {
    title: dossier.title,
    goal: dossier.goal,
    description: dossier.description,
    partnershipId: dossier.partnership.id,
    startDate: dossier.startDate,
    endDate: dossier.endDate ?? '',
    teamCap: dossier.teamCap === null ? '' : String(dossier.teamCap),
    joinPolicy: dossier.joinPolicy,
    skills: dossier.skills.map(({ id, label }) => ({ id, label })),
  };
}

/**
 * The API's rules for a dossier (its DTOs and the domain's limits), checked before sending.
 * `teamSize`: when editing, a cap may not leave people already in the team outside.
 */
export function validateDossierForm(values: DossierFormValues, teamSize = 0): DossierFormErrors {
  const errors: DossierFormErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = { key: 'titleRequired' };
  else if (title.length > DOSSIER_LIMITS.titleMax)
    errors.title = { key: 'titleTooLong', values: { max: DOSSIER_LIMITS.titleMax } };

  const goal = values.goal.trim();
  if (goal === '') errors.goal = { key: 'goalRequired' };
  else if (goal.length > DOSSIER_LIMITS.goalMax)
    errors.goal = { key: 'goalTooLong', values: { max: DOSSIER_LIMITS.goalMax } };

  if (values.description.trim().length > DOSSIER_LIMITS.descriptionMax)
    errors.description = { key: 'descriptionTooLong', values: { max: DOSSIER_LIMITS.descriptionMax } };

  if (values.partnershipId === '') errors.partnershipId = { key: 'partnershipRequired' };

  const { startDate, endDate } = values;
  const dateError = (value: string): DossierFieldError | undefined => {
    const problem = dateInputProblem(value);
    if (problem === 'invalid') return { key: 'dateInvalid' };
    return problem === 'out-of-range' ? { key: 'dateOutOfRange', values: DATE_RANGE } : undefined;
  };
  if (startDate === '') errors.startDate = { key: 'startDateRequired' };
  else if (dateError(startDate)) errors.startDate = dateError(startDate);
  if (endDate !== '') {
    if (dateError(endDate)) errors.endDate = dateError(endDate);
    else if (!errors.startDate && endDate < startDate) errors.endDate = { key: 'endBeforeStart' };
  }

  const cap = values.teamCap.trim();
  if (cap !== '') {
    if (!INTEGER.test(cap)) errors.teamCap = { key: 'teamCapInvalid' };
    else if (Number(cap) < 1 || Number(cap) > DOSSIER_LIMITS.teamCapMax)
      errors.teamCap = { key: 'teamCapRange', values: { max: DOSSIER_LIMITS.teamCapMax } };
    else if (Number(cap) < teamSize) errors.teamCap = { key: 'teamCapBelowTeam', values: { size: teamSize } };
  }

  const skills = values.skills;
  if (skills.length > DOSSIER_LIMITS.skillsMax)
    errors.skills = { key: 'tooManySkills', values: { max: DOSSIER_LIMITS.skillsMax } };
  else if (skills.some((skill) => skill.label.length > SKILL_NAME_MAX))
    errors.skills = { key: 'skillTooLong', values: { max: SKILL_NAME_MAX } };
  return errors;
}

/** The body for POST; only call it on values that passed validation. */
export function toDossierInput(values: DossierFormValues): DossierInput {
  const description = values.description.trim();
  const cap = values.teamCap.trim();
  return {
    title: values.title.trim(),
    goal: values.goal.trim(),
    ...(description ? { description } : {}),
    partnershipId: values.partnershipId,
    startDate: values.startDate,
    ...(values.endDate ? { endDate: values.endDate } : {}),
    ...(cap ? { teamCap: Number(cap) } : {}),
    joinPolicy: values.joinPolicy,
    skills: splitChosen(values.skills).names,
    skillIds: splitChosen(values.skills).ids,
  };
}

/** An edit sends only what changed; emptied optional fields are sent as null (or '' for the description). */
export function changedDossierFields(before: DossierFormValues, after: DossierFormValues): DossierChanges {
  const changes: DossierChanges = {};
  const cap = after.teamCap.trim();
  if (after.title.trim() !== before.title.trim()) changes.title = after.title.trim();
  if (after.goal.trim() !== before.goal.trim()) changes.goal = after.goal.trim();
  if (after.description.trim() !== before.description.trim()) changes.description = after.description.trim();
  if (after.startDate !== before.startDate) changes.startDate = after.startDate;
  if (after.endDate !== before.endDate) changes.endDate = after.endDate || null;
  if (cap !== before.teamCap.trim()) changes.teamCap = cap ? Number(cap) : null;
  if (after.joinPolicy !== before.joinPolicy) changes.joinPolicy = after.joinPolicy;
  // Chosen ids and proposed names together: either one alone would replace the whole list.
  const skills = splitChosen(after.skills);
  if (JSON.stringify(skills) !== JSON.stringify(splitChosen(before.skills))) {
    changes.skills = skills.names;
    changes.skillIds = skills.ids;
  }
  return changes;
}

const API_FIELDS: Record<string, DossierField> = {
  title: 'title',
  goal: 'goal',
  description: 'description',
  partnershipId: 'partnershipId',
  startDate: 'startDate',
  endDate: 'endDate',
  teamCap: 'teamCap',
  joinPolicy: 'joinPolicy',
  skills: 'skills',
  skillIds: 'skills',
};

/** The API's per-field reasons put on our fields ("skills.3" belongs to skills); the rest apart. */
export function dossierErrorsFromInvalidParams(params: readonly InvalidParam[]): {
  errors: DossierFormErrors;
  other: string[];
} {
  const errors: DossierFormErrors = {};
  const other: string[] = [];
  for (const { name, code, reason } of params) {
    const field = API_FIELDS[name.replace(/(\.\d+|\[\d+\])$/, '')];
    // A date outside the accepted years: our own words, with the years.
    if (field && code === 'out-of-range' && (field === 'startDate' || field === 'endDate'))
      errors[field] ??= { key: 'dateOutOfRange', values: DATE_RANGE };
    else if (field) errors[field] ??= { text: reason };
    else other.push(reason);
  }
  return { errors, other };
}

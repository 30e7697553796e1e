import {
  type ClaimMode,
  type LocationType,
  TASK_LIMITS,
  type TaskVisibility,
  taskDatesProblem,
} from '@klussenbank/domain';
import type { InvalidParam } from '../../api/client';
import { DATE_RANGE, dateInputProblem } from '../../shared/dates';
import { parseDecimal } from '../../shared/numbers';
import { type ChosenSkill, SKILL_NAME_MAX, splitChosen } from '../skills/skill-choice';
import type { TaskDetail, TaskInput } from '../tasks/task-api';

/** The form as typed: text where people type, so nothing is lost while it is still wrong. */
export interface TaskFormValues {
  title: string;
  description: string;
  requiredSkills: ChosenSkill[];
  niceToHaveSkills: ChosenSkill[];
  estimatedHours: string;
  startDate: string;
  endDate: string;
  locationType: LocationType;
  municipality: string;
  address: string;
  capacity: string;
  claimMode: ClaimMode;
  visibility: TaskVisibility;
  partnershipId: string;
  learningSuitable: boolean;
  contactName: string;
  contactEmail: string;
}

export type TaskField = keyof TaskFormValues;

/** In the order of the form, so the summary and the focus follow it. */
export const TASK_FIELDS: readonly TaskField[] = [
  'title',
  'description',
  'requiredSkills',
  'niceToHaveSkills',
  'estimatedHours',
  'startDate',
  'endDate',
  'locationType',
  'municipality',
  'address',
  'capacity',
  'claimMode',
  'visibility',
  'partnershipId',
  'learningSuitable',
  'contactName',
  'contactEmail',
];

export type TaskErrorKey =
  | 'titleRequired'
  | 'titleTooLong'
  | 'descriptionRequired'
  | 'descriptionTooLong'
  | 'tooManySkills'
  | 'skillTooLong'
  | 'hoursRequired'
  | 'hoursInvalid'
  | 'hoursTooFew'
  | 'hoursTooMany'
  | 'startDateRequired'
  | 'endDateRequired'
  | 'dateInvalid'
  | 'dateOutOfRange'
  | 'endBeforeStart'
  | 'tooLong'
  | 'municipalityRequired'
  | 'municipalityTooLong'
  | 'addressTooLong'
  | 'capacityInvalid'
  | 'capacityRange'
  | 'partnershipRequired'
  | 'contactNameTooLong'
  | 'contactEmailInvalid';

/** Our own message (with its numbers), or the API's reason in words. */
export type TaskFieldError = { key: TaskErrorKey; values?: Record<string, number> } | { text: string };
export type TaskFormErrors = Partial<Record<TaskField, TaskFieldError>>;

/** Limits the API sets outside TASK_LIMITS (its DTOs), mirrored here. */
export const FORM_LIMITS = {
  hoursMin: 0.5,
  skillMax: SKILL_NAME_MAX,
  municipalityMax: 80,
  addressMax: 200,
  contactNameMax: 120,
} as const;

const HOURS = /^\d+([.,]\d)?$/;
const INTEGER = /^\d+$/;
// Loose on purpose: the API has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emptyTaskForm(): TaskFormValues {
  return {
    title: '',
    description: '',
    requiredSkills: [],
    niceToHaveSkills: [],
    estimatedHours: '',
    startDate: '',
    endDate: '',
    locationType: 'remote',
    municipality: '',
    address: '',
    capacity: '1',
    claimMode: 'instant',
    visibility: 'all-partnerships',
    partnershipId: '',
    learningSuitable: false,
    contactName: '',
    contactEmail: '',
  };
}

const chosenSkills = (task: TaskDetail, required: boolean): ChosenSkill[] =>
  task.skills.filter((s) => s.required === required).map(({ id, label }) => ({ id, label }));
const decimal = (value: number) => String(value).replace('.', ',');

export function formFromTask(task: TaskDetail): TaskFormValues {
  return {
    title: task.title,
    description: task.description,
    requiredSkills: chosenSkills(task, true),
    niceToHaveSkills: chosenSkills(task, false),
    estimatedHours: decimal(task.estimatedHours),
    startDate: task.startDate,
    endDate: task.endDate,
    locationType: task.location.type,
    municipality: task.location.municipality ?? '',
    address: task.location.address ?? '',
    capacity: String(task.capacity),
    claimMode: task.claimMode,
    visibility: task.visibility,
    partnershipId: task.partnership?.id ?? '',
    learningSuitable: task.learningSuitable,
    contactName: task.contact.name,
    contactEmail: task.contact.email,
  };
}

/** The API's rules for a klus (its DTOs and the domain's limits), checked before sending. */
export function validateTaskForm(values: TaskFormValues): TaskFormErrors {
  const errors: TaskFormErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = { key: 'titleRequired' };
  else if (title.length > TASK_LIMITS.titleMax)
    errors.title = { key: 'titleTooLong', values: { max: TASK_LIMITS.titleMax } };

  const description = values.description.trim();
  if (description === '') errors.description = { key: 'descriptionRequired' };
  else if (description.length > TASK_LIMITS.descriptionMax)
    errors.description = { key: 'descriptionTooLong', values: { max: TASK_LIMITS.descriptionMax } };

  for (const field of ['requiredSkills', 'niceToHaveSkills'] as const) {
    const skills = values[field];
    if (skills.length > TASK_LIMITS.skillsMax)
      errors[field] = { key: 'tooManySkills', values: { max: TASK_LIMITS.skillsMax } };
    else if (skills.some((skill) => skill.label.length > FORM_LIMITS.skillMax))
      errors[field] = { key: 'skillTooLong', values: { max: FORM_LIMITS.skillMax } };
  }

  const hours = values.estimatedHours.trim();
  if (hours === '') errors.estimatedHours = { key: 'hoursRequired' };
  else if (!HOURS.test(hours)) errors.estimatedHours = { key: 'hoursInvalid' };
  else if (parseDecimal(hours) < FORM_LIMITS.hoursMin) errors.estimatedHours = { key: 'hoursTooFew' };
  else if (parseDecimal(hours) > TASK_LIMITS.hoursMax)
    errors.estimatedHours = { key: 'hoursTooMany', values: { max: TASK_LIMITS.hoursMax } };

  const { startDate, endDate } = values;
  if (startDate === '') errors.startDate = { key: 'startDateRequired' };
  else if (dateError(startDate)) errors.startDate = dateError(startDate);
  if (endDate === '') errors.endDate = { key: 'endDateRequired' };
  else if (dateError(endDate)) errors.endDate = dateError(endDate);
  if (!errors.startDate && !errors.endDate) {
    const problem = taskDatesProblem(startDate, endDate);
    if (problem === 'end-before-start') errors.endDate = { key: 'endBeforeStart' };
    else if (problem === 'too-long')
      errors.endDate = { key: 'tooLong', values: { max: TASK_LIMITS.durationDaysMax } };
  }

  const municipality = values.municipality.trim();
  if (values.locationType !== 'remote') {
    if (municipality === '') errors.municipality = { key: 'municipalityRequired' };
    else if (municipality.length > FORM_LIMITS.municipalityMax)
      errors.municipality = { key: 'municipalityTooLong', values: { max: FORM_LIMITS.municipalityMax } };
    if (values.address.trim().length > FORM_LIMITS.addressMax)
      errors.address = { key: 'addressTooLong', values: { max: FORM_LIMITS.addressMax } };
  }

  const capacity = values.capacity.trim();
  if (!INTEGER.test(capacity)) errors.capacity = { key: 'capacityInvalid' };
  else if (Number(capacity) < 1 || Number(capacity) > TASK_LIMITS.capacityMax)
    errors.capacity = { key: 'capacityRange', values: { max: TASK_LIMITS.capacityMax } };

  if (values.visibility === 'partnership' && values.partnershipId === '')
    errors.partnershipId = { key: 'partnershipRequired' };

  if (values.contactName.trim().length > FORM_LIMITS.contactNameMax)
    errors.contactName = { key: 'contactNameTooLong', values: { max: FORM_LIMITS.contactNameMax } };
  const email = values.contactEmail.trim();
  if (email !== '' && !EMAIL.test(email)) errors.contactEmail = { key: 'contactEmailInvalid' };
  return errors;
}

/** A typed date's problem as our message: not a date, or outside the years the API accepts. */
function dateError(value: string): TaskFieldError | undefined {
  switch (dateInputProblem(value)) {
    case 'invalid':
      return { key: 'dateInvalid' };
    case 'out-of-range':
      return { key: 'dateOutOfRange', values: DATE_RANGE };
    case null:
      return undefined;
  }
}

/** The body for the API; only call it on values that passed validation. */
export function toTaskInput(values: TaskFormValues): TaskInput {
  const onSite = values.locationType !== 'remote';
  const address = values.address.trim();
  const contactName = values.contactName.trim();
  const contactEmail = values.contactEmail.trim();
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    ...(contactName ? { contactName } : {}),
    ...(contactEmail ? { contactEmail } : {}),
    requiredSkills: splitChosen(values.requiredSkills).names,
    requiredSkillIds: splitChosen(values.requiredSkills).ids,
    niceToHaveSkills: splitChosen(values.niceToHaveSkills).names,
    niceToHaveSkillIds: splitChosen(values.niceToHaveSkills).ids,
    estimatedHours: parseDecimal(values.estimatedHours),
    startDate: values.startDate,
    endDate: values.endDate,
    location: onSite
      ? {
          type: values.locationType,
          municipality: values.municipality.trim(),
          ...(address ? { address } : {}),
        }
      : { type: values.locationType },
    capacity: Number(values.capacity.trim()),
    claimMode: values.claimMode,
    visibility: values.visibility,
    ...(values.visibility === 'partnership' ? { partnershipId: values.partnershipId } : {}),
    learningSuitable: values.learningSuitable,
  };
}

/**
 * An edit sends only what changed: the API refuses material changes (hours, dates, place) once
 * people are on the klus, and an unchanged field should never trip that.
 */
export function changedFields(before: TaskInput, after: TaskInput): Partial<TaskInput> {
  const changes: Partial<Record<keyof TaskInput, unknown>> = {};
  for (const key of Object.keys(after) as (keyof TaskInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  }
  // A list of skills is its chosen ids and its proposed names: send them together, or the API
  // would replace the list with only the half that changed.
  for (const [names, ids] of [
    ['requiredSkills', 'requiredSkillIds'],
    ['niceToHaveSkills', 'niceToHaveSkillIds'],
  ] as const) {
    if (names in changes || ids in changes) {
      changes[names] = after[names];
      changes[ids] = after[ids];
    }
  }
  // A partnership belongs with its visibility: send them together.
  if ('partnershipId' in changes || 'visibility' in changes) {
    changes.visibility = after.visibility;
    if (after.partnershipId) changes.partnershipId = after.partnershipId;
  }
  return changes as Partial<TaskInput>;
}

const API_FIELDS: Record<string, TaskField> = {
  title: 'title',
  description: 'description',
  requiredSkills: 'requiredSkills',
  niceToHaveSkills: 'niceToHaveSkills',
  requiredSkillIds: 'requiredSkills',
  niceToHaveSkillIds: 'niceToHaveSkills',
  estimatedHours: 'estimatedHours',
  startDate: 'startDate',
  endDate: 'endDate',
  location: 'locationType',
  'location.type': 'locationType',
  'location.municipality': 'municipality',
  'location.address': 'address',
  capacity: 'capacity',
  claimMode: 'claimMode',
  visibility: 'visibility',
  partnershipId: 'partnershipId',
  learningSuitable: 'learningSuitable',
  contactName: 'contactName',
  contactEmail: 'contactEmail',
};

/** The API's per-field reasons put on our fields ("requiredSkills.3" belongs to requiredSkills); the rest apart. */
export function errorsFromInvalidParams(params: readonly InvalidParam[]): {
  errors: TaskFormErrors;
  other: string[];
} {
  const errors: TaskFormErrors = {};
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

export function firstInvalidField(errors: TaskFormErrors): TaskField | undefined {
  return TASK_FIELDS.find((field) => errors[field] !== undefined);
}

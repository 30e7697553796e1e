import { CLAIM_MODES, LOCATION_TYPES, TASK_LIMITS, TASK_VISIBILITIES } from '@klussenbank/domain';
import { Button, ButtonGroup, Heading2, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useFormDraft } from '../../shared/useFormDraft';
import { ApiError } from '../../api/client';
import { DATE_INPUT_MAX, DATE_INPUT_MIN } from '../../shared/dates';
import { apiErrorDetail } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { CheckboxField, RadioGroup, SelectField, TextareaField, TextField } from '../../shared/form-fields';
import type { NamedRef } from '../tasks/task-api';
import { ErrorSummary, type SummaryItem } from '../../shared/ErrorSummary';
import {
  errorsFromInvalidParams,
  TASK_FIELDS,
  type TaskField,
  type TaskFieldError,
  type TaskFormErrors,
  type TaskFormValues,
  validateTaskForm,
} from './task-form';
import { TaskPreview } from './TaskPreview';
import { SkillPicker } from '../skills/SkillPicker';

/** `draft`: editing a klus that is not published yet, so it can still be published from here. */
export type TaskFormMode = 'create' | 'edit-draft' | 'edit';

interface TaskFormProps {
  mode: TaskFormMode;
  initial: TaskFormValues;
  organisation: NamedRef;
  poster: NamedRef & { email: string };
  partnerships: readonly NamedRef[];
  placesTaken: number;
  /** Where what is typed is kept while the session might end (see useFormDraft). */
  draftKey?: string;
  /** Sends the klus; rejects with the API's error, which the form shows. */
  save: (values: TaskFormValues, publish: boolean) => Promise<void>;
}

export const fieldId = (field: TaskField) => `task-${field}`;

export function TaskForm({
  mode,
  initial,
  organisation,
  poster,
  partnerships,
  placesTaken,
  draftKey,
  save,
}: TaskFormProps) {
  const { t } = useTranslation();
  const [values, setValues, clearDraft] = useFormDraft(draftKey, initial);
  const [errors, setErrors] = useState<TaskFormErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<FeedbackMessage | null>(null);
  const [busy, setBusy] = useState<'publish' | 'save' | null>(null);
  const [preview, setPreview] = useState(false);
  const publish = useRef(true);
  const summary = useRef<HTMLDivElement>(null);

  /** The fields whose rule depends on this one's value (the end date depends on the start). */
  const relatedTo = (field: TaskField): TaskField[] =>
    field === 'startDate' ? ['startDate', 'endDate'] : [field];

  /**
   * When errors show: a field's error appears only on leaving it (blur) or on submit, never on focus or
   * while typing; an error already shown disappears as soon as the value is valid (on change), so a
   * corrected field never keeps a stale message until the next blur.
   */
  const set =
    <F extends TaskField>(field: F) =>
    (value: TaskFormValues[F]) => {
      const next = { ...values, [field]: value };
      setValues((current) => ({ ...current, [field]: value }));
      if (!relatedTo(field).some((f) => errors[f])) return;
      const found = validateTaskForm(next);
      setErrors((current) => {
        const kept = { ...current };
        for (const f of relatedTo(field)) if (!found[f]) delete kept[f];
        return kept;
      });
    };

  /**
   * After leaving a field: its own rule again, and the end date's after the start date — but an empty
   * field nobody has filled in yet stays quiet until submit (moving from the start date to the end date
   * must not greet the end date with "required").
   */
  const recheck = (field: TaskField) => {
    if (!submitted && values[field] === '') return;
    const found = validateTaskForm(values);
    const related = relatedTo(field).filter(
      (f) => f === field || submitted || values[f] !== '' || errors[f] !== undefined,
    );
    setErrors((current) => {
      const next = { ...current };
      for (const f of related) {
        if (found[f]) next[f] = found[f];
        else delete next[f];
      }
      return next;
    });
  };

  const showErrors = (found: TaskFormErrors, other: string[] = []) => {
    flushSync(() => {
      setErrors(found);
      setOtherErrors(other);
      setSubmitted(true);
    });
    summary.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const found = validateTaskForm(values);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setErrors({});
    setOtherErrors([]);
    const publishing = mode !== 'edit' && publish.current;
    setBusy(publishing ? 'publish' : 'save');
    try {
      await save(values, publishing);
      clearDraft();
    } catch (error) {
      const params = error instanceof ApiError ? (error.problem?.invalidParams ?? []) : [];
      const mapped = errorsFromInvalidParams(params);
      if (params.length > 0) showErrors(mapped.errors, mapped.other);
      else setFailure({ type: 'error', text: apiErrorDetail(error) ?? t('taskForm.failed') });
      setBusy(null);
    }
  };

  const message = (error: TaskFieldError | undefined) =>
    error === undefined
      ? undefined
      : 'key' in error
        ? t(`taskForm.errors.${error.key}`, error.values ?? {})
        : error.text;

  const error = (field: TaskField) => message(errors[field]);

  const summaryItems: SummaryItem[] = [
    ...TASK_FIELDS.flatMap((field) => {
      const text = error(field);
      return text ? [{ target: fieldId(field), text }] : [];
    }),
    ...otherErrors.map((text) => ({ text })),
  ];

  const text = (field: 'title' | 'municipality' | 'address' | 'contactName' | 'contactEmail') => ({
    id: fieldId(field),
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field)(event.target.value),
    onBlur: () => recheck(field),
    error: error(field),
  });

  return (
    <>
      {submitted && summaryItems.length > 0 && <ErrorSummary items={summaryItems} summaryRef={summary} />}
      <Feedback message={failure} />
      <form className="kb-form kb-form--wide" noValidate onSubmit={(event) => void submit(event)}>
        <Heading2>{t('taskForm.sections.what')}</Heading2>
        <TextField
          {...text('title')}
          label={t('taskForm.title')}
          description={t('taskForm.titleHint', { max: TASK_LIMITS.titleMax })}
          required
          autoComplete="off"
        />
        <TextareaField
          id={fieldId('description')}
          name="description"
          label={t('taskForm.description')}
          description={t('taskForm.descriptionHint')}
          required
          rows={10}
          value={values.description}
          onChange={(event) => set('description')(event.target.value)}
          onBlur={() => recheck('description')}
          error={error('description')}
        />
        <SkillPicker
          id={fieldId('requiredSkills')}
          label={t('taskForm.requiredSkills')}
          description={t('taskForm.skillsHint')}
          value={values.requiredSkills}
          onChange={set('requiredSkills')}
          onBlur={() => recheck('requiredSkills')}
          error={error('requiredSkills')}
          allowProposals
          max={TASK_LIMITS.skillsMax}
        />
        <SkillPicker
          id={fieldId('niceToHaveSkills')}
          label={t('taskForm.niceToHaveSkills')}
          description={t('taskForm.skillsHint')}
          value={values.niceToHaveSkills}
          onChange={set('niceToHaveSkills')}
          onBlur={() => recheck('niceToHaveSkills')}
          error={error('niceToHaveSkills')}
          allowProposals
          max={TASK_LIMITS.skillsMax}
        />
        <CheckboxField
          id={fieldId('learningSuitable')}
          name="learningSuitable"
          label={t('taskForm.learningSuitable')}
          description={t('taskForm.learningSuitableHint')}
          checked={values.learningSuitable}
          onChange={(event) => set('learningSuitable')(event.target.checked)}
        />

        <Heading2>{t('taskForm.sections.when')}</Heading2>
        <TextField
          id={fieldId('estimatedHours')}
          name="estimatedHours"
          className="kb-field--short"
          inputMode="decimal"
          label={t('taskForm.estimatedHours')}
          description={t('taskForm.estimatedHoursHint', { max: TASK_LIMITS.hoursMax })}
          required
          value={values.estimatedHours}
          onChange={(event) => set('estimatedHours')(event.target.value)}
          onBlur={() => recheck('estimatedHours')}
          error={error('estimatedHours')}
        />
        <div className="kb-field-row">
          <TextField
            id={fieldId('startDate')}
            name="startDate"
            type="date"
            label={t('taskForm.startDate')}
            required
            min={DATE_INPUT_MIN}
            max={DATE_INPUT_MAX}
            value={values.startDate}
            onChange={(event) => set('startDate')(event.target.value)}
            onBlur={() => recheck('startDate')}
            error={error('startDate')}
            reserveError
          />
          <TextField
            id={fieldId('endDate')}
            name="endDate"
            type="date"
            label={t('taskForm.endDate')}
            description={t('taskForm.endDateHint', { max: TASK_LIMITS.durationDaysMax })}
            required
            min={values.startDate || DATE_INPUT_MIN}
            max={DATE_INPUT_MAX}
            value={values.endDate}
            onChange={(event) => set('endDate')(event.target.value)}
            onBlur={() => recheck('endDate')}
            error={error('endDate')}
            reserveError
          />
        </div>
        <TextField
          id={fieldId('capacity')}
          name="capacity"
          className="kb-field--short"
          inputMode="numeric"
          label={t('taskForm.capacity')}
          description={t('taskForm.capacityHint', { max: TASK_LIMITS.capacityMax })}
          required
          value={values.capacity}
          onChange={(event) => set('capacity')(event.target.value)}
          onBlur={() => recheck('capacity')}
          error={error('capacity')}
        />

        <Heading2>{t('taskForm.sections.where')}</Heading2>
        <RadioGroup
          id={fieldId('locationType')}
          name="locationType"
          legend={t('taskForm.locationType')}
          options={LOCATION_TYPES.map((type) => ({ value: type, label: t(`task.locationType.${type}`) }))}
          value={values.locationType}
          onChange={set('locationType')}
          error={error('locationType')}
        />
        {values.locationType !== 'remote' && (
          <>
            <TextField
              {...text('municipality')}
              label={t('taskForm.municipality')}
              description={t('taskForm.municipalityHint')}
              required
              autoComplete="address-level2"
            />
            <TextField {...text('address')} label={t('taskForm.address')} autoComplete="street-address" />
          </>
        )}

        <Heading2>{t('taskForm.sections.who')}</Heading2>
        <RadioGroup
          id={fieldId('claimMode')}
          name="claimMode"
          legend={t('taskForm.claimMode')}
          options={CLAIM_MODES.map((mode) => ({
            value: mode,
            label: t(`task.claimMode.${mode}`),
            description: t(`taskForm.claimModeHint.${mode}`),
          }))}
          value={values.claimMode}
          onChange={set('claimMode')}
          error={error('claimMode')}
        />
        <RadioGroup
          id={fieldId('visibility')}
          name="visibility"
          legend={t('taskForm.visibility')}
          options={TASK_VISIBILITIES.map((visibility) => ({
            value: visibility,
            label: t(`taskForm.visibilityOption.${visibility}`, { organisation: organisation.name }),
          }))}
          value={values.visibility}
          onChange={set('visibility')}
          error={error('visibility')}
        />
        {values.visibility === 'partnership' && (
          <SelectField
            id={fieldId('partnershipId')}
            name="partnershipId"
            label={t('taskForm.partnership')}
            required
            value={values.partnershipId}
            onChange={(event) => set('partnershipId')(event.target.value)}
            onBlur={() => recheck('partnershipId')}
            error={error('partnershipId')}
          >
            <SelectOption value="">{t('taskForm.choosePartnership')}</SelectOption>
            {partnerships.map((partnership) => (
              <SelectOption key={partnership.id} value={partnership.id}>
                {partnership.name}
              </SelectOption>
            ))}
          </SelectField>
        )}

        <Heading2>{t('taskForm.sections.contact')}</Heading2>
        <TextField
          {...text('contactName')}
          label={t('taskForm.contactName')}
          description={t('taskForm.contactHint', { name: poster.name })}
          autoComplete="off"
        />
        <TextField
          {...text('contactEmail')}
          type="email"
          label={t('taskForm.contactEmail')}
          spellCheck={false}
          autoComplete="off"
        />

        <ButtonGroup className="kb-form__buttons">
          {mode === 'edit' ? (
            <Button type="submit" appearance="primary-action-button" busy={busy === 'save'}>
              {t('taskForm.saveChanges')}
            </Button>
          ) : (
            <>
              <Button
                type="submit"
                appearance="primary-action-button"
                busy={busy === 'publish'}
                onClick={() => (publish.current = true)}
              >
                {t('taskForm.publish')}
              </Button>
              <Button
                type="submit"
                appearance="secondary-action-button"
                busy={busy === 'save'}
                onClick={() => (publish.current = false)}
              >
                {t('taskForm.saveDraft')}
              </Button>
            </>
          )}
          <Button
            appearance="subtle-button"
            aria-expanded={preview}
            aria-controls={preview ? 'task-preview' : undefined}
            onClick={() => setPreview((shown) => !shown)}
          >
            {t('taskForm.preview')}
          </Button>
        </ButtonGroup>
      </form>
      {preview && (
        <TaskPreview
          id="task-preview"
          values={values}
          organisation={organisation}
          poster={poster}
          partnerships={partnerships}
          placesTaken={placesTaken}
        />
      )}
    </>
  );
}

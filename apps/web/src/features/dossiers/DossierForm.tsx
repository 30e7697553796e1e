import { DOSSIER_LIMITS, JOIN_POLICIES } from '@klussenbank/domain';
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useFormDraft } from '../../shared/useFormDraft';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { DATE_INPUT_MAX, DATE_INPUT_MIN } from '../../shared/dates';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { RadioGroup, SelectField, TextareaField, TextField } from '../../shared/form-fields';
import { ErrorSummary, type SummaryItem } from '../../shared/ErrorSummary';
import type { NamedRef } from '../tasks/task-api';
import { SkillPicker } from '../skills/SkillPicker';
import {
  DOSSIER_FIELDS,
  type DossierField,
  type DossierFieldError,
  type DossierFormErrors,
  type DossierFormValues,
  dossierErrorsFromInvalidParams,
  SKILL_NAME_MAX,
  validateDossierForm,
} from './dossier-form';

interface DossierFormProps {
  mode: 'create' | 'edit';
  initial: DossierFormValues;
  /** Create: the partnerships to choose from. Edit: the dossier's own, which does not change. */
  partnerships: readonly NamedRef[];
  /** Edit: people in the team now; a cap below it is refused. */
  teamSize?: number;
  /** Where what is typed is kept while the session might end (see useFormDraft). */
  draftKey?: string;
  /** Sends the dossier; rejects with the API's error, which the form shows. */
  save: (values: DossierFormValues) => Promise<void>;
}

export const dossierFieldId = (field: DossierField) => `dossier-${field}`;

export function DossierForm({ mode, initial, partnerships, teamSize = 0, draftKey, save }: DossierFormProps) {
  const { t } = useTranslation();
  const [values, setValues, clearDraft] = useFormDraft(draftKey, initial);
  const [errors, setErrors] = useState<DossierFormErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<FeedbackMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const set =
    <F extends DossierField>(field: F) =>
    (value: DossierFormValues[F]) =>
      setValues((current) => ({ ...current, [field]: value }));

  /** After leaving a field: its own rule again (and the end date's, which depends on the start). */
  const recheck = (field: DossierField) => {
    if (!submitted && values[field] === '') return;
    const found = validateDossierForm(values, teamSize);
    const related: DossierField[] = field === 'startDate' ? ['startDate', 'endDate'] : [field];
    setErrors((current) => {
      const next = { ...current };
      for (const f of related) {
        if (found[f]) next[f] = found[f];
        else delete next[f];
      }
      return next;
    });
  };

  const showErrors = (found: DossierFormErrors, other: string[] = []) => {
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
    const found = validateDossierForm(values, teamSize);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setErrors({});
    setOtherErrors([]);
    setBusy(true);
    try {
      await save(values);
      clearDraft();
    } catch (error) {
      const params = invalidParamsOf(error);
      if (params.length > 0) {
        const mapped = dossierErrorsFromInvalidParams(params);
        showErrors(mapped.errors, mapped.other);
      } else setFailure({ type: 'error', text: apiErrorDetail(error) ?? t('dossierForm.failed') });
      setBusy(false);
    }
  };

  const error = (field: DossierField) => {
    const found: DossierFieldError | undefined = errors[field];
    if (found === undefined) return undefined;
    return 'key' in found ? t(`dossierForm.errors.${found.key}`, found.values ?? {}) : found.text;
  };

  const summaryItems: SummaryItem[] = [
    ...DOSSIER_FIELDS.flatMap((field) => {
      const text = error(field);
      return text ? [{ target: dossierFieldId(field), text }] : [];
    }),
    ...otherErrors.map((text) => ({ text })),
  ];

  const field = (name: 'title' | 'startDate' | 'endDate' | 'teamCap') => ({
    id: dossierFieldId(name),
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => set(name)(event.target.value),
    onBlur: () => recheck(name),
    error: error(name),
  });

  const area = (name: 'goal' | 'description') => ({
    id: dossierFieldId(name),
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => set(name)(event.target.value),
    onBlur: () => recheck(name),
    error: error(name),
  });

  return (
    <>
      {submitted && summaryItems.length > 0 && <ErrorSummary items={summaryItems} summaryRef={summary} />}
      <Feedback message={failure} />
      <form className="kb-form kb-form--wide" noValidate onSubmit={(event) => void submit(event)}>
        <Heading2>{t('dossierForm.sections.what')}</Heading2>
        <TextField
          {...field('title')}
          label={t('dossierForm.title')}
          description={t('dossierForm.titleHint', { max: DOSSIER_LIMITS.titleMax })}
          required
          autoComplete="off"
        />
        <TextareaField
          {...area('goal')}
          label={t('dossierForm.goal')}
          description={t('dossierForm.goalHint', { max: DOSSIER_LIMITS.goalMax })}
          required
          rows={4}
        />
        <TextareaField
          {...area('description')}
          label={t('dossierForm.description')}
          description={t('dossierForm.descriptionHint')}
          rows={8}
        />

        <Heading2>{t('dossierForm.sections.who')}</Heading2>
        {mode === 'create' ? (
          <SelectField
            id={dossierFieldId('partnershipId')}
            name="partnershipId"
            label={t('dossierForm.partnership')}
            description={t('dossierForm.partnershipHint')}
            required
            value={values.partnershipId}
            onChange={(event) => set('partnershipId')(event.target.value)}
            onBlur={() => recheck('partnershipId')}
            error={error('partnershipId')}
          >
            <SelectOption value="">{t('dossierForm.choosePartnership')}</SelectOption>
            {partnerships.map((partnership) => (
              <SelectOption key={partnership.id} value={partnership.id}>
                {partnership.name}
              </SelectOption>
            ))}
          </SelectField>
        ) : (
          <DataList className="kb-facts">
            <DataListItem>
              <DataListKey>{t('dossierForm.partnership')}</DataListKey>
              <DataListValue>
                {partnerships.find((p) => p.id === values.partnershipId)?.name ?? ''}
              </DataListValue>
            </DataListItem>
          </DataList>
        )}
        <RadioGroup
          id={dossierFieldId('joinPolicy')}
          name="joinPolicy"
          legend={t('dossierForm.joinPolicy')}
          options={JOIN_POLICIES.map((policy) => ({
            value: policy,
            label: t(`dossier.joinPolicy.${policy}`),
            description: t(`dossierForm.joinPolicyHint.${policy}`),
          }))}
          value={values.joinPolicy}
          onChange={set('joinPolicy')}
          error={error('joinPolicy')}
        />
        <TextField
          {...field('teamCap')}
          className="kb-field--short"
          inputMode="numeric"
          label={t('dossierForm.teamCap')}
          description={t('dossierForm.teamCapHint', { max: DOSSIER_LIMITS.teamCapMax })}
        />
        <SkillPicker
          id={dossierFieldId('skills')}
          label={t('dossierForm.skills')}
          description={t('dossierForm.skillsHint', { max: DOSSIER_LIMITS.skillsMax, length: SKILL_NAME_MAX })}
          value={values.skills}
          onChange={set('skills')}
          onBlur={() => recheck('skills')}
          error={error('skills')}
          allowProposals
          max={DOSSIER_LIMITS.skillsMax}
        />

        <Heading2>{t('dossierForm.sections.when')}</Heading2>
        <div className="kb-field-row">
          <TextField
            {...field('startDate')}
            type="date"
            label={t('dossierForm.startDate')}
            required
            min={DATE_INPUT_MIN}
            max={DATE_INPUT_MAX}
          />
          <TextField
            {...field('endDate')}
            type="date"
            label={t('dossierForm.endDate')}
            description={t('dossierForm.endDateHint')}
            min={values.startDate || DATE_INPUT_MIN}
            max={DATE_INPUT_MAX}
          />
        </div>

        <ButtonGroup className="kb-form__buttons">
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {mode === 'create' ? t('dossierForm.create') : t('dossierForm.saveChanges')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

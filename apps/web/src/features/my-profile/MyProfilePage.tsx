import { LOCATION_PREFERENCES, PROFILE_LIMITS, SKILL_LEVELS } from '@klussenbank/domain';
import {
  Button,
  DataBadge,
  FormFieldErrorMessage,
  Heading2,
  Paragraph,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { CalendarFeedSection } from '../calendar/CalendarFeedSection';
import { MyDataSection } from '../privacy/MyDataSection';
import { ChangePasswordForm } from '../passwords/ChangePasswordForm';
import { CheckboxField, RadioGroup, SelectField, TextField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { LoadingState } from '../../shared/LoadingState';
import { ErrorSummary, type SummaryItem } from '../../shared/ErrorSummary';
import { taskUrl } from '../tasks/task-routes';
import { type Profile, profileQuery, type SkillRef, saveProfile } from './profile-api';
import {
  addGoal,
  addSkill,
  type ErrorPlace,
  errorsFromInvalidParams,
  errorsInPageOrder,
  formFromProfile,
  hasErrors,
  hasGoal,
  hasSkill,
  isDirty,
  noErrors,
  type ProfileError,
  type ProfileFormErrors,
  type ProfileFormValues,
  recheck,
  type RecheckScope,
  removeGoal,
  removeSkill,
  setLevel,
  toProfileInput,
  validateProfileForm,
} from './profile-form';
import { MY_SESSIONS_URL } from '../sessions/sessions-api';
import { NOTIFICATION_SETTINGS_URL } from './profile-routes';
import { SkillPicker } from './SkillPicker';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

/** /mijn-profiel: what I can do, what I want to learn, and when and where I can work on klussen. */
export function MyProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  const profile = useApiData(profileQuery());

  return (
    <>
      <PageHeading>{t('profile.title')}</PageHeading>
      <Paragraph appearance="lead">{t('profile.intro')}</Paragraph>
      <Paragraph>
        {t('profile.notificationsText')}{' '}
        <RouterLink to={NOTIFICATION_SETTINGS_URL}>{t('profile.notificationsLink')}</RouterLink>
      </Paragraph>
      <Paragraph>
        {t('sessions.profileText')} <RouterLink to={MY_SESSIONS_URL}>{t('sessions.profileLink')}</RouterLink>
      </Paragraph>
      {profile.data ? (
        <ProfileForm profile={profile.data} />
      ) : profile.loading ? (
        <LoadingState text={t('profile.loading')} />
      ) : (
        <LoadError error={profile.error} onRetry={profile.reload} />
      )}
      <CalendarFeedSection />
      <ChangePasswordForm />
      <MyDataSection />
    </>
  );
}

const ids = {
  skillsHeading: 'profile-skills-heading',
  goalsHeading: 'profile-goals-heading',
  skillsError: 'profile-skills-error',
  goalsError: 'profile-goals-error',
  skillSearch: 'profile-skill-search',
  goalSearch: 'profile-goal-search',
  hoursPerMonth: 'profile-hoursPerMonth',
  locationPreference: 'profile-locationPreference',
  maxDistanceKm: 'profile-maxDistanceKm',
  level: (id: string) => `profile-skill-${id}-level`,
  removeSkill: (id: string) => `profile-skill-${id}-remove`,
  removeGoal: (id: string) => `profile-goal-${id}-remove`,
  goalError: (id: string) => `profile-goal-${id}-error`,
};

function ProfileForm({ profile: loaded }: { profile: Profile }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState(loaded);
  const [saved, setSaved] = useState(() => formFromProfile(loaded));
  const [values, setValues] = useState(saved);
  const [errors, setErrors] = useState<ProfileFormErrors>(noErrors);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const summary = useRef<HTMLDivElement>(null);
  const goalSearch = useRef<HTMLInputElement>(null);
  const dirty = isDirty(saved, values);

  const message = (error: ProfileError | undefined) =>
    error === undefined
      ? undefined
      : 'key' in error
        ? t(`profile.errors.${error.key}`, error.values)
        : error.text;

  /** A change; once errors show, those of `scope` follow it (typed fields wait for blur). */
  const change = (next: ProfileFormValues, scope?: RecheckScope) => {
    setValues(next);
    setFeedback(null);
    if (submitted && scope) setErrors((current) => recheck(current, next, scope));
  };

  const focusById = (id: string) => document.getElementById(id)?.focus();

  const add = (skill: SkillRef) => {
    flushSync(() => {
      change(addSkill(values, skill), 'lists');
      setAnnouncement(t('profile.skills.added', { skill: skill.label }));
    });
    // The button is gone; the next thing to do is choosing a level.
    focusById(ids.level(skill.id));
  };

  const remove = (skill: SkillRef) => {
    flushSync(() => {
      change(removeSkill(values, skill.id), 'lists');
      setAnnouncement(t('profile.skills.removed', { skill: skill.label }));
    });
    focusById(ids.skillsHeading);
  };

  const addLearningGoal = (goal: SkillRef) => {
    flushSync(() => {
      change(addGoal(values, goal), 'lists');
      setAnnouncement(t('profile.goals.added', { skill: goal.label }));
    });
    goalSearch.current?.focus();
  };

  const removeLearningGoal = (goal: SkillRef) => {
    flushSync(() => {
      change(removeGoal(values, goal.id), 'lists');
      setAnnouncement(t('profile.goals.removed', { skill: goal.label }));
    });
    focusById(ids.goalsHeading);
  };

  const blur = (field: 'hoursPerMonth' | 'maxDistanceKm') => {
    if (!submitted && values[field].trim() === '') return;
    setErrors((current) => recheck(current, values, field));
  };

  const showErrors = (found: ProfileFormErrors) => {
    flushSync(() => {
      setErrors(found);
      setSubmitted(true);
    });
    summary.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFeedback(null);
    const found = validateProfileForm(values);
    if (hasErrors(found)) {
      showErrors(found);
      return;
    }
    const sent = values;
    setBusy(true);
    try {
      const result = await saveProfile(toProfileInput(sent));
      const form = formFromProfile(result);
      setProfile(result);
      setSaved(form);
      setValues(form);
      setErrors(noErrors());
      setSubmitted(false);
      setFeedback({ type: 'ok', text: t('profile.saved') });
    } catch (error) {
      const params = invalidParamsOf(error);
      if (params.length > 0) showErrors(errorsFromInvalidParams(params, sent));
      else setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('profile.failed') });
    } finally {
      setBusy(false);
    }
  };

  const labelOf = (id: string, list: readonly SkillRef[]) =>
    list.find((skill) => skill.id === id)?.label ?? '';
  const target = (place: ErrorPlace): string | undefined => {
    switch (place.kind) {
      case 'skill':
        return ids.level(place.id);
      case 'goal':
        return ids.removeGoal(place.id);
      case 'field':
        switch (place.field) {
          case 'skills':
            return values.skills[0] && ids.removeSkill(values.skills[0].skill.id);
          case 'learningGoals':
            return values.learningGoals[0] && ids.removeGoal(values.learningGoals[0].id);
          case 'maxDistanceKm':
            return values.locationPreference === 'nearby' ? ids.maxDistanceKm : undefined;
          case 'hoursPerMonth':
          case 'locationPreference':
            return ids[place.field];
        }
    }
  };
  const summaryText = (place: ErrorPlace, text: string) => {
    switch (place.kind) {
      case 'skill':
        return t('profile.rowError', {
          skill: labelOf(
            place.id,
            values.skills.map(({ skill }) => skill),
          ),
          error: text,
        });
      case 'goal':
        return t('profile.goals.rowError', { skill: labelOf(place.id, values.learningGoals), error: text });
      case 'field':
        return text;
    }
  };
  const summaryItems: SummaryItem[] = [
    ...errorsInPageOrder(errors, values).map(({ place, error }) => ({
      target: target(place),
      text: summaryText(place, message(error) ?? ''),
    })),
    ...errors.other.map((text) => ({ text })),
  ];

  const municipality = profile.municipality;
  const skillsFull = values.skills.length >= PROFILE_LIMITS.skillsMax;
  const goalsFull = values.learningGoals.length >= PROFILE_LIMITS.learningGoalsMax;

  return (
    <>
      <UnsavedChangesGuard dirty={dirty} />
      {submitted && summaryItems.length > 0 && <ErrorSummary items={summaryItems} summaryRef={summary} />}
      <div aria-live="polite" className="kb-visually-hidden">
        {announcement}
      </div>

      <section className="kb-section" aria-labelledby={ids.skillsHeading}>
        <Heading2 id={ids.skillsHeading} tabIndex={-1} className="kb-focus-target">
          {t('profile.skills.heading')}
        </Heading2>
        <Paragraph>{t('profile.skills.intro', { max: PROFILE_LIMITS.skillsMax })}</Paragraph>
        {errors.fields.skills && (
          <FormFieldErrorMessage id={ids.skillsError}>{message(errors.fields.skills)}</FormFieldErrorMessage>
        )}
        {values.skills.length === 0 ? (
          <Paragraph className="kb-empty">{t('profile.skills.empty')}</Paragraph>
        ) : (
          <ul className="kb-skill-list" aria-labelledby={ids.skillsHeading}>
            {values.skills.map(({ skill, level }) => (
              <li key={skill.id} className="kb-skill-row">
                <SelectField
                  id={ids.level(skill.id)}
                  label={skill.label}
                  value={level}
                  onChange={(event) => {
                    const next = SKILL_LEVELS.find((option) => option === event.target.value);
                    if (next) change(setLevel(values, skill.id, next), 'lists');
                  }}
                  error={message(errors.skills[skill.id])}
                >
                  {SKILL_LEVELS.map((option) => (
                    <SelectOption key={option} value={option}>
                      {t(`skillLevel.${option}`)}
                    </SelectOption>
                  ))}
                </SelectField>
                <Button
                  id={ids.removeSkill(skill.id)}
                  appearance="subtle-button"
                  aria-label={t('profile.skills.remove', { skill: skill.label })}
                  aria-describedby={errors.fields.skills ? ids.skillsError : undefined}
                  onClick={() => remove(skill)}
                >
                  {t('profile.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <SkillPicker
          id={ids.skillSearch}
          heading={t('profile.skills.addHeading')}
          label={t('profile.skills.search')}
          isAdded={(id) => hasSkill(values, id)}
          full={skillsFull ? t('profile.skills.full', { max: PROFILE_LIMITS.skillsMax }) : undefined}
          onAdd={add}
        />
      </section>

      <section className="kb-section" aria-labelledby="profile-demonstrated-heading">
        <Heading2 id="profile-demonstrated-heading">{t('profile.demonstrated.heading')}</Heading2>
        <Paragraph>{t('profile.demonstrated.intro')}</Paragraph>
        {profile.demonstratedSkills.length === 0 ? (
          <Paragraph className="kb-empty">{t('profile.demonstrated.empty')}</Paragraph>
        ) : (
          <ul className="kb-skill-list" aria-labelledby="profile-demonstrated-heading">
            {profile.demonstratedSkills.map(({ skill, level, task, confirmedBy }) => (
              <li key={`${skill.id}-${task?.id ?? ''}`} className="kb-demonstrated">
                <Paragraph className="kb-demonstrated__skill">
                  <span className="kb-skill-row__label">{skill.label}</span>{' '}
                  <DataBadge className="kb-badge">{t('profile.demonstrated.badge')}</DataBadge>
                </Paragraph>
                <Paragraph className="kb-demonstrated__facts">
                  <span>{t('profile.demonstrated.level', { level: t(`match.level.${level}`) })}</span>
                  {task && (
                    <span>
                      {t('profile.demonstrated.inTask')}{' '}
                      <RouterLink to={taskUrl(task.id)}>{task.label}</RouterLink>
                    </span>
                  )}
                  {confirmedBy && <span>{t('profile.demonstrated.confirmedBy', { name: confirmedBy })}</span>}
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="kb-section" aria-labelledby={ids.goalsHeading}>
        <Heading2 id={ids.goalsHeading} tabIndex={-1} className="kb-focus-target">
          {t('profile.goals.heading')}
        </Heading2>
        <Paragraph>{t('profile.goals.intro', { max: PROFILE_LIMITS.learningGoalsMax })}</Paragraph>
        {errors.fields.learningGoals && (
          <FormFieldErrorMessage id={ids.goalsError}>
            {message(errors.fields.learningGoals)}
          </FormFieldErrorMessage>
        )}
        {values.learningGoals.length === 0 ? (
          <Paragraph className="kb-empty">{t('profile.goals.empty')}</Paragraph>
        ) : (
          <ul className="kb-skill-list" aria-labelledby={ids.goalsHeading}>
            {values.learningGoals.map((goal) => {
              const error = message(errors.goals[goal.id]);
              const describedBy = [
                error ? ids.goalError(goal.id) : '',
                errors.fields.learningGoals ? ids.goalsError : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <li key={goal.id} className={`kb-skill-row${error ? ' kb-skill-row--invalid' : ''}`}>
                  <span className="kb-skill-row__name">
                    <span className="kb-skill-row__label">{goal.label}</span>
                    {error && (
                      <FormFieldErrorMessage id={ids.goalError(goal.id)}>{error}</FormFieldErrorMessage>
                    )}
                  </span>
                  <Button
                    id={ids.removeGoal(goal.id)}
                    appearance="subtle-button"
                    aria-label={t('profile.goals.remove', { skill: goal.label })}
                    aria-describedby={describedBy || undefined}
                    onClick={() => removeLearningGoal(goal)}
                  >
                    {t('profile.remove')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        <SkillPicker
          id={ids.goalSearch}
          heading={t('profile.goals.addHeading')}
          label={t('profile.goals.search')}
          isAdded={(id) => hasGoal(values, id)}
          full={goalsFull ? t('profile.goals.full', { max: PROFILE_LIMITS.learningGoalsMax }) : undefined}
          onAdd={addLearningGoal}
          inputRef={goalSearch}
        />
      </section>

      <form className="kb-form kb-section" noValidate onSubmit={(event) => void submit(event)}>
        <Heading2>{t('profile.availability.heading')}</Heading2>
        <TextField
          id={ids.hoursPerMonth}
          name="hoursPerMonth"
          className="kb-field--short"
          inputMode="numeric"
          label={t('profile.availability.hours')}
          description={t('profile.availability.hoursHint', { max: PROFILE_LIMITS.hoursPerMonthMax })}
          value={values.hoursPerMonth}
          onChange={(event) => change({ ...values, hoursPerMonth: event.target.value })}
          onBlur={() => blur('hoursPerMonth')}
          error={message(errors.fields.hoursPerMonth)}
        />
        <RadioGroup
          id={ids.locationPreference}
          name="locationPreference"
          legend={t('profile.availability.location')}
          description={
            municipality
              ? t('profile.availability.locationHint', { municipality })
              : t('profile.availability.locationHintNoMunicipality')
          }
          options={LOCATION_PREFERENCES.map((preference) => ({
            value: preference,
            label: t(`profile.availability.locationOption.${preference}`),
          }))}
          value={values.locationPreference}
          // Leaving "nearby" takes its distance error along; choosing it waits until the distance is typed.
          onChange={(locationPreference) =>
            change(
              { ...values, locationPreference },
              locationPreference === 'nearby' ? undefined : 'maxDistanceKm',
            )
          }
          error={message(errors.fields.locationPreference)}
        />
        {values.locationPreference === 'nearby' && (
          <TextField
            id={ids.maxDistanceKm}
            name="maxDistanceKm"
            className="kb-field--short"
            inputMode="numeric"
            label={t('profile.availability.distance')}
            description={
              municipality
                ? t('profile.availability.distanceHint', { municipality, max: PROFILE_LIMITS.distanceKmMax })
                : t('profile.availability.distanceHintNoMunicipality', { max: PROFILE_LIMITS.distanceKmMax })
            }
            required
            value={values.maxDistanceKm}
            onChange={(event) => change({ ...values, maxDistanceKm: event.target.value })}
            onBlur={() => blur('maxDistanceKm')}
            error={message(errors.fields.maxDistanceKm)}
          />
        )}
        <Heading2>{t('profile.findable.heading')}</Heading2>
        <CheckboxField
          id="profile-findableByPartners"
          name="findableByPartners"
          label={t('profile.findable.label')}
          description={t('profile.findable.description')}
          checked={values.findableByPartners}
          onChange={(event) => change({ ...values, findableByPartners: event.currentTarget.checked })}
        />
        <Feedback message={feedback} />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('profile.save')}
        </Button>
      </form>
    </>
  );
}

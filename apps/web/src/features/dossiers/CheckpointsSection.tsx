import { dayInAmsterdam, DOSSIER_LIMITS } from '@klussenbank/domain';
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { DATE_INPUT_MAX, DATE_INPUT_MIN, DATE_RANGE, dateInputProblem } from '../../shared/dates';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { TextareaField, TextField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import type { ApiData } from '../../shared/useApiData';
import { LoadingState } from '../../shared/LoadingState';
import { usePanel } from '../../shared/usePanel';
import { type Checkpoint, type DossierDetail, planCheckpoint, updateCheckpoint } from './dossier-api';
import { useDossierText } from './useDossierText';

const REFLECTIONS = ['wentWell', 'chafed', 'changes'] as const;
type Reflection = (typeof REFLECTIONS)[number];

type Panel = { kind: 'plan' } | { kind: 'hold'; id: string };

interface CheckpointsSectionProps {
  dossier: DossierDetail;
  checkpoints: ApiData<{ items: Checkpoint[] }>;
  onChanged: () => void;
}

/** IJkmomenten: dated moments to look back and adjust. Trekkers plan them and write down how it went. */
export function CheckpointsSection({ dossier, checkpoints, onChanged }: CheckpointsSectionProps) {
  const { t } = useTranslation();
  const text = useDossierText();
  const panel = usePanel<Panel>();
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const items = checkpoints.data?.items;

  const done = (message: string) => {
    panel.done();
    setFeedback({ type: 'ok', text: message });
    onChanged();
  };

  const holding = panel.open?.kind === 'hold' ? panel.open.id : null;

  return (
    <section className="kb-section" aria-labelledby="checkpoints-heading">
      <Heading2 id="checkpoints-heading">{t('checkpoints.heading')}</Heading2>
      <Paragraph>{t('checkpoints.intro')}</Paragraph>
      <Feedback message={feedback} />
      {dossier.canEdit && (
        <>
          <Button
            appearance="secondary-action-button"
            aria-expanded={panel.open?.kind === 'plan'}
            onClick={() => (panel.open?.kind === 'plan' ? panel.cancel() : panel.show({ kind: 'plan' }))}
          >
            {t('checkpoints.plan')}
          </Button>
          {panel.open?.kind === 'plan' && (
            <PlanForm
              dossierId={dossier.id}
              onDone={(title) => done(t('checkpoints.planned', { title }))}
              onCancel={panel.cancel}
            />
          )}
        </>
      )}
      {items === undefined ? (
        checkpoints.loading ? (
          <LoadingState text={t('checkpoints.loading')} />
        ) : (
          <LoadError error={checkpoints.error} onRetry={checkpoints.reload} />
        )
      ) : items.length === 0 ? (
        <Paragraph className="kb-empty">{t('checkpoints.empty')}</Paragraph>
      ) : (
        <ul className="kb-checkpoint-list">
          {items.map((checkpoint) => (
            <li key={checkpoint.id}>
              <article className="kb-checkpoint" aria-labelledby={`checkpoint-${checkpoint.id}`}>
                <Heading3 id={`checkpoint-${checkpoint.id}`}>{checkpoint.title}</Heading3>
                <Paragraph className="kb-badges">
                  <StatusBadge
                    status={checkpoint.status === 'held' ? 'safe' : 'neutral'}
                    className="kb-badge"
                  >
                    {t(`checkpoints.status.${checkpoint.status}`)}
                  </StatusBadge>
                  <span>
                    {checkpoint.status === 'held' && checkpoint.heldOn
                      ? t('checkpoints.heldOn', { date: text.format.date(checkpoint.heldOn) })
                      : t('checkpoints.plannedOn', { date: text.format.date(checkpoint.plannedOn) })}
                    {checkpoint.writtenBy &&
                      ` · ${t('checkpoints.writtenBy', { name: checkpoint.writtenBy.name })}`}
                  </span>
                </Paragraph>
                {checkpoint.status === 'held' && (
                  <DataList className="kb-facts kb-reflections">
                    {REFLECTIONS.map((reflection) =>
                      checkpoint[reflection] ? (
                        <DataListItem key={reflection}>
                          <DataListKey>{t(`checkpoints.${reflection}`)}</DataListKey>
                          <DataListValue className="kb-reflection">{checkpoint[reflection]}</DataListValue>
                        </DataListItem>
                      ) : null,
                    )}
                  </DataList>
                )}
                {dossier.canEdit && checkpoint.status === 'planned' && (
                  <>
                    <Button
                      appearance="secondary-action-button"
                      aria-expanded={holding === checkpoint.id}
                      onClick={() =>
                        holding === checkpoint.id
                          ? panel.cancel()
                          : panel.show({ kind: 'hold', id: checkpoint.id })
                      }
                    >
                      {t('checkpoints.hold')} <span className="kb-visually-hidden">{checkpoint.title}</span>
                    </Button>
                    {holding === checkpoint.id && (
                      <HoldForm
                        dossierId={dossier.id}
                        checkpoint={checkpoint}
                        onDone={() => done(t('checkpoints.held', { title: checkpoint.title }))}
                        onCancel={panel.cancel}
                      />
                    )}
                  </>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface PlanFormProps {
  dossierId: string;
  onDone: (title: string) => void;
  onCancel: () => void;
}

function PlanForm({ dossierId, onDone, onCancel }: PlanFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [plannedOn, setPlannedOn] = useState('');
  const [errors, setErrors] = useState<{ title?: string; plannedOn?: string }>({});
  const [failure, setFailure] = useState<FeedbackMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const showErrors = (found: { title?: string; plannedOn?: string }) => {
    flushSync(() => setErrors(found));
    const first = found.title ? 'checkpoint-title' : 'checkpoint-plannedOn';
    form.current?.querySelector<HTMLElement>(`#${first}`)?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const trimmed = title.trim();
    const found: { title?: string; plannedOn?: string } = {};
    if (trimmed === '') found.title = t('checkpoints.errors.titleRequired');
    else if (trimmed.length > DOSSIER_LIMITS.checkpointTitleMax)
      found.title = t('checkpoints.errors.titleTooLong', { max: DOSSIER_LIMITS.checkpointTitleMax });
    if (plannedOn === '') found.plannedOn = t('checkpoints.errors.dateRequired');
    else if (dateInputProblem(plannedOn) === 'invalid') found.plannedOn = t('checkpoints.errors.dateInvalid');
    else if (dateInputProblem(plannedOn) === 'out-of-range')
      found.plannedOn = t('checkpoints.errors.dateOutOfRange', DATE_RANGE);
    if (found.title || found.plannedOn) {
      showErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const checkpoint = await planCheckpoint(dossierId, { title: trimmed, plannedOn });
      onDone(checkpoint.title);
    } catch (error) {
      const params = invalidParamsOf(error);
      const date = params.find((param) => param.name === 'plannedOn');
      const fromApi = {
        title: params.find((param) => param.name === 'title')?.reason,
        // A date outside the accepted years: our own words, with the years.
        plannedOn:
          date?.code === 'out-of-range' ? t('checkpoints.errors.dateOutOfRange', DATE_RANGE) : date?.reason,
      };
      if (fromApi.title || fromApi.plannedOn) showErrors(fromApi);
      else setFailure({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      className="kb-panel"
      aria-label={t('checkpoints.planForm')}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <Feedback message={failure} />
      <TextField
        id="checkpoint-title"
        label={t('checkpoints.title')}
        description={t('checkpoints.titleHint')}
        required
        autoComplete="off"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
        autoFocus
      />
      <TextField
        id="checkpoint-plannedOn"
        type="date"
        label={t('checkpoints.date')}
        required
        min={DATE_INPUT_MIN}
        max={DATE_INPUT_MAX}
        value={plannedOn}
        onChange={(event) => setPlannedOn(event.target.value)}
        error={errors.plannedOn}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('checkpoints.planSubmit')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('common.back')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface HoldFormProps {
  dossierId: string;
  checkpoint: Checkpoint;
  onDone: () => void;
  onCancel: () => void;
}

/** Glanzen en schuren: what went well, what chafed, what we change. At least one of them. */
function HoldForm({ dossierId, checkpoint, onDone, onCancel }: HoldFormProps) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Record<Reflection, string>>({ wentWell: '', chafed: '', changes: '' });
  const [errors, setErrors] = useState<Partial<Record<Reflection, string>>>({});
  const [failure, setFailure] = useState<FeedbackMessage | null>(null);
  const [busy, setBusy] = useState(false);
  /** The API refused: planned for a later day. Offer to move the date to today and record it. */
  const [notDue, setNotDue] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const id = (reflection: Reflection) => `checkpoint-${checkpoint.id}-${reflection}`;

  const showErrors = (found: Partial<Record<Reflection, string>>) => {
    flushSync(() => setErrors(found));
    const first = REFLECTIONS.find((reflection) => found[reflection]);
    if (first) form.current?.querySelector<HTMLElement>(`#${id(first)}`)?.focus();
  };

  const submit = async (moveToToday: boolean) => {
    if (busy) return;
    setFailure(null);
    setNotDue(false);
    const found: Partial<Record<Reflection, string>> = {};
    for (const reflection of REFLECTIONS) {
      if (texts[reflection].trim().length > DOSSIER_LIMITS.reflectionMax)
        found[reflection] = t('checkpoints.errors.reflectionTooLong', { max: DOSSIER_LIMITS.reflectionMax });
    }
    if (REFLECTIONS.every((reflection) => texts[reflection].trim() === ''))
      found.wentWell = t('checkpoints.errors.reflectionRequired');
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const body = Object.fromEntries(
        REFLECTIONS.flatMap((reflection) => {
          const value = texts[reflection].trim();
          return value ? [[reflection, value]] : [];
        }),
      ) as Partial<Record<Reflection, string>>;
      await updateCheckpoint(dossierId, checkpoint.id, {
        ...body,
        held: true,
        ...(moveToToday ? { plannedOn: dayInAmsterdam(new Date()) } : {}),
      });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'checkpoint-not-due') setNotDue(true);
      const fromApi: Partial<Record<Reflection, string>> = {};
      for (const param of invalidParamsOf(error)) {
        const field = REFLECTIONS.find((reflection) => reflection === param.name);
        if (field) fromApi[field] ??= param.reason;
      }
      if (Object.keys(fromApi).length > 0) showErrors(fromApi);
      else setFailure({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      className="kb-panel"
      aria-label={t('checkpoints.holdForm', { title: checkpoint.title })}
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        void submit(false);
      }}
    >
      <Paragraph>{t('checkpoints.holdHint')}</Paragraph>
      <Feedback message={failure} />
      {notDue && (
        <ButtonGroup>
          <Button appearance="secondary-action-button" busy={busy} onClick={() => void submit(true)}>
            {t('checkpoints.moveAndHold')}
          </Button>
        </ButtonGroup>
      )}
      {REFLECTIONS.map((reflection, index) => (
        <TextareaField
          key={reflection}
          id={id(reflection)}
          label={t(`checkpoints.${reflection}`)}
          description={t(`checkpoints.${reflection}Hint`)}
          rows={3}
          value={texts[reflection]}
          onChange={(event) => setTexts((current) => ({ ...current, [reflection]: event.target.value }))}
          error={errors[reflection]}
          autoFocus={index === 0}
        />
      ))}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('checkpoints.holdSubmit')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('common.back')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

import { SUCCESS_STORY_MAX } from '@klussenbank/domain';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { CheckboxField, RadioGroup, TextareaField } from '../../shared/form-fields';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { MarkdownPreview } from '../task-form/markdown-preview';
import { shareSuccess, successesQuery } from './success-api';
import { successUrl } from './success-routes';

/** What can be celebrated: a completed klus, or a dossier's held checkpoints and its completion. */
export type ShareSource =
  | { kind: 'task'; taskId: string }
  | {
      kind: 'dossier';
      dossierId: string;
      completed: boolean;
      heldCheckpoints: { id: string; title: string }[];
    };

const COMPLETED = 'dossier';

/**
 * "Deel dit als succes" on a completed klus (its poster) or a dossier (a trekker): a short story
 * with a preview rendered by the same function as the API, and whether the sharer's name may appear.
 */
export function ShareSuccessSection({ source }: { source: ShareSource }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const shared = useApiData(
    successesQuery(
      source.kind === 'task'
        ? { taskId: source.taskId, pageSize: 100 }
        : { dossierId: source.dossierId, pageSize: 100 },
    ),
  );
  const [story, setStory] = useState('');
  const [nameMe, setNameMe] = useState(false);
  const [preview, setPreview] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<FeedbackMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const done = shared.data?.items ?? [];
  const options =
    source.kind === 'dossier'
      ? [
          ...source.heldCheckpoints
            .filter((c) => !done.some((s) => s.checkpoint?.id === c.id))
            .map((c) => ({ value: c.id, label: t('successes.share.checkpointHeld', { title: c.title }) })),
          ...(source.completed && !done.some((s) => s.milestone === 'dossier-completed')
            ? [{ value: COMPLETED, label: t('successes.share.dossierCompleted') }]
            : []),
        ]
      : [];
  const [milestone, setMilestone] = useState('');
  const chosen = milestone || options[0]?.value || '';

  if (!shared.data) return null;
  const taskShared = source.kind === 'task' ? done[0] : undefined;
  if (taskShared) {
    return (
      <section className="kb-section" aria-labelledby={`${id}-heading`}>
        <Heading2 id={`${id}-heading`}>{t('successes.share.heading')}</Heading2>
        <Paragraph>
          {t('successes.share.alreadyShared')}{' '}
          <RouterLink to={successUrl(taskShared.id)}>{t('successes.share.view')}</RouterLink>
        </Paragraph>
      </section>
    );
  }
  if (source.kind === 'dossier' && options.length === 0) return null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const text = story.trim();
    if (!text) return setError(t('successes.share.required'));
    if (text.length > SUCCESS_STORY_MAX)
      return setError(t('successes.share.tooLong', { max: SUCCESS_STORY_MAX }));
    setError(undefined);
    setBusy(true);
    try {
      const success = await shareSuccess({
        story: text,
        nameMe,
        ...(source.kind === 'task'
          ? { taskId: source.taskId }
          : { dossierId: source.dossierId, ...(chosen !== COMPLETED ? { checkpointId: chosen } : {}) }),
      });
      void navigate(successUrl(success.id));
    } catch (caught) {
      const reason = invalidParamsOf(caught).find((p) => p.name === 'story')?.reason;
      if (reason) setError(reason);
      else setFailure({ type: 'error', text: apiErrorDetail(caught) ?? t('successes.share.failed') });
      setBusy(false);
    }
  };

  return (
    <section className="kb-section kb-panel" aria-labelledby={`${id}-heading`}>
      <Heading2 id={`${id}-heading`}>{t('successes.share.heading')}</Heading2>
      <Paragraph>{t('successes.share.intro')}</Paragraph>
      <Feedback message={failure} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        {source.kind === 'dossier' && (
          <RadioGroup
            id={`${id}-milestone`}
            name={`${id}-milestone`}
            legend={t('successes.share.milestone')}
            options={options}
            value={chosen}
            onChange={setMilestone}
          />
        )}
        {preview ? (
          <div className="kb-panel">
            <Heading3>{t('successes.share.previewHeading')}</Heading3>
            <MarkdownPreview source={story} firstHeadingLevel={4} />
          </div>
        ) : (
          <TextareaField
            id={`${id}-story`}
            label={t('successes.share.story')}
            description={t('successes.share.storyHint', { max: SUCCESS_STORY_MAX })}
            value={story}
            rows={6}
            onChange={(event) => setStory(event.target.value)}
            error={error}
          />
        )}
        <CheckboxField
          id={`${id}-name-me`}
          label={t('successes.share.nameMe')}
          checked={nameMe}
          onChange={(event) => setNameMe(event.target.checked)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('successes.share.submit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => setPreview((p) => !p)}>
            {preview ? t('successes.share.edit') : t('successes.share.preview')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

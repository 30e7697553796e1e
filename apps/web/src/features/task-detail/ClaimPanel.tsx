import { LIVE_CLAIM_STATUSES, TASK_LIMITS } from '@klussenbank/domain';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { TextareaField } from '../../shared/form-fields';
import { claimTask, decideClaim, type TaskDetail } from '../tasks/task-api';
import { useTaskText } from '../tasks/useTaskText';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { usePanel } from '../../shared/usePanel';

type Panel = 'apply' | 'withdraw';

/** Taking part, for everybody but the poster: claim, apply with a motivation, or withdraw. */
export function ClaimPanel({ task, onChanged }: { task: TaskDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const text = useTaskText();
  const panel = usePanel<Panel>();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [motivation, setMotivation] = useState('');
  const [motivationError, setMotivationError] = useState<string>();
  const motivationField = useRef<HTMLTextAreaElement>(null);

  const claim = task.myClaim ?? null;
  const live = claim !== null && LIVE_CLAIM_STATUSES.includes(claim.status);

  const fail = (error: unknown) => {
    setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    // The klus may have filled up or closed meanwhile: show how it is now.
    if (apiErrorCode(error)) onChanged();
  };

  const take = async (withMotivation?: string) => {
    setBusy(true);
    setFeedback(null);
    try {
      const result = await claimTask(task.id, withMotivation);
      panel.done();
      setMotivation('');
      const outcome =
        result.status === 'applied'
          ? 'applied'
          : result.status === 'awaiting-consent'
            ? 'consent'
            : 'claimed';
      setFeedback({ type: 'ok', text: t(`claim.outcome.${outcome}`) });
      onChanged();
    } catch (error) {
      const reason = invalidParamsOf(error).find((param) => param.name === 'motivation')?.reason;
      if (reason) {
        flushSync(() => setMotivationError(reason));
        motivationField.current?.focus();
      } else fail(error);
    } finally {
      setBusy(false);
    }
  };

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = motivation.trim();
    const error =
      trimmed === ''
        ? t('claim.motivationRequired')
        : trimmed.length > TASK_LIMITS.motivationMax
          ? t('claim.motivationTooLong', { max: TASK_LIMITS.motivationMax })
          : undefined;
    flushSync(() => setMotivationError(error));
    if (error) {
      motivationField.current?.focus();
      return;
    }
    void take(trimmed);
  };

  const withdraw = async () => {
    if (!claim) return;
    setBusy(true);
    setFeedback(null);
    try {
      await decideClaim(task.id, claim.id, 'withdrawn');
      panel.done();
      setFeedback({ type: 'ok', text: t('claim.outcome.withdrawn') });
      onChanged();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const body = () => {
    if (claim && live) {
      return (
        <>
          <Paragraph>
            {t('claim.yourStatus')} <strong>{t(`claimStatus.${claim.status}`)}</strong>
          </Paragraph>
          {claim.motivation && (
            <Paragraph className="kb-quote">
              {t('claim.yourMotivation')} {claim.motivation}
            </Paragraph>
          )}
          <Button
            appearance="secondary-action-button"
            aria-expanded={panel.open === 'withdraw'}
            onClick={() => (panel.open === 'withdraw' ? panel.cancel() : panel.show('withdraw'))}
          >
            {t('claim.withdraw')}
          </Button>
          {panel.open === 'withdraw' && (
            <ConfirmPanel
              question={t('claim.withdrawQuestion')}
              explanation={claim.status === 'active' ? t('claim.withdrawFreesPlace') : undefined}
              confirmLabel={t('claim.withdrawConfirm')}
              busy={busy}
              danger
              onConfirm={() => void withdraw()}
              onCancel={panel.cancel}
            />
          )}
        </>
      );
    }
    const earlier = claim && (
      <Paragraph>
        {t('claim.earlierStatus')} {t(`claimStatus.${claim.status}`)}
      </Paragraph>
    );
    if (task.status === 'full' || (task.status === 'open' && task.placesLeft <= 0)) {
      return (
        <>
          {earlier}
          <Paragraph>{t('claim.full')}</Paragraph>
        </>
      );
    }
    if (task.status !== 'open') {
      return (
        <>
          {earlier}
          <Paragraph>
            {t('claim.closed', { status: t(`task.status.${task.status}`).toLowerCase() })}
          </Paragraph>
        </>
      );
    }
    if (task.claimMode === 'instant') {
      return (
        <>
          {earlier}
          <Paragraph>
            {text.places(task)}. {t('claim.instantExplained')}
          </Paragraph>
          <Button appearance="primary-action-button" busy={busy} onClick={() => void take()}>
            {t('claim.claim')}
          </Button>
        </>
      );
    }
    return (
      <>
        {earlier}
        <Paragraph>
          {text.places(task)}. {t('claim.applicationExplained')}
        </Paragraph>
        <Button
          appearance="primary-action-button"
          aria-expanded={panel.open === 'apply'}
          onClick={() => (panel.open === 'apply' ? panel.cancel() : panel.show('apply'))}
        >
          {t('claim.apply')}
        </Button>
        {panel.open === 'apply' && (
          <form className="kb-panel" noValidate onSubmit={apply}>
            <TextareaField
              id="claim-motivation"
              inputRef={motivationField}
              label={t('claim.motivation')}
              description={t('claim.motivationHint')}
              required
              rows={5}
              value={motivation}
              onChange={(event) => setMotivation(event.target.value)}
              error={motivationError}
              // Opening the form is asking to write; the label is read with it.
              autoFocus
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {t('claim.sendApplication')}
              </Button>
              <Button appearance="secondary-action-button" onClick={panel.cancel}>
                {t('common.back')}
              </Button>
            </ButtonGroup>
          </form>
        )}
      </>
    );
  };

  return (
    <section className="kb-section kb-claim" aria-labelledby="claim-heading">
      <Heading2 id="claim-heading">{t('claim.heading')}</Heading2>
      <Feedback message={feedback} />
      {body()}
    </section>
  );
}

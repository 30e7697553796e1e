import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorDetail } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { useApiData } from '../../shared/useApiData';
import { usePanel } from '../../shared/usePanel';
import { useMe } from '../auth/useMe';
import { acceptCorrection, disputeCorrection, taskHoursQuery, type TaskHoursEntry } from './hours-api';
import { HoursState } from './HoursState';
import { MyHours } from './MyHours';

/**
 * On a completed klus: the hours recorded for each participant. A participant answers their own; the
 * poster (or an org-admin of the posting organisation) accepts or disputes a participant's correction.
 */
export function TaskHoursSection({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const hours = useApiData(taskHoursQuery(taskId));
  const items = hours.data?.items;
  return (
    <section className="kb-section" aria-labelledby="hours-heading">
      <Heading2 id="hours-heading">{t('hours.heading')}</Heading2>
      {items === undefined ? (
        hours.loading ? (
          <LoadingState text={t('common.loading')} />
        ) : (
          <LoadError error={hours.error} onRetry={hours.reload} />
        )
      ) : items.length === 0 ? (
        <Paragraph>{t('hours.noneYet')}</Paragraph>
      ) : (
        <ul className="kb-task-list">
          {items.map((entry) => (
            <li key={entry.id}>
              {entry.participant.id === me.id ? (
                <MyHours entry={entry} recordedHours={entry.recordedHours} onChanged={hours.reload} />
              ) : (
                <ParticipantHours entry={entry} onChanged={hours.reload} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Another participant's hours, as the poster's side sees them. */
function ParticipantHours({ entry, onChanged }: { entry: TaskHoursEntry; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const panel = usePanel<'dispute'>();
  const [busy, setBusy] = useState<'accept' | 'dispute' | null>(null);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const name = entry.participant.name;

  const act = async (action: 'accept' | 'dispute', reason = '') => {
    setBusy(action);
    setFeedback(null);
    try {
      if (action === 'accept') await acceptCorrection(entry.id);
      else await disputeCorrection(entry.id, reason);
      panel.done();
      setFeedback({
        type: 'ok',
        text: t(`hours.poster.${action === 'accept' ? 'accepted' : 'disputed'}`, { name }),
      });
      onChanged();
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="kb-hours">
      <Paragraph>
        <strong>{t('hours.hoursOf', { name, hours: format.number(entry.hours) })}</strong>
        {entry.kind === 'settlement' && <> ({t('hours.kindSettlement')})</>}
      </Paragraph>
      <HoursState entry={entry} />
      {entry.kind === 'correction' && (
        <>
          <Paragraph>
            {t('hours.poster.corrected', {
              name,
              recorded: format.number(entry.recordedHours),
              hours: format.number(entry.hours),
            })}
          </Paragraph>
          {entry.reason && <Paragraph>{t('hours.reason', { reason: entry.reason })}</Paragraph>}
          {entry.correctionAnswer && (
            <Paragraph>
              {t(
                entry.correctionAnswer === 'accepted'
                  ? 'hours.poster.answerAccepted'
                  : 'hours.poster.answerDisputed',
              )}
            </Paragraph>
          )}
        </>
      )}
      <Feedback message={feedback} />
      {entry.canAnswerCorrection &&
        (panel.open === 'dispute' ? (
          <ConfirmPanel
            question={t('hours.poster.disputeQuestion', { name })}
            explanation={t('hours.poster.disputeExplanation')}
            confirmLabel={t('hours.poster.sendDispute')}
            reason={{ label: t('hours.poster.disputeReasonLabel'), required: true }}
            busy={busy === 'dispute'}
            onConfirm={(reason) => void act('dispute', reason)}
            onCancel={panel.cancel}
          />
        ) : (
          <>
            {entry.answerCorrectionBefore && (
              <Paragraph>
                {t('hours.answerCorrectionBefore', { date: format.dateTimeOf(entry.answerCorrectionBefore) })}
              </Paragraph>
            )}
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                busy={busy === 'accept'}
                disabled={busy !== null}
                onClick={() => void act('accept')}
              >
                {t('hours.poster.accept')} <span className="kb-visually-hidden">{name}</span>
              </Button>
              <Button
                appearance="secondary-action-button"
                disabled={busy !== null}
                onClick={() => panel.show('dispute')}
              >
                {t('hours.poster.dispute')} <span className="kb-visually-hidden">{name}</span>
              </Button>
            </ButtonGroup>
          </>
        ))}
    </div>
  );
}

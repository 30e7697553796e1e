import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorCode, apiErrorDetail, invalidParamsOf } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { usePanel } from '../../shared/usePanel';
import { confirmHours, correctHours, type LedgerEntry } from './hours-api';
import { HoursForm } from './HoursForm';
import { HoursState } from './HoursState';

interface MyHoursProps {
  entry: LedgerEntry;
  /** What the poster recorded at completion, when the entry is a later figure. */
  recordedHours?: number;
  onChanged: () => void;
}

/** The hours recorded for me on one klus, with their state; while recorded, I confirm or correct them. */
export function MyHours({ entry, recordedHours, onChanged }: MyHoursProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const panel = usePanel<'correct'>();
  const [busy, setBusy] = useState<'confirm' | 'correct' | null>(null);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [serverErrors, setServerErrors] = useState<{ hours?: string; text?: string }>();
  const title = entry.task.title;
  const hours = format.number(entry.hours);

  const failed = (error: unknown) =>
    setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });

  const confirm = async () => {
    setBusy('confirm');
    setFeedback(null);
    try {
      await confirmHours(entry.id);
      setFeedback({ type: 'ok', text: t('hours.confirmed', { title }) });
      onChanged();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  const correct = async (value: number, reason: string) => {
    setBusy('correct');
    setFeedback(null);
    try {
      await correctHours(entry.id, value, reason);
      panel.done();
      setFeedback({ type: 'ok', text: t('hours.correctedDone', { title }) });
      onChanged();
    } catch (error) {
      const params = invalidParamsOf(error);
      if (params.length > 0) {
        const of = (name: string) => params.find((p) => p.name === name)?.reason;
        setServerErrors({ hours: of('hours'), text: of('reason') });
      } else {
        if (apiErrorCode(error) === 'ledger-entry-settled') panel.done();
        failed(error);
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="kb-hours">
      <Paragraph>
        {t('hours.yourHours', { hours: t('hours.disputes.hoursValue', { hours }) })}
        {recordedHours !== undefined && recordedHours !== entry.hours && (
          <> {t('hours.wasRecorded', { hours: format.number(recordedHours) })}</>
        )}
      </Paragraph>
      <HoursState entry={entry} />
      {entry.internal && <Paragraph>{t('hours.internal')}</Paragraph>}
      <Feedback message={feedback} />
      {entry.state === 'recorded' &&
        (panel.open === 'correct' ? (
          <HoursForm
            id={`correct-${entry.id}`}
            question={t('hours.correctQuestion', { title })}
            explanation={t('hours.correctExplanation', { hours })}
            hoursLabel={t('hours.hoursLabel')}
            textLabel={t('hours.reasonLabel')}
            textHint={t('hours.reasonHint')}
            submitLabel={t('hours.saveCorrection')}
            rule={{ kind: 'correction', recorded: entry.hours }}
            busy={busy === 'correct'}
            serverErrors={serverErrors}
            onSubmit={(value, reason) => void correct(value, reason)}
            onCancel={panel.cancel}
          />
        ) : (
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              busy={busy === 'confirm'}
              disabled={busy !== null}
              onClick={() => void confirm()}
            >
              {t('hours.confirm')} <span className="kb-visually-hidden">{title}</span>
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={busy !== null}
              onClick={() => panel.show('correct')}
            >
              {t('hours.correct')} <span className="kb-visually-hidden">{title}</span>
            </Button>
          </ButtonGroup>
        ))}
    </div>
  );
}

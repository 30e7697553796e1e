import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorDetail } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { TextField } from '../../shared/form-fields';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { useApiData } from '../../shared/useApiData';
import { calendarFeedQuery, createCalendarFeed, revokeCalendarFeed } from './calendar-api';

const ids = { heading: 'calendar-feed-heading', url: 'calendar-feed-url', copied: 'calendar-feed-copied' };

/**
 * "Agenda" on Mijn profiel: a secret iCalendar link to subscribe to in Outlook or another calendar.
 * Only a hash of the link's secret is kept, so the link is shown once, right after it is made.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const feed = useApiData(calendarFeedQuery());
  const [url, setUrl] = useState<string | null>(null);
  const [asking, setAsking] = useState<'regenerate' | 'revoke' | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [copied, setCopied] = useState<string>('');
  const urlInput = useRef<HTMLInputElement>(null);

  async function act(action: 'create' | 'revoke') {
    setBusy(true);
    setFeedback(null);
    setCopied('');
    try {
      if (action === 'create') {
        const made = await createCalendarFeed();
        feed.replace({ exists: true, createdAt: made.createdAt });
        setUrl(made.url);
        setFeedback({ type: 'ok', text: t('calendarFeed.made') });
      } else {
        await revokeCalendarFeed();
        feed.replace({ exists: false, createdAt: null });
        setUrl(null);
        setFeedback({ type: 'ok', text: t('calendarFeed.revoked') });
      }
      setAsking(null);
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(false);
    }
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(t('calendarFeed.copied'));
    } catch {
      urlInput.current?.select();
      setCopied(t('calendarFeed.copyFailed'));
    }
  }

  return (
    <section className="kb-section" aria-labelledby={ids.heading}>
      <Heading2 id={ids.heading}>{t('calendarFeed.heading')}</Heading2>
      <Paragraph>{t('calendarFeed.intro')}</Paragraph>
      <Paragraph>{t('calendarFeed.outlook')}</Paragraph>
      <Paragraph>{t('calendarFeed.secret')}</Paragraph>
      <Feedback message={feedback} />
      {url && (
        <div className="kb-calendar-feed__url">
          <TextField
            id={ids.url}
            inputRef={urlInput}
            label={t('calendarFeed.urlLabel')}
            description={t('calendarFeed.urlOnce')}
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <ButtonGroup>
            <Button appearance="primary-action-button" onClick={() => void copy(url)}>
              {t('calendarFeed.copy')}
            </Button>
          </ButtonGroup>
          <Paragraph id={ids.copied} aria-live="polite" role="status">
            {copied}
          </Paragraph>
        </div>
      )}
      {asking === 'regenerate' && (
        <ConfirmPanel
          question={t('calendarFeed.regenerateQuestion')}
          explanation={t('calendarFeed.regenerateExplanation')}
          confirmLabel={t('calendarFeed.regenerateConfirm')}
          busy={busy}
          onConfirm={() => void act('create')}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking === 'revoke' && (
        <ConfirmPanel
          question={t('calendarFeed.revokeQuestion')}
          explanation={t('calendarFeed.revokeExplanation')}
          confirmLabel={t('calendarFeed.revokeConfirm')}
          danger
          busy={busy}
          onConfirm={() => void act('revoke')}
          onCancel={() => setAsking(null)}
        />
      )}
      {feed.data ? (
        feed.data.exists ? (
          <>
            <Paragraph>
              {t('calendarFeed.since', { date: format.dateTimeOf(feed.data.createdAt ?? '') })}
            </Paragraph>
            {asking === null && (
              <ButtonGroup>
                <Button appearance="secondary-action-button" onClick={() => setAsking('regenerate')}>
                  {t('calendarFeed.regenerate')}
                </Button>
                <Button
                  appearance="secondary-action-button"
                  hint="danger"
                  onClick={() => setAsking('revoke')}
                >
                  {t('calendarFeed.revoke')}
                </Button>
              </ButtonGroup>
            )}
          </>
        ) : (
          <>
            <Paragraph className="kb-empty">{t('calendarFeed.none')}</Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" busy={busy} onClick={() => void act('create')}>
                {t('calendarFeed.create')}
              </Button>
            </ButtonGroup>
          </>
        )
      ) : feed.loading ? (
        <LoadingState text={t('calendarFeed.loading')} />
      ) : (
        <LoadError error={feed.error} onRetry={feed.reload} />
      )}
    </section>
  );
}

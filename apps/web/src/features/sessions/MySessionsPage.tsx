import { SESSION_ABSOLUTE_DAYS } from '@klussenbank/domain';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorDetail } from '../../shared/api-error';
import { ConfirmPanel } from '../../shared/ConfirmPanel';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { PageHeading } from '../../shared/PageHeading';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { usePanel } from '../../shared/usePanel';
import { endMyOtherSessions, endMySession, mySessionsQuery, type Session } from './sessions-api';

/** "Chrome op Windows", or what is known of it. */
export function useDeviceLabel(): (session: Pick<Session, 'browser' | 'os'>) => string {
  const { t } = useTranslation();
  return ({ browser, os }) =>
    browser && os ? t('sessions.device', { browser, os }) : (browser ?? os ?? t('sessions.unknownDevice'));
}

/** /mijn-profiel/sessies: where I am signed in, and ending those sessions. */
export function MySessionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sessions.title'));
  const sessions = useApiData(mySessionsQuery());
  const panel = usePanel<string>();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const device = useDeviceLabel();

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      panel.done();
      setFeedback({ type: 'ok', text: done });
      sessions.reload();
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(false);
    }
  };

  const items = sessions.data ?? [];
  const others = items.filter((session) => !session.current);
  return (
    <>
      <PageHeading>{t('sessions.title')}</PageHeading>
      <Paragraph appearance="lead">{t('sessions.intro', { days: SESSION_ABSOLUTE_DAYS })}</Paragraph>
      <Feedback message={feedback} />
      {!sessions.data ? (
        sessions.loading ? (
          <LoadingState text={t('sessions.loading')} />
        ) : (
          <LoadError error={sessions.error} onRetry={sessions.reload} />
        )
      ) : (
        <section aria-labelledby="my-sessions-heading">
          <Heading2 id="my-sessions-heading">{t('sessions.count', { count: items.length })}</Heading2>
          <ul className="kb-admin-list" aria-label={t('sessions.list')}>
            {items.map((session) => (
              <SessionCard
                key={session.id}
                session={session}
                label={device(session)}
                open={panel.open === session.id}
                busy={busy}
                onOpen={() => {
                  setFeedback(null);
                  panel.show(session.id);
                }}
                onCancel={panel.cancel}
                onConfirm={() =>
                  void run(() => endMySession(session.id), t('sessions.ended', { device: device(session) }))
                }
              />
            ))}
          </ul>
          {others.length > 0 &&
            (panel.open === 'others' ? (
              <ConfirmPanel
                question={t('sessions.endOthersQuestion', { count: others.length })}
                explanation={t('sessions.endOthersExplanation')}
                confirmLabel={t('sessions.endOthersConfirm')}
                danger
                busy={busy}
                onConfirm={() =>
                  void run(endMyOtherSessions, t('sessions.endedOthers', { count: others.length }))
                }
                onCancel={panel.cancel}
              />
            ) : (
              <ButtonGroup>
                <Button
                  appearance="secondary-action-button"
                  onClick={() => {
                    setFeedback(null);
                    panel.show('others');
                  }}
                >
                  {t('sessions.endOthers')}
                </Button>
              </ButtonGroup>
            ))}
        </section>
      )}
    </>
  );
}

interface SessionCardProps {
  session: Session;
  label: string;
  open: boolean;
  busy: boolean;
  onOpen: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}

function SessionCard({ session, label, open, busy, onOpen, onCancel, onConfirm }: SessionCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="kb-admin-card">
      <Heading3>
        {label}
        {session.current && <> · {t('sessions.current')}</>}
      </Heading3>
      <Paragraph className="kb-admin-card__meta">
        {t(`sessions.method.${session.authMethod}`)}
        {session.ipAddress ? ` · ${t('sessions.ip', { ip: session.ipAddress })}` : ''}
      </Paragraph>
      <Paragraph className="kb-admin-card__meta">
        {t('sessions.since', { date: format.dateTimeOf(session.createdAt) })} ·{' '}
        {t('sessions.lastUsed', { date: format.dateTimeOf(session.lastSeenAt) })}
      </Paragraph>
      {open ? (
        <ConfirmPanel
          question={
            session.current ? t('sessions.endCurrentQuestion') : t('sessions.endQuestion', { device: label })
          }
          explanation={session.current ? t('sessions.endCurrentExplanation') : t('sessions.endExplanation')}
          confirmLabel={t('sessions.endConfirm')}
          danger
          busy={busy}
          onConfirm={onConfirm}
          onCancel={onCancel}
        />
      ) : (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            aria-label={t('sessions.endFor', { device: label })}
            onClick={onOpen}
          >
            {t('sessions.end')}
          </Button>
        </ButtonGroup>
      )}
    </li>
  );
}

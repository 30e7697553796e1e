import { LIVE_CLAIM_STATUSES } from '@klussenbank/domain';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorDetail } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { RouterLink } from '../../shared/router-links';
import { type ApiData, useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { LoadingState } from '../../shared/LoadingState';
import { canPost } from '../tasks/can-post';
import {
  type ConsentRequest,
  consentRequestsQuery,
  decideConsent,
  type MyClaim,
  myClaimsQuery,
  myTasksQuery,
} from '../tasks/task-api';
import { BROWSE_URL, NEW_TASK_URL } from '../tasks/task-routes';
import { currentEntries, myHoursQuery } from '../hours/hours-api';
import { MyHours } from '../hours/MyHours';
import { TaskSummaryCard } from '../tasks/TaskSummaryCard';
import { HourCapSummary } from './HourCapSummary';

interface Items<T> {
  items: T[];
}

interface SectionProps<T> {
  id: string;
  heading: string;
  data: ApiData<Items<T>>;
  select?: (items: T[]) => T[];
  empty: ReactNode;
  before?: ReactNode;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
}

/** One list of "Mijn klussen", with its own loading, error and empty state. */
function Section<T>({ id, heading, data, select, empty, before, render, keyOf }: SectionProps<T>) {
  const { t } = useTranslation();
  const items = data.data ? (select ? select(data.data.items) : data.data.items) : undefined;
  return (
    <section className="kb-section" aria-labelledby={id}>
      <Heading2 id={id}>{heading}</Heading2>
      {before}
      {items === undefined ? (
        data.loading ? (
          <LoadingState text={t('common.loading')} />
        ) : (
          <LoadError error={data.error} onRetry={data.reload} />
        )
      ) : items.length === 0 ? (
        <div className="kb-empty">{empty}</div>
      ) : (
        <ul className="kb-task-list">
          {items.map((item) => (
            <li key={keyOf(item)}>{render(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

const isLive = (claim: MyClaim) => LIVE_CLAIM_STATUSES.includes(claim.status);
const isCompleted = (claim: MyClaim) => claim.status === 'completed';

/** /mijn-klussen: what I take part in, what I finished, what I posted and who waits for my consent. */
export function MyTasksPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('myTasks.title'));
  const claims = useApiData(myClaimsQuery());
  const tasks = useApiData(myTasksQuery());
  const consent = useApiData(consentRequestsQuery());
  const hours = useApiData(myHoursQuery());
  const [busy, setBusy] = useState<string | null>(null);
  const [consentFeedback, setConsentFeedback] = useState<FeedbackMessage | null>(null);

  const decide = async (request: ConsentRequest, decision: 'granted' | 'declined') => {
    setBusy(request.claimId);
    setConsentFeedback(null);
    try {
      await decideConsent(request.claimId, decision);
      setConsentFeedback({
        type: 'ok',
        text: t(`myTasks.consent.done.${decision}`, { name: request.user.name, task: request.task.title }),
      });
      consent.reload();
    } catch (error) {
      setConsentFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(null);
    }
  };

  const claimCard = (claim: MyClaim) => (
    <TaskSummaryCard task={claim.task}>
      <Paragraph className="kb-claim-status">
        {t('myTasks.yourStatus')} <strong>{t(`claimStatus.${claim.status}`)}</strong>
      </Paragraph>
    </TaskSummaryCard>
  );

  /** A finished klus shows the hours recorded for me, not the estimate, and lets me answer them. */
  const completedCard = (claim: MyClaim) => {
    const entries = hours.data?.items.filter((e) => e.task.id === claim.task.id) ?? [];
    const recorded = entries.find((e) => e.kind === 'original')?.hours;
    const current = currentEntries(entries);
    return (
      <TaskSummaryCard task={claim.task} workedHours={current[0]?.hours}>
        {current.map((entry) => (
          <MyHours key={entry.id} entry={entry} recordedHours={recorded} onChanged={hours.reload} />
        ))}
        {Boolean(hours.error) && !hours.loading && <Paragraph>{t('hours.loadFailed')}</Paragraph>}
      </TaskSummaryCard>
    );
  };

  return (
    <>
      <PageHeading>{t('myTasks.title')}</PageHeading>
      <Paragraph appearance="lead">{t('myTasks.intro')}</Paragraph>
      <HourCapSummary />

      <Section
        id="my-claims"
        heading={t('myTasks.claimed')}
        data={claims}
        select={(items) => items.filter(isLive)}
        keyOf={(claim) => claim.id}
        render={claimCard}
        empty={
          <Paragraph>
            {t('myTasks.claimedEmpty')} <RouterLink to={BROWSE_URL}>{t('myTasks.findTasks')}</RouterLink>
          </Paragraph>
        }
      />

      <Section
        id="my-completed"
        heading={t('myTasks.completed')}
        data={claims}
        select={(items) => items.filter(isCompleted)}
        keyOf={(claim) => claim.id}
        render={completedCard}
        empty={<Paragraph>{t('myTasks.completedEmpty')}</Paragraph>}
      />

      <Section
        id="my-posted"
        heading={t('myTasks.posted')}
        data={tasks}
        keyOf={(task) => task.id}
        before={
          canPost(me.roles) && (
            <Paragraph>
              <RouterLink to={NEW_TASK_URL}>{t('myTasks.postTask')}</RouterLink>
            </Paragraph>
          )
        }
        render={(task) => (
          <TaskSummaryCard task={task}>
            <Paragraph className="kb-claim-status">
              {t('myTasks.applicants', { count: task.applicants })}
              {' · '}
              {t('myTasks.participants', { count: task.participants })}
            </Paragraph>
          </TaskSummaryCard>
        )}
        empty={<Paragraph>{t('myTasks.postedEmpty')}</Paragraph>}
      />

      <Section
        id="my-consent"
        heading={t('myTasks.consent.heading')}
        data={consent}
        keyOf={(request) => request.claimId}
        before={<Feedback message={consentFeedback} />}
        render={(request) => (
          <TaskSummaryCard task={request.task}>
            <Paragraph className="kb-claim-status">
              {t('myTasks.consent.asks', { name: request.user.name })}
            </Paragraph>
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                busy={busy === request.claimId}
                disabled={busy !== null && busy !== request.claimId}
                onClick={() => void decide(request, 'granted')}
              >
                {t('myTasks.consent.grant')} <span className="kb-visually-hidden">{request.user.name}</span>
              </Button>
              <Button
                appearance="secondary-action-button"
                disabled={busy !== null}
                onClick={() => void decide(request, 'declined')}
              >
                {t('myTasks.consent.decline')} <span className="kb-visually-hidden">{request.user.name}</span>
              </Button>
            </ButtonGroup>
          </TaskSummaryCard>
        )}
        empty={<Paragraph>{t('myTasks.consent.empty')}</Paragraph>}
      />
    </>
  );
}

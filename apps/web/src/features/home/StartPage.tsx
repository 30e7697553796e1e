import { dayInAmsterdam } from '@klussenbank/domain';
import { ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/client';
import { useFormat } from '../../i18n/useFormat';
import { LoadError } from '../../shared/LoadError';
import { LoadingState } from '../../shared/LoadingState';
import { PageHeading } from '../../shared/PageHeading';
import { RouterButtonLink, RouterLink } from '../../shared/router-links';
import { type ApiData, useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { DOSSIERS_URL, dossierUrl } from '../dossiers/dossier-routes';
import { MY_PROFILE_URL } from '../my-profile/profile-routes';
import { type AppNotification, notificationsQuery } from '../notifications/notification-api';
import { NOTIFICATIONS_URL } from '../notifications/notification-routes';
import { useNotifications } from '../notifications/notifications-context';
import { useNotificationText } from '../notifications/useNotificationText';
import { canPost } from '../tasks/can-post';
import { matchReasons, myClaimsQuery, myTasksQuery } from '../tasks/task-api';
import { BROWSE_URL, MY_TASKS_URL, NEW_TASK_URL, taskUrl } from '../tasks/task-routes';
import { useMatchReasons } from '../tasks/useMatchReasons';
import { myCheckpointsQuery, START_ITEMS, upcomingClaims, waitingForDecision } from './start-data';
import './start.css';

const recommendedQuery = () => apiQuery('/me/recommended-tasks');
const MY_DOSSIERS_URL = `${DOSSIERS_URL}?mine=true`;

interface BlockProps<T, Item> {
  id: string;
  heading: string;
  data: ApiData<T>;
  /** The items to show, all of them; the block shows the first few. */
  select: (data: T) => Item[];
  keyOf: (item: Item) => string;
  render: (item: Item) => ReactNode;
  /** What to do next when there is nothing. */
  empty: (data: T) => ReactNode;
  /** The link to the full list. */
  more: ReactNode;
}

/** One block of the start page, with its own loading, error and empty state: one failing leaves the rest. */
function Block<T, Item>({ id, heading, data, select, keyOf, render, empty, more }: BlockProps<T, Item>) {
  const { t } = useTranslation();
  const items = data.data === undefined ? undefined : select(data.data);
  return (
    <section className="kb-start-block" aria-labelledby={id}>
      <Heading2 id={id}>{heading}</Heading2>
      {items === undefined || data.data === undefined ? (
        data.loading ? (
          <LoadingState text={t('common.loading')} />
        ) : (
          <LoadError error={data.error} onRetry={data.reload} />
        )
      ) : items.length === 0 ? (
        <div className="kb-empty">{empty(data.data)}</div>
      ) : (
        <>
          <ul className="kb-start-list">
            {items.slice(0, START_ITEMS).map((item) => (
              <li key={keyOf(item)}>{render(item)}</li>
            ))}
          </ul>
          <Paragraph className="kb-start-more">{more}</Paragraph>
        </>
      )}
    </section>
  );
}

function NextStep({ text, link, to }: { text: string; link: string; to: string }) {
  return (
    <Paragraph>
      {text} <RouterLink to={to}>{link}</RouterLink>
    </Paragraph>
  );
}

/** Unread notifications, with those arriving while the page is open on top. */
function useUnreadNotifications() {
  const list = useApiData(notificationsQuery(1));
  const { subscribe, unreadCount } = useNotifications();
  const [arrived, setArrived] = useState<AppNotification[]>([]);
  useEffect(
    () =>
      subscribe((notification) =>
        setArrived((current) => [notification, ...current.filter(({ id }) => id !== notification.id)]),
      ),
    [subscribe],
  );
  const items = useMemo(() => {
    if (!list.data) return undefined;
    const known = new Set(list.data.items.map(({ id }) => id));
    return [...arrived.filter(({ id }) => !known.has(id)), ...list.data.items].filter(
      ({ readAt }) => readAt === null,
    );
  }, [list.data, arrived]);
  return { list, items, unreadCount: unreadCount ?? list.data?.unreadCount ?? 0 };
}

/** "/": what waits for me — my klussen and checkpoints, unread notifications, decisions, suggestions. */
export function StartPage() {
  const me = useMe();
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useNotificationText();
  const why = useMatchReasons();
  useDocumentTitle(t('start.title'));
  const manager = canPost(me.roles);
  const today = dayInAmsterdam(new Date());

  const claims = useApiData(myClaimsQuery());
  const checkpoints = useApiData(myCheckpointsQuery(today));
  const notifications = useUnreadNotifications();
  const posted = useApiData(manager ? myTasksQuery() : null);
  const recommended = useApiData(recommendedQuery());

  return (
    <>
      <PageHeading>{t('start.heading', { name: me.displayName })}</PageHeading>
      <Paragraph appearance="lead">{t('start.intro')}</Paragraph>
      <ButtonGroup>
        <RouterButtonLink to={BROWSE_URL} appearance="primary-action-button">
          {t('start.toTasks')}
        </RouterButtonLink>
        {manager && (
          <RouterButtonLink to={NEW_TASK_URL} appearance="secondary-action-button">
            {t('start.toNewTask')}
          </RouterButtonLink>
        )}
      </ButtonGroup>

      <div className="kb-start-blocks">
        <Block
          id="start-upcoming"
          heading={t('start.upcoming.heading')}
          data={claims}
          select={({ items }) => upcomingClaims(items, today)}
          keyOf={(claim) => claim.id}
          render={({ task, status }) => (
            <>
              <RouterLink to={taskUrl(task.id)}>{task.title}</RouterLink>
              <span className="kb-start-meta">
                {t('task.period', { start: format.date(task.startDate), end: format.date(task.endDate) })}
                {' · '}
                {t(`claimStatus.${status}`)}
              </span>
            </>
          )}
          empty={() => (
            <NextStep text={t('start.upcoming.empty')} link={t('start.upcoming.emptyLink')} to={BROWSE_URL} />
          )}
          more={<RouterLink to={MY_TASKS_URL}>{t('start.upcoming.more')}</RouterLink>}
        />

        <Block
          id="start-checkpoints"
          heading={t('start.checkpoints.heading')}
          data={checkpoints}
          select={({ items }) => items}
          keyOf={(checkpoint) => checkpoint.id}
          render={(checkpoint) => (
            <>
              <RouterLink to={dossierUrl(checkpoint.dossier.id)}>{checkpoint.title}</RouterLink>
              <span className="kb-start-meta">
                {t('start.checkpoints.when', {
                  date: format.date(checkpoint.plannedOn),
                  dossier: checkpoint.dossier.title,
                })}
              </span>
            </>
          )}
          empty={({ dossiers }) =>
            dossiers === 0 ? (
              <NextStep
                text={t('start.checkpoints.noDossiers')}
                link={t('start.checkpoints.noDossiersLink')}
                to={DOSSIERS_URL}
              />
            ) : (
              <NextStep
                text={t('start.checkpoints.empty')}
                link={t('start.checkpoints.emptyLink')}
                to={MY_DOSSIERS_URL}
              />
            )
          }
          more={<RouterLink to={MY_DOSSIERS_URL}>{t('start.checkpoints.more')}</RouterLink>}
        />

        <Block
          id="start-notifications"
          heading={t('start.notifications.heading')}
          data={notifications.list}
          select={() => notifications.items ?? []}
          keyOf={(notification) => notification.id}
          render={(notification) => {
            const { text, taskId, dossierId, path } = describe(notification);
            const link =
              path ?? (taskId ? taskUrl(taskId) : dossierId ? dossierUrl(dossierId) : NOTIFICATIONS_URL);
            return (
              <>
                <RouterLink to={link}>{text}</RouterLink>
                <span className="kb-start-meta">
                  <time dateTime={notification.createdAt}>{format.dateTimeOf(notification.createdAt)}</time>
                </span>
              </>
            );
          }}
          empty={() => (
            <NextStep
              text={t('start.notifications.empty')}
              link={t('start.notifications.emptyLink')}
              to={NOTIFICATIONS_URL}
            />
          )}
          more={
            <RouterLink to={NOTIFICATIONS_URL}>
              {t('start.notifications.more', { count: notifications.unreadCount })}
            </RouterLink>
          }
        />

        {manager && (
          <Block
            id="start-decisions"
            heading={t('start.decisions.heading')}
            data={posted}
            select={({ items }) => waitingForDecision(items)}
            keyOf={(task) => task.id}
            render={(task) => (
              <>
                <RouterLink to={taskUrl(task.id)}>{task.title}</RouterLink>
                <span className="kb-start-meta">
                  {t('start.decisions.waiting', { count: task.awaitingDecision })}
                </span>
              </>
            )}
            empty={() => (
              <NextStep
                text={t('start.decisions.empty')}
                link={t('start.decisions.emptyLink')}
                to={NEW_TASK_URL}
              />
            )}
            more={<RouterLink to={MY_TASKS_URL}>{t('start.decisions.more')}</RouterLink>}
          />
        )}

        <Block
          id="start-recommended"
          heading={t('start.recommended.heading')}
          data={recommended}
          select={({ items }) => items}
          keyOf={({ task }) => task.id}
          render={({ task, reasons }) => (
            <>
              <RouterLink to={taskUrl(task.id)}>{task.title}</RouterLink>
              <span className="kb-start-meta">
                {[task.organisation.name, why(matchReasons(reasons))].filter(Boolean).join(' · ')}
              </span>
            </>
          )}
          empty={() => (
            <NextStep
              text={t('start.recommended.empty')}
              link={t('start.recommended.emptyLink')}
              to={MY_PROFILE_URL}
            />
          )}
          more={<RouterLink to={BROWSE_URL}>{t('start.recommended.more')}</RouterLink>}
        />
      </div>
    </>
  );
}

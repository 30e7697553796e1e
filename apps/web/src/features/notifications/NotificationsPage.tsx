import { Button, DataBadge, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { apiErrorDetail } from '../../shared/api-error';
import { Feedback, type FeedbackMessage } from '../../shared/Feedback';
import { LoadError } from '../../shared/LoadError';
import { PageHeading } from '../../shared/PageHeading';
import { Pagination } from '../../shared/Pagination';
import { RouterLink } from '../../shared/router-links';
import { useApiData } from '../../shared/useApiData';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { dossierUrl } from '../dossiers/dossier-routes';
import { EVALUATION_ANCHOR } from '../evaluations/evaluation-api';
import { NOTIFICATION_SETTINGS_URL } from '../my-profile/profile-routes';
import { LoadingState } from '../../shared/LoadingState';
import { taskUrl } from '../tasks/task-routes';
import { useMatchReasons } from '../tasks/useMatchReasons';
import {
  type AppNotification,
  markAllNotificationsRead,
  markNotificationRead,
  notificationsQuery,
} from './notification-api';
import { notificationsUrl } from './notification-routes';
import { useNotifications } from './notifications-context';
import { useNotificationText } from './useNotificationText';

const pageFrom = (params: URLSearchParams) => {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
};

const itemId = (id: string) => `notification-${id}`;

/** /meldingen: my notifications, newest first; new ones appear at the top as they arrive. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const [searchParams] = useSearchParams();
  const page = pageFrom(searchParams);
  const list = useApiData(notificationsQuery(page));
  const live = useNotifications();
  const { subscribe, reconnects, setUnreadCount } = live;
  // Arrived live since the page opened (shown on the first page), and changed here since.
  const [arrived, setArrived] = useState<AppNotification[]>([]);
  const [changed, setChanged] = useState<Record<string, AppNotification>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  useEffect(
    () =>
      subscribe((notification) =>
        setArrived((current) => [notification, ...current.filter(({ id }) => id !== notification.id)]),
      ),
    [subscribe],
  );

  // Events missed during a break in the stream are not sent again: ask for the list.
  const { reload } = list;
  const reconnectsSeen = useRef(reconnects);
  useEffect(() => {
    if (reconnects === reconnectsSeen.current) return;
    reconnectsSeen.current = reconnects;
    reload();
  }, [reconnects, reload]);

  const items = useMemo(() => {
    const loaded = list.data?.items ?? [];
    const known = new Set(loaded.map(({ id }) => id));
    const fresh = page === 1 ? arrived.filter(({ id }) => !known.has(id)) : [];
    return [...fresh, ...loaded].map((item) => changed[item.id] ?? item);
  }, [list.data, arrived, changed, page]);

  const unreadCount = live.unreadCount ?? list.data?.unreadCount ?? 0;

  const markRead = async (notification: AppNotification, { quiet = false } = {}) => {
    if (!quiet) {
      setBusy(notification.id);
      setFeedback(null);
    }
    try {
      const updated = await markNotificationRead(notification.id);
      setChanged((current) => ({ ...current, [updated.id]: updated }));
      setUnreadCount((count) => (count === null ? null : Math.max(0, count - 1)));
      // The button is gone: the notification itself keeps the focus in the list.
      if (!quiet) document.getElementById(itemId(notification.id))?.focus();
    } catch (error) {
      if (!quiet) setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      if (!quiet) setBusy(null);
    }
  };

  const markAll = async () => {
    setBusy('all');
    setFeedback(null);
    try {
      // Only what the reader saw: something arriving meanwhile stays unread.
      const { unreadCount: left } = await markAllNotificationsRead(
        page === 1 ? items[0]?.createdAt : undefined,
      );
      const now = new Date().toISOString();
      setChanged((current) => ({
        ...current,
        ...Object.fromEntries(
          items.filter(({ readAt }) => readAt === null).map((item) => [item.id, { ...item, readAt: now }]),
        ),
      }));
      setUnreadCount(() => left);
      setFeedback({ type: 'ok', text: t('notifications.markedAll') });
    } catch (error) {
      setFeedback({ type: 'error', text: apiErrorDetail(error) ?? t('common.actionFailed') });
    } finally {
      setBusy(null);
    }
  };

  const data = list.data;
  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      <Paragraph appearance="lead">{t('notifications.intro')}</Paragraph>
      <Paragraph>
        {t('notifications.settingsText')}{' '}
        <RouterLink to={NOTIFICATION_SETTINGS_URL}>{t('notifications.settingsLink')}</RouterLink>.
      </Paragraph>
      <Feedback message={feedback} />
      {!data ? (
        list.loading ? (
          <LoadingState text={t('notifications.loading')} />
        ) : (
          <LoadError error={list.error} onRetry={list.reload} />
        )
      ) : items.length === 0 ? (
        <Paragraph className="kb-empty">{t('notifications.empty')}</Paragraph>
      ) : (
        <>
          <div className="kb-actions">
            <Paragraph className="kb-unread-count">
              {unreadCount > 0
                ? t('notifications.unreadCount', { unread: unreadCount })
                : t('notifications.allRead')}
            </Paragraph>
            {unreadCount > 0 && (
              <Button
                appearance="secondary-action-button"
                busy={busy === 'all'}
                onClick={() => void markAll()}
              >
                {t('notifications.markAllRead')}
              </Button>
            )}
          </div>
          <ul className="kb-notification-list" aria-label={t('notifications.list')}>
            {items.map((notification) => (
              <li key={notification.id}>
                <NotificationItem
                  notification={notification}
                  busy={busy === notification.id}
                  onMarkRead={() => void markRead(notification)}
                  onOpen={() => {
                    if (notification.readAt === null) void markRead(notification, { quiet: true });
                  }}
                />
              </li>
            ))}
          </ul>
          <Pagination
            page={data.page}
            pageCount={Math.ceil(data.total / data.pageSize)}
            to={notificationsUrl}
          />
        </>
      )}
    </>
  );
}

interface NotificationItemProps {
  notification: AppNotification;
  busy: boolean;
  onMarkRead: () => void;
  /** Following its link: it counts as read. */
  onOpen: () => void;
}

function NotificationItem({ notification, busy, onMarkRead, onOpen }: NotificationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useNotificationText();
  const why = useMatchReasons();
  const { text, taskId, dossierId, reasons, path } = describe(notification);
  // An evaluation request leads to the klus page's section "Hoe ging het?".
  const anchor = notification.type.startsWith('evaluation-') ? `#${EVALUATION_ANCHOR}` : '';
  const link = path ?? (taskId ? taskUrl(taskId) + anchor : dossierId ? dossierUrl(dossierId) : null);
  const unread = notification.readAt === null;
  const id = itemId(notification.id);

  return (
    <article
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-text`}
      className={`kb-notification kb-focus-target${unread ? ' kb-notification--unread' : ''}`}
    >
      {unread && (
        <Paragraph className="kb-badges">
          <DataBadge className="kb-badge kb-badge--unread">{t('notifications.unread')}</DataBadge>
        </Paragraph>
      )}
      <Paragraph id={`${id}-text`} className="kb-notification__text">
        {link ? (
          <RouterLink to={link} onClick={onOpen}>
            {text}
          </RouterLink>
        ) : (
          text
        )}
      </Paragraph>
      {reasons.length > 0 && <Paragraph className="kb-reasons">{why(reasons)}</Paragraph>}
      <Paragraph className="kb-notification__time">
        <time dateTime={notification.createdAt}>{format.dateTimeOf(notification.createdAt)}</time>
      </Paragraph>
      {unread && (
        <Button appearance="subtle-button" busy={busy} aria-describedby={`${id}-text`} onClick={onMarkRead}>
          {t('notifications.markRead')}
        </Button>
      )}
    </article>
  );
}

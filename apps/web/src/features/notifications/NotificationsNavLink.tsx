import { useTranslation } from 'react-i18next';
import { RouterNavListLink } from '../../shared/router-links';
import { NOTIFICATIONS_URL } from './notification-routes';
import { useNotifications } from './notifications-context';

/** "Meldingen" with the unread count: seen as a badge, heard as "Meldingen, 3 ongelezen". */
export function NotificationsNavLink() {
  const { t } = useTranslation();
  const { unreadCount } = useNotifications();
  const unread = unreadCount ?? 0;
  return (
    // The name comes from the content (no aria-label), so what is heard starts with what is seen
    // (WCAG 2.5.3): the badge is for the eye, the hidden text for the ear.
    <RouterNavListLink to={NOTIFICATIONS_URL}>
      {t('shell.notifications')}
      {unread > 0 && (
        <>
          <span className="kb-count" aria-hidden="true">
            {unread}
          </span>
          <span className="kb-visually-hidden">{t('shell.notificationsUnreadSuffix', { unread })}</span>
        </>
      )}
    </RouterNavListLink>
  );
}

/** Reads new notifications out, politely, on whatever page the user is. */
export function NotificationAnnouncer() {
  const { announcement } = useNotifications();
  return (
    <div aria-live="polite" className="kb-visually-hidden">
      {announcement}
    </div>
  );
}

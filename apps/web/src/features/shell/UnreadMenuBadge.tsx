import { useTranslation } from 'react-i18next';
import { useNotifications } from '../notifications/notifications-context';

/** The unread count on the phone's menu button: seen as a badge, heard as "Menu, 3 ongelezen meldingen". */
export function UnreadMenuBadge() {
  const { t } = useTranslation();
  const { unreadCount } = useNotifications();
  const unread = unreadCount ?? 0;
  if (unread === 0) return null;
  return (
    <>
      <span className="kb-count" aria-hidden="true">
        {unread}
      </span>
      <span className="kb-visually-hidden">{t('layout.menuUnread', { unread })}</span>
    </>
  );
}

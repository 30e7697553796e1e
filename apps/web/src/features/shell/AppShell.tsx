import { Alert, Button, NavBar, NavList, Paragraph } from '../../shared/nlds';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../auth/auth-api';
import { useSession } from '../auth/useSession';
import { RouterNavListLink } from '../../shared/router-links';
import { ADMIN_URL, canOpenAdmin } from '../admin/admin-routes';
import { DOSSIERS_URL } from '../dossiers/dossier-routes';
import { canSeeLedger, LEDGER_URL } from '../ledger/ledger-url';
import { canSeeMirror, MIRROR_URL } from '../mirror/mirror-url';
import { MY_PROFILE_URL } from '../my-profile/profile-routes';
import { DISPUTES_URL } from '../hours/hours-url';
import { SUCCESSES_URL } from '../successes/success-routes';
import { NotificationAnnouncer, NotificationsNavLink } from '../notifications/NotificationsNavLink';
import { NotificationsProvider } from '../notifications/NotificationsProvider';
import { canReviewSkillProposals, SKILL_PROPOSALS_URL } from '../skill-proposals/skill-proposal-routes';
import { canPost } from '../tasks/can-post';
import { BROWSE_URL, MY_TASKS_URL, NEW_TASK_URL } from '../tasks/task-routes';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLayout } from './PageLayout';
import { UnreadMenuBadge } from './UnreadMenuBadge';

/** The frame of every signed-in page. */
export function AppShell({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const logOut = async () => {
    setBusy(true);
    setFailed(false);
    try {
      // On success the session is signed out and the route guard sends the user to the log-in page.
      await signOut();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  const tools = (
    <>
      <LanguageSwitch />
      <Paragraph className="kb-user">
        <span className="kb-visually-hidden">{t('shell.signedInAs')} </span>
        <span className="kb-user__name">{me.displayName}</span>{' '}
        <span className="kb-user__organisation">{me.organisation.name}</span>
      </Paragraph>
      <Button appearance="secondary-action-button" busy={busy} onClick={() => void logOut()}>
        {t('shell.logout')}
      </Button>
    </>
  );

  const navigation = (
    <NavBar aria-label={t('shell.primaryNavigation')} className="kb-nav">
      <NavList>
        <RouterNavListLink to="/">{t('shell.start')}</RouterNavListLink>
        <RouterNavListLink to={BROWSE_URL}>{t('shell.tasks')}</RouterNavListLink>
        <RouterNavListLink to={DOSSIERS_URL}>{t('shell.dossiers')}</RouterNavListLink>
        <RouterNavListLink to={SUCCESSES_URL}>{t('shell.successes')}</RouterNavListLink>
        <RouterNavListLink to={MY_TASKS_URL}>{t('shell.myTasks')}</RouterNavListLink>
        <RouterNavListLink to={MY_PROFILE_URL}>{t('shell.myProfile')}</RouterNavListLink>
        {canPost(me.roles) && <RouterNavListLink to={NEW_TASK_URL}>{t('shell.postTask')}</RouterNavListLink>}
        <RouterNavListLink to="/mijn-gegevens">{t('shell.me')}</RouterNavListLink>
        {canReviewSkillProposals(me.roles) && (
          <RouterNavListLink to={SKILL_PROPOSALS_URL}>{t('shell.skillProposals')}</RouterNavListLink>
        )}
        {me.roles.includes('org-admin') && (
          <RouterNavListLink to={DISPUTES_URL}>{t('shell.disputes')}</RouterNavListLink>
        )}
        {canSeeLedger(me.roles) && <RouterNavListLink to={LEDGER_URL}>{t('shell.ledger')}</RouterNavListLink>}
        {canOpenAdmin(me.roles) && <RouterNavListLink to={ADMIN_URL}>{t('shell.admin')}</RouterNavListLink>}
        {canSeeMirror(me) && <RouterNavListLink to={MIRROR_URL}>{t('shell.mirror')}</RouterNavListLink>}
        <NotificationsNavLink />
      </NavList>
    </NavBar>
  );

  return (
    <NotificationsProvider>
      <PageLayout tools={tools} navigation={navigation} menuBadge={<UnreadMenuBadge />}>
        {failed && (
          <Alert type="error" role="alert">
            <Paragraph>{t('shell.logoutFailed')}</Paragraph>
          </Alert>
        )}
        {children}
        <NotificationAnnouncer />
      </PageLayout>
    </NotificationsProvider>
  );
}

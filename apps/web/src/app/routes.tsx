import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { LOGIN_PATH, SSO_LINK_PATH } from '../features/auth/return-path';
import { SET_PASSWORD_PATH } from '../features/passwords/password-api';
import { allTextsLoaded, groupTextsLoaded, hasAllTexts, hasGroupTexts } from '../i18n/i18n';
import type { TextGroup } from '../i18n/text-groups';
import { LoadingState } from '../shared/LoadingState';
import { PublicLayout } from '../features/shell/PublicLayout';
import { SessionGate } from './SessionGate';

// Every page loads when first visited (route-level code splitting): the first load brings the shell,
// React, the router and the texts, then only the page asked for. The login page too: most visits
// come with a session (main.tsx starts loading it with the shell when the address is the login page).
const LoginPage = lazy(() =>
  import('../features/auth/LoginPage').then((module) => ({ default: module.LoginPage })),
);
const StartPage = lazy(() =>
  import('../features/home/StartPage').then((module) => ({ default: module.StartPage })),
);
const TaskBrowsePage = lazy(() =>
  import('../features/task-browse/TaskBrowsePage').then((module) => ({ default: module.TaskBrowsePage })),
);
const TaskDetailPage = lazy(() =>
  import('../features/task-detail/TaskDetailPage').then((module) => ({ default: module.TaskDetailPage })),
);
const MyTasksPage = lazy(() =>
  import('../features/my-tasks/MyTasksPage').then((module) => ({ default: module.MyTasksPage })),
);
const MePage = lazy(() =>
  import('../features/profile/MePage').then((module) => ({ default: module.MePage })),
);
const NotFoundPage = lazy(() =>
  import('../features/not-found/NotFoundPage').then((module) => ({ default: module.NotFoundPage })),
);
// Posting and editing are for managers only: their form loads when first needed.
const taskForm = () => import('../features/task-form/TaskFormPage');
const NewTaskPage = lazy(() => taskForm().then((module) => ({ default: module.NewTaskPage })));
const EditTaskPage = lazy(() => taskForm().then((module) => ({ default: module.EditTaskPage })));
// Pages one visits now and then load when first needed too.
const MyProfilePage = lazy(() =>
  import('../features/my-profile/MyProfilePage').then((module) => ({ default: module.MyProfilePage })),
);
const SsoLinkPage = lazy(() =>
  import('../features/auth/SsoLinkPage').then((module) => ({ default: module.SsoLinkPage })),
);
const SetPasswordPage = lazy(() =>
  import('../features/passwords/SetPasswordPage').then((module) => ({ default: module.SetPasswordPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/NotificationsPage').then((module) => ({
    default: module.NotificationsPage,
  })),
);
const MySessionsPage = lazy(() =>
  import('../features/sessions/MySessionsPage').then((module) => ({ default: module.MySessionsPage })),
);
const AuditLogPage = lazy(() =>
  import('../features/admin/AuditLogPage').then((module) => ({ default: module.AuditLogPage })),
);
const NotificationSettingsPage = lazy(() =>
  import('../features/notifications/NotificationSettingsPage').then((module) => ({
    default: module.NotificationSettingsPage,
  })),
);

// Dossiers: their pages load when first visited, like the form.
const dossierForm = () => import('../features/dossiers/DossierFormPage');
const DisputesPage = lazy(() =>
  import('../features/hours/DisputesPage').then((module) => ({ default: module.DisputesPage })),
);
const DossierListPage = lazy(() =>
  import('../features/dossiers/DossierListPage').then((module) => ({ default: module.DossierListPage })),
);
const DossierPage = lazy(() =>
  import('../features/dossiers/DossierPage').then((module) => ({ default: module.DossierPage })),
);
const NewDossierPage = lazy(() => dossierForm().then((module) => ({ default: module.NewDossierPage })));
const EditDossierPage = lazy(() => dossierForm().then((module) => ({ default: module.EditDossierPage })));
const SkillProposalsPage = lazy(() =>
  import('../features/skill-proposals/SkillProposalsPage').then((module) => ({
    default: module.SkillProposalsPage,
  })),
);
const SuccessWallPage = lazy(() =>
  import('../features/successes/SuccessWallPage').then((module) => ({ default: module.SuccessWallPage })),
);
const SuccessPage = lazy(() =>
  import('../features/successes/SuccessPage').then((module) => ({ default: module.SuccessPage })),
);
const LedgerPage = lazy(() =>
  import('../features/ledger/LedgerPage').then((module) => ({ default: module.LedgerPage })),
);
// The mirror's charts and tables load only when someone opens it.
const MirrorPage = lazy(() =>
  import('../features/mirror/MirrorPage').then((module) => ({ default: module.MirrorPage })),
);

// Beheer: for org-admins and platform admins; its pages load when first visited.
const NoAccessPage = lazy(() =>
  import('../features/not-found/NoAccessPage').then((module) => ({ default: module.NoAccessPage })),
);
const AdminHomePage = lazy(() =>
  import('../features/admin/AdminHomePage').then((module) => ({ default: module.AdminHomePage })),
);
const PeoplePage = lazy(() =>
  import('../features/admin/PeoplePage').then((module) => ({ default: module.PeoplePage })),
);
const OrganisationSettingsPage = lazy(() =>
  import('../features/admin/OrganisationSettingsPage').then((module) => ({
    default: module.OrganisationSettingsPage,
  })),
);
const PartnershipsPage = lazy(() =>
  import('../features/admin/PartnershipsPage').then((module) => ({ default: module.PartnershipsPage })),
);
const OrganisationsPage = lazy(() =>
  import('../features/admin/OrganisationsPage').then((module) => ({ default: module.OrganisationsPage })),
);
const SkillsAdminPage = lazy(() =>
  import('../features/admin/SkillsAdminPage').then((module) => ({ default: module.SkillsAdminPage })),
);

// The statements every footer links to: public, in the shell when signed in.
const PrivacyStatementPage = lazy(() =>
  import('../features/privacy/StatementPage').then((module) => ({ default: module.PrivacyStatementPage })),
);
const AccessibilityStatementPage = lazy(() =>
  import('../features/privacy/StatementPage').then((module) => ({
    default: module.AccessibilityStatementPage,
  })),
);

function PageLoading() {
  const { t } = useTranslation();
  return <LoadingState text={t('common.loading')} />;
}

/**
 * The first load has the texts of the shell only: a page waits for its group of texts
 * (src/i18n/text-groups.ts) or, without one, for all texts of the language. (Not with `use`: React
 * did not render the page again when the texts' promise resolved.)
 */
function PageTexts({ group, children }: { group: TextGroup | undefined; children: ReactNode }) {
  const { i18n } = useTranslation();
  const ready = group === undefined ? hasAllTexts(i18n) : hasGroupTexts(i18n, group);
  const [failed, setFailed] = useState<{ error: unknown }>();
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (ready) return undefined;
    let current = true;
    (group === undefined ? allTextsLoaded(i18n) : groupTextsLoaded(i18n, group)).then(
      () => current && setArrived((count) => count + 1),
      (error: unknown) => current && setFailed({ error }),
    );
    return () => {
      current = false;
    };
  }, [i18n, group, ready]);
  if (failed) throw failed.error;
  return ready ? children : <PageLoading />;
}

const loading = (page: ReactNode, group?: TextGroup) => (
  <Suspense fallback={<PageLoading />}>
    <PageTexts group={group}>{page}</PageTexts>
  </Suspense>
);

export const routes: RouteObject[] = [
  {
    path: LOGIN_PATH,
    element: <PublicLayout>{loading(<LoginPage />, 'login')}</PublicLayout>,
  },
  // Single sign-on sends the browser here when its e-mail already has a password account.
  {
    path: SSO_LINK_PATH,
    element: <PublicLayout>{loading(<SsoLinkPage />)}</PublicLayout>,
  },
  // The one-time link in a mail opens this without a session; the API's mail builds the path.
  {
    path: SET_PASSWORD_PATH,
    element: <PublicLayout>{loading(<SetPasswordPage />)}</PublicLayout>,
  },
  {
    element: <SessionGate required />,
    children: [
      { index: true, element: loading(<StartPage />, 'start') },
      { path: 'mijn-gegevens', element: loading(<MePage />) },
      { path: 'klussen', element: loading(<TaskBrowsePage />, 'browse') },
      { path: 'klussen/nieuw', element: loading(<NewTaskPage />) },
      { path: 'klussen/:id', element: loading(<TaskDetailPage />) },
      { path: 'klussen/:id/bewerken', element: loading(<EditTaskPage />) },
      { path: 'mijn-klussen', element: loading(<MyTasksPage />) },
      { path: 'mijn-profiel', element: loading(<MyProfilePage />) },
      // The e-mails link here: keep the path.
      { path: 'mijn-profiel/meldingen', element: loading(<NotificationSettingsPage />) },
      { path: 'mijn-profiel/sessies', element: loading(<MySessionsPage />) },
      { path: 'meldingen', element: loading(<NotificationsPage />) },
      { path: 'dossiers', element: loading(<DossierListPage />) },
      { path: 'dossiers/nieuw', element: loading(<NewDossierPage />) },
      // The notifications link here: keep the path.
      { path: 'dossiers/:id', element: loading(<DossierPage />) },
      { path: 'dossiers/:id/bewerken', element: loading(<EditDossierPage />) },
      { path: 'vaardigheden/voorstellen', element: loading(<SkillProposalsPage />) },
      { path: 'uren/in-gesprek', element: loading(<DisputesPage />) },
      { path: 'uren', element: loading(<LedgerPage />) },
      { path: 'beheer', element: loading(<AdminHomePage />) },
      { path: 'beheer/mensen', element: loading(<PeoplePage />) },
      { path: 'beheer/organisatie', element: loading(<OrganisationSettingsPage />) },
      { path: 'beheer/samenwerkingsverbanden', element: loading(<PartnershipsPage />) },
      { path: 'beheer/organisaties', element: loading(<OrganisationsPage />) },
      { path: 'beheer/vaardigheden', element: loading(<SkillsAdminPage />) },
      { path: 'beheer/auditlog', element: loading(<AuditLogPage />) },
      // The API sends a browser without the rights for its queue overview here.
      { path: 'geen-toegang', element: loading(<NoAccessPage />) },
      // The notifications and e-mails link here: keep the paths.
      { path: 'successen', element: loading(<SuccessWallPage />) },
      { path: 'successen/:id', element: loading(<SuccessPage />) },
      { path: 'spiegel', element: loading(<MirrorPage />) },
    ],
  },
  {
    element: <SessionGate required={false} />,
    children: [
      { path: 'privacyverklaring', element: loading(<PrivacyStatementPage />) },
      { path: 'toegankelijkheidsverklaring', element: loading(<AccessibilityStatementPage />) },
      { path: '*', element: loading(<NotFoundPage />) },
    ],
  },
];

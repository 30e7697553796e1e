import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { LOGIN_PATH } from '../features/auth/return-path';
import { StartPage } from '../features/home/StartPage';
import { MyTasksPage } from '../features/my-tasks/MyTasksPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { SET_PASSWORD_PATH } from '../features/passwords/password-api';
import { MePage } from '../features/profile/MePage';
import { LoadingState } from '../shared/LoadingState';
import { PublicLayout } from '../features/shell/PublicLayout';
import { TaskBrowsePage } from '../features/task-browse/TaskBrowsePage';
import { TaskDetailPage } from '../features/task-detail/TaskDetailPage';
import { SessionGate } from './SessionGate';

// Posting and editing are for managers only: their form loads when first needed.
const taskForm = () => import('../features/task-form/TaskFormPage');
const NewTaskPage = lazy(() => taskForm().then((module) => ({ default: module.NewTaskPage })));
const EditTaskPage = lazy(() => taskForm().then((module) => ({ default: module.EditTaskPage })));
// Pages one visits now and then load when first needed too.
const MyProfilePage = lazy(() =>
  import('../features/my-profile/MyProfilePage').then((module) => ({ default: module.MyProfilePage })),
);
const SetPasswordPage = lazy(() =>
  import('../features/passwords/SetPasswordPage').then((module) => ({ default: module.SetPasswordPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/NotificationsPage').then((module) => ({
    default: module.NotificationsPage,
  })),
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
const LedgerPage = lazy(() =>
  import('../features/ledger/LedgerPage').then((module) => ({ default: module.LedgerPage })),
);

function PageLoading() {
  const { t } = useTranslation();
  return <LoadingState text={t('common.loading')} />;
}

const loading = (page: ReactNode) => <Suspense fallback={<PageLoading />}>{page}</Suspense>;

export const routes: RouteObject[] = [
  {
    path: LOGIN_PATH,
    element: (
      <PublicLayout>
        <LoginPage />
      </PublicLayout>
    ),
  },
  // The one-time link in a mail opens this without a session; the API's mail builds the path.
  {
    path: SET_PASSWORD_PATH,
    element: <PublicLayout>{loading(<SetPasswordPage />)}</PublicLayout>,
  },
  {
    element: <SessionGate required />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'mijn-gegevens', element: <MePage /> },
      { path: 'klussen', element: <TaskBrowsePage /> },
      { path: 'klussen/nieuw', element: loading(<NewTaskPage />) },
      { path: 'klussen/:id', element: <TaskDetailPage /> },
      { path: 'klussen/:id/bewerken', element: loading(<EditTaskPage />) },
      { path: 'mijn-klussen', element: <MyTasksPage /> },
      { path: 'mijn-profiel', element: loading(<MyProfilePage />) },
      // The e-mails link here: keep the path.
      { path: 'mijn-profiel/meldingen', element: loading(<NotificationSettingsPage />) },
      { path: 'meldingen', element: loading(<NotificationsPage />) },
      { path: 'dossiers', element: loading(<DossierListPage />) },
      { path: 'dossiers/nieuw', element: loading(<NewDossierPage />) },
      // The notifications link here: keep the path.
      { path: 'dossiers/:id', element: loading(<DossierPage />) },
      { path: 'dossiers/:id/bewerken', element: loading(<EditDossierPage />) },
      { path: 'vaardigheden/voorstellen', element: loading(<SkillProposalsPage />) },
      { path: 'uren/in-gesprek', element: loading(<DisputesPage />) },
      { path: 'uren', element: loading(<LedgerPage />) },
    ],
  },
  {
    element: <SessionGate required={false} />,
    children: [{ path: '*', element: <NotFoundPage /> }],
  },
];

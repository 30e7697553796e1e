import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { LOGIN_PATH } from '../features/auth/return-path';
import { StartPage } from '../features/home/StartPage';
import { MyProfilePage } from '../features/my-profile/MyProfilePage';
import { MyTasksPage } from '../features/my-tasks/MyTasksPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { NotificationSettingsPage } from '../features/notifications/NotificationSettingsPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { MePage } from '../features/profile/MePage';
import { LoadingState } from '../features/shell/LoadingState';
import { PublicLayout } from '../features/shell/PublicLayout';
import { TaskBrowsePage } from '../features/task-browse/TaskBrowsePage';
import { TaskDetailPage } from '../features/task-detail/TaskDetailPage';
import { SessionGate } from './SessionGate';

// Posting and editing are for managers only: their form loads when first needed.
const taskForm = () => import('../features/task-form/TaskFormPage');
const NewTaskPage = lazy(() => taskForm().then((module) => ({ default: module.NewTaskPage })));
const EditTaskPage = lazy(() => taskForm().then((module) => ({ default: module.EditTaskPage })));

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
      { path: 'mijn-profiel', element: <MyProfilePage /> },
      // The e-mails link here: keep the path.
      { path: 'mijn-profiel/meldingen', element: <NotificationSettingsPage /> },
      { path: 'meldingen', element: <NotificationsPage /> },
    ],
  },
  {
    element: <SessionGate required={false} />,
    children: [{ path: '*', element: <NotFoundPage /> }],
  },
];

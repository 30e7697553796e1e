import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { LOGIN_PATH } from '../features/auth/return-path';
import { StartPage } from '../features/home/StartPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { MePage } from '../features/profile/MePage';
import { PublicLayout } from '../features/shell/PublicLayout';
import { SessionGate } from './SessionGate';

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
    ],
  },
  {
    element: <SessionGate required={false} />,
    children: [{ path: '*', element: <NotFoundPage /> }],
  },
];
